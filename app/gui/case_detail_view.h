#pragma once
// One case: number, title, handler, state and review; the buttons of the states the handler may
// propose next; its findings, entities, snapshots and audit trail; the notes editor; and the
// supervisor's panel (comment, approve, return). It only shows and asks: CasesView does the work.
#include "cases/audit_log.h"
#include "cases/case_types.h"

#include <QWidget>
#include <map>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace lj::gui {

class CaseNotesEditor;

class CaseDetailView : public QWidget {
    Q_OBJECT

public:
    explicit CaseDetailView(QWidget* parent = nullptr);
    void showCase(const CaseRecord& record, const std::optional<CaseNote>& draft,
                  const std::vector<AuditEntry>& audit);
    void clear();
    void setMessage(const QString& text, bool error);
    void showAuditVerification(const AuditVerification& verification);

    CaseNotesEditor* notes() const { return m_notes; }
    QLineEdit* reviewer() const { return m_reviewer; }
    QPlainTextEdit* reviewText() const { return m_reviewText; }
    QString message() const;
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void stateRequested(lj::CaseState state);
    void reviewRequested(lj::ReviewKind kind, const QString& reviewer, const QString& text);
    void titleEdited(const QString& title);
    void removeFindingRequested(const QString& findingId);
    void timelineSnapshotRequested(const QString& assetId);
    void openAssetRequested(const QString& assetId);
    void verifyAuditRequested();

private:
    QWidget* buildHeader();
    QWidget* buildReviewPanel();
    void fillFindings(const CaseRecord& record);
    void fillEntities(const CaseRecord& record);
    void fillSnapshots(const CaseRecord& record);
    void fillReviews(const CaseRecord& record);
    void fillAudit(const std::vector<AuditEntry>& audit);
    QString selectedAsset() const;

    QLabel* m_number;
    QLineEdit* m_title;
    QLabel* m_people;
    QLabel* m_state;
    QLabel* m_message;
    std::map<CaseState, QPushButton*> m_stateButtons;
    QTabWidget* m_tabs;
    QTreeWidget* m_findings;
    QTreeWidget* m_entities;
    QTreeWidget* m_snapshots;
    QTreeWidget* m_audit;
    QLabel* m_auditResult;
    QPushButton* m_removeFinding;
    QPushButton* m_snapshotTimeline;
    CaseNotesEditor* m_notes;
    QTreeWidget* m_reviews;
    QLineEdit* m_reviewer;
    QPlainTextEdit* m_reviewText;
    QPushButton* m_approve;
    QPushButton* m_return;
};

} // namespace lj::gui
