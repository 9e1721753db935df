#pragma once
// 案件: the cases of the open investigation workspace. A list (CaseListModel) beside the selected
// case (CaseDetailView). It owns the workspace connection the cases are written through and the
// undo stack of case edits (title, notes, findings); state proposals and reviews are decisions,
// recorded but not undoable. With only exports open it offers to save them as a workspace.
#include "cases/case_store.h"
#include "rules/rule_settings.h"
#include "session.h"

#include <QMessageBox>
#include <QWidget>
#include <functional>
#include <memory>

class QStackedWidget;
class QTableView;
class QUndoStack;

namespace lj::gui {

class CaseDetailView;
class CaseListModel;

class CasesView : public QWidget {
    Q_OBJECT

public:
    // Asked when the window closes with unsaved notes: Save, Discard or Cancel.
    using UnsavedNotesPrompt = std::function<QMessageBox::StandardButton(const QString& caseNumber)>;

    explicit CasesView(QWidget* parent = nullptr);
    ~CasesView() override;

    void setSession(std::shared_ptr<const Session> session, const RuleSettings& settings);
    bool hasWorkspace() const { return m_store != nullptr; }
    CaseStore* store() const { return m_store.get(); }
    QUndoStack* undoStack() const { return m_undo; }
    CaseListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CaseDetailView* detail() const { return m_detail; }

    std::int64_t currentCaseId() const;
    bool selectCase(std::int64_t caseId);
    // A case from findings of the session (ids as in the leads view); 0 and a message when refused.
    std::int64_t createCaseFromFindings(const QStringList& findingIds, const QString& title);

    bool proposeState(CaseState state);
    bool review(ReviewKind kind, const QString& reviewer, const QString& text);
    bool editTitle(const QString& title);
    bool saveNotes(); // the editor's text as a new version (undoable)
    bool removeFinding(const QString& findingId);
    bool attachTimelineSnapshot(const QString& assetId);
    // For other views (the relationship graph): a snapshot of `kind` "timeline"/"graph", format
    // "json"/"png", attached to the current case. 0 when there is none or it failed.
    std::int64_t attachSnapshot(const QString& kind, const QString& subject, const QString& format,
                                const QByteArray& bytes);
    AuditVerification verifyAudit();

    bool hasUnsavedNotes() const;
    // True when the window may close: nothing unsaved, or saved / discarded as the user chose.
    bool confirmClose();
    void setUnsavedNotesPrompt(UnsavedNotesPrompt prompt) { m_prompt = std::move(prompt); }
    QString lastMessage() const { return m_lastMessage; }

signals:
    void saveAsWorkspaceRequested();
    void openAssetRequested(const QString& assetId);

private:
    void openWorkspace(const std::string& path);
    void closeWorkspace();
    void reload(std::int64_t select, bool refreshNotes);
    void showCurrent(bool refreshNotes);
    void currentChanged();
    bool report(const Status& status, const QString& done);
    bool pushEdit(const QString& text, std::function<Status()> redo, std::function<Status()> undo,
                  bool refreshNotes);

    std::shared_ptr<const Session> m_session;
    RuleSettings m_settings = RuleSettings::defaults();
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CaseStore> m_store;
    QUndoStack* m_undo;
    CaseListModel* m_model;
    QTableView* m_table;
    CaseDetailView* m_detail;
    QStackedWidget* m_stack;
    std::int64_t m_shownCase = 0;
    bool m_reloading = false;
    bool m_lastEditOk = false;
    QString m_lastMessage;
    UnsavedNotesPrompt m_prompt;
};

} // namespace lj::gui
