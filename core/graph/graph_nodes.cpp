// Vertices: every registered entity, whether or not anything links it (a disconnected graph is
// fine); ids that records name without a register record get an Unknown vertex on first use.
#include "graph/graph_builder.h"

namespace lj::graph {

namespace {

// Village and group collectives deal in the three capitals; towns, departments and the district
// are other organisations.
NodeType orgType(const Org& org) {
    return org.level == "village" || org.level == "group" || org.level == "collective"
               ? NodeType::Collective
               : NodeType::Organisation;
}

} // namespace

void addEntityNodes(EntityGraph& graph) {
    const Dataset& data = graph.data();
    for (const auto& [id, org] : data.orgs)
        graph.addNode(id, orgType(org), org.name, org.refs);
    for (const auto& [id, person] : data.persons)
        graph.addNode(id, NodeType::Person, person.name, person.refs);
    for (const auto& [id, firm] : data.firms)
        graph.addNode(id, NodeType::Firm, firm.name, firm.refs);
    for (const auto& [id, account] : data.accounts)
        graph.addNode(id, NodeType::Account,
                      account.bank.empty() ? account.number : account.bank + " " + account.number,
                      account.refs);
}

} // namespace lj::graph
