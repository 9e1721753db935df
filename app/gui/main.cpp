// lianjian: the desktop workstation.
#include "i18n.h"
#include "main_window.h"
#include "screenshot_tour.h"
#include "util/allocator_tuning.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace {

// The bundled demo export: installed beside the program, or in the source tree of a build.
QString demoDirectory() {
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/lianjian/demo"));
    if (QFileInfo::exists(installed + QStringLiteral("/demo.sle"))) return installed;
    return QStringLiteral(LJ_SOURCE_DEMO_DIR);
}

} // namespace

int main(int argc, char** argv) {
    lj::restartWithTunedAllocator(argv);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lianjian"));
    QApplication::setOrganizationName(QStringLiteral("Lianjian"));
    QApplication::setApplicationVersion(QStringLiteral(LJ_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lianjian 链鉴 workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Interface language: zh_CN (default) or en."),
                                      QStringLiteral("language"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QStringLiteral("Render every main view to PNG files in DIR and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   QStringLiteral("Consortium file to trust for this session."),
                                   QStringLiteral("FILE"));
    parser.addOptions({language, screenshot, trust});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Ledger exports, or an investigation workspace (.lianjian), "
                                                "to open (default: the demo export)."));
    parser.process(application);

    lj::i18n::install(parser.value(language).toStdString());

    lj::gui::MainWindow window;
    QStringList files = parser.positionalArguments();
    QStringList trustFiles = parser.values(trust);
    if (files.isEmpty()) {
        const QDir demo(demoDirectory());
        files << demo.filePath(QStringLiteral("demo.sle"));
        if (trustFiles.isEmpty()) trustFiles << demo.filePath(QStringLiteral("demo-consortium.json"));
    }
    if (parser.isSet(screenshot)) {
        lj::gui::startScreenshotTour(window, parser.value(screenshot));
        window.setAttribute(Qt::WA_DontShowOnScreen);
    }
    window.resize(1366, 768);
    window.show();
    window.openExports(files, trustFiles);
    return QApplication::exec();
}
