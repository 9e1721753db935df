#pragma once
// The subcommands of lianjian-cli.
#include "command.h"
#include "crypto/keys.h"

#include <memory>
#include <optional>

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
// The private key of a --sign KEY option into `key` (left empty without the option); prints the
// reason and returns false when the file cannot be read.
bool readSigningKey(const std::string& path, std::optional<PrivateKey>& key, CliContext& context);
// Prints "lianjian-cli: <message>" and the synopsis on err; returns kExitUsage.
int usageError(const Command& command, const std::string& message, CliContext& context);

} // namespace lj::cli
