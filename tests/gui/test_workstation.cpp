// The workstation offscreen: open exports, read the verification badge, filter leads, open a
// timeline; every model passes QAbstractItemModelTester.
#include "case_export.h"
#include "case_export_dialog.h"
#include "casefile/case_package.h"
#include "findings_model.h"
#include "i18n.h"
#include "leads_view.h"
#include "main_window.h"
#include "timeline_view.h"
#include "verification_model.h"
#include "verification_view.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace lj::gui;

namespace {

const QString kSle = QStringLiteral(LJ_TEST_DATA_DIR "/sle/");

bool waitLoaded(MainWindow& window)
{
    QSignalSpy loaded(&window, &MainWindow::sessionLoaded);
    return loaded.wait(240000);
}

} // namespace

class TestWorkstation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { lj::i18n::install("en"); }

    void verifiedAndTrustedScenario()
    {
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
        new QAbstractItemModelTester(leads->filter()->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(leads->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        const int all = leads->filter()->rowCount();
        QVERIFY(all > 0);
        leads->filter()->setRules({QStringLiteral("A03")});
        const int a03 = leads->filter()->rowCount();
        QVERIFY(a03 > 0 && a03 < all);
        for (int row = 0; row < a03; ++row)
            QCOMPARE(leads->filter()->index(row, 0).data(FindingsModel::RuleCodeRole).toString(), QStringLiteral("A03"));
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
    }

    // Leads → Export Case File… without its dialogs: the selected finding, proofs from the open export.
    void caseFileFromTheLeadsSelection()
    {
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

    void brokenExportShowsWhereAndKeepsTheVerifiedPrefix()
    {
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

    void forkPairIsShown()
    {
        MainWindow window;
        window.openExports({kSle + QStringLiteral("pairs/fork-a.sle"), kSle + QStringLiteral("pairs/fork-b.sle")},
                           {kSle + QStringLiteral("trust/xc-tiny-ed25519.json")});
        QVERIFY(waitLoaded(window));
        QVERIFY(window.session()->anyFork());
        QCOMPARE(exportState(*window.session(), 0), ExportState::Fork);
        QVERIFY(window.verificationView()->bannerText().contains(QStringLiteral("FORK at height 4")));
    }

    void chineseIsTheDefaultLanguage()
    {
        lj::i18n::install("zh_CN");
        MainWindow window;
        QVERIFY(window.windowTitle().contains(QStringLiteral("链鉴")));
        lj::i18n::install("en");
    }
};

QTEST_MAIN(TestWorkstation)
#include "test_workstation.moc"
