#pragma once
// The handler's notes on a case. Typing is autosaved as a draft every few seconds (and when the
// case is left), so a crash loses at most those seconds; "Save" makes a new version (undoable,
// audited). A draft found when a case opens is restored and flagged as unsaved.
#include "cases/case_store.h"

#include <QTimer>
#include <QWidget>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lj::gui {

class CaseNotesEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int kAutosaveMilliseconds = 3000;

    explicit CaseNotesEditor(QWidget* parent = nullptr);
    // Where drafts go; nullptr detaches (no workspace).
    void setStore(CaseStore* store);
    void showCase(std::int64_t caseId, const CaseNote& saved, const std::optional<CaseNote>& draft);
    void clear();

    std::int64_t caseId() const { return m_caseId; }
    bool isModified() const;
    QString text() const;
    QString savedText() const { return m_savedText; }
    QPlainTextEdit* editor() const { return m_editor; }
    // Writes the draft now if the text differs from the saved version.
    void flushDraft();
    // Forgets the unsaved text: back to the saved version, draft deleted.
    void discard();

signals:
    // The user asked to save `text` as a new version over `previous`.
    void saveRequested(const QString& previous, const QString& text);

private:
    void textEdited();
    void updateStatus();

    CaseStore* m_store = nullptr;
    std::int64_t m_caseId = 0;
    CaseNote m_saved;
    QString m_savedText;
    QString m_draftTime;
    bool m_recovered = false;
    bool m_loading = false;
    QPlainTextEdit* m_editor;
    QLabel* m_status;
    QPushButton* m_save;
    QTimer m_autosave;
};

} // namespace lj::gui
