#pragma once
// The workstation's main window: navigation between the views, opening exports (menu, recent
// files, drag and drop), the trust store, and a status bar that says what is loaded, whether it
// is verified, and the progress of long jobs with a cancel button.
#include "rules/rule_settings.h"
#include "session.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace lj::gui {

class CasesView;
class EntityInspector;
class RelationshipView;
class LeadsView;
class TimelineView;
class VerificationView;
class VisitsView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Page {
        VerificationPage,
        LeadsPage,
        TimelinePage,
        GraphPage,
        EntityPage,
        VisitsPage,
        CasesPage,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Verifies and loads the exports in the background; `trustFiles` replaces the trust store
    // for this session when not empty.
    void openExports(const QStringList& paths, const QStringList& trustFiles = {});
    // Cases (main_window_cases.cpp): an investigation workspace instead of exports; the open
    // exports imported into a workspace, then opened; a case from findings (asks for the title).
    void openWorkspace(const QString& path);
    void saveAsWorkspace(const QString& path);
    // The relationship graph as drawn, into the case selected on the Cases page (data and SVG).
    bool attachGraphToCase(); // main_window_graph.cpp
    void createCaseFromFindings(const QStringList& findingIds);
    void showPage(Page page);
    bool isLoading() const;
    std::shared_ptr<const Session> session() const { return m_session; }

    VerificationView* verificationView() const { return m_verification; }
    LeadsView* leadsView() const { return m_leads; }
    TimelineView* timelineView() const { return m_timeline; }
    CasesView* casesView() const { return m_cases; }
    VisitsView* visitsView() const { return m_visits; }
    RelationshipView* relationshipView() const { return m_graph; }
    EntityInspector* entityInspector() const { return m_entity; }

signals:
    void sessionLoaded();
    void loadFailed(const QString& reason); // e.g. a damaged workspace, refused unchanged

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
    void startLoading(std::function<std::shared_ptr<Session>(const LoadProgress&)> job);
    // main_window_cases.cpp
    void setUpCases();
    void connectGraphAndEntities(); // main_window_graph.cpp
    void setUpVisits();             // main_window_visits.cpp
    void buildEditMenu();
    void chooseSaveAsWorkspace();
    bool openWorkspaceInstead(const QStringList& paths);
    bool refuseFailedSession(const std::shared_ptr<Session>& session);

    std::shared_ptr<const Session> m_session;
    RuleSettings m_settings = RuleSettings::defaults();
    QStringList m_trustFiles;
    QStringList m_sessionTrustFiles; // what the open exports were verified against
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    VerificationView* m_verification;
    LeadsView* m_leads;
    TimelineView* m_timeline;
    RelationshipView* m_graph;
    EntityInspector* m_entity;
    VisitsView* m_visits;
    CasesView* m_cases;
    QStringList m_pendingCaseFindings; // a case to make once the exports are saved as a workspace
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QMenu* m_recentMenu = nullptr;
    QFutureWatcher<std::shared_ptr<Session>> m_loader;
};

} // namespace lj::gui
