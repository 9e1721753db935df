#include "cli_text.h"
#include "command.h"
#include "commands.h"

#include "crypto/key_files.h"
#include "ledger/trust_store.h"

namespace lj::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeVerifyCommand());
    commands.push_back(makeEvidenceCommand());
    commands.push_back(makeVerifyEvidenceCommand());
    commands.push_back(makeKeygenCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeFindingsCommand());
    commands.push_back(makeTimelineCommand());
    commands.push_back(makeGraphCommand());
    commands.push_back(makeGenerateCommand());
    commands.push_back(makeCaseCommand());
    commands.push_back(makeCaseFileCommand());
    commands.push_back(makeVerifyCaseCommand());
    commands.push_back(makeVisitCommand());
    return commands;
}

bool loadTrustFiles(const std::vector<std::string>& paths, TrustStore& store, CliContext& context)
{
    for (const std::string& path : paths) {
        if (auto status = store.addFile(path); !status) {
            context.err << "lianjian-cli: " << u8(CliText::tr("cannot use trust file: %1").arg(q(status.error()))) << '\n';
            return false;
        }
    }
    return true;
}

bool readSigningKey(const std::string& path, std::optional<PrivateKey>& key, CliContext& context)
{
    if (path.empty()) return true;
    auto loaded = readPrivateKeyFile(path);
    if (!loaded) {
        context.err << "lianjian-cli: " << loaded.error() << '\n';
        return false;
    }
    key = std::move(*loaded);
    return true;
}

int usageError(const Command& command, const std::string& message, CliContext& context)
{
    context.err << "lianjian-cli " << command.name() << ": " << message << '\n';
    context.err << u8(CliText::tr("usage: lianjian-cli %1").arg(q(command.synopsis()))) << '\n';
    return kExitUsage;
}

namespace {

void printHelp(const std::vector<std::unique_ptr<Command>>& commands, std::ostream& out)
{
    out << u8(CliText::tr("Lianjian (链鉴): offline verification of the three-capitals supervision chain's exports")) << "\n\n";
    out << u8(CliText::tr("usage:")) << '\n';
    for (const auto& command : commands) out << "  lianjian-cli " << command->synopsis() << '\n';
    out << '\n' << u8(CliText::tr("options for every command: --lang zh_CN|en, --help")) << '\n';
    out << u8(CliText::tr("exit status: 0 verified (and trusted when --trust is given), 1 findings, 2 usage or I/O error")) << '\n';
}

} // namespace

int runCli(const std::vector<std::string>& rawArgs, CliContext& context)
{
    std::vector<std::string> args;
    std::string language;
    bool help = false;
    for (std::size_t i = 0; i < rawArgs.size(); ++i) {
        if (rawArgs[i] == "--lang" && i + 1 < rawArgs.size()) {
            language = rawArgs[++i];
        } else if (rawArgs[i].rfind("--lang=", 0) == 0) {
            language = rawArgs[i].substr(7);
        } else if (rawArgs[i] == "--help" || rawArgs[i] == "-h") {
            help = true;
        } else {
            args.push_back(rawArgs[i]);
        }
    }
    CliText::setLanguage(language);

    const auto commands = makeCommands();
    if (args.empty() || help) {
        Command* chosen = nullptr;
        for (const auto& command : commands)
            if (!args.empty() && command->name() == args.front()) chosen = command.get();
        if (chosen) {
            context.out << u8(CliText::tr("usage: lianjian-cli %1").arg(q(chosen->synopsis()))) << '\n';
        } else {
            printHelp(commands, help ? context.out : context.err);
        }
        return help ? kExitClean : kExitUsage;
    }
    for (const auto& command : commands)
        if (command->name() == args.front()) return command->run({args.begin() + 1, args.end()}, context);
    context.err << "lianjian-cli: " << u8(CliText::tr("unknown command %1").arg(q(args.front()))) << "\n\n";
    printHelp(commands, context.err);
    return kExitUsage;
}

} // namespace lj::cli
