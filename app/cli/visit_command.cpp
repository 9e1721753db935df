// lianjian-cli visit (plan | record | list | report | import) WORKSPACE …: field visits — the
// checklist before going on site, observations recorded against the ledger, and the signed field
// report brought back. See docs/visits.md.
#include "cli_text.h"
#include "commands.h"
#include "visit_actions.h"

#include <cstdlib>
#include <map>

namespace lj::cli {

namespace {

class VisitCommand final : public Command {
public:
    std::string_view name() const override { return "visit"; }
    std::string synopsis() const override {
        return u8(CliText::tr(
            "visit plan WORKSPACE (--org ID | --asset ID... | --project ID...) [--as-of DATE] --out "
            "FILE.pdf|FILE.json | "
            "visit record WORKSPACE --item ID --state S [--occupant X] [--notes T] [--photo FILE]... "
            "[--inspector NAME] "
            "[--date DATE] | visit list WORKSPACE [--json] | visit report WORKSPACE --out DIR [--sign KEY] "
            "[--inspector NAME] | visit import WORKSPACE REPORT_DIR [--trust-key PUB]   field visits"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override {
        using Action = int (*)(const Command&, const std::vector<std::string>&, CliContext&);
        static const std::map<std::string, Action> actions = {{"plan", visitPlan},
                                                              {"record", visitRecord},
                                                              {"list", visitList},
                                                              {"report", visitReport},
                                                              {"import", visitImport}};
        if (args.empty())
            return usageError(
                *this, u8(CliText::tr("which visit action? plan, record, list, report or import")), context);
        const auto action = actions.find(args.front());
        if (action == actions.end())
            return usageError(*this, u8(CliText::tr("unknown visit action %1").arg(q(args.front()))),
                              context);
        return action->second(*this, std::vector<std::string>(args.begin() + 1, args.end()), context);
    }
};

} // namespace

std::string inspectorName(const std::string& option) {
    if (!option.empty()) return option;
    const char* user = std::getenv("USER");
    return user ? user : "";
}

std::unique_ptr<Command> makeVisitCommand() {
    return std::make_unique<VisitCommand>();
}

} // namespace lj::cli
