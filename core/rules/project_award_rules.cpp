// P02 (contract splitting) and P03 (award anomalies): what the awards of a collective's projects show.
#include "rules/dated_windows.h"
#include "rules/project_rule_parts.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace lj {

namespace {

struct AwardedProject {
    const Project* project;
    const ProjectAward* award;
    Date date() const { return *award->date; }
};

// Awarded projects as of the date, by award date then project id.
std::vector<AwardedProject> awardedProjects(const RuleContext& context) {
    std::vector<AwardedProject> awarded;
    for (const auto& [id, project] : context.data.projects)
        if (const ProjectAward* award = awardAsOf(project, context.asOf); award && !award->contractor.empty())
            awarded.push_back({&project, award});
    std::sort(awarded.begin(), awarded.end(), [](const AwardedProject& a, const AwardedProject& b) {
        return std::tie(*a.award->date, a.project->id) < std::tie(*b.award->date, b.project->id);
    });
    return awarded;
}

std::string projectNames(const std::vector<AwardedProject>& projects) {
    std::string names;
    for (const AwardedProject& item : projects)
        names += (names.empty() ? "“" : "、“") + item.project->name + "”";
    return names;
}

// P03 (c): one contractor with at least 3 of a collective's awards in a year, and at least half of them.
void reportDominantContractors(const RuleContext& context, const std::vector<AwardedProject>& awarded,
                               std::vector<RuleFinding>& out) {
    constexpr std::size_t kMinWins = 3;
    std::map<std::pair<std::string, int>, std::vector<AwardedProject>> byOrgAndYear;
    for (const AwardedProject& item : awarded)
        byOrgAndYear[{item.project->org, item.date().year()}].push_back(item);

    const Dataset& data = context.data;
    for (const auto& [key, awards] : byOrgAndYear) {
        std::map<std::string, std::vector<AwardedProject>> byContractor;
        for (const AwardedProject& item : awards)
            byContractor[item.award->contractor].push_back(item);
        for (const auto& [contractor, wins] : byContractor) {
            if (wins.size() < kMinWins || wins.size() * 2 < awards.size()) continue;
            std::vector<std::string> subjects{contractor, key.first};
            std::vector<TxRefId> refs;
            for (const AwardedProject& item : wins) {
                subjects.push_back(item.project->id);
                refs.push_back(item.award->ref);
            }
            RuleFinding finding = context.makeFinding(
                "P03", std::move(subjects), std::move(refs),
                data.nameOf(contractor) + "在 " + std::to_string(key.second) + " 年中标" +
                    data.nameOf(key.first) + std::to_string(awards.size()) + " 个项目中的 " +
                    std::to_string(wins.size()) + " 个（" + projectNames(wins) + "）。");
            finding.details.set("kind", json::Value::string("dominant_contractor"))
                .set("year", json::Value::number(key.second))
                .set("wins", json::Value::number(static_cast<std::int64_t>(wins.size())))
                .set("awards", json::Value::number(static_cast<std::int64_t>(awards.size())));
            out.push_back(std::move(finding));
        }
    }
}

} // namespace

void evaluateContractSplitting(const RuleContext& context, std::vector<RuleFinding>& out) {
    const std::int64_t threshold = context.settings.threshold("P02.fen");
    const int days = static_cast<int>(context.settings.threshold("P02.days"));
    // Awards below the tender threshold, per (collective, contractor).
    std::map<std::pair<std::string, std::string>, std::vector<AwardedProject>> groups;
    for (const AwardedProject& item : awardedProjects(context))
        if (item.award->price && *item.award->price < threshold)
            groups[{item.project->org, item.award->contractor}].push_back(item);

    const Dataset& data = context.data;
    for (const auto& [key, group] : groups) {
        std::vector<Date> dates;
        for (const AwardedProject& item : group)
            dates.push_back(item.date());
        for (const IndexRange& range : maximalWindows(dates, days)) {
            const std::vector<AwardedProject> window(group.begin() + static_cast<std::ptrdiff_t>(range.first),
                                                     group.begin() + static_cast<std::ptrdiff_t>(range.last));
            std::int64_t total = 0;
            std::vector<std::string> subjects{key.second};
            std::vector<TxRefId> refs;
            for (const AwardedProject& item : window) {
                total += *item.award->price;
                subjects.push_back(item.project->id);
                const auto approval = approvalRefs(*item.project);
                refs.insert(refs.end(), approval.begin(), approval.end());
                refs.push_back(item.award->ref);
            }
            if (window.size() < 2 || total < threshold) continue;
            RuleFinding finding = context.makeFinding(
                "P02", std::move(subjects), std::move(refs),
                data.nameOf(key.first) + "在 " + window.front().date().toString() + " 至 " +
                    window.back().date().toString() + " 将 " + std::to_string(window.size()) + " 个项目（" +
                    projectNames(window) + "）发包给" + data.nameOf(key.second) + "，每个低于招标限额 " +
                    RuleContext::yuan(threshold) + "，合计 " + RuleContext::yuan(total) + "，疑似拆分发包。");
            finding.from = window.front().date();
            finding.to = window.back().date();
            finding.details.set("total", json::Value::number(total))
                .set("threshold", json::Value::number(threshold))
                .set("days", json::Value::number(days));
            out.push_back(std::move(finding));
        }
    }
}

void evaluateAwardAnomalies(const RuleContext& context, std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    const std::vector<AwardedProject> awarded = awardedProjects(context);
    for (const AwardedProject& item : awarded) {
        const Project& project = *item.project;
        const ProjectAward& award = *item.award;
        const bool singleBidder = award.bidders.size() == 1;
        // |price − budget| ≤ 1% of budget, in integers
        const bool nearBudget = award.price && project.budget && *project.budget > 0 &&
                                std::llabs(*award.price - *project.budget) * 100 <= *project.budget;
        if (!singleBidder && !nearBudget) continue;

        std::vector<std::string> reasons;
        json::Value kinds = json::Value::array();
        if (singleBidder) {
            reasons.push_back("仅有一家投标人");
            kinds.push(json::Value::string("single_bidder"));
        }
        if (nearBudget) {
            reasons.push_back("中标价 " + RuleContext::yuan(*award.price) + " 与预算 " +
                              RuleContext::yuan(*project.budget) + " 相差不足 1%");
            kinds.push(json::Value::string("price_near_budget"));
        }
        std::vector<TxRefId> refs = approvalRefs(project);
        refs.push_back(award.ref);
        RuleFinding finding = context.makeFinding(
            "P03", {project.id, award.contractor}, std::move(refs),
            data.nameOf(project.org) + "“" + project.name + "”于 " + item.date().toString() + " 由" +
                data.nameOf(award.contractor) + "中标，" + reasons.front() +
                (reasons.size() > 1 ? "，且" + reasons.back() : "") + "。");
        finding.details.set("kind", json::Value::string(singleBidder ? "single_bidder" : "price_near_budget"))
            .set("kinds", std::move(kinds));
        if (award.price) finding.details.set("price", json::Value::number(*award.price));
        if (project.budget) finding.details.set("budget", json::Value::number(*project.budget));
        out.push_back(std::move(finding));
    }
    reportDominantContractors(context, awarded, out);
}

} // namespace lj
