// The Field visits page offscreen: a scenario village's checklist, recording an observation saved
// on every edit (V01 shown at once), photos refused and attached, and the printed plan.
#include "../core/visit_fixtures.h"
#include "main_window.h"
#include "visits_view.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace lj::gui;

namespace {

const QString kSle = QStringLiteral(LJ_TEST_DATA_DIR "/sle/");

void writeFile(const QString& path, const std::string& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
}

} // namespace

class TestVisitsPage : public QObject {
    Q_OBJECT

private slots:
    void recordsAgainstTheLedger() {
        QTemporaryDir directory;
        MainWindow window;
        window.openExports({kSle + QStringLiteral("scenario/scenario-sm3-sm2.sle")},
                           {kSle + QStringLiteral("trust/xc-sanzi.json")});
        QSignalSpy loaded(&window, &MainWindow::sessionLoaded);
        QVERIFY(loaded.wait(240000));
        window.saveAsWorkspace(directory.filePath(QStringLiteral("scenario.lianjian")));
        QVERIFY(loaded.wait(240000));
        window.showPage(MainWindow::VisitsPage);

        VisitsView* view = window.visitsView();
        QVERIFY(view->showVillage(QStringLiteral("320507004202"), *lj::Date::parse("2020-08-31")));
        int row = -1;
        for (int i = 0; i < view->checklist()->rowCount(); ++i)
            if (view->checklist()->item(i, 0)->text().contains(QStringLiteral("as-320507004202-001")))
                row = i;
        QVERIFY(row >= 0);
        QVERIFY(view->selectItem(row));

        QSignalSpy contradiction(view, &VisitsView::contradictionFound);
        QVERIFY(view->setObservedState(QStringLiteral("in_use")));
        QVERIFY(view->setOccupant(QStringLiteral("宏达物流")));
        QVERIFY(contradiction.count() >= 1);

        const QString text = directory.filePath(QStringLiteral("notes.jpg"));
        writeFile(text, "not an image");
        QVERIFY(!view->attachPhotos({text}));
        QVERIFY(view->lastMessage().contains(QStringLiteral("not a photo")));
        const QString jpeg = directory.filePath(QStringLiteral("trucks.jpg"));
        writeFile(jpeg, visit_test::jpegWithExif("2020:08:31 10:05:00", "trucks"));
        QVERIFY(view->attachPhotos({jpeg}));

        auto saved = view->store()->list();
        QVERIFY(saved.ok());
        QCOMPARE(saved->size(), std::size_t{1});
        QCOMPARE(saved->front().occupant, std::string("宏达物流"));
        QCOMPARE(saved->front().photos.size(), std::size_t{1});
        QCOMPARE(saved->front().photos.front().exifDate, std::string("2020-08-31T10:05:00"));

        const QString pdf = directory.filePath(QStringLiteral("plan.pdf"));
        QVERIFY(view->printPlan(pdf));
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestVisitsPage)
#include "test_visits_page.moc"
