#pragma once
// Chinese wording for relationship findings: role and kinship names, and a path told link by link
// ("王五是张三的子女，王五是某公司的法定代表人"), so that a case handler can read the chain of
// relations without opening the graph.
#include "graph/entity_graph.h"
#include "graph/subgraph.h"
#include "model/dataset.h"

#include <string>
#include <string_view>

namespace lj {

std::string roleTitle(std::string_view role);              // "director" → "村委会主任"
std::string kinshipTitle(std::string_view relation);       // "child" → "子女"
std::string subsidyProgramTitle(std::string_view program); // "dibao" → "低保金"
std::string describeEdge(const graph::EntityGraph& graph, const graph::GraphEdge& edge);
// The edges of `path` joined with "，"; empty for a path of a single node.
std::string describePath(const graph::EntityGraph& graph, const graph::GraphPath& path);
// "张三（村委会主任）": a person named with the titles of the role edges `roles` (theirs only).
std::string officialWithTitle(const graph::EntityGraph& graph, graph::NodeId person,
                              const std::vector<graph::EdgeId>& roles);

} // namespace lj
