// lianjian-cli findings WORKSPACE [--as-of DATE] [--rule CODE]... [--settings FILE] [--json]:
// the warning rules of rules-v1 over a workspace. Exit 0 when nothing fires, 1 when findings exist
// (as verify: 1 means "look at this"), 2 for usage and I/O errors.
#include "arguments.h"
#include "cli_text.h"
#include "commands.h"
#include "findings_output.h"
#include "rules/rule_engine.h"
#include "rules/rule_settings.h"
#include "visits/observation_store.h"
#include "visits/visit_compare.h"
#include "workspace/workspace_dataset.h"
#include "workspace_options.h"

#include <algorithm>

namespace lj::cli {

namespace {

class FindingsCommand final : public Command {
public:
    std::string_view name() const override { return "findings"; }
    std::string synopsis() const override {
        return u8(
            CliText::tr("findings WORKSPACE [--as-of DATE] [--rule CODE]... [--settings FILE] [--json]   "
                        "evaluate the warning rules (exit 1 when any finding)"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override {
        const Arguments parsed = parseArguments(args, {{"--as-of", "--rule", "--settings"}, {}, {"--json"}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (parsed.positional.size() != 1)
            return usageError(*this, u8(CliText::tr("exactly one workspace is needed")), context);
        std::set<std::string> rules;
        for (const std::string& code : parsed.all("--rule")) {
            const auto& known = allRuleCodes();
            if (std::find(known.begin(), known.end(), code) == known.end())
                return usageError(*this, u8(CliText::tr("unknown rule code %1").arg(q(code))), context);
            rules.insert(code);
        }
        // Settings first: nothing runs on a half-read settings file.
        const auto settings = ruleSettingsOption(parsed.one("--settings"), context);
        if (!settings) return kExitUsage;

        auto workspace = openExistingWorkspace(parsed.positional.front(), context);
        if (!workspace) return kExitUsage;
        auto data = loadWorkspaceDataset(*workspace, context);
        if (!data) return kExitUsage;
        auto asOf = asOfDate(parsed.one("--as-of"), *data);
        if (!asOf) return usageError(*this, asOf.error(), context);

        std::vector<RuleFinding> findings = evaluateRules(*data, *settings, *asOf, rules);
        if (rules.empty() || rules.count("V01")) { // V01 comes from observations recorded on site
            auto observations = ObservationStore(*workspace).list();
            if (!observations) {
                context.err << "lianjian-cli: " << observations.error() << '\n';
                return kExitUsage;
            }
            for (RuleFinding& finding : compareObservations(*data, *observations, *settings))
                findings.push_back(std::move(finding));
        }
        if (parsed.has("--json"))
            context.out << json::serializePretty(findingsToJson(*asOf, findings)) << '\n';
        else
            printFindings(*asOf, findings, context.out);
        return findings.empty() ? kExitClean : kExitFindings;
    }
};

} // namespace

std::unique_ptr<Command> makeFindingsCommand() {
    return std::make_unique<FindingsCommand>();
}

} // namespace lj::cli
