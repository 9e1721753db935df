#include "rules/project_rule_parts.h"
#include "rules/rule_groups.h"

#include <algorithm>

namespace lj {

bool approvedAsOf(const Project& project, Date asOf) {
    return !project.approved || *project.approved <= asOf;
}

const ProjectAward* awardAsOf(const Project& project, Date asOf) {
    return project.award && project.award->date && *project.award->date <= asOf ? &*project.award : nullptr;
}

const ProjectCompletion* completionAsOf(const Project& project, Date asOf) {
    const auto& completion = project.completion;
    return completion && completion->date && *completion->date <= asOf ? &*completion : nullptr;
}

std::vector<TxRefId> approvalRefs(const Project& project) {
    std::vector<TxRefId> refs = project.refs;
    std::erase_if(refs, [&](TxRefId ref) {
        return (project.award && project.award->ref == ref) ||
               (project.completion && project.completion->ref == ref);
    });
    return refs;
}

void evaluateProjectRules(const RuleContext& context, std::vector<RuleFinding>& out) {
    evaluateOverdueProjects(context, out);
    evaluateContractSplitting(context, out);
    evaluateAwardAnomalies(context, out);
    evaluateCostOverruns(context, out);
}

} // namespace lj
