#include "relation_diagram.h"

#include "case_text.h"
#include "chart_painting.h"

#include <QtMath>
#include <algorithm>
#include <map>

namespace lj::casefile {

namespace {

const QColor kPath(0xb7, 0x1c, 0x1c);
const QColor kEdge(0xa8, 0xa8, 0xa8);
constexpr double kRingStep = 0.14; // radius lost per inner ring

QColor kindColor(const DiagramNode& node) {
    if (node.asset) return {0xd9, 0x8e, 0x1f};
    switch (node.kind) {
    case PartyKind::Person:
        return {0x2f, 0x5f, 0x9e};
    case PartyKind::Firm:
        return {0x2e, 0x8b, 0x4f};
    case PartyKind::Account:
        return {0x6b, 0x6b, 0x6b};
    case PartyKind::Org:
        return {0x7a, 0x4e, 0xa8};
    case PartyKind::Project:
        return {0x16, 0x8f, 0x93};
    case PartyKind::Other:
        break;
    }
    return {0x88, 0x88, 0x88};
}

void drawShape(QPainter& painter, const DiagramNode& node, QPointF c, double r) {
    painter.setBrush(kindColor(node));
    painter.setPen(node.onPath ? QPen(kPath, 2.2) : QPen(Qt::white, 1));
    if (node.asset) {
        const QPointF points[4] = {
            {c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
        painter.drawPolygon(points, 4);
        return;
    }
    switch (node.kind) {
    case PartyKind::Person:
        painter.drawEllipse(c, r, r);
        break;
    case PartyKind::Firm:
        painter.drawRoundedRect(QRectF(c.x() - r * 1.3, c.y() - r * 0.8, r * 2.6, r * 1.6), 3, 3);
        break;
    case PartyKind::Org: {
        QPolygonF hexagon;
        for (int i = 0; i < 6; ++i)
            hexagon << QPointF(c.x() + r * qCos(M_PI / 3 * i), c.y() + r * qSin(M_PI / 3 * i));
        painter.drawPolygon(hexagon);
        break;
    }
    default:
        painter.drawRect(QRectF(c.x() - r * 0.75, c.y() - r, r * 1.5, r * 2));
    }
}

void ringLayout(const RelationDiagram& diagram, int width, int height, std::vector<QPointF>& at) {
    const std::size_t count = diagram.nodes.size();
    // Path nodes across the middle; the others on an ellipse, ordered by the angle of a placed
    // neighbour so that each sits near what it is linked to.
    std::vector<bool> placed(count, false);
    const QPointF centre(width / 2.0, height / 2.0 - 10);
    std::vector<std::size_t> path, others;
    for (std::size_t i = 0; i < count; ++i)
        (diagram.nodes[i].onPath ? path : others).push_back(i);
    const std::size_t ringCount = std::max<std::size_t>(1, (count - path.size() + 119) / 120);
    const double innermost = width * 0.44 * (1.0 - kRingStep * static_cast<double>(ringCount - 1));
    for (std::size_t k = 0; k < path.size(); ++k) {
        const double span = std::min(width * (path.size() > 4 ? 0.72 : 0.56), 2 * innermost - 90);
        const double x = path.size() == 1 ? centre.x() : centre.x() - span / 2 + span * k / (path.size() - 1);
        at[path[k]] = QPointF(x, centre.y());
        placed[path[k]] = true;
    }
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t i : others) {
        double angle = 10.0 + static_cast<double>(i) * 1e-3; // unconnected ones last
        for (const DiagramEdge& edge : diagram.edges) {
            const std::size_t other = edge.from == i ? edge.to : edge.to == i ? edge.from : count;
            if (other < count && placed[other]) {
                const QPointF d = at[other] - centre;
                angle = std::atan2(d.y() - 1, d.x());
                break;
            }
        }
        order.emplace_back(angle, i);
    }
    std::sort(order.begin(), order.end());
    // Crowded graphs get concentric rings (at most ~120 nodes on each) so that nodes stay apart.
    const std::size_t rings = std::max<std::size_t>(1, (order.size() + 119) / 120);
    const double rx = width * 0.44, ry = height * 0.40;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const double angle = -M_PI + 2 * M_PI * (k + 0.5) / order.size();
        const double shrink = 1.0 - kRingStep * static_cast<double>(k % rings);
        at[order[k].second] = centre + QPointF(rx * shrink * std::cos(angle), ry * shrink * std::sin(angle));
    }
}

} // namespace

RelationDiagram diagramOf(const CaseFileContent& content) {
    RelationDiagram diagram;
    std::map<std::string, std::size_t> index;
    const auto add = [&](const std::string& id, bool onPath) {
        if (const auto it = index.find(id); it != index.end()) {
            diagram.nodes[it->second].onPath = diagram.nodes[it->second].onPath || onPath;
            return it->second;
        }
        DiagramNode node;
        node.id = id;
        node.onPath = onPath;
        node.label = qs(content.data ? content.data->nameOf(id) : id);
        node.asset = content.data && content.data->assets.count(id);
        for (const CaseParty& party : content.parties)
            if (party.id == id) {
                node.kind = party.kind;
                node.label = qs(party.name);
            }
        index.emplace(id, diagram.nodes.size());
        diagram.nodes.push_back(std::move(node));
        return diagram.nodes.size() - 1;
    };
    for (const RuleFinding& finding : content.findings)
        for (const std::string& id : finding.path)
            add(id, true);
    for (const CaseParty& party : content.parties)
        add(party.id, party.onPath);
    for (const CaseRelation& relation : content.relations)
        diagram.edges.push_back(
            {add(relation.from, false), add(relation.to, false), qs(relation.label), relation.onPath});
    return diagram;
}

QImage renderRelationDiagram(const RelationDiagram& diagram, int width, double scale,
                             const std::vector<QPointF>& layout) {
    const std::size_t count = diagram.nodes.size();
    const bool crowded = count > 40;
    const int height = count > 60 ? 640 : count > 16 ? 500 : 360;
    QImage image = blankCanvas(width, height, scale);
    QPainter painter(&image);
    prepare(painter, scale);

    std::vector<QPointF> at(count);
    if (layout.size() == count) {
        const QRectF area(70, 24, width - 140, height - 24 - 64); // room for labels and the legend
        for (std::size_t i = 0; i < count; ++i)
            at[i] = QPointF(area.left() + layout[i].x() * area.width(),
                            area.top() + layout[i].y() * area.height());
    } else {
        ringLayout(diagram, width, height, at);
    }

    // Edges under nodes; the path's last, on top.
    painter.setFont(chartFont(crowded ? 6 : 7.5));
    for (int pass = 0; pass < 2; ++pass)
        for (const DiagramEdge& edge : diagram.edges) {
            if (edge.onPath != (pass == 1)) continue;
            painter.setPen(edge.onPath ? QPen(kPath, 2.6) : QPen(kEdge, crowded ? 0.5 : 1));
            painter.drawLine(at[edge.from], at[edge.to]);
            if (!edge.label.isEmpty() && (edge.onPath || !crowded)) {
                const QPointF mid = (at[edge.from] + at[edge.to]) / 2;
                const QFontMetricsF metrics(painter.font());
                const QRectF box(mid.x() - metrics.horizontalAdvance(edge.label) / 2 - 3, mid.y() - 8,
                                 metrics.horizontalAdvance(edge.label) + 6, 15);
                painter.fillRect(box, QColor(255, 255, 255, 220));
                painter.setPen(edge.onPath ? kPath : QColor(0x55, 0x55, 0x55));
                painter.drawText(box, Qt::AlignCenter, edge.label);
            }
        }
    for (std::size_t i = 0; i < count; ++i) {
        const DiagramNode& node = diagram.nodes[i];
        const double r = node.onPath ? 13 : crowded ? 5 : 9;
        drawShape(painter, node, at[i], r);
        if (crowded && !node.onPath) continue;
        painter.setFont(chartFont(node.onPath ? 9 : 7.5, node.onPath));
        painter.setPen(node.onPath ? kPath.darker(120) : QColor(0x22, 0x22, 0x22));
        const QFontMetricsF metrics(painter.font());
        const QString label = metrics.elidedText(node.label, Qt::ElideRight, 150);
        const double w = metrics.horizontalAdvance(label);
        const QPointF baseline(at[i].x() - w / 2, at[i].y() + r + metrics.ascent() + 2);
        if (node.onPath) // the path's names stay legible over crowded rings
            painter.fillRect(
                QRectF(baseline.x() - 2, baseline.y() - metrics.ascent() - 1, w + 4, metrics.height() + 2),
                QColor(255, 255, 255, 230));
        painter.drawText(baseline, label);
    }

    // Legend.
    painter.setFont(chartFont(7.5));
    double x = 10;
    const double y = height - 16;
    const auto legend = [&](const DiagramNode& node, const QString& text) {
        drawShape(painter, node, QPointF(x + 6, y), 6);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QPointF(x + 16, y + 4), text);
        x += 30 + QFontMetricsF(painter.font()).horizontalAdvance(text);
    };
    legend({{}, {}, PartyKind::Person, false, false}, CaseFileText::partyKind(PartyKind::Person));
    legend({{}, {}, PartyKind::Firm, false, false}, CaseFileText::partyKind(PartyKind::Firm));
    legend({{}, {}, PartyKind::Account, false, false}, CaseFileText::partyKind(PartyKind::Account));
    legend({{}, {}, PartyKind::Org, false, false}, CaseFileText::partyKind(PartyKind::Org));
    legend({{}, {}, PartyKind::Other, true, false}, CaseFileText::tr("asset"));
    painter.setPen(QPen(kPath, 2.6));
    painter.drawLine(QPointF(x, y), QPointF(x + 22, y));
    painter.setPen(kPath);
    painter.drawText(QPointF(x + 28, y + 4), CaseFileText::tr("conflict path"));
    return image;
}

} // namespace lj::casefile
