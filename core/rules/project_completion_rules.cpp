// P01 (overdue) and P04 (cost overrun): a project's completion against its plan.
#include "rules/project_rule_parts.h"

namespace lj {

void evaluateOverdueProjects(const RuleContext& context, std::vector<RuleFinding>& out) {
    const int grace = static_cast<int>(context.settings.threshold("P01.grace_days"));
    const Dataset& data = context.data;
    for (const auto& [id, project] : data.projects) {
        if (!approvedAsOf(project, context.asOf) || !project.plannedEnd) continue;
        const Date due = project.plannedEnd->addDays(grace);
        if (!(due < context.asOf)) continue;
        const ProjectCompletion* completion = completionAsOf(project, context.asOf);
        if (completion && *completion->date <= due) continue;

        std::vector<TxRefId> refs = approvalRefs(project);
        if (const ProjectAward* award = awardAsOf(project, context.asOf)) refs.push_back(award->ref);
        if (completion) refs.push_back(completion->ref); // completed, but late
        const std::string state = completion ? "，直至 " + completion->date->toString() + " 才竣工"
                                             : "，截至 " + context.asOf.toString() + " 未见竣工记录";
        RuleFinding finding = context.makeFinding(
            "P01", {project.id}, std::move(refs),
            data.nameOf(project.org) + "“" + project.name + "”计划于 " + project.plannedEnd->toString() +
                " 完工" + (grace > 0 ? "（宽限 " + std::to_string(grace) + " 天）" : "") + state + "。");
        finding.from = due.addDays(1);
        finding.to = completion ? *completion->date : context.asOf;
        finding.details.set("planned_end", json::Value::string(project.plannedEnd->toString()))
            .set("due", json::Value::string(due.toString()))
            .set("grace_days", json::Value::number(grace));
        if (completion) finding.details.set("completed", json::Value::string(completion->date->toString()));
        out.push_back(std::move(finding));
    }
}

void evaluateCostOverruns(const RuleContext& context, std::vector<RuleFinding>& out) {
    const std::int64_t percent = context.settings.threshold("P04.percent");
    const Dataset& data = context.data;
    for (const auto& [id, project] : data.projects) {
        const ProjectCompletion* completion = completionAsOf(project, context.asOf);
        if (!completion || !completion->finalCost || !project.budget || *project.budget <= 0) continue;
        const std::int64_t budget = *project.budget, finalCost = *completion->finalCost;
        // final_cost > budget × (1 + N%), in integers
        if (finalCost * 100 <= budget * (100 + percent)) continue;
        std::vector<TxRefId> refs = approvalRefs(project);
        refs.push_back(completion->ref);
        const std::int64_t overrunTenths = ((finalCost - budget) * 1000 + budget / 2) / budget; // rounded
        RuleFinding finding = context.makeFinding(
            "P04", {project.id}, std::move(refs),
            data.nameOf(project.org) + "“" + project.name + "”概算 " + RuleContext::yuan(budget) + "，决算 " +
                RuleContext::yuan(finalCost) + "，超出 " + std::to_string(overrunTenths / 10) + "." +
                std::to_string(overrunTenths % 10) + "%（上限 " + std::to_string(percent) + "%）。");
        finding.details.set("budget", json::Value::number(budget))
            .set("final_cost", json::Value::number(finalCost))
            .set("percent", json::Value::number(percent));
        out.push_back(std::move(finding));
    }
}

} // namespace lj
