#pragma once
// Neighbourhood and path queries over an EntityGraph, each under an EdgeFilter.
#include "graph/entity_graph.h"
#include "graph/subgraph.h"

#include <cstddef>

namespace lj::graph {

struct EgoOptions {
    int hops = 2;
    EdgeFilter filter;
    std::size_t maxNodes = 500; // the picture stops growing here (capped)
    std::size_t hubDegree =
        60; // a vertex with more edges is shown but not expanded (capped), unless it is the centre
};

// Every vertex within `hops` edges of `center` that the caps allow, with the filtered edges among them.
Subgraph egoNetwork(const EntityGraph& graph, NodeId center, const EgoOptions& options = {});

struct PathOptions {
    EdgeFilter filter;
    std::size_t maxPaths = 10; // more shortest paths than this: capped
    int maxHops = 12;          // no path within this many edges: no path
};

// All shortest paths between `from` and `to` (bidirectional breadth-first search), at most
// maxPaths of them, ordered by their vertex ids. No path: an empty subgraph holding both ends.
Subgraph shortestPaths(const EntityGraph& graph, NodeId from, NodeId to, const PathOptions& options = {});

struct Components {
    std::vector<std::uint32_t> componentOf; // per vertex
    std::vector<std::size_t> sizes;         // per component
};
// Connected components of the whole graph under `filter` (Boost's connected_components).
Components connectedComponents(const EntityGraph& graph, const EdgeFilter& filter = {});

} // namespace lj::graph
