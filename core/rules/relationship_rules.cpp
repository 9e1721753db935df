#include "rules/relationship_rule_parts.h"
#include "rules/rule_groups.h"

namespace lj {

void evaluateRelationshipRules(const RuleContext& context, std::vector<RuleFinding>& out) {
    // Built once and shared. Relations only: the rules walk no business or "shares" edges, and
    // leaving them out makes the build ~20 times cheaper (65 ms at a million transactions).
    graph::BuildOptions options;
    options.relationsOnly = true;
    const graph::EntityGraph graph = graph::EntityGraph::build(context.data, context.asOf, options);
    graph::ConflictSearch search(graph);
    evaluateConflictOfInterest(context, search, out);
    evaluateRelatedPartyPayments(context, search, out);
    evaluateOfficialsKin(context, search, out);
    evaluateBusinessOwners(context, graph, out);
    evaluateAssetHolders(context, graph, out);
}

} // namespace lj
