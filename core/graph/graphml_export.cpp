// GraphML 1.0 with typed attribute keys that Gephi and yEd both read ("label", "x", "y" are the
// names Gephi maps onto its own columns). Ownership and business edges are directed, kinship and
// shared-identity edges not.
#include "graph/graph_export.h"

#include <sstream>

namespace lj::graph {

namespace {

// XML 1.0 text: the five escapes, and no control characters it forbids.
std::string xml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
        }
    }
    return out;
}

struct Key {
    const char* id;
    const char* domain;
    const char* name;
    const char* type;
};
constexpr Key kKeys[] = {
    {"n_type", "node", "type", "string"},
    {"n_label", "node", "label", "string"},
    {"n_x", "node", "x", "double"},
    {"n_y", "node", "y", "double"},
    {"n_degree", "node", "degree", "double"},
    {"n_betweenness", "node", "betweenness", "double"},
    {"e_type", "edge", "type", "string"},
    {"e_detail", "edge", "detail", "string"},
    {"e_from", "edge", "from", "string"},
    {"e_to", "edge", "to", "string"},
    {"e_share_bp", "edge", "share_bp", "long"},
    {"e_amount_fen", "edge", "amount_fen", "long"},
    {"e_subjects", "edge", "subjects", "string"},
    {"e_txs", "edge", "txs", "string"},
};

void data(std::ostringstream& out, const char* key, std::string_view value) {
    out << "      <data key=\"" << key << "\">" << xml(value) << "</data>\n";
}

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& value : values)
        out += (out.empty() ? "" : " ") + value;
    return out;
}

bool undirected(EdgeType type) {
    return type == EdgeType::Kinship || type == EdgeType::SamePerson || type == EdgeType::Shares;
}

} // namespace

std::string toGraphml(const GraphView& view) {
    const EntityGraph& graph = *view.graph;
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& key : kKeys)
        out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
            << "\" attr.type=\"" << key.type << "\"/>\n";
    out << "  <graph id=\"lianjian\" edgedefault=\"directed\">\n";
    for (std::size_t i = 0; i < view.subgraph.nodes.size(); ++i) {
        const GraphNode& node = graph.node(view.subgraph.nodes[i]);
        out << "    <node id=\"" << xml(node.id) << "\">\n";
        data(out, "n_type", nodeTypeName(node.type));
        data(out, "n_label", node.label);
        if (!view.positions.empty()) {
            data(out, "n_x", formatNumber(view.positions[i].x));
            data(out, "n_y", formatNumber(view.positions[i].y));
        }
        data(out, "n_degree", formatNumber(view.degree[i]));
        data(out, "n_betweenness", formatNumber(view.betweenness[i]));
        out << "    </node>\n";
    }
    for (EdgeId id : view.subgraph.edges) {
        const GraphEdge& edge = graph.edge(id);
        out << "    <edge id=\"e" << id << "\" source=\"" << xml(graph.node(edge.source).id) << "\" target=\""
            << xml(graph.node(edge.target).id) << "\"" << (undirected(edge.type) ? " directed=\"false\"" : "")
            << ">\n";
        data(out, "e_type", edgeTypeName(edge.type));
        if (!edge.detail.empty()) data(out, "e_detail", edge.detail);
        if (edge.from) data(out, "e_from", edge.from->toString());
        if (edge.to) data(out, "e_to", edge.to->toString());
        if (edge.type == EdgeType::Shareholding) data(out, "e_share_bp", std::to_string(edge.shareBp));
        if (edge.amountFen) data(out, "e_amount_fen", std::to_string(edge.amountFen));
        if (!edge.subjects.empty()) data(out, "e_subjects", joined(edge.subjects));
        data(out, "e_txs", joined(edgeTxIds(graph, edge)));
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    return out.str();
}

} // namespace lj::graph
