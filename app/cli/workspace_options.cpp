#include "workspace_options.h"

#include "cli_text.h"
#include "workspace/workspace_dataset.h"

namespace lj::cli {

std::optional<Workspace> openExistingWorkspace(const std::string& path, CliContext& context) {
    auto workspace = Workspace::open(path, WorkspaceOpenMode::OpenExisting);
    if (!workspace) {
        context.err << "lianjian-cli: " << workspace.error() << '\n';
        return std::nullopt;
    }
    return std::move(workspace.value());
}

std::optional<Dataset> loadWorkspaceDataset(Workspace& workspace, CliContext& context) {
    auto data = loadDataset(workspace);
    if (!data) {
        context.err << "lianjian-cli: " << data.error() << '\n';
        return std::nullopt;
    }
    return std::move(data.value());
}

std::optional<RuleSettings> ruleSettingsOption(const std::string& path, CliContext& context) {
    if (path.empty()) return RuleSettings::defaults();
    auto loaded = loadRuleSettings(path);
    if (!loaded) {
        context.err << "lianjian-cli: " << loaded.error() << '\n';
        return std::nullopt;
    }
    return std::move(loaded.value());
}

Result<Date> asOfDate(const std::string& option, const Dataset& data) {
    if (!option.empty()) {
        if (const auto date = Date::parse(option)) return *date;
        return fail(u8(CliText::tr("--as-of needs a date written YYYY-MM-DD, not %1").arg(q(option))));
    }
    if (data.lastBlockDate) return *data.lastBlockDate;
    return fail(u8(CliText::tr("the workspace is empty: import an export first")));
}

} // namespace lj::cli
