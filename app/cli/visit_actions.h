#pragma once
// The actions of `lianjian-cli visit` (visit_command.cpp dispatches): each takes the arguments after
// the action's name and returns the exit status.
#include "command.h"

#include <string>
#include <vector>

namespace lj::cli {

int visitPlan(const Command& command, const std::vector<std::string>& args, CliContext& context);
int visitRecord(const Command& command, const std::vector<std::string>& args, CliContext& context);
int visitList(const Command& command, const std::vector<std::string>& args, CliContext& context);
int visitReport(const Command& command, const std::vector<std::string>& args, CliContext& context);
int visitImport(const Command& command, const std::vector<std::string>& args, CliContext& context);

// Who records: --inspector, else $USER; empty when neither.
std::string inspectorName(const std::string& option);

} // namespace lj::cli
