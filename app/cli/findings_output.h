#pragma once
// Renders rule findings: the JSON of `findings --json` and the human table grouped by rule.
#include "rules/rule_finding.h"
#include "util/date.h"

#include "json/json.h"
#include <ostream>
#include <string>
#include <vector>

namespace lj::cli {

// {"as_of":…,"findings":[{"id","rule","severity","subjects","txs","summary","from","to","path"}]};
// from/to are null when the finding has no interval, path is [] when it has no relationship path.
json::Value findingsToJson(Date asOf, const std::vector<RuleFinding>& findings);
void printFindings(Date asOf, const std::vector<RuleFinding>& findings, std::ostream& out);

// The rule's name in the current language ("A03" → "超长期合同" / "long-term lease").
std::string ruleTitle(const std::string& code);
std::string severityTitle(Severity severity);

} // namespace lj::cli
