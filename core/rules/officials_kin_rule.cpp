// W01 (official's kin, 优亲厚友), rules-v1 "Precise semantics" 6: a subsidy recipient who is an
// official of the paying village, or connected to one by at most N kinship steps (same-person hops
// free), the official's role being in force during the subsidy's month. One finding per
// (recipient, program), citing every payment so made; programs that lead to the same official
// share one finding, as findings are identified by their subjects.
#include "rules/relationship_rule_parts.h"
#include "rules/relationship_text.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

namespace lj {

namespace {

struct KinPayments {
    OfficialConnection nearest; // over all payments, the preferred path (the earliest payment on ties)
    std::vector<const Subsidy*> payments;
    std::vector<const Role*> roles; // the official's roles in force for those payments
};

RuleFinding officialsKinFinding(const RuleContext& context, const std::string& recipient,
                                const std::vector<std::pair<std::string, const KinPayments*>>& programs,
                                int maxSteps) {
    const Dataset& data = context.data;
    const KinPayments* nearest = programs.front().second;
    for (const auto& [program, kin] : programs)
        if (preferredPath(kin->nearest.path, nearest->nearest.path)) nearest = kin;
    const RelationPath& path = nearest->nearest.path;
    const std::string& official = path.nodes.back();
    std::vector<std::string> subjects{recipient};
    if (official != recipient) subjects.push_back(official);

    std::vector<TxRefId> refs = path.refs();
    std::string paid;
    std::size_t count = 0;
    std::int64_t total = 0;
    std::optional<Date> first, last;
    json::Value programNames = json::Value::array();
    for (const auto& [program, kin] : programs) {
        std::int64_t programTotal = 0;
        for (const Subsidy* payment : kin->payments) {
            refs.insert(refs.end(), payment->refs.begin(), payment->refs.end());
            programTotal += payment->amount;
            if (!first || *payment->period < *first) first = payment->period;
            if (!last || *last < *payment->period) last = payment->period;
        }
        for (const Role* role : kin->roles)
            if (role->person == official) refs.push_back(role->ref);
        paid += (paid.empty() ? "" : "、") + std::to_string(kin->payments.size()) + "笔" +
                subsidyProgramTitle(program) + "（合计" + RuleContext::yuan(programTotal) + "）";
        count += kin->payments.size();
        total += programTotal;
        programNames.push(json::Value::string(program));
    }

    const std::string who = data.nameOf(nearest->payments.front()->org) + "在任干部" +
                            officialWithTitle(data, official, nearest->nearest.roles);
    std::string summary = data.nameOf(recipient);
    if (path.links.empty())
        summary += "本人即为" + who + "，领取了" + paid + "。";
    else
        summary += "是" + who + "的亲属（" + describePath(data, path) + "），领取了" + paid + "。";

    RuleFinding finding =
        context.makeFinding("W01", std::move(subjects), std::move(refs), std::move(summary));
    finding.path = path.nodes;
    finding.from = first;
    finding.to = last->addMonths(1).addDays(-1);
    finding.details.set("program", json::Value::string(programs.front().first));
    if (programs.size() > 1) finding.details.set("programs", std::move(programNames));
    finding.details.set("payments", json::Value::number(static_cast<std::int64_t>(count)));
    finding.details.set("amount_fen", json::Value::number(total));
    finding.details.set("steps", json::Value::number(static_cast<std::int64_t>(path.steps)));
    finding.details.set("max_steps", json::Value::number(static_cast<std::int64_t>(maxSteps)));
    return finding;
}

} // namespace

void evaluateOfficialsKin(const RuleContext& context, const KinshipIndex& index,
                          std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    const int maxSteps = static_cast<int>(context.settings.threshold("W01.steps"));

    // Subsidies in time order, so that "the earliest payment" is well defined.
    std::vector<const Subsidy*> subsidies;
    for (const auto& [id, subsidy] : data.subsidies)
        if (subsidy.period && *subsidy.period <= context.asOf && !subsidy.recipient.empty())
            subsidies.push_back(&subsidy);
    std::stable_sort(subsidies.begin(), subsidies.end(),
                     [](const Subsidy* a, const Subsidy* b) { return *a->period < *b->period; });

    // Kinship does not depend on the date: one search per recipient.
    std::map<std::string, std::map<std::string, RelationPath>> reachedFrom;
    std::map<std::pair<std::string, std::string>, KinPayments> found; // (recipient, program)
    for (const Subsidy* subsidy : subsidies) {
        auto reached = reachedFrom.find(subsidy->recipient);
        if (reached == reachedFrom.end()) {
            const std::vector<RelationPath> seeds = index.partySeeds(subsidy->recipient, *subsidy->period, 0);
            reached = reachedFrom.emplace(subsidy->recipient, index.reach(seeds, {maxSteps, {}, true})).first;
        }
        const Date monthEnd = subsidy->period->addMonths(1).addDays(-1);
        auto connection = index.nearestOfficial(reached->second, subsidy->org, *subsidy->period, monthEnd);
        if (!connection) continue;
        auto [it, added] =
            found.try_emplace({subsidy->recipient, subsidy->program}, KinPayments{*connection, {}, {}});
        KinPayments& kin = it->second;
        if (!added && preferredPath(connection->path, kin.nearest.path)) kin.nearest = *connection;
        kin.payments.push_back(subsidy);
        kin.roles.insert(kin.roles.end(), connection->roles.begin(), connection->roles.end());
    }

    std::map<std::pair<std::string, std::string>, std::vector<std::pair<std::string, const KinPayments*>>>
        bySubjects;
    for (const auto& [key, kin] : found)
        bySubjects[{key.first, kin.nearest.path.nodes.back()}].emplace_back(key.second, &kin);
    for (const auto& [recipientAndOfficial, programs] : bySubjects)
        out.push_back(officialsKinFinding(context, recipientAndOfficial.first, programs, maxSteps));
}

} // namespace lj
