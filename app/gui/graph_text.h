#pragma once
// The relationship graph's vocabulary for people: entity and relation types in words, and the
// short label an edge carries in the picture (relation, share, amount, date).
#include "graph/entity_graph.h"

#include <QColor>
#include <QString>

namespace lj::gui {

QString nodeTypeText(graph::NodeType type);
QString edgeTypeText(graph::EdgeType type);
QColor nodeTypeColor(graph::NodeType type);
// A role or relation code of sle-v1 §4 (role.assign, relation.declare) in words; unknown codes as they are.
QString roleOrRelationText(const std::string& code);
// "妻子", "持股 35%", "承租 ×2", "收款 ¥12,000.00", with the span of dates when known.
QString edgeLabel(const graph::GraphEdge& edge);

} // namespace lj::gui
