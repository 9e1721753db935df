#pragma once
// Positions for a displayed subgraph; the GUI (or an exporter) draws them. Force-directed
// (Boost's Fruchterman–Reingold with grid force pairs) from a degree-ordered spiral, or
// Kamada–Kawai for small connected graphs. The same graph and seed give the same positions;
// no position is NaN and no two vertices share a point.
#include "graph/entity_graph.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace lj::graph {

enum class LayoutMethod { FruchtermanReingold, KamadaKawai, None };

std::string_view layoutMethodName(LayoutMethod method); // "fr", "kk", "none"

struct Point {
    double x = 0, y = 0;
};

struct LayoutOptions {
    int iterations = 100;
    std::size_t kamadaKawaiMax = 150; // larger (or disconnected) graphs get Fruchterman–Reingold
};

struct Layout {
    std::vector<Point> positions;             // per vertex of the graph laid out
    LayoutMethod method = LayoutMethod::None; // what was used (KK may fall back to FR)
};

// `None` gives the initial placement alone. Coordinates are centred on 0, about 30 units per
// vertex of spacing.
Layout layoutGraph(const BoostGraph& graph, LayoutMethod method, std::uint64_t seed,
                   const LayoutOptions& options = {});

} // namespace lj::graph
