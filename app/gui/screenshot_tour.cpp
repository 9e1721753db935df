#include "screenshot_tour.h"

#include "case_detail_view.h"
#include "case_list_model.h"
#include "case_notes_editor.h"
#include "cases_view.h"
#include "entity_inspector.h"
#include "format.h"
#include "leads_view.h"
#include "main_window.h"
#include "relationship_view.h"
#include "timeline_view.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace lj::gui {

namespace {

void settle(int milliseconds = 150) {
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitForTimeline(TimelineView* view) {
    for (int i = 0; i < 200 && view->isBusy(); ++i)
        settle(50);
    settle();
    return !view->isBusy();
}

bool waitForGraph(RelationshipView* view) {
    for (int i = 0; i < 400 && view->isBusy(); ++i)
        settle(50);
    settle();
    return !view->isBusy();
}

// The party of the first relationship finding (R01, F07, W01): someone worth inspecting.
QString partyOfFirstPath(const Session& session) {
    for (const RuleFinding& finding : session.findings)
        if (!finding.path.empty()) return q(finding.path.front());
    return session.dataset->persons.empty() ? QString() : q(session.dataset->persons.begin()->first);
}

// The asset with the most leases: the richest timeline to look at.
QString richestAsset(const Session& session) {
    std::map<std::string, int> leases;
    for (const auto& [id, contract] : session.dataset->contracts)
        ++leases[contract.asset];
    std::string best;
    int most = -1;
    for (const auto& [asset, count] : leases)
        if (count > most && session.dataset->assets.count(asset)) {
            best = asset;
            most = count;
        }
    return QString::fromStdString(best);
}

// A demo case for the case page, made in a temporary copy: the bundled demo (or the user's own
// workspace) is never written to.
std::unique_ptr<QTemporaryDir>& tourDirectory() {
    static std::unique_ptr<QTemporaryDir> directory;
    return directory;
}

QStringList demoFindings(const Session& session) {
    QStringList ids;
    for (const char* rule : {"R01", "A03", "A06"})
        for (const RuleFinding& finding : session.findings)
            if (finding.rule == rule && ids.size() < 3) {
                ids << q(finding.id);
                break;
            }
    if (ids.isEmpty() && !session.findings.empty()) ids << q(session.findings.front().id);
    return ids;
}

int saveCasePage(MainWindow& window, const QString& directory) {
    CasesView* cases = window.casesView();
    if (cases->model()->rowCount() == 0 && window.session()) {
        if (cases->createCaseFromFindings(demoFindings(*window.session()), {}) != 0) {
            cases->proposeState(CaseState::Verification);
            cases->review(ReviewKind::Approve, QStringLiteral("王主任"),
                          QStringLiteral("同意初步核实，十五个工作日内报结果。"));
            cases->detail()->notes()->editor()->setPlainText(QStringLiteral(
                "1. 调取合同原件及村民代表会议记录；\n2. 核对租金收缴台账；\n3. 约谈村会计。"));
            cases->saveNotes();
            cases->verifyAudit();
        }
    }
    window.showPage(MainWindow::CasesPage);
    cases->detail()->tabs()->setCurrentIndex(0);
    int failures = 0;
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        settle();
        const QString path =
            QDir(directory).filePath(QStringLiteral("7-case-%1x%2.png").arg(size.width()).arg(size.height()));
        if (!window.grab().save(path)) ++failures;
        std::printf("%s\n", qPrintable(path));
    }
    return failures;
}

// Gets a workspace to show cases from (a temporary one), then renders the case page and exits.
void runCaseTour(MainWindow& window, const QString& directory, int failures) {
    const auto session = window.session();
    const auto finish = [&window, directory, failures] {
        QApplication::exit(failures + saveCasePage(window, directory) == 0 ? 0 : 1);
    };
    if (session && session->hasWorkspace() && window.casesView()->model()->rowCount() > 0) {
        finish();
        return;
    }
    tourDirectory() = std::make_unique<QTemporaryDir>();
    const QString copy = tourDirectory()->filePath(QStringLiteral("demo.lianjian"));
    auto connection = std::make_shared<QMetaObject::Connection>();
    const auto next = [&window, directory, failures, connection] {
        QObject::disconnect(*connection);
        QTimer::singleShot(0, &window, [&window, directory, failures] {
            QApplication::exit(failures + saveCasePage(window, directory) == 0 ? 0 : 1);
        });
    };
    *connection = QObject::connect(&window, &MainWindow::sessionLoaded, &window, next);
    QObject::connect(&window, &MainWindow::loadFailed, &window, [] { QApplication::exit(1); });
    if (session && session->hasWorkspace()) {
        // VACUUM INTO writes a consistent copy through a read-only connection.
        auto source = sql::Database::open(session->workspacePath, sql::OpenFlags::ReadOnly);
        QString literal = copy;
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        if (!source || !source->exec("VACUUM INTO '" + literal.toStdString() + "'").ok()) {
            QApplication::exit(1);
            return;
        }
        window.openWorkspace(copy);
    } else {
        window.saveAsWorkspace(copy);
    }
}

void runTour(MainWindow& window, const QString& directory) {
    QDir().mkpath(directory);
    const auto session = window.session();
    int failures = 0;
    const auto save = [&](const QString& name) {
        settle();
        const QString path = QDir(directory).filePath(name);
        if (!window.grab().save(path)) ++failures;
        std::printf("%s\n", qPrintable(path));
    };
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        window.showPage(MainWindow::VerificationPage);
        save(QStringLiteral("1-verification") + suffix);
        window.showPage(MainWindow::LeadsPage);
        window.leadsView()->selectFirstOf(QStringLiteral("R01")) ||
            window.leadsView()->selectFirstOf(QStringLiteral("A03"));
        save(QStringLiteral("2-leads") + suffix);
        if (session && !session->dataset->assets.empty()) {
            window.showPage(MainWindow::TimelinePage);
            window.timelineView()->showAsset(richestAsset(*session));
            waitForTimeline(window.timelineView());
            save(QStringLiteral("3-timeline") + suffix);
            const auto& asset = session->dataset->assets.at(richestAsset(*session).toStdString());
            window.timelineView()->showVillage(QString::fromStdString(asset.org));
            waitForTimeline(window.timelineView());
            save(QStringLiteral("4-village-overview") + suffix);
        }
        if (session && session->dataset) {
            window.showPage(MainWindow::GraphPage);
            window.relationshipView()->showConflicts();
            waitForGraph(window.relationshipView());
            save(QStringLiteral("5-graph") + suffix);
            window.showPage(MainWindow::EntityPage);
            window.entityInspector()->inspect(partyOfFirstPath(*session));
            for (int i = 0; i < 400 && window.entityInspector()->isBusy(); ++i)
                settle(50);
            save(QStringLiteral("6-entity") + suffix);
        }
    }
    runCaseTour(window, directory, failures);
}

} // namespace

void startScreenshotTour(MainWindow& window, const QString& directory) {
    // Only the first load starts the tour; the case page's own load is handled by runCaseTour.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        QObject::connect(&window, &MainWindow::sessionLoaded, &window, [&window, directory, connection] {
            QObject::disconnect(*connection);
            QTimer::singleShot(0, &window, [&window, directory] { runTour(window, directory); });
        });
}

} // namespace lj::gui
