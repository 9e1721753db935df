#pragma once
// A subgraph made ready to show or export: per vertex its position, degree and betweenness.
// The exporters (graph_export.h) write a GraphView; the GUI draws one.
#include "graph/entity_graph.h"
#include "graph/graph_layout.h"
#include "graph/subgraph.h"

#include <vector>

namespace lj::graph {

struct GraphView {
    const EntityGraph* graph = nullptr;
    Subgraph subgraph;
    // Per vertex of subgraph.nodes:
    std::vector<Point> positions;    // empty when not laid out
    std::vector<double> degree;      // distinct neighbours within the subgraph
    std::vector<double> betweenness; // exact, within the subgraph
    LayoutMethod layout = LayoutMethod::None;
};

// Centrality on the subgraph, and a layout unless `method` is None.
GraphView makeView(const EntityGraph& graph, Subgraph subgraph, LayoutMethod method, std::uint64_t seed = 1,
                   const LayoutOptions& options = {});

} // namespace lj::graph
