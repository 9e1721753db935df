// lianjian-cli: the command-line companion of the Lianjian workstation.
#include "command.h"

#include <QCoreApplication>
#include <iostream>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv); // for translations only
    std::vector<std::string> args(argv + 1, argv + argc);
    lj::cli::CliContext context{std::cout, std::cerr};
    const int status = lj::cli::runCli(args, context);
    std::cout.flush();
    return status;
}
