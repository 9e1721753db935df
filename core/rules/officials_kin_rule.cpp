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
#include <string_view>
#include <utility>

namespace lj {

namespace {

using graph::EdgeId;
using graph::GraphPath;
using graph::NodeId;

struct KinConnection {
    GraphPath path;            // recipient … official
    std::vector<EdgeId> roles; // the official's roles in force in the month
};

struct KinPayments {
    KinConnection nearest; // over all payments, the preferred path (the earliest payment on ties)
    std::vector<const Subsidy*> payments;
    std::vector<EdgeId> roles; // the officials' roles in force for those payments
};

RuleFinding officialsKinFinding(const RuleContext& context, const graph::EntityGraph& graph,
                                const std::string& recipient,
                                const std::vector<std::pair<std::string, const KinPayments*>>& programs,
                                int maxSteps) {
    const Dataset& data = context.data;
    const KinPayments* nearest = programs.front().second;
    for (const auto& [program, kin] : programs)
        if (graph::preferredPath(graph, kin->nearest.path, nearest->nearest.path)) nearest = kin;
    const GraphPath& path = nearest->nearest.path;
    const NodeId officialNode = path.nodes.back();
    const std::string& official = graph.node(officialNode).id;
    std::vector<std::string> subjects{recipient};
    if (official != recipient) subjects.push_back(official);

    std::vector<TxRefId> refs = graph::pathRefs(graph, path);
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
        for (EdgeId role : kin->roles)
            if (graph.edge(role).source == officialNode)
                refs.insert(refs.end(), graph.edge(role).refs.begin(), graph.edge(role).refs.end());
        paid += (paid.empty() ? "" : "、") + std::to_string(kin->payments.size()) + "笔" +
                subsidyProgramTitle(program) + "（合计" + RuleContext::yuan(programTotal) + "）";
        count += kin->payments.size();
        total += programTotal;
        programNames.push(json::Value::string(program));
    }

    const std::string who = data.nameOf(nearest->payments.front()->org) + "在任干部" +
                            officialWithTitle(graph, officialNode, nearest->nearest.roles);
    std::string summary = data.nameOf(recipient);
    if (path.edges.empty())
        summary += "本人即为" + who + "，领取了" + paid + "。";
    else
        summary += "是" + who + "的亲属（" + describePath(graph, path) + "），领取了" + paid + "。";

    RuleFinding finding =
        context.makeFinding("W01", std::move(subjects), std::move(refs), std::move(summary));
    finding.path = graph::pathIds(graph, path);
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

// Subsidies grouped by (recipient, collective), searched once per group over every month that
// collective paid. Walks go on past officials: one serving in another month must not hide the
// official a step further who serves in this one.
class KinWalks {
public:
    // `subsidies` in time order.
    KinWalks(graph::ConflictSearch& search, int maxSteps, const std::vector<const Subsidy*>& subsidies)
        : m_search(search) {
        const graph::EntityGraph& graph = search.graph();
        std::map<std::pair<std::string_view, std::string_view>, std::uint32_t> groups;
        std::map<std::string_view, Date> firstMonth; // a firm recipient's shareholders count then
        m_groupOf.reserve(subsidies.size());
        for (const Subsidy* subsidy : subsidies) {
            const Date month = *subsidy->period;
            const auto [it, added] = groups.try_emplace({subsidy->recipient, subsidy->org},
                                                        static_cast<std::uint32_t>(m_groups.size()));
            if (added) {
                graph::ConflictOccasion occasion;
                occasion.party = graph.find(subsidy->recipient);
                occasion.org = graph.find(subsidy->org);
                occasion.on = firstMonth.try_emplace(subsidy->recipient, month).first->second;
                occasion.maxSteps = maxSteps;
                occasion.kinshipOnly = true;
                occasion.stopAtOfficials = false;
                m_groups.push_back({std::move(occasion), false, {}});
            }
            auto& spans = m_groups[it->second].occasion.spans;
            if (spans.empty() || spans.back().first != month)
                spans.emplace_back(month, month.addMonths(1).addDays(-1));
            m_groupOf.push_back(it->second);
        }
    }

    // The preferred connection of subsidies[i]'s recipient to an official in force in its month.
    std::optional<KinConnection> nearest(std::size_t i, const Subsidy& subsidy) {
        Group& group = m_groups[m_groupOf[i]];
        const graph::ConflictOccasion& occasion = group.occasion;
        if (occasion.party == graph::kNoNode || occasion.org == graph::kNoNode) return std::nullopt;
        if (!group.searched) {
            group.walks = m_search.walks(occasion);
            group.searched = true;
        }
        const Date first = *subsidy.period, last = first.addMonths(1).addDays(-1);
        const GraphPath* best = nullptr;
        for (const GraphPath& path : group.walks)
            if (!m_search.roles(path.nodes.back(), occasion.org, first, last).empty() &&
                (!best || graph::preferredPath(m_search.graph(), path, *best)))
                best = &path;
        if (!best) return std::nullopt;
        return KinConnection{*best, m_search.roles(best->nodes.back(), occasion.org, first, last)};
    }

private:
    struct Group {
        graph::ConflictOccasion occasion;
        bool searched = false;
        std::vector<GraphPath> walks;
    };
    graph::ConflictSearch& m_search;
    std::vector<Group> m_groups;
    std::vector<std::uint32_t> m_groupOf; // per subsidy
};

} // namespace

void evaluateOfficialsKin(const RuleContext& context, graph::ConflictSearch& search,
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

    KinWalks walks(search, maxSteps, subsidies);
    std::map<std::pair<std::string, std::string>, KinPayments> found; // (recipient, program)
    for (std::size_t i = 0; i < subsidies.size(); ++i) {
        const Subsidy* subsidy = subsidies[i];
        auto connection = walks.nearest(i, *subsidy);
        if (!connection) continue;
        auto [it, added] =
            found.try_emplace({subsidy->recipient, subsidy->program}, KinPayments{*connection, {}, {}});
        KinPayments& kin = it->second;
        if (!added && graph::preferredPath(search.graph(), connection->path, kin.nearest.path))
            kin.nearest = *connection;
        kin.payments.push_back(subsidy);
        kin.roles.insert(kin.roles.end(), connection->roles.begin(), connection->roles.end());
    }

    const graph::EntityGraph& graph = search.graph();
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<std::string, const KinPayments*>>>
        bySubjects;
    for (const auto& [key, kin] : found)
        bySubjects[{key.first, graph.node(kin.nearest.path.nodes.back()).id}].emplace_back(key.second, &kin);
    for (const auto& [recipientAndOfficial, programs] : bySubjects)
        out.push_back(officialsKinFinding(context, graph, recipientAndOfficial.first, programs, maxSteps));
}

} // namespace lj
