#pragma once
// What the relationship graph page asks of the core, and the answer ready to draw: a query (ego
// network, paths between two entities, conflict paths of a collective), optionally widened by
// nodes the user expanded and narrowed by nodes hidden, then centrality and layout. Runs off the
// GUI thread; plain data in and out.
#include "graph/conflict_paths.h"
#include "graph/graph_queries.h"
#include "graph/graph_view.h"

#include <set>
#include <string>
#include <vector>

namespace lj::gui {

struct GraphRequest {
    enum class Kind { Ego, Path, Conflicts } kind = Kind::Ego;
    std::string first, second; // ego centre / path ends / collective (empty: every collective)
    int hops = 2;
    std::size_t maxNodes = 500;
    graph::LayoutMethod layout = graph::LayoutMethod::FruchtermanReingold;
    std::uint64_t seed = 1;
    std::vector<graph::NodeId> expanded; // each adds its 1-hop neighbourhood
    std::set<graph::NodeId> hidden;
};

struct GraphAnswer {
    graph::GraphView view;
    graph::NodeId centre = graph::kNoNode;
    std::string error; // an unknown entity id, in English (the page words it)
};

GraphAnswer answerGraphRequest(const graph::EntityGraph& graph, const GraphRequest& request);

} // namespace lj::gui
