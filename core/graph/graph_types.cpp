#include "graph/graph_types.h"

#include <array>

namespace lj::graph {

namespace {

constexpr std::array<std::string_view, 6> kNodeTypeNames = {"person",     "firm", "account",
                                                            "collective", "org",  "unknown"};
constexpr std::array<std::string_view, kEdgeTypeCount> kEdgeTypeNames = {
    "kinship", "shareholding", "legal_rep",  "account_holder", "official_role", "same_person",
    "shares",  "lessee",       "contractor", "bidder",         "payee",         "subsidy_recipient"};

} // namespace

std::string_view nodeTypeName(NodeType type) {
    return kNodeTypeNames[static_cast<std::size_t>(type)];
}

std::string_view edgeTypeName(EdgeType type) {
    return kEdgeTypeNames[static_cast<std::size_t>(type)];
}

std::optional<EdgeType> parseEdgeType(std::string_view name) {
    for (std::size_t i = 0; i < kEdgeTypeNames.size(); ++i)
        if (kEdgeTypeNames[i] == name) return static_cast<EdgeType>(i);
    return std::nullopt;
}

EdgeFilter& EdgeFilter::only(std::initializer_list<EdgeType> allowed) {
    types = 0;
    for (EdgeType type : allowed)
        types |= bit(type);
    return *this;
}

bool EdgeFilter::allows(const GraphEdge& edge) const {
    if (!(types & bit(edge.type))) return false;
    if (on && !edge.activeOn(*on)) return false;
    if (first && last && !edge.overlaps(*first, *last)) return false;
    return true;
}

} // namespace lj::graph
