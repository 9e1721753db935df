#include "graph_items.h"

#include "graph_text.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace lj::gui {

namespace {

constexpr qreal kRadius = 11;
constexpr qreal kLabelWidth = 120;
const QColor kHighlight(0xd6, 0x1f, 0x1f);

QFont labelFont() {
    QFont font;
    font.setPointSizeF(8);
    return font;
}

} // namespace

GraphNodeItem::GraphNodeItem(graph::NodeId node, graph::NodeType type, QString label)
    : m_node(node)
    , m_type(type)
    , m_label(std::move(label)) {
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    // No pixmap cache: every zoom step would re-render thousands of them (bench_gui's 2,000-entity
    // frames are faster drawing the shapes directly).
    setCacheMode(NoCache);
    setZValue(2);
    setData(GraphNodeKey, static_cast<qulonglong>(node));
    setToolTip(QStringLiteral("%1 · %2").arg(nodeTypeText(type), m_label));
    m_shownLabel = QFontMetricsF(labelFont()).elidedText(m_label, Qt::ElideRight, kLabelWidth);
    m_outline = makeOutline();
}

void GraphNodeItem::setPinned(bool pinned) {
    m_pinned = pinned;
    update();
}

void GraphNodeItem::setHighlighted(bool highlighted) {
    m_highlighted = highlighted;
    setZValue(highlighted ? 4 : 2);
    update();
}

void GraphNodeItem::setCentre(bool centre) {
    m_centre = centre;
    m_outline = makeOutline();
    update();
}

QPainterPath GraphNodeItem::makeOutline() const {
    QPainterPath path;
    const qreal r = m_centre ? kRadius * 1.35 : kRadius;
    switch (m_type) {
    case graph::NodeType::Person:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case graph::NodeType::Firm:
        path.addRoundedRect(QRectF(-r * 1.2, -r * 0.85, r * 2.4, r * 1.7), 3, 3);
        break;
    case graph::NodeType::Account: {
        QPolygonF diamond({QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)});
        path.addPolygon(diamond);
        path.closeSubpath();
        break;
    }
    case graph::NodeType::Collective: { // a house: the village collective
        QPolygonF house({QPointF(0, -r * 1.1), QPointF(r, -r * 0.2), QPointF(r, r), QPointF(-r, r),
                         QPointF(-r, -r * 0.2)});
        path.addPolygon(house);
        path.closeSubpath();
        break;
    }
    case graph::NodeType::Organisation: {
        QPolygonF hexagon;
        for (int i = 0; i < 6; ++i)
            hexagon << QPointF(r * qCos(M_PI / 3 * i), r * qSin(M_PI / 3 * i));
        path.addPolygon(hexagon);
        path.closeSubpath();
        break;
    }
    case graph::NodeType::Unknown:
        path.addRect(QRectF(-r * 0.8, -r * 0.8, r * 1.6, r * 1.6));
        break;
    }
    return path;
}

QRectF GraphNodeItem::boundingRect() const {
    const qreal r = kRadius * 1.5;
    return QRectF(-kLabelWidth / 2, -r - 2, kLabelWidth, r * 2 + 20);
}

QPainterPath GraphNodeItem::shape() const {
    return m_outline;
}

void GraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, detail >= 0.5); // zoomed out: a few pixels each
    const QColor fill = nodeTypeColor(m_type);
    QPen pen(m_highlighted ? kHighlight : fill.darker(150), m_highlighted || isSelected() ? 2.5 : 1);
    if (isSelected()) pen.setColor(Qt::black);
    painter->setPen(pen);
    painter->setBrush(m_highlighted ? fill.lighter(110) : fill.lighter(125));
    painter->drawPath(m_outline);
    if (m_pinned) { // a small pin at the top right
        painter->setBrush(QColor(0x33, 0x33, 0x33));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(kRadius * 0.9, -kRadius * 0.9), 2.5, 2.5);
    }
    if (detail < 0.35) return;
    painter->setFont(labelFont());
    painter->setPen(m_highlighted ? kHighlight : QColor(0x22, 0x22, 0x22));
    painter->drawText(QRectF(-kLabelWidth / 2, kRadius * 1.4, kLabelWidth, 16),
                      Qt::AlignHCenter | Qt::AlignTop, m_shownLabel);
}

QVariant GraphNodeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionHasChanged) {
        m_dragged = true;
        for (GraphEdgeItem* edge : m_edges)
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

void GraphNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    // A node the user moved stays where it was put through later layouts.
    if (m_dragged && event->buttonDownScenePos(Qt::LeftButton) != event->scenePos()) setPinned(true);
    m_dragged = false;
    QGraphicsItem::mouseReleaseEvent(event);
}

GraphEdgeItem::GraphEdgeItem(graph::EdgeId edge, GraphNodeItem* source, GraphNodeItem* target, QString label)
    : m_edge(edge)
    , m_source(source)
    , m_target(target)
    , m_label(std::move(label)) {
    setFlag(ItemIsSelectable);
    setZValue(1);
    setData(GraphEdgeKey, static_cast<qulonglong>(edge));
    setToolTip(m_label);
    m_labelSize =
        QFontMetricsF(labelFont()).boundingRect(QRectF(0, 0, 140, 40), Qt::AlignCenter, m_label).size();
    source->addEdge(this);
    target->addEdge(this);
    adjust();
}

void GraphEdgeItem::setHighlighted(bool highlighted) {
    m_highlighted = highlighted;
    setZValue(highlighted ? 3 : 1);
    update();
}

void GraphEdgeItem::adjust() {
    prepareGeometryChange();
    m_line = QLineF(m_source->pos(), m_target->pos());
}

QRectF GraphEdgeItem::boundingRect() const {
    const QRectF line = QRectF(m_line.p1(), m_line.p2()).normalized();
    return line.adjusted(-60, -20, 60, 20); // room for the label at the middle
}

QPainterPath GraphEdgeItem::shape() const {
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void GraphEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    // Zoomed out, thousands of hairlines: antialiasing them costs more than it shows.
    painter->setRenderHint(QPainter::Antialiasing, detail >= 0.5 || m_highlighted);
    QPen pen(m_highlighted ? kHighlight : QColor(0x90, 0x98, 0xa0), m_highlighted ? 3 : 1.2);
    if (m_dashed) pen.setStyle(Qt::DashLine);
    if (isSelected()) pen.setColor(Qt::black);
    painter->setPen(pen);
    painter->drawLine(m_line);
    if (detail < 0.7 && !m_highlighted) return;
    painter->setFont(labelFont());
    const QRectF label(m_line.center() - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                       m_labelSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 210));
    painter->drawRect(label.adjusted(-2, 0, 2, 0));
    painter->setPen(m_highlighted ? kHighlight : QColor(0x44, 0x4b, 0x52));
    painter->drawText(label, Qt::AlignCenter, m_label);
}

} // namespace lj::gui
