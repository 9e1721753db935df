#include "graph/conflict_search.h"

#include <algorithm>
#include <tuple>

namespace lj::graph {

namespace {

bool walkable(EdgeType type) {
    return type == EdgeType::Kinship || type == EdgeType::Shareholding || type == EdgeType::LegalRep ||
           type == EdgeType::SamePerson;
}

bool contains(const GraphPath& path, NodeId node) {
    return std::find(path.nodes.begin(), path.nodes.end(), node) != path.nodes.end();
}

} // namespace

ConflictSearch::ConflictSearch(const EntityGraph& graph)
    : m_graph(graph) {
    // The walkable edges of every vertex, once, in a compact adjacency array.
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

std::vector<GraphPath> ConflictSearch::walks(const ConflictOccasion& occasion) {
    m_occasion = &occasion;
    m_found.clear();
    if (occasion.party != kNoNode) seedsFrom(makePath({occasion.party}));
    if (occasion.account != kNoNode)
        m_graph.forEachEdge(occasion.account, [&](NodeId holder, EdgeId edge) {
            const GraphEdge& e = m_graph.edge(edge);
            if (e.type == EdgeType::AccountHolder && e.source == occasion.account)
                seedsFrom(makePath({occasion.account, holder}, {edge}, 0, 1));
        });
    std::vector<GraphPath> out;
    out.reserve(m_found.size());
    for (auto& [key, path] : m_found)
        out.push_back(std::move(path));
    m_occasion = nullptr;
    return out;
}

std::vector<EdgeId> ConflictSearch::roles(NodeId person, NodeId org, Date first, Date last) const {
    std::vector<EdgeId> out;
    if (const auto it = m_roles.find(person); it != m_roles.end())
        for (EdgeId role : it->second)
            if (m_graph.edge(role).target == org && m_graph.edge(role).overlaps(first, last))
                out.push_back(role);
    return out;
}

bool ConflictSearch::official(NodeId person) const {
    const auto it = m_roles.find(person);
    if (it == m_roles.end()) return false;
    for (EdgeId role : it->second) {
        const GraphEdge& edge = m_graph.edge(role);
        if (edge.target != m_occasion->org) continue;
        for (const auto& [first, last] : m_occasion->spans)
            if (edge.overlaps(first, last)) return true;
    }
    return false;
}

// The seed itself, and for a firm its legal representative and shareholders in force (0 steps).
void ConflictSearch::seedsFrom(const GraphPath& seed) {
    GraphPath self = seed;
    walk(self);
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

// Depth first, extending `path` in place and restoring it on return.
void ConflictSearch::walk(GraphPath& path) {
    const NodeId last = path.nodes.back();
    if (official(last)) {
        record(path);
        if (m_occasion->stopAtOfficials) return;
    }
    const bool kinshipOnly = m_occasion->kinshipOnly;
    for (std::uint32_t i = m_offsets[last]; i < m_offsets[last + 1]; ++i) {
        const auto [next, edge] = m_links[i];
        const GraphEdge& e = m_graph.edge(edge);
        if (kinshipOnly && e.type != EdgeType::Kinship && e.type != EdgeType::SamePerson) continue;
        if (e.type == EdgeType::Shareholding && !e.activeOn(m_occasion->on)) continue;
        const int steps = path.steps + (e.type == EdgeType::SamePerson ? 0 : 1);
        if (steps > m_occasion->maxSteps || contains(path, next)) continue;
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

// One path per walk (the same walk found as a 0-step seed and as a counted step keeps the cheaper).
void ConflictSearch::record(const GraphPath& path) {
    auto [it, added] = m_found.try_emplace(std::make_pair(path.nodes, path.edges), path);
    GraphPath& kept = it->second;
    if (!added && std::tie(path.steps, path.seedRank) < std::tie(kept.steps, kept.seedRank)) kept = path;
}

bool preferredPath(const EntityGraph& graph, const GraphPath& a, const GraphPath& b) {
    const auto hopsA = a.edges.size(), hopsB = b.edges.size();
    if (std::tie(a.steps, hopsA, a.seedRank) != std::tie(b.steps, hopsB, b.seedRank))
        return std::tie(a.steps, hopsA, a.seedRank) < std::tie(b.steps, hopsB, b.seedRank);
    const auto idLess = [&](NodeId x, NodeId y) { return graph.node(x).id < graph.node(y).id; };
    if (a.nodes != b.nodes)
        return std::lexicographical_compare(a.nodes.begin(), a.nodes.end(), b.nodes.begin(), b.nodes.end(),
                                            idLess);
    auto edgeOrder = [&](EdgeId edge) {
        const GraphEdge& e = graph.edge(edge);
        const int rank = e.type == EdgeType::LegalRep ? 0 : 1 + static_cast<int>(e.type);
        return std::make_pair(rank, e.refs.empty() ? TxRefId{0} : e.refs.front());
    };
    return std::lexicographical_compare(a.edges.begin(), a.edges.end(), b.edges.begin(), b.edges.end(),
                                        [&](EdgeId p, EdgeId q) { return edgeOrder(p) < edgeOrder(q); });
}

std::vector<std::string> pathIds(const EntityGraph& graph, const GraphPath& path) {
    std::vector<std::string> ids;
    ids.reserve(path.nodes.size());
    for (NodeId node : path.nodes)
        ids.push_back(graph.node(node).id);
    return ids;
}

std::vector<TxRefId> pathRefs(const EntityGraph& graph, const GraphPath& path) {
    std::vector<TxRefId> refs;
    for (EdgeId edge : path.edges)
        refs.insert(refs.end(), graph.edge(edge).refs.begin(), graph.edge(edge).refs.end());
    return refs;
}

} // namespace lj::graph
