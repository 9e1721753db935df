#include "graph/conflict_paths.h"

#include "graph/conflict_search.h"
#include "rules/dealings.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace lj::graph {

namespace {

// One occasion of the query, and the rule and dealing (or subsidy recipient) it stands for.
struct Occasion {
    std::string rule, subject;
    ConflictOccasion search;
};

std::vector<Occasion> occasions(const EntityGraph& graph, const ConflictOptions& options) {
    const Dataset& data = graph.data();
    std::vector<Occasion> out;
    auto add = [&](const char* rule, const std::vector<Dealing>& dealings) {
        for (const Dealing& dealing : dealings) {
            if (!options.org.empty() && dealing.org != options.org) continue;
            const NodeId org = graph.find(dealing.org);
            if (org == kNoNode) continue;
            ConflictOccasion search;
            search.party = graph.find(dealing.party);
            search.account = dealing.account.empty() ? kNoNode : graph.find(dealing.account);
            search.org = org;
            search.on = dealing.on;
            search.spans = {{dealing.on, dealing.on}};
            search.maxSteps = options.maxSteps;
            out.push_back({rule, dealing.subject, std::move(search)});
        }
    };
    add("R01", leaseAndAwardDealings(data, graph.asOf()));
    add("F07", paymentDealings(data, graph.asOf()));
    if (!options.subsidies) return out;
    // W01: one occasion per (recipient, collective), over every month paid.
    std::map<std::pair<std::string, std::string>, std::vector<Date>> months;
    for (const auto& [id, subsidy] : data.subsidies)
        if (subsidy.period && *subsidy.period <= graph.asOf() && !subsidy.recipient.empty() &&
            (options.org.empty() || subsidy.org == options.org))
            months[{subsidy.recipient, subsidy.org}].push_back(*subsidy.period);
    for (auto& [key, periods] : months) {
        const NodeId org = graph.find(key.second);
        if (org == kNoNode) continue;
        std::sort(periods.begin(), periods.end());
        periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
        ConflictOccasion search;
        search.party = graph.find(key.first);
        search.org = org;
        search.on = periods.front();
        for (Date month : periods)
            search.spans.emplace_back(month, month.addMonths(1).addDays(-1));
        search.maxSteps = options.kinSteps;
        search.kinshipOnly = true;
        out.push_back({"W01", key.first, std::move(search)});
    }
    return out;
}

// Links the path's collective into the picture: its business edge with the party and the official's roles.
void addContext(const EntityGraph& graph, const GraphPath& path, SubgraphBuilder& builder) {
    builder.addNode(path.org);
    const NodeId party = path.nodes.front();
    graph.forEachEdge(party, [&](NodeId other, EdgeId edge) {
        const EdgeType type = graph.edge(edge).type;
        if (other == path.org && type >= EdgeType::Lessee) builder.addEdge(edge);
    });
    graph.forEachEdge(path.nodes.back(), [&](NodeId other, EdgeId edge) {
        if (other == path.org && graph.edge(edge).type == EdgeType::OfficialRole) builder.addEdge(edge);
    });
}

} // namespace

Subgraph conflictPaths(const EntityGraph& graph, const ConflictOptions& options) {
    ConflictSearch search(graph);
    std::vector<GraphPath> paths;
    for (const Occasion& occasion : occasions(graph, options))
        for (GraphPath& path : search.walks(occasion.search)) {
            path.rule = occasion.rule;
            path.subject = occasion.subject;
            path.org = occasion.search.org;
            path.date = occasion.search.on;
            paths.push_back(std::move(path));
        }
    // Stable: on ties, the earlier occasion (the rules' "first listed").
    std::stable_sort(paths.begin(), paths.end(),
                     [&](const GraphPath& a, const GraphPath& b) { return preferredPath(graph, a, b); });

    SubgraphBuilder builder(graph);
    std::set<std::tuple<std::string, std::vector<NodeId>, std::vector<EdgeId>>> seen; // a subject's walk once
    bool capped = false;
    for (GraphPath& path : paths) {
        if (!seen.insert({path.rule + ' ' + path.subject, path.nodes, path.edges}).second) continue;
        if (builder.result().paths.size() >= options.maxPaths) {
            capped = true;
            break;
        }
        addContext(graph, path, builder);
        builder.addPath(std::move(path));
    }
    Subgraph result = std::move(builder.result());
    result.capped = capped;
    return result;
}

} // namespace lj::graph
