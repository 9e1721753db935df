#pragma once
// Export formats for a GraphView: GraphML (Gephi, yEd), Graphviz DOT, the CLI's JSON, and
// followthemoney entity JSON lines (for Aleph). All deterministic for one view.
#include "graph/graph_view.h"

#include "json/json.h"
#include <string>

namespace lj::graph {

// {"nodes":[{"id","type","label","x","y","degree","betweenness",…}],"edges":[{"source","target",
// "type","txs",…}],"paths":[{"nodes":[ids],"edges":[…],…}],"capped":bool,…} — see docs/graph.md.
json::Value toJson(const GraphView& view);
std::string toGraphml(const GraphView& view);
// Positions (when laid out) as pinned "pos" attributes in points; `withPositions` false leaves them out.
std::string toDot(const GraphView& view, bool withPositions = true);
// One followthemoney entity per line: the vertices, then what each edge states.
std::string toFtm(const GraphView& view);

// Shared by the writers.
std::string formatNumber(double value); // shortest round-trip text, finite values only
std::vector<std::string> edgeTxIds(const EntityGraph& graph, const GraphEdge& edge);

} // namespace lj::graph
