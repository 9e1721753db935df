#include "rules/rule_engine.h"

#include "rules/rule_groups.h"

#include <algorithm>
#include <future>

namespace lj {

std::vector<RuleFinding> evaluateRules(const Dataset& data, const RuleSettings& settings, Date asOf,
                                       const std::set<std::string>& only) {
    const RuleContext context{data, settings, asOf};
    // The groups only read the dataset: side by side, each into its own list, joined in this
    // fixed order so that the result does not depend on which finished first.
    using Group = void (*)(const RuleContext&, std::vector<RuleFinding>&);
    const Group groups[] = {evaluateAssetRules,        evaluateFundRules,      evaluateProjectRules,
                            evaluateRelationshipRules, evaluateSharedIdentity, evaluateDuplicateSubsidies,
                            evaluateIntegrityRules};
    std::vector<std::future<std::vector<RuleFinding>>> running;
    for (Group group : groups)
        running.push_back(std::async(std::launch::async, [&context, group] {
            std::vector<RuleFinding> out;
            group(context, out);
            return out;
        }));
    std::vector<RuleFinding> findings;
    for (auto& group : running) { // get() rethrows what a group threw
        std::vector<RuleFinding> part = group.get();
        findings.insert(findings.end(), std::make_move_iterator(part.begin()),
                        std::make_move_iterator(part.end()));
    }
    std::vector<RuleFinding> chainAlerts;
    evaluateChainAlertRule(context, findings, chainAlerts);
    findings.insert(findings.end(), std::make_move_iterator(chainAlerts.begin()),
                    std::make_move_iterator(chainAlerts.end()));

    if (!only.empty())
        std::erase_if(findings, [&](const RuleFinding& finding) { return !only.count(finding.rule); });
    // Stable: of two findings with one rule and subjects, the one its rule reported first is kept.
    std::stable_sort(findings.begin(), findings.end(), [](const RuleFinding& a, const RuleFinding& b) {
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
