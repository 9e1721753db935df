#include "graph_request.h"

#include <algorithm>

namespace lj::gui {

namespace {

graph::Subgraph query(const graph::EntityGraph& graph, const GraphRequest& request, GraphAnswer& answer) {
    using Kind = GraphRequest::Kind;
    if (request.kind == Kind::Conflicts) {
        graph::ConflictOptions options;
        options.org = request.first;
        return graph::conflictPaths(graph, options);
    }
    const graph::NodeId first = graph.find(request.first);
    if (first == graph::kNoNode) {
        answer.error = "unknown entity " + request.first;
        return {};
    }
    answer.centre = first;
    if (request.kind == Kind::Path) {
        const graph::NodeId second = graph.find(request.second);
        if (second == graph::kNoNode) {
            answer.error = "unknown entity " + request.second;
            return {};
        }
        return graph::shortestPaths(graph, first, second);
    }
    graph::EgoOptions options;
    options.hops = request.hops;
    options.maxNodes = request.maxNodes;
    return graph::egoNetwork(graph, first, options);
}

// The subgraph with each expanded node's neighbours added and hidden nodes (and their edges) removed.
graph::Subgraph widenAndNarrow(const graph::EntityGraph& graph, graph::Subgraph subgraph,
                               const GraphRequest& request) {
    graph::SubgraphBuilder builder(graph);
    for (const graph::NodeId node : subgraph.nodes)
        if (!request.hidden.count(node)) builder.addNode(node);
    for (const graph::EdgeId edge : subgraph.edges) {
        const graph::GraphEdge& e = graph.edge(edge);
        if (!request.hidden.count(e.source) && !request.hidden.count(e.target)) builder.addEdge(edge);
    }
    for (graph::GraphPath& path : subgraph.paths) // a path through a hidden node is no longer shown
        if (std::none_of(path.nodes.begin(), path.nodes.end(),
                         [&](graph::NodeId node) { return request.hidden.count(node) > 0; }))
            builder.addPath(std::move(path));
    bool capped = subgraph.capped;
    for (const graph::NodeId node : request.expanded) {
        graph::EgoOptions options;
        options.hops = 1;
        options.maxNodes = request.maxNodes;
        const graph::Subgraph around = graph::egoNetwork(graph, node, options);
        capped = capped || around.capped;
        for (const graph::NodeId added : around.nodes)
            if (!request.hidden.count(added)) builder.addNode(added);
        for (const graph::EdgeId edge : around.edges) {
            const graph::GraphEdge& e = graph.edge(edge);
            if (!request.hidden.count(e.source) && !request.hidden.count(e.target)) builder.addEdge(edge);
        }
    }
    graph::Subgraph result = std::move(builder.result());
    result.capped = capped;
    result.cappedNodes = std::move(subgraph.cappedNodes);
    return result;
}

} // namespace

GraphAnswer answerGraphRequest(const graph::EntityGraph& graph, const GraphRequest& request) {
    GraphAnswer answer;
    graph::Subgraph subgraph = query(graph, request, answer);
    if (!answer.error.empty()) return answer;
    if (!request.expanded.empty() || !request.hidden.empty())
        subgraph = widenAndNarrow(graph, std::move(subgraph), request);
    answer.view = graph::makeView(graph, std::move(subgraph), request.layout, request.seed);
    return answer;
}

} // namespace lj::gui
