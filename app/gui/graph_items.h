#pragma once
// The marks of the relationship graph: an entity (shape and colour by type, name below, a pin
// when the user has placed it) and a relation (a line with its label, drawn when zoomed in enough
// to read). Edges follow their nodes when a node is dragged.
#include "graph/entity_graph.h"

#include <QGraphicsItem>
#include <vector>

namespace lj::gui {

class GraphEdgeItem;

class GraphNodeItem : public QGraphicsItem {
public:
    GraphNodeItem(graph::NodeId node, graph::NodeType type, QString label);

    graph::NodeId node() const { return m_node; }
    void addEdge(GraphEdgeItem* edge) { m_edges.push_back(edge); }
    void removeEdge(GraphEdgeItem* edge) { std::erase(m_edges, edge); }
    const std::vector<GraphEdgeItem*>& edges() const { return m_edges; }
    bool pinned() const { return m_pinned; }
    void setPinned(bool pinned);
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    void setCentre(bool centre);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    QPainterPath makeOutline() const; // the shape of its type, bigger for the centre

    graph::NodeId m_node;
    graph::NodeType m_type;
    QString m_label;
    QPainterPath m_outline; // built once: painting thousands of nodes should not build paths
    QString m_shownLabel;   // elided once: measuring text on every paint slows a big picture down
    std::vector<GraphEdgeItem*> m_edges;
    bool m_pinned = false, m_highlighted = false, m_centre = false, m_dragged = false;
};

class GraphEdgeItem : public QGraphicsItem {
public:
    GraphEdgeItem(graph::EdgeId edge, GraphNodeItem* source, GraphNodeItem* target, QString label);

    graph::EdgeId edge() const { return m_edge; }
    GraphNodeItem* source() const { return m_source; }
    GraphNodeItem* target() const { return m_target; }
    void setHighlighted(bool highlighted);
    void setDashed(bool dashed) { m_dashed = dashed; }
    void adjust(); // after a node moved

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    graph::EdgeId m_edge;
    GraphNodeItem* m_source;
    GraphNodeItem* m_target;
    QString m_label;
    QSizeF m_labelSize; // measured once, for the same reason
    QLineF m_line;
    bool m_highlighted = false, m_dashed = false;
};

// Item data keys, so that a click can tell what was hit.
enum GraphItemKey { GraphNodeKey = 0x4701, GraphEdgeKey };

} // namespace lj::gui
