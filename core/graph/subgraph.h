#pragma once
// What a query returns: a part of the entity graph to show (vertices, edges), the paths it found
// (shortest or preferred first) and whether a cap cut it short. A cap reached is always reported:
// `capped` is set and `cappedNodes` names the vertices whose neighbourhood was not fully expanded.
#include "graph/graph_types.h"

#include <optional>
#include <string>
#include <vector>

namespace lj::graph {

class EntityGraph;

struct GraphPath {
    std::vector<NodeId> nodes; // from the party (or the first entity) to the official (or the second)
    std::vector<EdgeId> edges; // edges[i] joins nodes[i] and nodes[i + 1]
    int steps = 0;             // counted edges (same-person and account-holder hops are free)
    int seedRank = 0;          // conflicts: 0 from the party, 1 from the account paid into
    // Conflict paths only: the rule the dealing falls under, the dealing, its collective and date.
    std::string rule, subject;
    NodeId org = kNoNode;
    std::optional<Date> date;
};

inline GraphPath makePath(std::vector<NodeId> nodes, std::vector<EdgeId> edges = {}, int steps = 0,
                          int seedRank = 0) {
    GraphPath path;
    path.nodes = std::move(nodes);
    path.edges = std::move(edges);
    path.steps = steps;
    path.seedRank = seedRank;
    return path;
}

struct Subgraph {
    std::vector<NodeId> nodes; // no duplicates, in the order found
    std::vector<EdgeId> edges; // no duplicates
    std::vector<GraphPath> paths;
    bool capped = false;
    std::vector<NodeId> cappedNodes;

    bool containsNode(NodeId node) const;
    // Adds the node or edge (and an edge's ends) unless present. Linear in the size, so callers
    // adding many use a SubgraphBuilder.
    void addNode(NodeId node);
    void addEdge(const EntityGraph& graph, EdgeId edge);
};

// Collects nodes and edges without duplicates in O(1) each.
class SubgraphBuilder {
public:
    explicit SubgraphBuilder(const EntityGraph& graph);
    bool addNode(NodeId node); // false when already present
    void addEdge(EdgeId edge);
    bool hasNode(NodeId node) const;
    void addPath(GraphPath path);
    Subgraph& result() { return m_result; }

private:
    const EntityGraph& m_graph;
    Subgraph m_result;
    std::vector<bool> m_nodeSeen, m_edgeSeen;
};

} // namespace lj::graph
