#include "screenshot_tour.h"

#include "leads_view.h"
#include "main_window.h"
#include "timeline_view.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <cstdio>

namespace lj::gui {

namespace {

void settle(int milliseconds = 150)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitForTimeline(TimelineView* view)
{
    for (int i = 0; i < 200 && view->isBusy(); ++i) settle(50);
    settle();
    return !view->isBusy();
}

// The asset with the most leases: the richest timeline to look at.
QString richestAsset(const Session& session)
{
    std::map<std::string, int> leases;
    for (const auto& [id, contract] : session.dataset->contracts) ++leases[contract.asset];
    std::string best;
    int most = -1;
    for (const auto& [asset, count] : leases)
        if (count > most && session.dataset->assets.count(asset)) {
            best = asset;
            most = count;
        }
    return QString::fromStdString(best);
}

void runTour(MainWindow& window, const QString& directory)
{
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
        window.leadsView()->selectFirstOf(QStringLiteral("R01")) || window.leadsView()->selectFirstOf(QStringLiteral("A03"));
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
    }
    QApplication::exit(failures == 0 ? 0 : 1);
}

} // namespace

void startScreenshotTour(MainWindow& window, const QString& directory)
{
    QObject::connect(&window, &MainWindow::sessionLoaded, &window, [&window, directory] {
        QTimer::singleShot(0, &window, [&window, directory] { runTour(window, directory); });
    });
}

} // namespace lj::gui
