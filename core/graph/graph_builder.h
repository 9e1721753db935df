#pragma once
// The steps of EntityGraph::build, one file each (internal to core/graph).
#include "graph/entity_graph.h"

namespace lj::graph {

void addEntityNodes(EntityGraph& graph);   // graph_nodes.cpp: orgs, persons, firms, accounts
void addRegisterEdges(EntityGraph& graph); // graph_register_edges.cpp: kinship, ownership, roles, holders
void addBusinessEdges(
    EntityGraph& graph); // graph_business_edges.cpp: leases, awards, bids, payments, subsidies
void addIdentityEdges(EntityGraph& graph, const BuildOptions& options); // graph_identity_edges.cpp

// Dated on or before the graph's as-of date; undated facts count as stated.
inline bool statedBy(const std::optional<Date>& date, Date asOf) {
    return !date || *date <= asOf;
}

} // namespace lj::graph
