#pragma once
// The relationship graph drawn: one item per entity and relation of a laid-out GraphView, the
// conflict path highlighted, nodes hidden or pinned by the user. Positions come from the core's
// layout (graph/graph_layout.h); pinned nodes keep theirs through a re-layout.
#include "graph/graph_view.h"
#include "graph_items.h"

#include <QGraphicsScene>
#include <QHash>
#include <memory>
#include <set>

namespace lj::gui {

class GraphScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit GraphScene(QObject* parent = nullptr);

    // Replaces the picture. Nodes pinned in the previous picture keep their places.
    void showView(const graph::GraphView& view, graph::NodeId centre);
    const graph::GraphView& view() const { return m_view; }

    void highlightPath(int pathIndex); // -1: none
    int highlightedPath() const { return m_highlighted; }
    void hideNode(graph::NodeId node);
    const std::set<graph::NodeId>& hiddenNodes() const { return m_hidden; }
    void clearHidden() { m_hidden.clear(); }
    GraphNodeItem* nodeItem(graph::NodeId node) const { return m_nodes.value(node, nullptr); }
    std::size_t visibleNodeCount() const;

private:
    graph::GraphView m_view;
    QHash<graph::NodeId, GraphNodeItem*> m_nodes;
    std::vector<GraphEdgeItem*> m_edges;
    QHash<graph::NodeId, QPointF> m_pins;
    std::set<graph::NodeId> m_hidden;
    int m_highlighted = -1;
};

} // namespace lj::gui
