// lianjian-cli: the command-line companion of the Lianjian workstation.
#include "command.h"
#include "util/allocator_tuning.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <algorithm>
#include <iostream>
#include <memory>

int main(int argc, char** argv) {
    lj::restartWithTunedAllocator(argv);
    std::vector<std::string> args(argv + 1, argv + argc);
    // Translations need a QCoreApplication; rendering case files (fonts, PDF) a QGuiApplication,
    // on the offscreen platform so that no display is needed.
    std::unique_ptr<QCoreApplication> application;
    if (std::find(args.begin(), args.end(), "casefile") != args.end() ||
        (!args.empty() && args.front() == "visit")) { // visit plans and reports render PDF
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    lj::cli::CliContext context{std::cout, std::cerr};
    const int status = lj::cli::runCli(args, context);
    std::cout.flush();
    return status;
}
