#include "graph/subgraph.h"

#include "graph/entity_graph.h"

#include <algorithm>

namespace lj::graph {

bool Subgraph::containsNode(NodeId node) const {
    return std::find(nodes.begin(), nodes.end(), node) != nodes.end();
}

void Subgraph::addNode(NodeId node) {
    if (!containsNode(node)) nodes.push_back(node);
}

void Subgraph::addEdge(const EntityGraph& graph, EdgeId edge) {
    if (std::find(edges.begin(), edges.end(), edge) != edges.end()) return;
    edges.push_back(edge);
    addNode(graph.edge(edge).source);
    addNode(graph.edge(edge).target);
}

SubgraphBuilder::SubgraphBuilder(const EntityGraph& graph)
    : m_graph(graph)
    , m_nodeSeen(graph.nodes().size())
    , m_edgeSeen(graph.edges().size()) {}

bool SubgraphBuilder::addNode(NodeId node) {
    if (m_nodeSeen[node]) return false;
    m_nodeSeen[node] = true;
    m_result.nodes.push_back(node);
    return true;
}

void SubgraphBuilder::addEdge(EdgeId edge) {
    if (m_edgeSeen[edge]) return;
    m_edgeSeen[edge] = true;
    m_result.edges.push_back(edge);
    addNode(m_graph.edge(edge).source);
    addNode(m_graph.edge(edge).target);
}

bool SubgraphBuilder::hasNode(NodeId node) const {
    return m_nodeSeen[node];
}

void SubgraphBuilder::addPath(GraphPath path) {
    for (NodeId node : path.nodes)
        addNode(node);
    for (EdgeId edge : path.edges)
        addEdge(edge);
    m_result.paths.push_back(std::move(path));
}

} // namespace lj::graph
