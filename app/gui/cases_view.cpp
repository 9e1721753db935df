#include "cases_view.h"

#include "case_detail_view.h"
#include "case_edit_command.h"
#include "case_list_model.h"
#include "case_notes_editor.h"
#include "case_text.h"
#include "cases/case_builder.h"
#include "cases/case_replay.h"
#include "timeline/asset_timeline.h"
#include "workspace/workspace_dataset.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace lj::gui {

namespace {

std::string user() {
    return CaseText::userName().toStdString();
}

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

CasesView::CasesView(QWidget* parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_model(new CaseListModel(this))
    , m_table(new QTableView)
    , m_detail(new CaseDetailView)
    , m_stack(new QStackedWidget) {
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::Title, QHeaderView::Stretch);
    // The detail shows handler and times; the list keeps to what tells cases apart.
    m_table->setColumnHidden(CaseListModel::Handler, true);
    m_table->setColumnHidden(CaseListModel::Updated, true);
    m_table->setWordWrap(false);

    // Without a workspace: where cases live, and the one step that gets there.
    auto* placeholder = new QWidget;
    auto* placeholderLayout = new QVBoxLayout(placeholder);
    auto* explanation = new QLabel(tr(
        "<h3>Cases are kept in an investigation workspace</h3><p>A workspace (.lianjian) is one file that "
        "holds "
        "the verified records of the exports, the cases made from their findings, the handler's notes, the "
        "supervisor's reviews and an audit trail of every change. Save the open exports as a workspace (it "
        "can "
        "live on a USB stick), or open an existing one with File → Open.</p>"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);
    auto* saveAs = new QPushButton(tr("Save as investigation workspace…"));
    connect(saveAs, &QPushButton::clicked, this, &CasesView::saveAsWorkspaceRequested);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(explanation);
    placeholderLayout->addWidget(saveAs, 0, Qt::AlignLeft);
    placeholderLayout->addStretch(2);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({400, 800});
    m_stack->addWidget(placeholder);
    m_stack->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesView::currentChanged);
    connect(m_detail, &CaseDetailView::stateRequested, this,
            [this](CaseState state) { proposeState(state); });
    connect(m_detail, &CaseDetailView::reviewRequested, this,
            [this](ReviewKind kind, const QString& reviewer, const QString& text) {
                if (review(kind, reviewer, text)) m_detail->reviewText()->clear();
            });
    connect(m_detail, &CaseDetailView::titleEdited, this, &CasesView::editTitle);
    connect(m_detail, &CaseDetailView::removeFindingRequested, this, &CasesView::removeFinding);
    connect(m_detail, &CaseDetailView::timelineSnapshotRequested, this, &CasesView::attachTimelineSnapshot);
    connect(m_detail, &CaseDetailView::openAssetRequested, this, &CasesView::openAssetRequested);
    connect(m_detail, &CaseDetailView::verifyAuditRequested, this, [this] { verifyAudit(); });
    connect(m_detail->notes(), &CaseNotesEditor::saveRequested, this, [this] { saveNotes(); });
    m_prompt = [this](const QString& number) {
        return QMessageBox::question(
            this, tr("Unsaved notes"),
            tr("The notes of case %1 have changes that are not saved as a version. Save them now?")
                .arg(number),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
}

CasesView::~CasesView() {
    // Whatever was typed stays as a draft: nothing typed is lost, even when closing without asking.
    m_detail->notes()->flushDraft();
}

void CasesView::setSession(std::shared_ptr<const Session> session, const RuleSettings& settings) {
    m_session = std::move(session);
    m_settings = settings;
    const std::string path = m_session && !m_session->failed ? m_session->workspacePath : std::string();
    if (m_workspace && m_workspace->path() == path) {
        reload(currentCaseId(), false);
        return;
    }
    closeWorkspace();
    if (!path.empty()) openWorkspace(path);
}

void CasesView::openWorkspace(const std::string& path) {
    auto workspace = Workspace::open(path, WorkspaceOpenMode::OpenExisting);
    if (!workspace) {
        m_lastMessage = fromStd(workspace.error());
        return;
    }
    m_workspace = std::make_unique<Workspace>(std::move(*workspace));
    m_store = std::make_unique<CaseStore>(*m_workspace);
    m_detail->notes()->setStore(m_store.get());
    m_stack->setCurrentIndex(1);
    reload(0, true);
}

void CasesView::closeWorkspace() {
    m_detail->notes()->flushDraft();
    m_undo->clear();
    m_detail->notes()->setStore(nullptr);
    m_detail->clear();
    m_model->setCases({});
    m_store.reset();
    m_workspace.reset();
    m_shownCase = 0;
    m_stack->setCurrentIndex(0);
}

std::int64_t CasesView::currentCaseId() const {
    const CaseSummary* summary = m_model->caseAt(m_table->currentIndex().row());
    return summary ? summary->id : 0;
}

bool CasesView::selectCase(std::int64_t caseId) {
    const int row = m_model->rowOf(caseId);
    if (row < 0) return false;
    m_table->selectRow(row);
    return true;
}

void CasesView::reload(std::int64_t select, bool refreshNotes) {
    if (!m_store) return;
    auto cases = m_store->list();
    if (!cases) {
        report(fail(cases.error()), {});
        return;
    }
    m_reloading = true;
    m_model->setCases(std::move(*cases));
    int row = m_model->rowOf(select);
    if (row < 0 && m_model->rowCount() > 0) row = m_model->rowCount() - 1; // the newest
    if (row >= 0) m_table->selectRow(row);
    m_reloading = false;
    showCurrent(refreshNotes);
}

void CasesView::currentChanged() {
    if (m_reloading) return;
    m_detail->notes()->flushDraft(); // the case being left keeps what was typed, as a draft
    showCurrent(true);
}

void CasesView::showCurrent(bool refreshNotes) {
    const std::int64_t id = currentCaseId();
    if (!m_store || id == 0) {
        m_detail->clear();
        m_shownCase = 0;
        return;
    }
    auto record = m_store->load(id);
    auto draft = m_store->draft(id);
    auto audit = m_store->audit(id);
    if (!record || !draft || !audit) {
        report(fail(!record ? record.error() : !draft ? draft.error() : audit.error()), {});
        return;
    }
    if (refreshNotes || id != m_shownCase)
        m_detail->notes()->clear(); // forces the editor to take the stored text
    m_detail->showCase(*record, *draft, *audit);
    m_shownCase = id;
}

bool CasesView::report(const Status& status, const QString& done) {
    m_lastMessage = status ? done : fromStd(status.error());
    m_detail->setMessage(m_lastMessage, !status);
    return status.ok();
}

std::int64_t CasesView::createCaseFromFindings(const QStringList& findingIds, const QString& title) {
    if (!m_store || !m_session || !m_session->dataset) {
        m_lastMessage = tr("Cases need an investigation workspace: save the exports as one first.");
        return 0;
    }
    std::vector<RuleFinding> chosen;
    for (const QString& id : findingIds)
        for (const RuleFinding& finding : m_session->findings)
            if (finding.id == id.toStdString()) chosen.push_back(finding);
    if (chosen.empty()) {
        m_lastMessage = tr("Select one or more findings first.");
        return 0;
    }
    const NewCase request =
        buildNewCase(*m_session->dataset, chosen, m_session->asOf, m_settings, title.trimmed().toStdString());
    auto id = m_store->create(request, user());
    if (!id) {
        m_lastMessage = fromStd(id.error());
        return 0;
    }
    reload(*id, true);
    report(Ok{}, tr("Case %1 created from %n finding(s).", nullptr, static_cast<int>(chosen.size()))
                     .arg(m_model->caseAt(m_model->rowOf(*id))
                              ? fromStd(m_model->caseAt(m_model->rowOf(*id))->number)
                              : QString()));
    return *id;
}

bool CasesView::proposeState(CaseState state) {
    const std::int64_t id = currentCaseId();
    if (!m_store || id == 0) return false;
    const bool ok =
        report(m_store->changeState(id, state, user()),
               tr("Proposed: %1. It now awaits the supervisor's decision.").arg(CaseText::state(state)));
    if (ok) reload(id, false);
    return ok;
}

bool CasesView::review(ReviewKind kind, const QString& reviewer, const QString& text) {
    const std::int64_t id = currentCaseId();
    if (!m_store || id == 0) return false;
    const bool ok = report(m_store->review(id, kind, text.toStdString(), reviewer.toStdString()),
                           tr("Review recorded: %1 by %2.").arg(CaseText::reviewKind(kind), reviewer));
    if (ok) reload(id, false);
    return ok;
}

bool CasesView::pushEdit(const QString& text, std::function<Status()> redo, std::function<Status()> undo,
                         bool refreshNotes) {
    const std::int64_t id = currentCaseId();
    // Each run reselects the case it changed, so that undo shows what it undid.
    m_undo->push(new CaseEditCommand(
        text, std::move(redo), std::move(undo), [this, id, refreshNotes, text](const Status& status) {
            m_lastEditOk = report(status, tr("%1: done. Edit → Undo reverts it.").arg(text));
            if (status) reload(id, refreshNotes);
        }));
    return m_lastEditOk;
}

bool CasesView::editTitle(const QString& title) {
    const std::int64_t id = currentCaseId();
    const CaseSummary* summary = m_model->caseAt(m_table->currentIndex().row());
    if (!m_store || !summary || title.isEmpty() || fromStd(summary->title) == title) return false;
    const std::string before = summary->title, after = title.toStdString();
    CaseStore* store = m_store.get();
    return pushEdit(
        tr("Rename case"), [=] { return store->setTitle(id, after, user()); },
        [=] { return store->setTitle(id, before, user()); }, false);
}

bool CasesView::saveNotes() {
    CaseNotesEditor* notes = m_detail->notes();
    const std::int64_t id = currentCaseId();
    if (!m_store || id == 0 || notes->caseId() != id || !notes->isModified()) return false;
    const std::string before = notes->savedText().toStdString(), after = notes->text().toStdString();
    CaseStore* store = m_store.get();
    const auto save = [store, id](const std::string& text) -> Status {
        auto version = store->saveNote(id, text, user());
        return version ? Status(Ok{}) : Status(fail(version.error()));
    };
    return pushEdit(
        tr("Edit notes"), [=] { return save(after); }, [=] { return save(before); }, true);
}

bool CasesView::removeFinding(const QString& findingId) {
    const std::int64_t id = currentCaseId();
    if (!m_store || id == 0) return false;
    auto record = m_store->load(id);
    if (!record) return report(fail(record.error()), {});
    const auto it =
        std::find_if(record->findings.begin(), record->findings.end(), [&](const CaseFinding& finding) {
            return finding.findingId == findingId.toStdString();
        });
    if (it == record->findings.end()) return false;
    const CaseFinding finding = *it;
    CaseStore* store = m_store.get();
    return pushEdit(
        tr("Remove finding %1").arg(findingId),
        [=] { return store->removeFinding(id, finding.findingId, user()); },
        [=] { return store->addFinding(id, finding, user()); }, false);
}

bool CasesView::attachTimelineSnapshot(const QString& assetId) {
    const std::int64_t id = currentCaseId();
    if (!m_store || !m_workspace || id == 0 || !m_session) return false;
    auto records = loadAssetDataset(*m_workspace, assetId.toStdString());
    if (!records) return report(fail(records.error()), {});
    const AssetTimeline timeline =
        buildAssetTimeline(*records, assetId.toStdString(), m_session->asOf, m_settings);
    const std::string text = json::serialize(timelineToJson(timeline, *records));
    return attachSnapshot(QStringLiteral("timeline"), assetId, QStringLiteral("json"),
                          QByteArray::fromStdString(text)) != 0;
}

std::int64_t CasesView::attachSnapshot(const QString& kind, const QString& subject, const QString& format,
                                       const QByteArray& bytes) {
    const std::int64_t id = currentCaseId();
    if (!m_store || id == 0) return 0;
    CaseSnapshot snapshot;
    snapshot.kind = kind.toStdString();
    snapshot.subject = subject.toStdString();
    snapshot.format = format.toStdString();
    snapshot.data = bytes.toStdString();
    auto added = m_store->addSnapshot(id, snapshot, user());
    if (!report(added ? Status(Ok{}) : Status(fail(added.error())),
                tr("Snapshot of %1 attached.").arg(subject)))
        return 0;
    reload(id, false);
    return *added;
}

AuditVerification CasesView::verifyAudit() {
    AuditVerification result;
    if (!m_workspace) return result;
    auto verified = verifyAuditLog(*m_workspace);
    if (!verified) {
        report(fail(verified.error()), {});
        result.intact = false;
        result.problem = verified.error();
        return result;
    }
    if (auto problems = compareCasesWithAudit(*m_workspace)) verified->recordProblems = std::move(*problems);
    m_detail->showAuditVerification(*verified);
    return *verified;
}

bool CasesView::hasUnsavedNotes() const {
    return m_store && m_detail->notes()->isModified();
}

bool CasesView::confirmClose() {
    if (!hasUnsavedNotes()) return true;
    const CaseSummary* summary = m_model->caseAt(m_model->rowOf(m_detail->notes()->caseId()));
    switch (m_prompt(summary ? fromStd(summary->number) : QString())) {
    case QMessageBox::Save:
        if (currentCaseId() != m_detail->notes()->caseId()) selectCase(m_detail->notes()->caseId());
        return saveNotes();
    case QMessageBox::Discard:
        m_detail->notes()->discard();
        return true;
    default:
        return false;
    }
}

} // namespace lj::gui
