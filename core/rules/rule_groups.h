#pragma once
// The rule families of rules-v1, one file each. They only read the dataset, so the engine runs them
// side by side and joins their findings in this order; D02 comes last, as it reads the others.
#include "rules/rule_context.h"

#include <vector>

namespace lj {

void evaluateAssetRules(const RuleContext& context,
                        std::vector<RuleFinding>& out); // A01–A10 (asset_rules.cpp)
void evaluateFundRules(const RuleContext& context, std::vector<RuleFinding>& out); // F01–F06 (fund_rules.cpp)
void evaluateProjectRules(const RuleContext& context,
                          std::vector<RuleFinding>& out); // P01–P04 (project_rules.cpp)
void evaluateRelationshipRules(const RuleContext& context,
                               std::vector<RuleFinding>& out); // R01, F07, W01–W03 (relationship_rules.cpp)
void evaluateSharedIdentity(const RuleContext& context,
                            std::vector<RuleFinding>& out); // R02 (shared_identity_rule.cpp)
void evaluateDuplicateSubsidies(const RuleContext& context,
                                std::vector<RuleFinding>& out); // W04 (welfare_recipient_rules.cpp)
void evaluateIntegrityRules(const RuleContext& context,
                            std::vector<RuleFinding>& out); // D01 (integrity_rules.cpp)
// D02 compares the chain's own alert.raise records with every other finding (chain_alert_rule.cpp).
void evaluateChainAlertRule(const RuleContext& context, const std::vector<RuleFinding>& findings,
                            std::vector<RuleFinding>& out);

} // namespace lj
