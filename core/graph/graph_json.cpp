#include "graph/graph_export.h"

#include <charconv>

namespace lj::graph {

std::string formatNumber(double value) {
    if (value == 0) return "0"; // also turns -0 into 0
    char text[32];
    const auto [end, error] = std::to_chars(text, text + sizeof text, value);
    return error == std::errc() ? std::string(text, end) : "0";
}

std::vector<std::string> edgeTxIds(const EntityGraph& graph, const GraphEdge& edge) {
    std::vector<std::string> ids;
    ids.reserve(edge.refs.size());
    for (TxRefId ref : edge.refs)
        ids.push_back(graph.data().txId(ref));
    return ids;
}

namespace {

json::Value strings(const std::vector<std::string>& values) {
    json::Value array = json::Value::array();
    for (const std::string& value : values)
        array.push(json::Value::string(value));
    return array;
}

json::Value number(double value) {
    return json::Value::number(formatNumber(value));
}

json::Value edgeJson(const EntityGraph& graph, EdgeId id) {
    const GraphEdge& edge = graph.edge(id);
    json::Value out = json::Value::object();
    out.set("source", json::Value::string(graph.node(edge.source).id));
    out.set("target", json::Value::string(graph.node(edge.target).id));
    out.set("type", json::Value::string(std::string(edgeTypeName(edge.type))));
    out.set("txs", strings(edgeTxIds(graph, edge)));
    if (!edge.detail.empty()) out.set("detail", json::Value::string(edge.detail));
    if (edge.type == EdgeType::Shareholding) out.set("share_bp", json::Value::number(edge.shareBp));
    if (edge.amountFen) out.set("amount_fen", json::Value::number(edge.amountFen));
    if (edge.from) out.set("from", json::Value::string(edge.from->toString()));
    if (edge.to) out.set("to", json::Value::string(edge.to->toString()));
    if (!edge.subjects.empty()) out.set("subjects", strings(edge.subjects));
    return out;
}

json::Value pathJson(const EntityGraph& graph, const GraphPath& path) {
    json::Value nodes = json::Value::array(), edges = json::Value::array();
    for (NodeId node : path.nodes)
        nodes.push(json::Value::string(graph.node(node).id));
    for (EdgeId edge : path.edges)
        edges.push(edgeJson(graph, edge));
    json::Value out = json::Value::object();
    out.set("nodes", std::move(nodes));
    out.set("edges", std::move(edges));
    out.set("steps", json::Value::number(static_cast<std::int64_t>(path.steps)));
    if (!path.rule.empty()) {
        out.set("rule", json::Value::string(path.rule));
        out.set("subject", json::Value::string(path.subject));
        out.set("org", json::Value::string(graph.node(path.org).id));
        if (path.date) out.set("date", json::Value::string(path.date->toString()));
    }
    return out;
}

} // namespace

json::Value toJson(const GraphView& view) {
    const EntityGraph& graph = *view.graph;
    const Subgraph& subgraph = view.subgraph;
    json::Value nodes = json::Value::array();
    for (std::size_t i = 0; i < subgraph.nodes.size(); ++i) {
        const GraphNode& node = graph.node(subgraph.nodes[i]);
        json::Value out = json::Value::object();
        out.set("id", json::Value::string(node.id));
        out.set("type", json::Value::string(std::string(nodeTypeName(node.type))));
        out.set("label", json::Value::string(node.label));
        if (!view.positions.empty()) {
            out.set("x", number(view.positions[i].x));
            out.set("y", number(view.positions[i].y));
        }
        out.set("degree", number(view.degree[i]));
        out.set("betweenness", number(view.betweenness[i]));
        out.set("graph_degree",
                json::Value::number(static_cast<std::int64_t>(graph.degree(subgraph.nodes[i]))));
        if (node.identity != node.id) out.set("identity", json::Value::string(node.identity));
        nodes.push(std::move(out));
    }
    json::Value edges = json::Value::array(), paths = json::Value::array(), capped = json::Value::array();
    for (EdgeId edge : subgraph.edges)
        edges.push(edgeJson(graph, edge));
    for (const GraphPath& path : subgraph.paths)
        paths.push(pathJson(graph, path));
    for (NodeId node : subgraph.cappedNodes)
        capped.push(json::Value::string(graph.node(node).id));

    json::Value out = json::Value::object();
    out.set("as_of", json::Value::string(graph.asOf().toString()));
    out.set("layout", json::Value::string(std::string(layoutMethodName(view.layout))));
    out.set("nodes", std::move(nodes));
    out.set("edges", std::move(edges));
    out.set("paths", std::move(paths));
    out.set("capped", json::Value::boolean(subgraph.capped));
    out.set("capped_nodes", std::move(capped));
    return out;
}

} // namespace lj::graph
