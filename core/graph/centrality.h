#pragma once
// Degree and betweenness centrality for ranking entities. Exact betweenness (Brandes, through
// Boost) on a displayed subgraph; on the whole graph, an estimate from a sample of source vertices.
// Values are unnormalised and count each unordered pair of vertices once (so they equal the
// published values for the standard test networks, e.g. 231.07 for vertex 1 of Zachary's karate club).
#include "graph/entity_graph.h"
#include "graph/subgraph.h"

#include <cstdint>
#include <vector>

namespace lj::graph {

// A subgraph as a simple Boost graph on vertices 0..k-1 (parallel edges between two entities — a
// lessee who is also a payee — become one, so that they do not double the shortest-path counts).
struct LocalGraph {
    BoostGraph graph;
    std::vector<NodeId> nodes; // local vertex → entity vertex (= subgraph.nodes)
};
LocalGraph localGraph(const EntityGraph& graph, const Subgraph& subgraph);
// A simple graph from an edge list (tests, standard networks). Self-loops and repeated pairs are dropped.
BoostGraph simpleGraph(std::size_t vertices,
                       const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges);

std::vector<double> degreeCentrality(const BoostGraph& graph); // distinct neighbours
std::vector<double> exactBetweenness(const BoostGraph& graph);
// Brandes accumulation from `samples` distinct sources drawn with `seed`, scaled by n / samples.
// samples ≥ n gives the exact values.
std::vector<double> sampledBetweenness(const BoostGraph& graph, std::size_t samples, std::uint64_t seed);

} // namespace lj::graph
