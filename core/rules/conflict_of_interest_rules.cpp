// R01 (conflict of interest in a lease or award) and F07 (related-party payment), rules-v1
// "Precise semantics" 5: the party — plus a firm's legal representative and shareholders, and for
// a payment the holder of the account paid into — connected by at most N kinship/ownership steps
// to an official of the collective whose role is in force on the date of the dealing.
#include "rules/dealings.h"
#include "rules/relationship_rule_parts.h"
#include "rules/relationship_text.h"

#include <algorithm>
#include <map>
#include <optional>

namespace lj {

namespace {

using graph::ConflictSearch;
using graph::EdgeId;
using graph::GraphPath;
using graph::NodeId;

struct Conflict {
    const Dealing* dealing = nullptr;
    GraphPath path;            // party (or the account paid into) … official
    std::vector<EdgeId> roles; // the official's roles in force on the date
};

// The dealing's preferred path to a serving official, if any.
std::optional<Conflict> findConflict(ConflictSearch& search, const Dealing& dealing, int maxSteps) {
    const graph::EntityGraph& graph = search.graph();
    graph::ConflictOccasion occasion;
    occasion.org = graph.find(dealing.org);
    if (occasion.org == graph::kNoNode) return std::nullopt; // an org without roles has no officials
    occasion.party = graph.find(dealing.party);
    if (!dealing.account.empty()) occasion.account = graph.find(dealing.account);
    occasion.on = dealing.on;
    occasion.spans = {{dealing.on, dealing.on}};
    occasion.maxSteps = maxSteps;
    const std::vector<GraphPath> walks = search.walks(occasion);
    if (walks.empty()) return std::nullopt;
    const auto best =
        std::min_element(walks.begin(), walks.end(), [&](const GraphPath& a, const GraphPath& b) {
            return graph::preferredPath(graph, a, b);
        });
    std::vector<EdgeId> roles = search.roles(best->nodes.back(), occasion.org, dealing.on, dealing.on);
    return Conflict{&dealing, *best, std::move(roles)};
}

RuleFinding conflictFinding(const RuleContext& context, const graph::EntityGraph& graph,
                            const std::string& rule, const Conflict& conflict) {
    const Dealing& dealing = *conflict.dealing;
    const GraphPath& path = conflict.path;
    const NodeId officialNode = path.nodes.back();
    const std::string& official = graph.node(officialNode).id;
    std::vector<std::string> subjects{dealing.subject, dealing.party};
    if (official != dealing.party) subjects.push_back(official);

    std::vector<TxRefId> refs = dealing.refs;
    for (TxRefId ref : graph::pathRefs(graph, path))
        refs.push_back(ref);
    for (EdgeId role : conflict.roles)
        refs.insert(refs.end(), graph.edge(role).refs.begin(), graph.edge(role).refs.end());

    const Dataset& data = context.data;
    const std::string who = officialWithTitle(graph, officialNode, conflict.roles);
    std::string summary = dealing.description + data.nameOf(dealing.party);
    if (path.edges.empty())
        summary += "本人即为" + data.nameOf(dealing.org) + "在任干部" + who + "。";
    else
        summary += "与" + data.nameOf(dealing.org) + "在任干部" + who + "存在关联：" +
                   describePath(graph, path) + "。";

    RuleFinding finding = context.makeFinding(rule, std::move(subjects), std::move(refs), std::move(summary));
    finding.path = graph::pathIds(graph, path);
    finding.details.set("date", json::Value::string(dealing.on.toString()));
    finding.details.set("steps", json::Value::number(static_cast<std::int64_t>(path.steps)));
    finding.details.set("max_steps", json::Value::number(context.settings.threshold("R01.steps")));
    return finding;
}

// Reports, per subject, the dealing whose conflict has the preferred path (on ties the first listed:
// the signing before amendments and listing results).
void reportConflicts(const RuleContext& context, const std::string& rule,
                     const std::vector<Dealing>& dealings, ConflictSearch& search,
                     std::vector<RuleFinding>& out) {
    const int maxSteps = static_cast<int>(context.settings.threshold("R01.steps"));
    std::map<std::string, Conflict> bySubject;
    for (const Dealing& dealing : dealings) {
        auto conflict = findConflict(search, dealing, maxSteps);
        if (!conflict) continue;
        auto [it, added] = bySubject.try_emplace(dealing.subject, *conflict);
        if (!added && graph::preferredPath(search.graph(), conflict->path, it->second.path))
            it->second = std::move(*conflict);
    }
    for (const auto& [subject, conflict] : bySubject)
        out.push_back(conflictFinding(context, search.graph(), rule, conflict));
}

} // namespace

void evaluateConflictOfInterest(const RuleContext& context, graph::ConflictSearch& search,
                                std::vector<RuleFinding>& out) {
    reportConflicts(context, "R01", leaseAndAwardDealings(context.data, context.asOf), search, out);
}

void evaluateRelatedPartyPayments(const RuleContext& context, graph::ConflictSearch& search,
                                  std::vector<RuleFinding>& out) {
    reportConflicts(context, "F07", paymentDealings(context.data, context.asOf), search, out);
}

} // namespace lj
