#pragma once
// The subcommands of lianjian-cli.
#include "command.h"

#include <memory>

namespace lj {
class TrustStore;
}

namespace lj::cli {

std::unique_ptr<Command> makeVerifyCommand();
std::unique_ptr<Command> makeEvidenceCommand();
std::unique_ptr<Command> makeVerifyEvidenceCommand();
std::unique_ptr<Command> makeKeygenCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeFindingsCommand();
std::unique_ptr<Command> makeTimelineCommand();
std::unique_ptr<Command> makeGenerateCommand();
std::unique_ptr<Command> makeGraphCommand();
std::unique_ptr<Command> makeCaseCommand();
std::unique_ptr<Command> makeCaseFileCommand();
std::unique_ptr<Command> makeVerifyCaseCommand();
std::unique_ptr<Command> makeVisitCommand();

// Loads every --trust file into `store`; prints the reason and returns false on the first failure.
bool loadTrustFiles(const std::vector<std::string>& paths, TrustStore& store, CliContext& context);
// Prints "lianjian-cli: <message>" and the synopsis on err; returns kExitUsage.
int usageError(const Command& command, const std::string& message, CliContext& context);

} // namespace lj::cli
