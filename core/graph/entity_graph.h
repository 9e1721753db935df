#pragma once
// The entity graph of a dataset as of a date (issue 4, docs/graph.md): persons, firms, accounts,
// collectives and other organisations, joined by typed, dated edges that cite their transactions.
// Built once (EntityGraph::build), then read-only: queries, centrality, layout and export take it
// by const reference, so several may run at once.
#include "graph/graph_types.h"

#include <boost/graph/adjacency_list.hpp>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lj::graph {

// Undirected: kinship and ownership are walked both ways. The edge bundle is the index into edges().
using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeId>;

struct BuildOptions {
    // A phone, address or account shared by more parties than this (a town office's switchboard, a
    // market's address) links nobody in particular: it becomes no "shares" edges, only a count.
    int maxSharedParties = 12;
    // Registers and same-person edges only: what conflict walks need. Business and "shares" edges
    // make up most of a build at a million transactions, and the relationship rules use neither.
    bool relationsOnly = false;
};

struct BuildStats {
    std::size_t selfLoopsDropped = 0; // facts relating an entity to itself
    std::size_t duplicatesMerged = 0; // the same fact stated again (its refs are kept)
    std::size_t hubValuesSkipped = 0; // shared values over BuildOptions::maxSharedParties
};

class EntityGraph {
public:
    // Facts dated on or before `asOf` (rules-v1 §1); undated facts always.
    static EntityGraph build(const Dataset& data, Date asOf, const BuildOptions& options = {});
    // Movable (the Boost graph is held by pointer: adjacency_list itself only copies), not copyable.
    EntityGraph(EntityGraph&& other) noexcept = default;
    EntityGraph& operator=(EntityGraph&& other) noexcept = default;
    EntityGraph(const EntityGraph&) = delete;
    EntityGraph& operator=(const EntityGraph&) = delete;

    const std::vector<GraphNode>& nodes() const { return m_nodes; }
    const std::vector<GraphEdge>& edges() const { return m_edges; }
    const GraphNode& node(NodeId id) const { return m_nodes[id]; }
    const GraphEdge& edge(EdgeId id) const { return m_edges[id]; }
    const BoostGraph& boostGraph() const { return *m_graph; }
    const Dataset& data() const { return *m_data; }
    Date asOf() const { return m_asOf; }
    const BuildStats& stats() const { return m_stats; }

    NodeId find(std::string_view id) const; // kNoNode when absent
    std::size_t degree(NodeId node) const { return boost::out_degree(node, *m_graph); }
    NodeId other(EdgeId edge, NodeId from) const {
        const GraphEdge& e = m_edges[edge];
        return e.source == from ? e.target : e.source;
    }
    // Calls visit(neighbour, edgeId) for each incident edge, in insertion order.
    template <class Visit> void forEachEdge(NodeId node, Visit&& visit) const {
        const BoostGraph& graph = *m_graph;
        for (auto [it, end] = boost::out_edges(node, graph); it != end; ++it)
            visit(static_cast<NodeId>(boost::target(*it, graph)), graph[*it]);
    }

    // Used by the builder (graph_builder.cpp); not for callers.
    NodeId addNode(const std::string& id, NodeType type, std::string label, const std::vector<TxRefId>& refs);
    NodeId nodeFor(const std::string& id); // adds an Unknown node for an id no register defines
    void setIdentity(NodeId node, const std::string& identity) { m_nodes[node].identity = identity; }
    // Adds `edge`, or merges it into an equal one (same type, ends, detail and dates) when `aggregate`
    // is false, or into the one of the same type and ends when true. Self-loops are dropped.
    void addEdge(GraphEdge edge, bool aggregate = false);
    // A dealing (business edge) merged into the one edge of its type between `org` and `party`; the
    // fast path for the hundreds of thousands of payments and subsidies (no temporary edge, no string key).
    void addDealing(NodeId org, NodeId party, EdgeType type, const std::string& subject,
                    std::optional<Date> on, const std::vector<TxRefId>& refs, std::int64_t amount);
    BuildStats& mutableStats() { return m_stats; }
    void finish();

private:
    EntityGraph(const Dataset& data, Date asOf)
        : m_data(&data)
        , m_asOf(asOf) {}

    const Dataset* m_data;
    Date m_asOf;
    std::vector<GraphNode> m_nodes;
    std::vector<GraphEdge> m_edges;
    std::unordered_map<std::string, NodeId> m_index;
    std::unordered_map<std::string, EdgeId> m_edgeKeys;
    std::unordered_map<std::uint64_t, EdgeId> m_dealingKeys; // type, org, party
    std::unique_ptr<BoostGraph> m_graph = std::make_unique<BoostGraph>();
    BuildStats m_stats;
};

} // namespace lj::graph
