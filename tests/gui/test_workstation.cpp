// The workstation offscreen: open exports, read the verification badge, filter leads, open a
// timeline; save the exports as a workspace, make a case from findings and move it through its
// states, undo and redo note edits, recover autosaved notes, refuse a damaged workspace unchanged;
// every model passes QAbstractItemModelTester; the relationship graph and the entity inspector;
// exporting a case file.
#include "case_detail_view.h"
#include "case_export.h"
#include "case_export_dialog.h"
#include "case_list_model.h"
#include "case_notes_editor.h"
#include "case_text.h"
#include "casefile/case_package.h"
#include "cases/case_store.h"
#include "cases_view.h"
#include "entity_inspector.h"
#include "findings_model.h"
#include "graph_items.h"
#include "graph_scene.h"
#include "i18n.h"
#include "leads_view.h"
#include "main_window.h"
#include "relationship_view.h"
#include "timeline_view.h"
#include "verification_model.h"
#include "verification_view.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

using namespace lj::gui;

namespace {

const QString kSle = QStringLiteral(LJ_TEST_DATA_DIR "/sle/");

bool waitLoaded(MainWindow& window) {
    QSignalSpy loaded(&window, &MainWindow::sessionLoaded);
    return loaded.wait(240000);
}

const QString kScenario = kSle + QStringLiteral("scenario/scenario-sm3-sm2.sle");
const QString kScenarioTrust = kSle + QStringLiteral("trust/xc-sanzi.json");

// The scenario export saved as a workspace in `directory`, opened in `window`.
bool openScenarioWorkspace(MainWindow& window, const QTemporaryDir& directory) {
    window.openExports({kScenario}, {kScenarioTrust});
    if (!waitLoaded(window)) return false;
    window.saveAsWorkspace(directory.filePath(QStringLiteral("scenario.lianjian")));
    return waitLoaded(window) && window.session()->hasWorkspace() && window.casesView()->hasWorkspace();
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWorkstation : public QObject {
    Q_OBJECT

    // Clicking a finding's transaction shows its provenance, then the raw record as signed with
    // its proof re-checked (read from the export or cut from the workspace off the GUI thread).
    void checkRawRecordIsShown(MainWindow& window) {
        const auto session = window.session();
        QVERIFY(!session->findings.empty() && !session->findings.front().txs.empty());
        const std::string tx = session->findings.front().txs.front();
        const lj::TxRef* ref = session->findTx(tx);
        QVERIFY(ref);
        QTextBrowser* details = window.leadsView()->details();
        emit details->anchorClicked(QUrl(QStringLiteral("tx:") + QString::fromStdString(tx)));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Block height")));
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("Raw record as signed")),
                                 30000);
        const QString text = details->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Proof re-checked just now")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"kind\":\"") + QString::fromStdString(ref->kind)),
                 qPrintable(text));
    }

private slots:
    void initTestCase() { lj::i18n::install("en"); }

    void verifiedAndTrustedScenario() {
        MainWindow window;
        window.openExports({kSle + QStringLiteral("scenario/scenario-sm3-sm2.sle")},
                           {kSle + QStringLiteral("trust/xc-sanzi.json")});
        QVERIFY(waitLoaded(window));
        const auto session = window.session();
        QCOMPARE(session->reports.size(), std::size_t(1));
        QCOMPARE(exportState(*session, 0), ExportState::VerifiedTrusted);
        QVERIFY(window.verificationView()->bannerText().contains(QStringLiteral("verified and trusted")));
        QVERIFY(!session->findings.empty());

        // Leads: filter by rule and text; the models behave.
        LeadsView* leads = window.leadsView();
        new QAbstractItemModelTester(leads->filter()->sourceModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(leads->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        const int all = leads->filter()->rowCount();
        QVERIFY(all > 0);
        leads->filter()->setRules({QStringLiteral("A03")});
        const int a03 = leads->filter()->rowCount();
        QVERIFY(a03 > 0 && a03 < all);
        for (int row = 0; row < a03; ++row)
            QCOMPARE(leads->filter()->index(row, 0).data(FindingsModel::RuleCodeRole).toString(),
                     QStringLiteral("A03"));
        leads->filter()->setText(QStringLiteral("HT2013-0001"));
        QCOMPARE(leads->filter()->rowCount(), 1);
        leads->filter()->setRules({});
        leads->filter()->setText(QString());
        leads->filter()->setMinimumSeverity(static_cast<int>(lj::Severity::Alarm));
        QVERIFY(leads->filter()->rowCount() < all);
        leads->filter()->setMinimumSeverity(0);
        QCOMPARE(leads->filter()->rowCount(), all);

        // Timeline of the seed asset: renders off the GUI thread and shows its leases.
        TimelineView* timeline = window.timelineView();
        QSignalSpy rendered(timeline, &TimelineView::rendered);
        timeline->showAsset(QStringLiteral("as-320507004202-001"));
        QVERIFY(rendered.wait(60000));
        QCOMPARE(timeline->currentAsset(), QStringLiteral("as-320507004202-001"));

        checkRawRecordIsShown(window);
    }

    void relationshipGraphAndEntityInspector() {
        MainWindow window;
        window.openExports({kScenario}, {kScenarioTrust});
        QVERIFY(waitLoaded(window));
        const auto session = window.session();
        const lj::RuleFinding* r01 = nullptr;
        for (const lj::RuleFinding& finding : session->findings)
            if (finding.rule == "R01" && !finding.path.empty()) {
                r01 = &finding;
                break;
            }
        QVERIFY(r01);
        const QString party = QString::fromStdString(r01->path.front());
        const QString official = QString::fromStdString(r01->path.back());

        // The finding's path on the graph: found, highlighted, both ends drawn.
        RelationshipView* graph = window.relationshipView();
        QSignalSpy rendered(graph, &RelationshipView::rendered);
        graph->showPath(party, official);
        QVERIFY(rendered.wait(60000));
        QVERIFY(graph->pathList()->count() >= 1);
        QCOMPARE(graph->scene()->highlightedPath(), 0);
        const auto& view = graph->scene()->view();
        QVERIFY(graph->scene()->nodeItem(view.graph->find(r01->path.front())));
        QVERIFY(graph->scene()->nodeItem(view.graph->find(r01->path.back())));
        QVERIFY(graph->scene()->nodeItem(view.graph->find(r01->path.front()))->isHighlighted());

        // The party's ego network; expand, hide and pin; a re-layout keeps the pinned node in place.
        graph->showEgo(party, 1);
        QVERIFY(rendered.wait(60000));
        const std::size_t shown = graph->scene()->visibleNodeCount();
        QVERIFY(shown >= 2);
        GraphNodeItem* centre = graph->scene()->nodeItem(view.graph->find(r01->path.front()));
        QVERIFY(centre);
        centre->setPos(centre->pos() + QPointF(333, 111));
        centre->setPinned(true);
        const QPointF pinned = centre->pos();
        centre->setSelected(true);
        graph->expandSelected();
        QVERIFY(rendered.wait(60000));
        QVERIFY(graph->scene()->visibleNodeCount() >= shown);
        QCOMPARE(graph->scene()->nodeItem(view.graph->find(r01->path.front()))->pos(), pinned);
        GraphNodeItem* other = nullptr;
        for (QGraphicsItem* item : graph->scene()->items())
            if (auto* node = dynamic_cast<GraphNodeItem*>(item);
                node && node->node() != view.graph->find(r01->path.front()))
                other = node;
        QVERIFY(other);
        const lj::graph::NodeId hidden = other->node();
        graph->scene()->hideNode(hidden);
        QVERIFY(!graph->scene()->nodeItem(hidden));
        for (QGraphicsItem* item : graph->scene()->items()) // no relation is left dangling
            if (auto* edge = dynamic_cast<GraphEdgeItem*>(item))
                QVERIFY(edge->source()->node() != hidden && edge->target()->node() != hidden);

        // Exports: a PNG and an SVG of the picture.
        QTemporaryDir directory;
        QVERIFY(graph->exportImage(directory.filePath(QStringLiteral("graph.png"))));
        QVERIFY(graph->exportImage(directory.filePath(QStringLiteral("graph.svg"))));
        QVERIFY(QImage(directory.filePath(QStringLiteral("graph.png"))).width() > 100);
        QVERIFY(fileBytes(directory.filePath(QStringLiteral("graph.svg"))).contains("<svg"));

        // Conflicts of the whole district: several paths, the first highlighted.
        graph->showConflicts();
        QVERIFY(rendered.wait(60000));
        QVERIFY(graph->pathList()->count() >= 3);

        // The entity inspector names the party, the finding and the transactions behind its facts.
        EntityInspector* inspector = window.entityInspector();
        QSignalSpy factsShown(inspector, &EntityInspector::factsShown);
        inspector->inspect(party); // gathered off the GUI thread (shown at once if already done)
        QTRY_COMPARE_WITH_TIMEOUT(factsShown.count(), 1, 30000);
        QCOMPARE(factsShown.takeFirst().at(0).toString(), party);
        const QString html = inspector->facts()->toHtml();
        QVERIFY(html.contains(
            QString::fromStdString(session->dataset->nameOf(r01->path.front())).toHtmlEscaped()));
        QVERIFY(html.contains(QString::fromStdString(r01->id)));
        QVERIFY(html.contains(QStringLiteral("tx:")));
        inspector->inspect(official);
        QCOMPARE(inspector->currentEntity(), official);
        QTRY_COMPARE_WITH_TIMEOUT(factsShown.count(), 1, 30000);
        QVERIFY(inspector->facts()->toHtml().contains(
            QString::fromStdString(session->dataset->nameOf(official.toStdString())).toHtmlEscaped()));
    }

    // Leads → Export Case File… without its dialogs: the selected finding, proofs from the open export.
    void caseFileFromTheLeadsSelection() {
        MainWindow window;
        window.openExports({kSle + QStringLiteral("scenario/scenario-sm3-sm2.sle")},
                           {kSle + QStringLiteral("trust/xc-sanzi.json")});
        QVERIFY(waitLoaded(window));
        LeadsView* leads = window.leadsView();
        QVERIFY(leads->selectFirstOf(QStringLiteral("R01")));
        const std::vector<lj::RuleFinding> findings = leads->selectedFindings();
        QCOMPARE(findings.size(), std::size_t(1));
        const lj::CaseFileContent content = caseFileFromSession(*window.session(), findings);
        QVERIFY(!content.facts.empty());
        QCOMPARE(content.count(lj::FactState::Proven), content.facts.size());
        QCOMPARE(content.trusted, std::optional<bool>(true));
        QTemporaryDir dir;
        lj::casefile::CaseExportOptions options;
        options.outDir = dir.filePath(QStringLiteral("case")).toStdString();
        QVERIFY(lj::casefile::exportCasePackage(content, options).ok());
        const auto report = lj::verifyCasePackage(options.outDir, nullptr);
        QVERIFY(report.ok() && report->ok());
    }

    void brokenExportShowsWhereAndKeepsTheVerifiedPrefix() {
        MainWindow window;
        window.openExports({kSle + QStringLiteral("tampered/t01-tx-byte-flip.sle")},
                           {kSle + QStringLiteral("trust/xc-tiny-ed25519.json")});
        QVERIFY(waitLoaded(window));
        const auto session = window.session();
        QCOMPARE(exportState(*session, 0), ExportState::Broken);
        QVERIFY(exportStateText(*session, 0).contains(QStringLiteral("line 9")));
        QCOMPARE(session->dataset->txs.size(), std::size_t(3)); // blocks 0–1 only
        VerificationModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        model.setSession(session);
        QCOMPARE(model.rowCount(), 1);
    }

    void forkPairIsShown() {
        MainWindow window;
        window.openExports(
            {kSle + QStringLiteral("pairs/fork-a.sle"), kSle + QStringLiteral("pairs/fork-b.sle")},
            {kSle + QStringLiteral("trust/xc-tiny-ed25519.json")});
        QVERIFY(waitLoaded(window));
        QVERIFY(window.session()->anyFork());
        QCOMPARE(exportState(*window.session(), 0), ExportState::Fork);
        QVERIFY(window.verificationView()->bannerText().contains(QStringLiteral("FORK at height 4")));
    }

    void caseFromFindingsMovesThroughStatesWithUndoableNotes() {
        QTemporaryDir directory;
        MainWindow window;
        QVERIFY(openScenarioWorkspace(window, directory));
        CasesView* cases = window.casesView();
        new QAbstractItemModelTester(cases->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        QCOMPARE(cases->model()->rowCount(), 0);
        checkRawRecordIsShown(window);

        // Two A03 findings selected in the leads view make one case.
        LeadsView* leads = window.leadsView();
        leads->filter()->setRules({QStringLiteral("A03")});
        QVERIFY(leads->filter()->rowCount() >= 2);
        leads->table()->selectionModel()->select(
            QItemSelection(leads->filter()->index(0, 0), leads->filter()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QStringList ids = leads->selectedFindingIds();
        QCOMPARE(ids.size(), 2);
        const std::int64_t id = cases->createCaseFromFindings(ids, QStringLiteral("鱼塘长期租赁"));
        QVERIFY2(id != 0, qPrintable(cases->lastMessage()));
        QCOMPARE(cases->model()->rowCount(), 1);
        QCOMPARE(cases->currentCaseId(), id);
        lj::CaseStore* store = cases->store();
        QCOMPARE(store->load(id)->findings.size(), std::size_t(2));
        QVERIFY(!store->load(id)->snapshots.empty()); // the assets' timelines

        // The relationship graph as drawn goes into the case: its data (relations citing their
        // transactions) and its drawing.
        const std::size_t before = store->load(id)->snapshots.size();
        RelationshipView* graph = window.relationshipView();
        QSignalSpy rendered(graph, &RelationshipView::rendered);
        const auto& findings = window.session()->findings;
        const auto related =
            std::find_if(findings.begin(), findings.end(),
                         [](const lj::RuleFinding& finding) { return !finding.path.empty(); });
        QVERIFY(related != findings.end());
        const QString party = QString::fromStdString(related->path.front());
        graph->showEgo(party, 1);
        QVERIFY(rendered.wait(60000));
        QVERIFY2(window.attachGraphToCase(), qPrintable(window.statusBar()->currentMessage()));
        const auto snapshots = store->load(id)->snapshots;
        QCOMPARE(snapshots.size(), before + 2);
        QCOMPARE(snapshots[before].kind, std::string("graph"));
        QCOMPARE(snapshots[before].subject, party.toStdString());
        const std::string text = store->snapshotData(snapshots[before].id).value();
        auto data = lj::json::parse(text);
        QVERIFY(data && data->find("nodes") && !data->find("nodes")->asArray().empty());
        QVERIFY(text.find("\"txs\":[\"") != std::string::npos);
        QCOMPARE(snapshots[before + 1].format, std::string("png"));
        const std::string png = store->snapshotData(snapshots[before + 1].id).value();
        QVERIFY(QImage::fromData(QByteArray::fromStdString(png), "PNG").width() > 100);

        // Through the states: a proposal waits for a supervisor, who is not the proposer.
        const QString me = CaseText::userName();
        QVERIFY(cases->proposeState(lj::CaseState::Verification));
        QVERIFY(!cases->proposeState(lj::CaseState::Filed));
        QVERIFY(cases->lastMessage().contains(QStringLiteral("awaits the supervisor")));
        QVERIFY(!cases->review(lj::ReviewKind::Approve, me, {}));
        QVERIFY(
            cases->review(lj::ReviewKind::Approve, QStringLiteral("supervisor"), QStringLiteral("agreed")));
        QVERIFY(cases->proposeState(lj::CaseState::Filed));
        QVERIFY(cases->review(lj::ReviewKind::Return, QStringLiteral("supervisor"),
                              QStringLiteral("more evidence")));
        QCOMPARE(cases->model()->index(0, CaseListModel::State).data().toString(),
                 CaseText::state(lj::CaseState::Verification));
        QCOMPARE(cases->model()->index(0, CaseListModel::Review).data().toString(),
                 CaseText::review(lj::ReviewStatus::Returned));
        QVERIFY(cases->proposeState(lj::CaseState::Closed));
        QVERIFY(cases->review(lj::ReviewKind::Approve, QStringLiteral("supervisor"), {}));
        QVERIFY(lj::isFinal(store->load(id)->summary.status));
        QVERIFY(!cases->proposeState(lj::CaseState::Pending));

        // Notes: save two versions, undo and redo the second through the Edit menu's stack.
        QPlainTextEdit* editor = cases->detail()->notes()->editor();
        editor->setPlainText(QStringLiteral("first version"));
        QVERIFY(cases->hasUnsavedNotes());
        QVERIFY(cases->saveNotes());
        editor->setPlainText(QStringLiteral("second version"));
        QVERIFY(cases->saveNotes());
        QVERIFY(!cases->hasUnsavedNotes());
        cases->undoStack()->undo();
        QCOMPARE(editor->toPlainText(), QStringLiteral("first version"));
        QCOMPARE(store->load(id)->note.text, std::string("first version"));
        cases->undoStack()->redo();
        QCOMPARE(editor->toPlainText(), QStringLiteral("second version"));
        QCOMPARE(store->noteHistory(id)->size(), std::size_t(4)); // undo and redo are versions too

        // A title edit is undoable as well.
        QVERIFY(cases->editTitle(QStringLiteral("renamed")));
        cases->undoStack()->undo();
        QCOMPARE(store->load(id)->summary.title, std::string("鱼塘长期租赁"));

        // Typing is autosaved as a draft within seconds; closing asks about unsaved notes.
        editor->setPlainText(QStringLiteral("third, not saved"));
        QTRY_VERIFY_WITH_TIMEOUT(store->draft(id)->has_value(),
                                 CaseNotesEditor::kAutosaveMilliseconds + 3000);
        QCOMPARE(QString::fromStdString((*store->draft(id))->text), QStringLiteral("third, not saved"));
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        cases->setUnsavedNotesPrompt([&](const QString&) {
            ++asked;
            return answer;
        });
        window.show();
        QVERIFY(!window.close());
        QCOMPARE(asked, 1);
        answer = QMessageBox::Save;
        QVERIFY(window.close());
        QCOMPARE(asked, 2);
        QCOMPARE(store->load(id)->note.text, std::string("third, not saved"));

        const lj::AuditVerification audit = cases->verifyAudit();
        QVERIFY2(audit.intact, audit.problem.c_str());
        QVERIFY(audit.recordProblems.empty());
        QCOMPARE(QString::fromStdString(audit.algorithm), QStringLiteral("SM3"));
    }

    void autosavedNotesAreRecoveredWhenTheWorkspaceReopens() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("scenario.lianjian"));
        {
            MainWindow window;
            QVERIFY(openScenarioWorkspace(window, directory));
            const std::int64_t id = window.casesView()->createCaseFromFindings(
                {QString::fromStdString(window.session()->findings.front().id)}, {});
            QVERIFY(id != 0);
            window.casesView()->detail()->notes()->editor()->setPlainText(
                QStringLiteral("typed before the crash"));
            window.casesView()->detail()->notes()->flushDraft(); // what the autosave timer does
        }
        MainWindow window;
        window.openExports({path});
        QVERIFY(waitLoaded(window));
        CasesView* cases = window.casesView();
        QCOMPARE(cases->model()->rowCount(), 1);
        QCOMPARE(cases->detail()->notes()->editor()->toPlainText(), QStringLiteral("typed before the crash"));
        QVERIFY(cases->hasUnsavedNotes());
    }

    void damagedWorkspaceIsRefusedUnchanged() {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("damaged.lianjian"));
        {
            MainWindow window;
            QVERIFY(openScenarioWorkspace(window, directory));
        }
        QVERIFY(QFile::rename(directory.filePath(QStringLiteral("scenario.lianjian")), path));
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 40000);
        for (int i = 8192; i < 32768; ++i)
            bytes[i] = static_cast<char>(0x5A ^ (i * 13));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        }
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openWorkspace(path);
        QVERIFY(failed.wait(60000));
        QVERIFY(failed.front().front().toString().contains(QStringLiteral("damaged")));
        QCOMPARE(fileBytes(path), bytes);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!window.casesView()->hasWorkspace());
    }

    void chineseIsTheDefaultLanguage() {
        lj::i18n::install("zh_CN");
        MainWindow window;
        QVERIFY(window.windowTitle().contains(QStringLiteral("链鉴")));
        lj::i18n::install("en");
    }
};

QTEST_MAIN(TestWorkstation)
#include "test_workstation.moc"
