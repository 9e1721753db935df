#include "workspace_options.h"

#include "cli_text.h"

namespace lj::cli {

std::optional<Workspace> openExistingWorkspace(const std::string& path, CliContext& context) {
    auto workspace = Workspace::open(path, WorkspaceOpenMode::OpenExisting);
    if (!workspace) {
        context.err << "lianjian-cli: " << workspace.error() << '\n';
        return std::nullopt;
    }
    return std::move(workspace.value());
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
