#pragma once
// The vocabulary of the entity graph (docs/graph.md): what a vertex is, what an edge says, and the
// filters queries take. Plain data, no Boost, so that front ends can include it cheaply.
#include "model/dataset.h"
#include "util/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lj::graph {

using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

enum class NodeType : std::uint8_t { Person, Firm, Account, Collective, Organisation, Unknown };

enum class EdgeType : std::uint8_t {
    Kinship,          // relation.declare a–b; detail = relation (b is a's <relation>)
    Shareholding,     // holder → firm, share in basis points, dated [from, to]
    LegalRep,         // person → firm
    AccountHolder,    // account → holder
    OfficialRole,     // person → org, detail = role, dated by the term
    SamePerson,       // two person records with one id_digest (identity merge, 0 steps)
    Shares,           // two parties sharing a phone, address or account (R02); detail = what
    Lessee,           // collective → lessee, subjects = contracts
    Contractor,       // collective → contractor, subjects = projects
    Bidder,           // collective → bidder, subjects = listings or projects
    Payee,            // collective → payee, subjects = payments
    SubsidyRecipient, // collective → recipient, subjects = subsidy payments
};
inline constexpr int kEdgeTypeCount = 12;

std::string_view nodeTypeName(NodeType type); // "person", "firm", "account", "collective", "org", "unknown"
std::string_view edgeTypeName(EdgeType type); // "kinship", "shareholding", "legal_rep", …
std::optional<EdgeType> parseEdgeType(std::string_view name);

struct GraphNode {
    std::string id;
    NodeType type = NodeType::Unknown;
    std::string label;    // display name (the id when the ledger names none)
    std::string identity; // identity-merge key: the smallest person id sharing this id_digest, else id
    std::vector<TxRefId> refs;
};

// One stated fact between two entities. Edges keep the direction in which the ledger states them
// (source, target) but every query walks them both ways. Business edges aggregate every dealing
// of one type between one collective and one party: `subjects` lists the dealings (contract,
// project, listing, payment or subsidy ids) and [from, to] spans their dates.
struct GraphEdge {
    NodeId source = kNoNode, target = kNoNode;
    EdgeType type = EdgeType::Kinship;
    std::string detail;           // relation, role, or shared kind ("phone", "address", "account")
    std::int64_t shareBp = 0;     // shareholding
    std::int64_t amountFen = 0;   // payments and subsidies: the total
    std::optional<Date> from, to; // validity or span; absent = open
    std::vector<std::string> subjects;
    std::vector<TxRefId> refs;

    // In force on `day` (open ends count as in force).
    bool activeOn(Date day) const { return (!from || *from <= day) && (!to || day <= *to); }
    // Some day of [first, last] is in force.
    bool overlaps(Date first, Date last) const { return (!from || *from <= last) && (!to || first <= *to); }
};

inline GraphEdge makeEdge(NodeId source, NodeId target, EdgeType type) {
    GraphEdge edge;
    edge.source = source;
    edge.target = target;
    edge.type = type;
    return edge;
}

// Which edges a query may walk.
struct EdgeFilter {
    std::uint32_t types = (1u << kEdgeTypeCount) - 1; // bit per EdgeType
    std::optional<Date> on;                           // edges in force on this day
    std::optional<Date> first, last;                  // edges overlapping [first, last]

    static std::uint32_t bit(EdgeType type) { return 1u << static_cast<unsigned>(type); }
    EdgeFilter& only(std::initializer_list<EdgeType> allowed);
    EdgeFilter& without(EdgeType type) {
        types &= ~bit(type);
        return *this;
    }
    bool allows(const GraphEdge& edge) const;
};

} // namespace lj::graph
