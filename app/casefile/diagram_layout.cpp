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
    // The rest beside their placed neighbours, fanned out so that they do not coincide.
    for (std::size_t i = 0; i < at.size(); ++i) {
        if (at[i]) continue;
        QPointF sum;
        int count = 0;
        for (const DiagramEdge& edge : diagram.edges) {
            const std::size_t other = edge.from == i ? edge.to : edge.to == i ? edge.from : at.size();
            if (other < at.size() && at[other]) {
                sum += *at[other];
                ++count;
            }
        }
        const double fan = 30.0 * static_cast<double>(i % 5 + 1);
        at[i] = count ? sum / count + QPointF(fan, fan * 0.6) : QPointF(fan * 3, -fan * 3);
    }
    double left = 0, right = 0, top = 0, bottom = 0;
    for (std::size_t i = 0; i < at.size(); ++i) {
        if (i == 0 || at[i]->x() < left) left = at[i]->x();
        if (i == 0 || at[i]->x() > right) right = at[i]->x();
        if (i == 0 || at[i]->y() < top) top = at[i]->y();
        if (i == 0 || at[i]->y() > bottom) bottom = at[i]->y();
    }
    const double width = std::max(1e-9, right - left), height = std::max(1e-9, bottom - top);
    std::vector<QPointF> normalised;
    for (const auto& point : at)
        normalised.emplace_back(right > left ? (point->x() - left) / width : 0.5,
                                bottom > top ? (point->y() - top) / height : 0.5);
    return normalised;
}

} // namespace lj::casefile
