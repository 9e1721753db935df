#pragma once
// The workstation's main window: navigation between the views, opening exports (menu, recent
// files, drag and drop), the trust store, and a status bar that says what is loaded, whether it
// is verified, and the progress of long jobs with a cancel button.
#include "rules/rule_settings.h"
#include "session.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace lj::gui {

class LeadsView;
class TimelineView;
class VerificationView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Page { VerificationPage, LeadsPage, TimelinePage, PageCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Verifies and loads the exports in the background; `trustFiles` replaces the trust store
    // for this session when not empty.
    void openExports(const QStringList& paths, const QStringList& trustFiles = {});
    void showPage(Page page);
    bool isLoading() const;
    std::shared_ptr<const Session> session() const { return m_session; }

    VerificationView* verificationView() const { return m_verification; }
    LeadsView* leadsView() const { return m_leads; }
    TimelineView* timelineView() const { return m_timeline; }

signals:
    void sessionLoaded();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void chooseAndOpen();
    void editTrustStore();
    void finishLoading();
    void rememberRecent(const QStringList& paths);
    void rebuildRecentMenu();

    std::shared_ptr<const Session> m_session;
    RuleSettings m_settings = RuleSettings::defaults();
    QStringList m_trustFiles;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    VerificationView* m_verification;
    LeadsView* m_leads;
    TimelineView* m_timeline;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QMenu* m_recentMenu = nullptr;
    QFutureWatcher<std::shared_ptr<Session>> m_loader;
};

} // namespace lj::gui
