#pragma once
// Positions for the relationship diagram from core/graph: the entity graph as of the case's date,
// cut down to the diagram's nodes and the graph's edges among them, laid out force-directed
// (Kamada–Kawai for small connected pictures). Nodes the entity graph does not hold (assets,
// projects) sit beside the placed nodes they are related to. Coordinates are normalised to
// [0, 1] × [0, 1]; empty when the case has no data.
#include "relation_diagram.h"

#include <QPointF>
#include <vector>

namespace lj::casefile {

std::vector<QPointF> graphLayout(const CaseFileContent& content, const RelationDiagram& diagram);

} // namespace lj::casefile
