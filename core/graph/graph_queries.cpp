#include "graph/graph_queries.h"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <functional>

namespace lj::graph {

Subgraph egoNetwork(const EntityGraph& graph, NodeId center, const EgoOptions& options) {
    SubgraphBuilder builder(graph);
    if (center >= graph.nodes().size()) return {};
    builder.addNode(center);
    Subgraph& result = builder.result();
    std::vector<NodeId> frontier{center};
    for (int hop = 0; hop < options.hops && !frontier.empty(); ++hop) {
        std::vector<NodeId> next;
        for (NodeId node : frontier) {
            // A hub (a town office, a big payer) would pull in thousands of vertices that say
            // nothing about this entity: it is shown, and reported, but not walked through.
            if (node != center && graph.degree(node) > options.hubDegree) {
                result.capped = true;
                result.cappedNodes.push_back(node);
                continue;
            }
            bool full = false;
            graph.forEachEdge(node, [&](NodeId neighbour, EdgeId edge) {
                if (full || !options.filter.allows(graph.edge(edge))) return;
                if (builder.hasNode(neighbour)) return;
                if (result.nodes.size() >= options.maxNodes) {
                    full = true;
                    return;
                }
                builder.addNode(neighbour);
                next.push_back(neighbour);
            });
            if (full) {
                result.capped = true;
                result.cappedNodes.push_back(node);
            }
        }
        frontier = std::move(next);
    }
    // The filtered edges among the vertices shown.
    for (std::size_t i = 0; i < result.nodes.size(); ++i) {
        const NodeId node = result.nodes[i];
        graph.forEachEdge(node, [&](NodeId neighbour, EdgeId edge) {
            if (builder.hasNode(neighbour) && options.filter.allows(graph.edge(edge))) builder.addEdge(edge);
        });
    }
    return std::move(result);
}

namespace {

constexpr int kUnseen = -1;

// One side of the bidirectional search: exact distances for every vertex up to `depth`.
struct SearchSide {
    std::vector<int> distance;
    std::vector<NodeId> frontier;
    int depth = 0;
};

void expand(const EntityGraph& graph, const EdgeFilter& filter, SearchSide& side) {
    std::vector<NodeId> next;
    for (NodeId node : side.frontier)
        graph.forEachEdge(node, [&](NodeId neighbour, EdgeId edge) {
            if (side.distance[neighbour] != kUnseen || !filter.allows(graph.edge(edge))) return;
            side.distance[neighbour] = side.depth + 1;
            next.push_back(neighbour);
        });
    side.frontier = std::move(next);
    ++side.depth;
}

// Walks from `node` towards the side's start along strictly decreasing distances; every such walk
// is a shortest one. Calls emit(reversed walk) for each, until `budget` walks were emitted.
void walksToStart(const EntityGraph& graph, const EdgeFilter& filter, const SearchSide& side, NodeId node,
                  GraphPath& walk, std::size_t budget, const std::function<bool(const GraphPath&)>& emit,
                  bool& stop) {
    if (stop) return;
    if (side.distance[node] == 0) {
        stop = !emit(walk);
        return;
    }
    std::vector<std::pair<NodeId, EdgeId>> steps;
    graph.forEachEdge(node, [&](NodeId neighbour, EdgeId edge) {
        if (side.distance[neighbour] == side.distance[node] - 1 && filter.allows(graph.edge(edge)))
            steps.emplace_back(neighbour, edge);
    });
    std::sort(steps.begin(), steps.end());
    for (const auto& [neighbour, edge] : steps) {
        walk.nodes.push_back(neighbour);
        walk.edges.push_back(edge);
        walksToStart(graph, filter, side, neighbour, walk, budget, emit, stop);
        walk.nodes.pop_back();
        walk.edges.pop_back();
        if (stop) return;
    }
}

} // namespace

Subgraph shortestPaths(const EntityGraph& graph, NodeId from, NodeId to, const PathOptions& options) {
    SubgraphBuilder builder(graph);
    const std::size_t n = graph.nodes().size();
    if (from >= n || to >= n) return {};
    builder.addNode(from);
    builder.addNode(to);
    if (from == to) {
        builder.addPath(makePath({from}));
        return std::move(builder.result());
    }
    SearchSide a{std::vector<int>(n, kUnseen), {from}}, b{std::vector<int>(n, kUnseen), {to}};
    a.distance[from] = 0;
    b.distance[to] = 0;
    // Expand the smaller frontier one whole level at a time until the sides meet.
    int total = -1;
    while (total < 0 && a.depth + b.depth < options.maxHops && !a.frontier.empty() && !b.frontier.empty()) {
        SearchSide& side = a.frontier.size() <= b.frontier.size() ? a : b;
        const SearchSide& other = &side == &a ? b : a;
        expand(graph, options.filter, side);
        for (NodeId node : side.frontier)
            if (other.distance[node] != kUnseen) {
                const int length = side.depth + other.distance[node];
                if (total < 0 || length < total) total = length;
            }
    }
    if (total < 0) return std::move(builder.result());

    // Every shortest path has exactly one vertex at distance min(a.depth, total) from `from`.
    const int split = std::min(a.depth, total);
    std::vector<NodeId> middle;
    for (NodeId node = 0; node < n; ++node)
        if (a.distance[node] == split && b.distance[node] == total - split) middle.push_back(node);

    std::vector<GraphPath> paths;
    bool capped = false;
    for (NodeId node : middle) {
        if (capped) break;
        GraphPath toFrom = makePath({node});
        bool stopA = false;
        walksToStart(
            graph, options.filter, a, node, toFrom, options.maxPaths,
            [&](const GraphPath& back) {
                GraphPath toTo = makePath({node});
                bool stopB = false;
                walksToStart(
                    graph, options.filter, b, node, toTo, options.maxPaths,
                    [&](const GraphPath& forward) {
                        if (paths.size() >= options.maxPaths) {
                            capped = true;
                            return false;
                        }
                        GraphPath path;
                        path.nodes.assign(back.nodes.rbegin(), back.nodes.rend());
                        path.edges.assign(back.edges.rbegin(), back.edges.rend());
                        path.nodes.insert(path.nodes.end(), forward.nodes.begin() + 1, forward.nodes.end());
                        path.edges.insert(path.edges.end(), forward.edges.begin(), forward.edges.end());
                        path.steps = static_cast<int>(path.edges.size());
                        paths.push_back(std::move(path));
                        return true;
                    },
                    stopB);
                return !capped;
            },
            stopA);
    }
    auto ids = [&](const GraphPath& path) {
        std::vector<std::string_view> out;
        for (NodeId node : path.nodes)
            out.push_back(graph.node(node).id);
        return out;
    };
    std::sort(paths.begin(), paths.end(),
              [&](const GraphPath& x, const GraphPath& y) { return ids(x) < ids(y); });
    for (GraphPath& path : paths)
        builder.addPath(std::move(path));
    Subgraph result = std::move(builder.result());
    result.capped = capped;
    return result;
}

Components connectedComponents(const EntityGraph& graph, const EdgeFilter& filter) {
    const BoostGraph& g = graph.boostGraph();
    auto keep = [&](const BoostGraph::edge_descriptor& edge) { return filter.allows(graph.edge(g[edge])); };
    const boost::filtered_graph<BoostGraph, std::function<bool(const BoostGraph::edge_descriptor&)>> filtered(
        g, keep);
    Components result;
    result.componentOf.resize(graph.nodes().size());
    const int count =
        graph.nodes().empty() ? 0 : boost::connected_components(filtered, result.componentOf.data());
    result.sizes.assign(static_cast<std::size_t>(count), 0);
    for (std::uint32_t component : result.componentOf)
        ++result.sizes[component];
    return result;
}

} // namespace lj::graph
