#include "graph/conflict_paths.h"

#include "rules/dealings.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace lj::graph {

namespace {

// The dates on which a party must be connected to a serving official: one day (a signing, an
// award, a payment) or some day of one of several months (subsidies).
struct Window {
    std::vector<std::pair<Date, Date>> spans;
    bool covers(const GraphEdge& role) const {
        for (const auto& [first, last] : spans)
            if (role.overlaps(first, last)) return true;
        return false;
    }
};

struct Occasion {
    std::string rule, subject, party, account;
    NodeId org = kNoNode;
    Date on;       // the date the relation must hold on (the first month for subsidies)
    Window window; // when the official must be in office
    bool kinshipOnly = false;
};

class Search {
public:
    Search(const EntityGraph& graph, const ConflictOptions& options)
        : m_graph(graph)
        , m_options(options) {
        // The walkable edges of every vertex, once: kinship, ownership and same-person links.
        const auto n = graph.nodes().size();
        m_offsets.assign(n + 1, 0);
        for (const GraphEdge& edge : graph.edges())
            if (walkable(edge.type)) ++m_offsets[edge.source + 1], ++m_offsets[edge.target + 1];
        for (std::size_t i = 0; i < n; ++i)
            m_offsets[i + 1] += m_offsets[i];
        m_links.resize(m_offsets[n]);
        std::vector<std::uint32_t> fill(m_offsets.begin(), m_offsets.end() - 1);
        for (EdgeId id = 0; id < graph.edges().size(); ++id) {
            const GraphEdge& edge = graph.edge(id);
            if (edge.type == EdgeType::OfficialRole) m_roles[edge.source].push_back(id);
            if (!walkable(edge.type)) continue;
            m_links[fill[edge.source]++] = {edge.target, id};
            m_links[fill[edge.target]++] = {edge.source, id};
        }
    }

    void run(const Occasion& occasion, std::vector<GraphPath>& out) {
        m_occasion = &occasion;
        m_found.clear();
        const NodeId party = m_graph.find(occasion.party);
        if (party != kNoNode) seedsFrom(makePath({party}));
        if (!occasion.account.empty())
            if (const NodeId account = m_graph.find(occasion.account); account != kNoNode)
                m_graph.forEachEdge(account, [&](NodeId holder, EdgeId edge) {
                    const GraphEdge& e = m_graph.edge(edge);
                    if (e.type == EdgeType::AccountHolder && e.source == account)
                        seedsFrom(makePath({account, holder}, {edge}, 0, 1));
                });
        for (auto& [key, path] : m_found)
            out.push_back(std::move(path));
    }

private:
    static bool walkable(EdgeType type) {
        return type == EdgeType::Kinship || type == EdgeType::Shareholding || type == EdgeType::LegalRep ||
               type == EdgeType::SamePerson;
    }

    bool official(NodeId person) const {
        const auto it = m_roles.find(person);
        if (it == m_roles.end()) return false;
        for (EdgeId role : it->second)
            if (m_graph.edge(role).target == m_occasion->org && m_occasion->window.covers(m_graph.edge(role)))
                return true;
        return false;
    }

    // The seed itself, and for a firm its legal representative and shareholders in force (0 steps).
    void seedsFrom(const GraphPath& seed) {
        walk(seed);
        const NodeId firm = seed.nodes.back();
        if (m_graph.node(firm).type != NodeType::Firm) return;
        for (std::uint32_t i = m_offsets[firm]; i < m_offsets[firm + 1]; ++i) {
            const auto [person, edge] = m_links[i];
            const GraphEdge& e = m_graph.edge(edge);
            const bool rep = e.type == EdgeType::LegalRep && e.target == firm;
            const bool holder =
                e.type == EdgeType::Shareholding && e.target == firm && e.activeOn(m_occasion->on);
            if (!(rep || holder) || contains(seed, person)) continue;
            GraphPath extended = seed;
            extended.nodes.push_back(person);
            extended.edges.push_back(edge);
            walk(extended);
        }
    }

    static bool contains(const GraphPath& path, NodeId node) {
        return std::find(path.nodes.begin(), path.nodes.end(), node) != path.nodes.end();
    }

    void walk(GraphPath& path) {
        const NodeId last = path.nodes.back();
        if (official(last)) {
            record(path);
            return; // a walk ends at the first official it meets
        }
        const int limit = m_occasion->kinshipOnly ? m_options.kinSteps : m_options.maxSteps;
        for (std::uint32_t i = m_offsets[last]; i < m_offsets[last + 1]; ++i) {
            const auto [next, edge] = m_links[i];
            const GraphEdge& e = m_graph.edge(edge);
            if (m_occasion->kinshipOnly && e.type != EdgeType::Kinship && e.type != EdgeType::SamePerson)
                continue;
            if (e.type == EdgeType::Shareholding && !e.activeOn(m_occasion->on)) continue;
            const int steps = path.steps + (e.type == EdgeType::SamePerson ? 0 : 1);
            if (steps > limit || contains(path, next)) continue;
            path.nodes.push_back(next);
            path.edges.push_back(edge);
            const int before = path.steps;
            path.steps = steps;
            walk(path);
            path.steps = before;
            path.nodes.pop_back();
            path.edges.pop_back();
        }
    }
    void walk(const GraphPath& seed) {
        GraphPath copy = seed;
        walk(copy);
    }

    // One path per walk (the same walk found as a 0-step seed and as a counted step keeps the cheaper).
    void record(const GraphPath& path) {
        auto [it, added] = m_found.try_emplace(std::make_pair(path.nodes, path.edges), path);
        GraphPath& kept = it->second;
        if (added || std::tie(path.steps, path.seedRank) < std::tie(kept.steps, kept.seedRank)) kept = path;
        kept.rule = m_occasion->rule;
        kept.subject = m_occasion->subject;
        kept.org = m_occasion->org;
        kept.date = m_occasion->on;
    }

    const EntityGraph& m_graph;
    const ConflictOptions& m_options;
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::pair<NodeId, EdgeId>> m_links;
    std::unordered_map<NodeId, std::vector<EdgeId>> m_roles; // person → role edges
    const Occasion* m_occasion = nullptr;
    std::map<std::pair<std::vector<NodeId>, std::vector<EdgeId>>, GraphPath> m_found;
};

std::vector<Occasion> occasions(const EntityGraph& graph, const ConflictOptions& options) {
    const Dataset& data = graph.data();
    std::vector<Occasion> out;
    auto add = [&](const char* rule, const std::vector<Dealing>& dealings) {
        for (const Dealing& dealing : dealings) {
            if (!options.org.empty() && dealing.org != options.org) continue;
            const NodeId org = graph.find(dealing.org);
            if (org == kNoNode) continue;
            out.push_back({rule, dealing.subject, dealing.party, dealing.account, org, dealing.on,
                           Window{{{dealing.on, dealing.on}}}, false});
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
        Window window;
        for (Date month : periods)
            window.spans.emplace_back(month, month.addMonths(1).addDays(-1));
        out.push_back({"W01", key.first, key.first, {}, org, periods.front(), std::move(window), true});
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
    Search search(graph, options);
    std::vector<GraphPath> paths;
    for (const Occasion& occasion : occasions(graph, options))
        search.run(occasion, paths);

    std::vector<std::vector<std::string_view>> ids(paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i)
        for (NodeId node : paths[i].nodes)
            ids[i].push_back(graph.node(node).id);
    std::vector<std::size_t> order(paths.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // Same vertices through different edges (a legal representative who also holds shares): the
    // legal representative first, then the earliest transaction — the rules' order (kinship_index.h).
    auto edgeOrder = [&](EdgeId edge) {
        const GraphEdge& e = graph.edge(edge);
        const int rank = e.type == EdgeType::LegalRep ? 0 : 1 + static_cast<int>(e.type);
        return std::make_pair(rank, e.refs.empty() ? TxRefId{0} : e.refs.front());
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const GraphPath &x = paths[a], &y = paths[b];
        const auto hopsX = x.edges.size(), hopsY = y.edges.size();
        const auto keyX = std::tie(x.steps, hopsX, x.seedRank, ids[a]),
                   keyY = std::tie(y.steps, hopsY, y.seedRank, ids[b]);
        if (keyX != keyY) return keyX < keyY;
        return std::lexicographical_compare(x.edges.begin(), x.edges.end(), y.edges.begin(), y.edges.end(),
                                            [&](EdgeId p, EdgeId q) { return edgeOrder(p) < edgeOrder(q); });
    });

    SubgraphBuilder builder(graph);
    std::set<std::tuple<std::string, std::vector<NodeId>, std::vector<EdgeId>>> seen; // a subject's walk once
    bool capped = false;
    for (std::size_t index : order) {
        GraphPath& path = paths[index];
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
