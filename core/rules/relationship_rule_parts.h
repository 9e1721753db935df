#pragma once
// The relationship rules of rules-v1 (R01, R02, F07, W01–W04), one function each;
// evaluateRelationshipRules builds one KinshipIndex and runs them in this order.
#include "rules/kinship_index.h"
#include "rules/rule_context.h"

#include <vector>

namespace lj {

void evaluateConflictOfInterest(const RuleContext& context, const KinshipIndex& index,
                                std::vector<RuleFinding>& out); // R01
void evaluateRelatedPartyPayments(const RuleContext& context, const KinshipIndex& index,
                                  std::vector<RuleFinding>& out);                       // F07
void evaluateSharedIdentity(const RuleContext& context, std::vector<RuleFinding>& out); // R02
void evaluateOfficialsKin(const RuleContext& context, const KinshipIndex& index,
                          std::vector<RuleFinding>& out); // W01
void evaluateBusinessOwners(const RuleContext& context, const KinshipIndex& index,
                            std::vector<RuleFinding>& out); // W02
void evaluateAssetHolders(const RuleContext& context, const KinshipIndex& index,
                          std::vector<RuleFinding>& out);                                   // W03
void evaluateDuplicateSubsidies(const RuleContext& context, std::vector<RuleFinding>& out); // W04

} // namespace lj
