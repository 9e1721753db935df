#include "rules/relationship_rule_parts.h"
#include "rules/rule_groups.h"

namespace lj {

void evaluateRelationshipRules(const RuleContext& context, std::vector<RuleFinding>& out) {
    const KinshipIndex index(context.data, context.asOf); // shared: building it is the costly part
    evaluateConflictOfInterest(context, index, out);
    evaluateSharedIdentity(context, out);
    evaluateRelatedPartyPayments(context, index, out);
    evaluateOfficialsKin(context, index, out);
    evaluateBusinessOwners(context, index, out);
    evaluateAssetHolders(context, index, out);
    evaluateDuplicateSubsidies(context, out);
}

} // namespace lj
