// Graphviz DOT: one undirected graph (so that any engine — dot, neato, sfdp — takes it), vertices
// shaped by type, edges labelled by type; with a layout, positions pinned as "x,y!" in points.
#include "graph/graph_export.h"

#include <sstream>

namespace lj::graph {

namespace {

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n' || c == '\r') {
            out += ' ';
            continue;
        }
        out += c;
    }
    return out + '"';
}

const char* shapeOf(NodeType type) {
    switch (type) {
    case NodeType::Person:
        return "ellipse";
    case NodeType::Firm:
        return "box";
    case NodeType::Account:
        return "note";
    case NodeType::Collective:
        return "house";
    case NodeType::Organisation:
        return "tab";
    case NodeType::Unknown:
        break;
    }
    return "plaintext";
}

} // namespace

std::string toDot(const GraphView& view, bool withPositions) {
    const EntityGraph& graph = *view.graph;
    std::ostringstream out;
    out << "graph lianjian {\n  graph [overlap=false, outputorder=edgesfirst];\n"
        << "  node [fontname=\"Noto Sans CJK SC\", fontsize=10];\n  edge [fontsize=8];\n";
    const bool positions = withPositions && !view.positions.empty();
    for (std::size_t i = 0; i < view.subgraph.nodes.size(); ++i) {
        const GraphNode& node = graph.node(view.subgraph.nodes[i]);
        out << "  " << quoted(node.id) << " [label=" << quoted(node.label) << ", shape=" << shapeOf(node.type)
            << ", type=" << nodeTypeName(node.type);
        if (positions)
            out << ", pos="
                << quoted(formatNumber(view.positions[i].x) + "," + formatNumber(view.positions[i].y) + "!");
        out << "];\n";
    }
    for (EdgeId id : view.subgraph.edges) {
        const GraphEdge& edge = graph.edge(id);
        std::string label(edgeTypeName(edge.type));
        if (!edge.detail.empty()) label += ": " + edge.detail;
        out << "  " << quoted(graph.node(edge.source).id) << " -- " << quoted(graph.node(edge.target).id)
            << " [label=" << quoted(label) << ", type=" << edgeTypeName(edge.type) << "];\n";
    }
    out << "}\n";
    return out.str();
}

} // namespace lj::graph
