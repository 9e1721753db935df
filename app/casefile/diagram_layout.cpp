#include "diagram_layout.h"

#include "graph/entity_graph.h"
#include "graph/graph_view.h"

#include <algorithm>
#include <map>
#include <optional>

namespace lj::casefile {

std::vector<QPointF> graphLayout(const CaseFileContent& content, const RelationDiagram& diagram) {
    if (!content.data || diagram.nodes.empty()) return {};
    const graph::EntityGraph entities = graph::EntityGraph::build(*content.data, content.asOf);
    graph::SubgraphBuilder builder(entities);
    std::map<graph::NodeId, std::size_t> diagramIndex;
    for (std::size_t i = 0; i < diagram.nodes.size(); ++i)
        if (const graph::NodeId id = entities.find(diagram.nodes[i].id); id != graph::kNoNode) {
            builder.addNode(id);
            diagramIndex.emplace(id, i);
        }
    for (const auto& [id, index] : diagramIndex)
        entities.forEachEdge(id, [&](graph::NodeId neighbour, graph::EdgeId edge) {
            if (diagramIndex.count(neighbour)) builder.addEdge(edge);
        });
    const std::size_t placedCount = builder.result().nodes.size();
    const graph::GraphView view = graph::makeView(
        entities, std::move(builder.result()),
        placedCount <= 60 ? graph::LayoutMethod::KamadaKawai : graph::LayoutMethod::FruchtermanReingold);

    std::vector<std::optional<QPointF>> at(diagram.nodes.size());
    for (std::size_t k = 0; k < view.subgraph.nodes.size() && k < view.positions.size(); ++k)
        at[diagramIndex.at(view.subgraph.nodes[k])] = QPointF(view.positions[k].x, view.positions[k].y);
    // Normalise what the graph placed; the rest go beside their placed neighbours, or, related to
    // none, in a row along the bottom.
    double left = 0, right = 0, top = 0, bottom = 0;
    bool first = true;
    for (const auto& point : at)
        if (point) {
            left = first ? point->x() : std::min(left, point->x());
            right = first ? point->x() : std::max(right, point->x());
            top = first ? point->y() : std::min(top, point->y());
            bottom = first ? point->y() : std::max(bottom, point->y());
            first = false;
        }
    std::vector<QPointF> normalised(at.size(), QPointF(0.5, 0.5));
    for (std::size_t i = 0; i < at.size(); ++i)
        if (at[i])
            normalised[i] = QPointF(right > left ? (at[i]->x() - left) / (right - left) : 0.5,
                                    bottom > top ? (at[i]->y() - top) / (bottom - top) * 0.92 : 0.46);
    std::vector<std::size_t> isolated;
    for (std::size_t i = 0; i < at.size(); ++i) {
        if (at[i]) continue;
        QPointF sum;
        int count = 0;
        for (const DiagramEdge& edge : diagram.edges) {
            const std::size_t other = edge.from == i ? edge.to : edge.to == i ? edge.from : at.size();
            if (other < at.size() && at[other]) {
                sum += normalised[other];
                ++count;
            }
        }
        if (count == 0) {
            isolated.push_back(i);
            continue;
        }
        const double fan = 0.04 * static_cast<double>(i % 3 + 1);
        normalised[i] = sum / count + QPointF(fan, fan);
    }
    for (std::size_t k = 0; k < isolated.size(); ++k)
        normalised[isolated[k]] = QPointF((k + 0.5) / static_cast<double>(isolated.size()), 1.0);
    return normalised;
}

} // namespace lj::casefile
