#pragma once
// The walk behind conflict paths (rules-v1 "Precise semantics" 2–6), one occasion at a time. The
// graph's conflict query (conflict_paths.h) and the rules that report such paths (R01, F07, W01)
// both use it, so that they find the same paths and prefer the same one.
//
// Start nodes cost nothing: the party; a firm party's legal representative and its shareholders
// in force on the date; the holder of the account paid into. Same-person hops (one id_digest) cost
// nothing either. A walk never visits a vertex twice.
#include "graph/entity_graph.h"
#include "graph/subgraph.h"

#include <map>
#include <unordered_map>
#include <utility>

namespace lj::graph {

// A party that dealt with a collective, and when its officials count.
struct ConflictOccasion {
    NodeId party = kNoNode;
    NodeId account = kNoNode;                 // the account paid into (F07): its holder starts walks too
    NodeId org = kNoNode;                     // officials of this collective
    Date on;                                  // shareholdings must be in force on this day
    std::vector<std::pair<Date, Date>> spans; // an official's term overlaps one of these
    int maxSteps = 2;
    bool kinshipOnly = false;    // W01: kinship and same-person hops only
    bool stopAtOfficials = true; // a walk ends at the first official it meets
};

class ConflictSearch {
public:
    explicit ConflictSearch(const EntityGraph& graph);

    const EntityGraph& graph() const { return m_graph; }
    // Every walk of at most occasion.maxSteps steps from a start node to an official, each once
    // (reached both as a start node and by a step: the cheaper), in no particular order.
    std::vector<GraphPath> walks(const ConflictOccasion& occasion);
    // The role edges of `person` in `org` whose term overlaps [first, last], in ledger order.
    std::vector<EdgeId> roles(NodeId person, NodeId org, Date first, Date last) const;

private:
    bool official(NodeId person) const;
    void seedsFrom(const GraphPath& seed);
    void walk(GraphPath& path);
    void record(const GraphPath& path);

    const EntityGraph& m_graph;
    // The walkable edges (kinship, ownership, same person) of each vertex, as (neighbour, edge).
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::pair<NodeId, EdgeId>> m_links;
    std::unordered_map<NodeId, std::vector<EdgeId>> m_roles; // person → role edges
    const ConflictOccasion* m_occasion = nullptr;
    std::map<std::pair<std::vector<NodeId>, std::vector<EdgeId>>, GraphPath> m_found;
};

// The order of preference among conflict paths: fewer steps, fewer hops, from the party before
// from the account, then vertex ids; the same vertices through different edges (a legal
// representative who also holds shares): the legal representative first, then the earliest
// transaction. True when `a` is preferred to `b`.
bool preferredPath(const EntityGraph& graph, const GraphPath& a, const GraphPath& b);

// What a finding cites of a path: its vertex ids, and every edge's transactions.
std::vector<std::string> pathIds(const EntityGraph& graph, const GraphPath& path);
std::vector<TxRefId> pathRefs(const EntityGraph& graph, const GraphPath& path);

} // namespace lj::graph
