#include "graph_output.h"

#include "cli_text.h"
#include "graph/entity_graph.h"

#include <algorithm>
#include <cstdio>

namespace lj::cli {

namespace {

using namespace lj::graph;

std::string entity(const EntityGraph& graph, NodeId node) {
    const GraphNode& n = graph.node(node);
    return n.label == n.id ? n.id : n.id + " " + n.label;
}

std::string link(const GraphEdge& edge) {
    std::string text(edgeTypeName(edge.type));
    if (!edge.detail.empty()) text += ":" + edge.detail;
    return text;
}

// "A —kinship:sibling— B —legal_rep— C"
std::string walk(const EntityGraph& graph, const GraphPath& path) {
    std::string text = entity(graph, path.nodes.front());
    for (std::size_t i = 0; i < path.edges.size(); ++i)
        text += " —" + link(graph.edge(path.edges[i])) + "— " + entity(graph, path.nodes[i + 1]);
    return text;
}

std::string fixed(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

void printRanking(const GraphView& view, std::ostream& out) {
    const EntityGraph& graph = *view.graph;
    std::vector<std::size_t> order(view.subgraph.nodes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return view.betweenness[a] > view.betweenness[b] ||
               (view.betweenness[a] == view.betweenness[b] && view.degree[a] > view.degree[b]);
    });
    out << u8(CliText::tr("most central entities (betweenness, degree):")) << '\n';
    for (std::size_t i = 0; i < order.size() && i < 10; ++i) {
        const std::size_t at = order[i];
        out << "  " << entity(graph, view.subgraph.nodes[at]) << " ["
            << nodeTypeName(graph.node(view.subgraph.nodes[at]).type) << "]  " << fixed(view.betweenness[at])
            << "  " << static_cast<long long>(view.degree[at]) << '\n';
    }
}

void printEdges(const GraphView& view, std::ostream& out) {
    const EntityGraph& graph = *view.graph;
    out << u8(CliText::tr("relations:")) << '\n';
    for (EdgeId id : view.subgraph.edges) {
        const GraphEdge& edge = graph.edge(id);
        out << "  " << entity(graph, edge.source) << " —" << link(edge) << "→ " << entity(graph, edge.target);
        if (edge.from || edge.to)
            out << "  " << (edge.from ? edge.from->toString() : std::string("…")) << " – "
                << (edge.to ? edge.to->toString() : std::string("…"));
        out << "  " << u8(CliText::tr("%n tx(s)", nullptr, static_cast<int>(edge.refs.size()))) << '\n';
    }
}

void printCapped(const GraphView& view, std::ostream& out) {
    if (!view.subgraph.capped) return;
    std::string names;
    for (NodeId node : view.subgraph.cappedNodes)
        names += (names.empty() ? "" : ", ") + entity(*view.graph, node);
    out << u8(CliText::tr("capped: the expansion stopped at a limit; not fully expanded: %1")
                  .arg(q(names.empty() ? std::string("-") : names)))
        << '\n';
}

} // namespace

void printGraphView(GraphQuery query, const GraphView& view, std::ostream& out) {
    const EntityGraph& graph = *view.graph;
    const Subgraph& subgraph = view.subgraph;
    out << u8(CliText::tr("as of %1: %2 entities, %3 relations")
                  .arg(q(graph.asOf().toString()))
                  .arg(subgraph.nodes.size())
                  .arg(subgraph.edges.size()))
        << '\n';
    if (query == GraphQuery::Path) {
        if (subgraph.paths.empty())
            out << u8(CliText::tr("no path between them under these filters")) << '\n';
        for (const GraphPath& path : subgraph.paths)
            out << "  " << u8(CliText::tr("%n step(s):", nullptr, static_cast<int>(path.edges.size()))) << ' '
                << walk(graph, path) << '\n';
    } else if (query == GraphQuery::Conflicts) {
        if (subgraph.paths.empty()) out << u8(CliText::tr("no conflict path")) << '\n';
        for (const GraphPath& path : subgraph.paths)
            out << "  [" << path.rule << "] " << path.subject << "  "
                << (path.date ? path.date->toString() : std::string()) << "  " << entity(graph, path.org)
                << "  " << u8(CliText::tr("%n step(s):", nullptr, path.steps)) << ' ' << walk(graph, path)
                << '\n';
    } else {
        printRanking(view, out);
        printEdges(view, out);
    }
    printCapped(view, out);
}

} // namespace lj::cli
