#pragma once
// The project rules of rules-v1 ("Projects"), one function each; evaluateProjectRules runs them in
// catalogue order. Helpers give each project's records as known on the as-of date.
#include "rules/rule_context.h"

#include <vector>

namespace lj {

void evaluateOverdueProjects(const RuleContext& context, std::vector<RuleFinding>& out);   // P01
void evaluateContractSplitting(const RuleContext& context, std::vector<RuleFinding>& out); // P02
void evaluateAwardAnomalies(const RuleContext& context, std::vector<RuleFinding>& out);    // P03
void evaluateCostOverruns(const RuleContext& context, std::vector<RuleFinding>& out);      // P04

// A project approved on or before the as-of date (its `approved` date, when stated).
bool approvedAsOf(const Project& project, Date asOf);
// The award / completion when dated on or before the as-of date.
const ProjectAward* awardAsOf(const Project& project, Date asOf);
const ProjectCompletion* completionAsOf(const Project& project, Date asOf);
// The project.approve transactions (the project's refs without its award and completion).
std::vector<TxRefId> approvalRefs(const Project& project);

} // namespace lj
