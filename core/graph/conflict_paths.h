#pragma once
// Conflict paths (rules-v1 "Precise semantics" 2–6): every walk of at most N kinship/ownership
// steps from a collective's counterparty to one of its officials whose role is in force on the
// date of the dealing. Counterparties are those of R01 (lessees, winning bidders, contractors)
// and F07 (payees and the holders of the accounts paid into), from rules/dealings.h, and W01's
// subsidy recipients (kinship only, a role in force during a paid month). The walk itself, which
// the rules share, is graph/conflict_search.h; a walk here ends at the first official it meets.
#include "graph/entity_graph.h"
#include "graph/subgraph.h"

namespace lj::graph {

struct ConflictOptions {
    std::string org;               // only this collective's dealings; empty: every collective
    int maxSteps = 2;              // R01 and F07 (R01.steps)
    int kinSteps = 2;              // W01 (W01.steps)
    bool subsidies = true;         // include W01's subsidy recipients
    std::size_t maxPaths = 100000; // more: capped
};

// Paths ordered by preference (preferredPath: fewer steps, fewer hops, from the party before from
// the account, then vertex ids), so that each dealing's first path is the one R01/F07/W01 report. The
// subgraph also holds each path's collective, the business edge to the party and the official's role edges.
Subgraph conflictPaths(const EntityGraph& graph, const ConflictOptions& options = {});

} // namespace lj::graph
