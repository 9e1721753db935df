#pragma once
// The relationship rules of rules-v1 that walk relations (R01, F07, W01–W03), one function each;
// evaluateRelationshipRules builds one relations-only entity graph and runs them in this order.
// R02 and W04 need no graph: they are rule groups of their own (rule_groups.h).
// R01, F07 and W01 take their paths from the graph's conflict search (graph/conflict_search.h),
// the walk the graph view's conflict query uses; W02 and W03 its same-person edges.
#include "graph/conflict_search.h"
#include "rules/rule_context.h"

#include <vector>

namespace lj {

void evaluateConflictOfInterest(const RuleContext& context, graph::ConflictSearch& search,
                                std::vector<RuleFinding>& out); // R01
void evaluateRelatedPartyPayments(const RuleContext& context, graph::ConflictSearch& search,
                                  std::vector<RuleFinding>& out); // F07
void evaluateOfficialsKin(const RuleContext& context, graph::ConflictSearch& search,
                          std::vector<RuleFinding>& out); // W01
void evaluateBusinessOwners(const RuleContext& context, const graph::EntityGraph& graph,
                            std::vector<RuleFinding>& out); // W02
void evaluateAssetHolders(const RuleContext& context, const graph::EntityGraph& graph,
                          std::vector<RuleFinding>& out); // W03

} // namespace lj
