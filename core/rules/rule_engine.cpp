#include "rules/rule_engine.h"

#include "rules/rule_groups.h"

#include <algorithm>

namespace lj {

std::vector<RuleFinding> evaluateRules(const Dataset& data, const RuleSettings& settings, Date asOf,
                                       const std::set<std::string>& only)
{
    const RuleContext context{data, settings, asOf};
    std::vector<RuleFinding> findings;
    evaluateAssetRules(context, findings);
    evaluateFundRules(context, findings);
    evaluateProjectRules(context, findings);
    evaluateRelationshipRules(context, findings);
    evaluateIntegrityRules(context, findings);
    std::vector<RuleFinding> chainAlerts;
    evaluateChainAlertRule(context, findings, chainAlerts);
    findings.insert(findings.end(), std::make_move_iterator(chainAlerts.begin()), std::make_move_iterator(chainAlerts.end()));

    if (!only.empty())
        std::erase_if(findings, [&](const RuleFinding& finding) { return !only.count(finding.rule); });
    std::sort(findings.begin(), findings.end(), [](const RuleFinding& a, const RuleFinding& b) {
        return std::tie(a.rule, a.subjects) < std::tie(b.rule, b.subjects);
    });
    // One finding per rule and subjects: a rule that reaches the same subjects twice reports once.
    findings.erase(std::unique(findings.begin(), findings.end(),
                               [](const RuleFinding& a, const RuleFinding& b) {
                                   return a.rule == b.rule && a.subjects == b.subjects;
                               }),
                   findings.end());
    return findings;
}

} // namespace lj
