#pragma once
// lianjian-cli: one class per subcommand; output streams are injected so that tests can run the
// CLI in-process and compare what it prints.
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lj::cli {

enum ExitCode : int {
    kExitClean = 0,    // verified (and trusted when a trust store was given)
    kExitFindings = 1, // something is wrong with the data
    kExitUsage = 2,    // bad arguments, or a file could not be read or written
};

struct CliContext {
    std::ostream& out;
    std::ostream& err;
};

class Command {
public:
    virtual ~Command() = default;
    virtual std::string_view name() const = 0;
    virtual std::string synopsis() const = 0; // one usage line, translated
    virtual int run(const std::vector<std::string>& args, CliContext& context) = 0;
};

std::vector<std::unique_ptr<Command>> makeCommands();

// Runs `lianjian-cli ARGS…` (program name excluded). Handles --lang and --help.
int runCli(const std::vector<std::string>& args, CliContext& context);

} // namespace lj::cli
