#include "case_notes_editor.h"

#include "case_text.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace lj::gui {

namespace {

QString localTime(const std::string& rfc3339) {
    const QDateTime time = QDateTime::fromString(QString::fromStdString(rfc3339), Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString::fromStdString(rfc3339);
}

} // namespace

CaseNotesEditor::CaseNotesEditor(QWidget* parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit)
    , m_status(new QLabel)
    , m_save(new QPushButton(tr("Save notes"))) {
    m_editor->setPlaceholderText(
        tr("The handler's notes: what was checked, who was talked to, what is still open…"));
    m_save->setToolTip(tr("Save the notes as a new version (Ctrl+S); every version is kept"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bar);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMilliseconds);
    connect(&m_autosave, &QTimer::timeout, this, &CaseNotesEditor::flushDraft);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CaseNotesEditor::textEdited);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_caseId != 0 && isModified()) emit saveRequested(m_savedText, text());
    });
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, m_save, &QPushButton::click);
    setEnabled(false);
}

void CaseNotesEditor::setStore(CaseStore* store) {
    m_store = store;
    if (!store) clear();
}

void CaseNotesEditor::showCase(std::int64_t caseId, const CaseNote& saved,
                               const std::optional<CaseNote>& draft) {
    m_autosave.stop();
    m_caseId = caseId;
    m_saved = saved;
    m_savedText = QString::fromStdString(saved.text);
    m_recovered = draft && QString::fromStdString(draft->text) != m_savedText;
    m_draftTime = draft ? localTime(draft->savedAt) : QString();
    m_loading = true;
    m_editor->setPlainText(m_recovered ? QString::fromStdString(draft->text) : m_savedText);
    m_loading = false;
    setEnabled(true);
    updateStatus();
}

void CaseNotesEditor::clear() {
    m_autosave.stop();
    m_caseId = 0;
    m_saved = {};
    m_savedText.clear();
    m_recovered = false;
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    setEnabled(false);
    m_status->clear();
}

bool CaseNotesEditor::isModified() const {
    return m_caseId != 0 && text() != m_savedText;
}

QString CaseNotesEditor::text() const {
    return m_editor->toPlainText();
}

void CaseNotesEditor::textEdited() {
    if (m_loading || m_caseId == 0) return;
    m_autosave.start();
    updateStatus();
}

void CaseNotesEditor::flushDraft() {
    m_autosave.stop();
    if (!m_store || m_caseId == 0) return;
    if (isModified()) {
        if (m_store->saveDraft(m_caseId, text().toStdString(), CaseText::userName().toStdString()))
            m_draftTime = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    } else {
        (void)m_store->discardDraft(m_caseId);
        m_draftTime.clear();
    }
    updateStatus();
}

void CaseNotesEditor::discard() {
    if (m_store && m_caseId != 0) (void)m_store->discardDraft(m_caseId);
    m_recovered = false;
    m_draftTime.clear();
    m_loading = true;
    m_editor->setPlainText(m_savedText);
    m_loading = false;
    updateStatus();
}

void CaseNotesEditor::updateStatus() {
    QString saved = m_saved.version > 0
                        ? tr("Version %1, saved %2 by %3")
                              .arg(m_saved.version)
                              .arg(localTime(m_saved.savedAt), QString::fromStdString(m_saved.savedBy))
                        : tr("No saved version yet");
    if (isModified()) {
        if (m_recovered)
            saved = tr("Recovered unsaved notes from %1 — save or discard them. %2").arg(m_draftTime, saved);
        else if (!m_draftTime.isEmpty())
            saved = tr("Unsaved changes (draft kept %1). %2").arg(m_draftTime, saved);
        else
            saved = tr("Unsaved changes. %1").arg(saved);
    }
    m_status->setText(saved);
    m_save->setEnabled(isModified());
}

} // namespace lj::gui
