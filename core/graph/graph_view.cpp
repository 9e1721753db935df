#include "graph/graph_view.h"

#include "graph/centrality.h"

namespace lj::graph {

GraphView makeView(const EntityGraph& graph, Subgraph subgraph, LayoutMethod method, std::uint64_t seed,
                   const LayoutOptions& options) {
    GraphView view;
    view.graph = &graph;
    view.subgraph = std::move(subgraph);
    const LocalGraph local = localGraph(graph, view.subgraph);
    view.degree = degreeCentrality(local.graph);
    view.betweenness = exactBetweenness(local.graph);
    if (method != LayoutMethod::None) {
        Layout layout = layoutGraph(local.graph, method, seed, options);
        view.positions = std::move(layout.positions);
        view.layout = layout.method;
    }
    return view;
}

} // namespace lj::graph
