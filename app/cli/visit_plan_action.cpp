// visit plan: the checklist of a village (or assets, projects) with ledger states as of a date
// (default: today), as PDF or JSON by the --out file's extension.
#include "arguments.h"
#include "cli_text.h"
#include "commands.h"
#include "util/file_write.h"
#include "visit_actions.h"
#include "visit_documents.h"
#include "visits/visit_plan.h"
#include "visits/visit_types.h"
#include "workspace/workspace_dataset.h"
#include "workspace_options.h"

#include <QGuiApplication>

namespace lj::cli {

namespace {

bool endsWith(const std::string& text, const std::string& tail) {
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

int visitPlan(const Command& command, const std::vector<std::string>& args, CliContext& context) {
    const Arguments parsed = parseArguments(
        args,
        {{"--org", "--asset", "--project", "--as-of", "--out", "--settings"}, {"--asset", "--project"}, {}});
    if (!parsed.error.empty()) return usageError(command, parsed.error, context);
    if (parsed.positional.size() != 1)
        return usageError(command, u8(CliText::tr("exactly one workspace is needed")), context);
    VisitScope scope{parsed.one("--org"), parsed.all("--asset"), parsed.all("--project")};
    if (scope.org.empty() && scope.assets.empty() && scope.projects.empty())
        return usageError(command, u8(CliText::tr("give --org, --asset or --project")), context);
    const std::string out = parsed.one("--out");
    const bool pdf = endsWith(out, ".pdf");
    if (!pdf && !endsWith(out, ".json"))
        return usageError(command, u8(CliText::tr("--out must name a .pdf or a .json file")), context);
    if (pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        context.err << "lianjian-cli: " << u8(CliText::tr("rendering PDF needs a QGuiApplication")) << '\n';
        return kExitUsage;
    }
    Date asOf = todayInChina();
    if (const std::string option = parsed.one("--as-of"); !option.empty()) {
        const auto parsedDate = Date::parse(option);
        if (!parsedDate)
            return usageError(
                command, u8(CliText::tr("--as-of needs a date written YYYY-MM-DD, not %1").arg(q(option))),
                context);
        asOf = *parsedDate;
    }
    const auto settings = ruleSettingsOption(parsed.one("--settings"), context);
    if (!settings) return kExitUsage;

    auto workspace = openExistingWorkspace(parsed.positional.front(), context);
    if (!workspace) return kExitUsage;
    auto data = loadWorkspaceDataset(*workspace, context);
    if (!data) return kExitUsage;
    auto plan = buildVisitPlan(*data, scope, asOf, *settings);
    if (!plan) {
        context.err << "lianjian-cli: " << plan.error() << '\n';
        return kExitUsage;
    }
    const std::string bytes = pdf ? visits::renderVisitPlanPdf(*plan).toStdString()
                                  : json::serializePretty(visitPlanJson(*plan, *data)) + "\n";
    if (auto status = writeWholeFile(out, bytes); !status) {
        context.err << "lianjian-cli: " << status.error() << '\n';
        return kExitUsage;
    }
    context.out << u8(CliText::tr("Wrote visit plan %1: %2 item(s), ledger as of %3")
                          .arg(q(out))
                          .arg(plan->items.size())
                          .arg(q(asOf.toString())))
                << '\n';
    return kExitClean;
}

} // namespace lj::cli
