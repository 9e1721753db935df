#pragma once
// The human-readable form of a `lianjian-cli graph` result (translated through CliText).
#include "graph/graph_view.h"

#include <ostream>

namespace lj::cli {

enum class GraphQuery { Ego, Path, Conflicts };

void printGraphView(GraphQuery query, const graph::GraphView& view, std::ostream& out);

} // namespace lj::cli
