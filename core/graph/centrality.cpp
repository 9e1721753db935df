#include "graph/centrality.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <numeric>
#include <random>
#include <set>
#include <unordered_map>

namespace lj::graph {

namespace {

// Fills a default-constructed graph in place (assigning a Boost adjacency_list copies it).
void fillSimple(BoostGraph& graph, std::size_t vertices,
                const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges) {
    for (std::size_t v = 0; v < vertices; ++v)
        boost::add_vertex(graph);
    std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
    EdgeId index = 0;
    for (auto [a, b] : edges) {
        if (a == b || a >= vertices || b >= vertices) continue;
        if (!seen.insert(std::minmax(a, b)).second) continue;
        boost::add_edge(a, b, index++, graph);
    }
}

} // namespace

BoostGraph simpleGraph(std::size_t vertices,
                       const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges) {
    BoostGraph graph;
    fillSimple(graph, vertices, edges);
    return graph;
}

LocalGraph localGraph(const EntityGraph& graph, const Subgraph& subgraph) {
    LocalGraph local;
    local.nodes = subgraph.nodes;
    std::unordered_map<NodeId, std::uint32_t> position;
    for (std::uint32_t i = 0; i < local.nodes.size(); ++i)
        position.emplace(local.nodes[i], i);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    for (EdgeId edge : subgraph.edges) {
        const auto a = position.find(graph.edge(edge).source), b = position.find(graph.edge(edge).target);
        if (a != position.end() && b != position.end()) edges.emplace_back(a->second, b->second);
    }
    fillSimple(local.graph, local.nodes.size(), edges);
    return local;
}

std::vector<double> degreeCentrality(const BoostGraph& graph) {
    std::vector<double> degree(boost::num_vertices(graph));
    for (std::size_t v = 0; v < degree.size(); ++v)
        degree[v] = static_cast<double>(boost::out_degree(v, graph));
    return degree;
}

std::vector<double> exactBetweenness(const BoostGraph& graph) {
    std::vector<double> centrality(boost::num_vertices(graph), 0.0);
    if (centrality.empty()) return centrality;
    // Boost halves the values of undirected graphs itself: each unordered pair counts once.
    boost::brandes_betweenness_centrality(graph,
                                          boost::centrality_map(boost::make_iterator_property_map(
                                              centrality.begin(), boost::get(boost::vertex_index, graph))));
    return centrality;
}

std::vector<double> sampledBetweenness(const BoostGraph& graph, std::size_t samples, std::uint64_t seed) {
    const std::size_t n = boost::num_vertices(graph);
    std::vector<double> centrality(n, 0.0);
    if (n == 0 || samples == 0) return centrality;
    std::vector<std::uint32_t> sources(n);
    std::iota(sources.begin(), sources.end(), 0u);
    if (samples < n) {
        std::mt19937_64 random(seed);
        for (std::size_t i = 0; i < samples; ++i) // partial Fisher–Yates: a seed gives one sample
            std::swap(sources[i], sources[i + random() % (n - i)]);
        sources.resize(samples);
    }
    // Brandes (2001) for unweighted graphs, one source at a time.
    std::vector<int> distance(n, -1);
    std::vector<double> paths(n, 0.0), dependency(n, 0.0);
    std::vector<std::uint32_t> order, queue;
    // Parallel edges (the whole entity graph has them) count once: `seenFrom` marks a neighbour
    // already handled from the current vertex.
    std::vector<std::uint64_t> seenFrom(n, UINT64_MAX);
    std::uint64_t pass = 0; // one per phase, so that marks of the last phase do not count
    auto firstVisit = [&](std::uint32_t from, std::uint32_t to) {
        const std::uint64_t mark = pass << 32 | from;
        if (seenFrom[to] == mark) return false;
        seenFrom[to] = mark;
        return true;
    };
    for (std::uint32_t source : sources) {
        order.clear();
        queue.assign(1, source);
        distance[source] = 0;
        paths[source] = 1.0;
        ++pass;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const std::uint32_t v = queue[head];
            order.push_back(v);
            for (auto [it, end] = boost::out_edges(v, graph); it != end; ++it) {
                const auto w = static_cast<std::uint32_t>(boost::target(*it, graph));
                if (!firstVisit(v, w)) continue;
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    queue.push_back(w);
                }
                if (distance[w] == distance[v] + 1) paths[w] += paths[v];
            }
        }
        ++pass;
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const std::uint32_t w = *it;
            for (auto [e, end] = boost::out_edges(w, graph); e != end; ++e) {
                const auto v = static_cast<std::uint32_t>(boost::target(*e, graph));
                if (!firstVisit(w, v)) continue;
                if (distance[v] == distance[w] - 1)
                    dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
            }
            if (w != source) centrality[w] += dependency[w];
        }
        for (std::uint32_t v : order) {
            distance[v] = -1;
            paths[v] = 0.0;
            dependency[v] = 0.0;
        }
    }
    // Each unordered pair was counted from both ends when every vertex is a source.
    const double scale = 0.5 * static_cast<double>(n) / static_cast<double>(sources.size());
    for (double& value : centrality)
        value *= scale;
    return centrality;
}

} // namespace lj::graph
