#pragma once
// Runs the warning rules over a dataset as of a date. Deterministic: findings are sorted by rule
// code, then subjects; the same input gives the same list and the same finding ids.
#include "rules/rule_context.h"

#include <set>
#include <string>
#include <vector>

namespace lj {

// `only`: rule codes to report (all when empty). D02 always sees every other rule's findings.
std::vector<RuleFinding> evaluateRules(const Dataset& data, const RuleSettings& settings, Date asOf,
                                       const std::set<std::string>& only = {});

} // namespace lj
