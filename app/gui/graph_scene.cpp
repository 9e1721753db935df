#include "graph_scene.h"

#include "format.h"
#include "graph_text.h"

namespace lj::gui {

namespace {

constexpr qreal kScale = 2.2; // layout units → scene pixels: room for the labels

} // namespace

GraphScene::GraphScene(QObject* parent)
    : QGraphicsScene(parent) {
    // A BSP index: a zoomed-in view of a big picture then looks at the few items it shows, not at
    // every item; a drag moves only one node and its relations in the index.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void GraphScene::showView(const graph::GraphView& view, graph::NodeId centre) {
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (it.value()->pinned()) m_pins.insert(it.key(), it.value()->pos());
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_highlighted = -1;
    m_view = view;
    if (!view.graph) return;
    const graph::EntityGraph& graph = *view.graph;
    const auto& nodes = view.subgraph.nodes;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const graph::NodeId id = nodes[i];
        if (m_hidden.count(id)) continue;
        const graph::GraphNode& node = graph.node(id);
        auto* item = new GraphNodeItem(id, node.type, q(node.label));
        const QPointF laidOut = i < view.positions.size()
                                    ? QPointF(view.positions[i].x * kScale, view.positions[i].y * kScale)
                                    : QPointF(0, 0);
        const auto pin = m_pins.constFind(id);
        item->setPos(pin != m_pins.cend() ? *pin : laidOut);
        item->setPinned(pin != m_pins.cend());
        item->setCentre(id == centre);
        addItem(item);
        m_nodes.insert(id, item);
    }
    for (const graph::EdgeId id : view.subgraph.edges) {
        const graph::GraphEdge& edge = graph.edge(id);
        GraphNodeItem* source = m_nodes.value(edge.source, nullptr);
        GraphNodeItem* target = m_nodes.value(edge.target, nullptr);
        if (!source || !target) continue;
        auto* item = new GraphEdgeItem(id, source, target, edgeLabel(edge));
        item->setDashed(edge.type == graph::EdgeType::SamePerson || edge.type == graph::EdgeType::Shares);
        addItem(item);
        m_edges.push_back(item);
    }
    setSceneRect(itemsBoundingRect().adjusted(-80, -80, 80, 80));
    if (!view.subgraph.paths.empty()) highlightPath(0);
}

void GraphScene::highlightPath(int pathIndex) {
    const auto& paths = m_view.subgraph.paths;
    m_highlighted = pathIndex >= 0 && pathIndex < static_cast<int>(paths.size()) ? pathIndex : -1;
    std::set<graph::NodeId> nodes;
    std::set<graph::EdgeId> edges;
    if (m_highlighted >= 0) {
        const graph::GraphPath& path = paths[static_cast<std::size_t>(m_highlighted)];
        nodes.insert(path.nodes.begin(), path.nodes.end());
        edges.insert(path.edges.begin(), path.edges.end());
    }
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setHighlighted(nodes.count(it.key()) > 0);
    for (GraphEdgeItem* edge : m_edges)
        edge->setHighlighted(edges.count(edge->edge()) > 0);
}

void GraphScene::hideNode(graph::NodeId node) {
    GraphNodeItem* item = m_nodes.value(node, nullptr);
    if (!item) return;
    m_hidden.insert(node);
    const std::vector<GraphEdgeItem*> incident = item->edges();
    for (GraphEdgeItem* edge : incident) {
        GraphNodeItem* other = edge->source() == item ? edge->target() : edge->source();
        other->removeEdge(edge);
        std::erase(m_edges, edge);
        removeItem(edge);
        delete edge;
    }
    m_nodes.remove(node);
    removeItem(item);
    delete item;
}

std::size_t GraphScene::visibleNodeCount() const {
    return static_cast<std::size_t>(m_nodes.size());
}

} // namespace lj::gui
