#include "graph/entity_graph.h"

#include "graph/graph_builder.h"

#include <algorithm>

namespace lj::graph {

namespace {

std::string dateKey(const std::optional<Date>& date) {
    return date ? std::to_string(date->days) : "-";
}

void widen(GraphEdge& edge, const std::optional<Date>& from, const std::optional<Date>& to) {
    if (!edge.from || (from && *from < *edge.from)) edge.from = from;
    if (!edge.to || (to && *edge.to < *to)) edge.to = to;
}

} // namespace

EntityGraph EntityGraph::build(const Dataset& data, Date asOf, const BuildOptions& options) {
    EntityGraph graph(data, asOf);
    addEntityNodes(graph);
    addRegisterEdges(graph);
    if (!options.relationsOnly) addBusinessEdges(graph);
    addIdentityEdges(graph, options);
    graph.finish();
    return graph;
}

NodeId EntityGraph::find(std::string_view id) const {
    const auto it = m_index.find(std::string(id));
    return it == m_index.end() ? kNoNode : it->second;
}

NodeId EntityGraph::addNode(const std::string& id, NodeType type, std::string label,
                            const std::vector<TxRefId>& refs) {
    const auto [it, added] = m_index.try_emplace(id, static_cast<NodeId>(m_nodes.size()));
    if (added) m_nodes.push_back({id, type, label.empty() ? id : std::move(label), id, refs});
    return it->second;
}

NodeId EntityGraph::nodeFor(const std::string& id) {
    if (const auto it = m_index.find(id); it != m_index.end()) return it->second;
    return addNode(id, NodeType::Unknown, id, {});
}

void EntityGraph::addEdge(GraphEdge edge, bool aggregate) {
    if (edge.source == edge.target) {
        ++m_stats.selfLoopsDropped; // "an entity related to itself": nothing to draw or walk
        return;
    }
    std::string key = std::to_string(static_cast<int>(edge.type)) + '|' + std::to_string(edge.source) + '|' +
                      std::to_string(edge.target);
    // Undirected facts (kinship, shared values) are one fact whichever way round they are stated.
    const bool symmetric =
        edge.type == EdgeType::Kinship || edge.type == EdgeType::SamePerson || edge.type == EdgeType::Shares;
    if (symmetric && edge.target < edge.source)
        key = std::to_string(static_cast<int>(edge.type)) + '|' + std::to_string(edge.target) + '|' +
              std::to_string(edge.source);
    if (!aggregate) key += '|' + edge.detail + '|' + dateKey(edge.from) + '|' + dateKey(edge.to);
    const auto [it, added] = m_edgeKeys.try_emplace(std::move(key), static_cast<EdgeId>(m_edges.size()));
    if (added) {
        m_edges.push_back(std::move(edge));
        return;
    }
    GraphEdge& existing = m_edges[it->second];
    if (!aggregate) ++m_stats.duplicatesMerged;
    existing.refs.insert(existing.refs.end(), edge.refs.begin(), edge.refs.end());
    existing.subjects.insert(existing.subjects.end(), edge.subjects.begin(), edge.subjects.end());
    existing.amountFen += edge.amountFen;
    if (aggregate) widen(existing, edge.from, edge.to); // the span of all dealings
}

void EntityGraph::addDealing(NodeId org, NodeId party, EdgeType type, const std::string& subject,
                             std::optional<Date> on, const std::vector<TxRefId>& refs, std::int64_t amount) {
    if (org == party) {
        ++m_stats.selfLoopsDropped;
        return;
    }
    const std::uint64_t key =
        std::uint64_t(static_cast<unsigned>(type)) << 58 | std::uint64_t(org) << 29 | party;
    const auto [it, added] = m_dealingKeys.try_emplace(key, static_cast<EdgeId>(m_edges.size()));
    if (added) {
        GraphEdge edge = makeEdge(org, party, type);
        edge.from = edge.to = on;
        m_edges.push_back(std::move(edge));
    }
    GraphEdge& edge = m_edges[it->second];
    edge.subjects.push_back(subject);
    edge.refs.insert(edge.refs.end(), refs.begin(), refs.end());
    edge.amountFen += amount;
    widen(edge, on, on);
}

void EntityGraph::finish() {
    m_edgeKeys = {}; // only needed while building
    m_dealingKeys = {};
    for (std::size_t v = 0; v < m_nodes.size(); ++v)
        boost::add_vertex(*m_graph);
    for (EdgeId id = 0; id < m_edges.size(); ++id) {
        GraphEdge& edge = m_edges[id];
        std::sort(edge.refs.begin(), edge.refs.end()); // chain order
        edge.refs.erase(std::unique(edge.refs.begin(), edge.refs.end()), edge.refs.end());
        edge.refs.shrink_to_fit();
        std::sort(edge.subjects.begin(), edge.subjects.end()); // a contract and its amendments: once
        edge.subjects.erase(std::unique(edge.subjects.begin(), edge.subjects.end()), edge.subjects.end());
        boost::add_edge(edge.source, edge.target, id, *m_graph);
    }
}

} // namespace lj::graph
