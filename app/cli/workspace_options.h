#pragma once
// What the workspace subcommands (findings, timeline, graph, visit, casefile) share: opening an
// existing workspace, loading its dataset, the --settings file and the --as-of date.
#include "command.h"
#include "model/dataset.h"
#include "rules/rule_settings.h"
#include "util/result.h"
#include "workspace/workspace.h"

#include <optional>
#include <string>

namespace lj::cli {

// The workspace at `path`, which must exist; prints why not and returns nullopt otherwise.
std::optional<Workspace> openExistingWorkspace(const std::string& path, CliContext& context);

// The workspace's dataset; prints why not and returns nullopt otherwise.
std::optional<Dataset> loadWorkspaceDataset(Workspace& workspace, CliContext& context);

// The settings file at `path` when given, else the catalogue's defaults; prints why not and returns
// nullopt otherwise (nothing runs on a half-read settings file).
std::optional<RuleSettings> ruleSettingsOption(const std::string& path, CliContext& context);

// `option` (YYYY-MM-DD) when given, else the date of the workspace's last block (rules-v1: the
// default as-of). The error is a translated sentence.
Result<Date> asOfDate(const std::string& option, const Dataset& data);

} // namespace lj::cli
