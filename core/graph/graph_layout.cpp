#include "graph/graph_layout.h"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
// GCC 12 sees uninitialised members in Boost's own iterators once KK's distance matrix code is
// inlined here (-Wmaybe-uninitialized false positives inside /usr/include/boost).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#pragma GCC diagnostic pop
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>
#include <cmath>
#include <numbers>
#include <random>
#include <set>

namespace lj::graph {

namespace {

// Boost's grid force pairs bucket vertices over [-extent/2, extent/2] while square_topology::bound
// clamps to [-extent, extent]; a vertex pushed past the grid would get a negative bucket index.
// Bounding to the grid's square keeps both in step.
struct Topology : boost::square_topology<boost::minstd_rand> {
    Topology(boost::minstd_rand& generator, double extent)
        : boost::square_topology<boost::minstd_rand>(generator, extent)
        , half(extent / 2) {}
    point_type bound(point_type a) const {
        for (std::size_t i = 0; i < 2; ++i)
            a[i] = std::clamp(a[i], -half, half);
        return a;
    }
    double half;
};
using TopologyPoint = Topology::point_type;

// A position map that refuses non-finite values: Boost's FR divides by a vertex's displacement,
// which is 0 for a vertex with no force on it (an isolated vertex in an empty grid cell).
struct SafePositions {
    using key_type = std::size_t;
    using value_type = TopologyPoint;
    using reference = TopologyPoint&;
    using category = boost::read_write_property_map_tag;
    std::vector<TopologyPoint>* points;
};
TopologyPoint get(const SafePositions& map, std::size_t v) {
    return (*map.points)[v];
}
void put(const SafePositions& map, std::size_t v, const TopologyPoint& point) {
    if (std::isfinite(point[0]) && std::isfinite(point[1])) (*map.points)[v] = point;
}

// Boost 1.74 sizes the grid cells as 2·k·extent (k = extent/√n, FR's ideal edge length), i.e. 2k
// only for an extent of 1: on a larger square every vertex lands in one cell and the "grid" force
// pairs become all pairs. So the layout runs on the unit square and is scaled up afterwards.
constexpr double kExtent = 1.0;

double displayScale(std::size_t n) {
    return 30.0 * std::sqrt(static_cast<double>(n)) + 50.0;
}

// High-degree vertices near the centre, on a golden-angle spiral (no two at one point), turned
// and slightly jittered by the seed.
std::vector<TopologyPoint> initialPlacement(const BoostGraph& graph, std::uint64_t seed, double extent) {
    const std::size_t n = boost::num_vertices(graph);
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return boost::out_degree(a, graph) > boost::out_degree(b, graph);
    });
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double turn = 2 * std::numbers::pi * unit(random);
    const double golden = std::numbers::pi * (3.0 - std::sqrt(5.0));
    const double spacing = 0.45 * extent / std::sqrt(static_cast<double>(n) + 1.0);
    std::vector<TopologyPoint> points(n);
    for (std::size_t rank = 0; rank < n; ++rank) {
        const double radius = spacing * std::sqrt(static_cast<double>(rank) + 0.5);
        const double angle = turn + golden * static_cast<double>(rank) + 0.01 * unit(random);
        TopologyPoint& point = points[order[rank]];
        point[0] = radius * std::cos(angle);
        point[1] = radius * std::sin(angle);
    }
    return points;
}

bool connected(const BoostGraph& graph) {
    std::vector<int> component(boost::num_vertices(graph));
    return boost::connected_components(graph, component.data()) <= 1;
}

// Kamada–Kawai stops when the energy settles or after a bounded number of moves.
struct BoundedTolerance {
    boost::layout_tolerance<double> tolerance{0.01};
    std::size_t left;
    bool operator()(double delta, std::size_t vertex, const BoostGraph& graph, bool global) {
        return left-- == 0 || tolerance(delta, vertex, graph, global);
    }
};

// Separates any vertices that ended on one point (and replaces any non-finite coordinate).
void separate(std::vector<TopologyPoint>& points, const std::vector<TopologyPoint>& fallback) {
    std::set<std::pair<double, double>> taken;
    for (std::size_t v = 0; v < points.size(); ++v) {
        TopologyPoint& point = points[v];
        if (!std::isfinite(point[0]) || !std::isfinite(point[1])) point = fallback[v];
        for (int attempt = 1; !taken.insert({point[0], point[1]}).second; ++attempt) {
            point[0] += 0.5 * std::cos(attempt);
            point[1] += 0.5 * std::sin(attempt);
        }
    }
}

} // namespace

std::string_view layoutMethodName(LayoutMethod method) {
    switch (method) {
    case LayoutMethod::FruchtermanReingold:
        return "fr";
    case LayoutMethod::KamadaKawai:
        return "kk";
    case LayoutMethod::None:
        break;
    }
    return "none";
}

Layout layoutGraph(const BoostGraph& graph, LayoutMethod method, std::uint64_t seed,
                   const LayoutOptions& options) {
    const std::size_t n = boost::num_vertices(graph);
    const double extent = kExtent;
    std::vector<TopologyPoint> initial = initialPlacement(graph, seed, extent);
    std::vector<TopologyPoint> points = initial;
    boost::minstd_rand generator(static_cast<std::uint32_t>(seed % 2147483646u) + 1u); // Boost's jitter
    Topology topology(generator, extent);

    if (method == LayoutMethod::KamadaKawai && (n > options.kamadaKawaiMax || n < 2 || !connected(graph)))
        method = LayoutMethod::FruchtermanReingold;
    if (method == LayoutMethod::KamadaKawai) {
        const auto unitWeight = boost::make_constant_property<BoostGraph::edge_descriptor>(1.0);
        boost::kamada_kawai_spring_layout(
            graph, boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, graph)),
            unitWeight, topology, boost::edge_length(extent / std::sqrt(static_cast<double>(n))),
            BoundedTolerance{{0.01}, 200 * n * n});
    } else if (method == LayoutMethod::FruchtermanReingold && n > 1) {
        const SafePositions positions{&points};
        boost::fruchterman_reingold_force_directed_layout(
            graph, positions, topology,
            boost::force_pairs(boost::make_grid_force_pairs(topology, positions, graph))
                .cooling(boost::linear_cooling<double>(
                    static_cast<std::size_t>(std::max(options.iterations, 1)), extent / 10.0)));
    }
    const double scale = displayScale(n);
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t i = 0; i < 2; ++i) {
            points[v][i] *= scale;
            initial[v][i] *= scale;
        }
    separate(points, initial);
    Layout layout;
    layout.method = method;
    layout.positions.reserve(n);
    for (const TopologyPoint& point : points)
        layout.positions.push_back({point[0], point[1]});
    return layout;
}

} // namespace lj::graph
