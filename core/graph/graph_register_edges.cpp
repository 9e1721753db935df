// Edges from the registers: kinship (relation.declare), shareholding (firm.shareholder, dated),
// legal representative (firm.register), account holder (account.register) and official role
// (role.assign, dated by the term). A relation declared after the as-of date, a holding or a role
// that starts after it, is not yet a fact.
#include "graph/graph_builder.h"

namespace lj::graph {

void addRegisterEdges(EntityGraph& graph) {
    const Dataset& data = graph.data();
    const Date asOf = graph.asOf();
    for (const Relation& relation : data.relations) {
        if (relation.a.empty() || relation.b.empty() || !statedBy(relation.declared, asOf)) continue;
        GraphEdge edge = makeEdge(graph.nodeFor(relation.a), graph.nodeFor(relation.b), EdgeType::Kinship);
        edge.detail = relation.relation;
        edge.refs = {relation.ref};
        graph.addEdge(std::move(edge));
    }
    for (const Shareholding& holding : data.shareholdings) {
        if (holding.firm.empty() || holding.holder.empty() || !statedBy(holding.from, asOf)) continue;
        GraphEdge edge =
            makeEdge(graph.nodeFor(holding.holder), graph.nodeFor(holding.firm), EdgeType::Shareholding);
        edge.shareBp = holding.shareBp;
        edge.from = holding.from;
        edge.to = holding.to;
        edge.refs = {holding.ref};
        graph.addEdge(std::move(edge));
    }
    for (const auto& [id, firm] : data.firms) {
        if (firm.legalRep.empty()) continue;
        GraphEdge edge = makeEdge(graph.nodeFor(firm.legalRep), graph.nodeFor(id), EdgeType::LegalRep);
        edge.refs = firm.refs;
        graph.addEdge(std::move(edge));
    }
    for (const auto& [id, account] : data.accounts) {
        if (account.holder.empty()) continue;
        GraphEdge edge = makeEdge(graph.nodeFor(id), graph.nodeFor(account.holder), EdgeType::AccountHolder);
        edge.refs = account.refs;
        graph.addEdge(std::move(edge));
    }
    for (const Role& role : data.roles) {
        if (role.person.empty() || role.org.empty() || !statedBy(role.from, asOf)) continue;
        GraphEdge edge =
            makeEdge(graph.nodeFor(role.person), graph.nodeFor(role.org), EdgeType::OfficialRole);
        edge.detail = role.role;
        edge.from = role.from;
        edge.to = role.to;
        edge.refs = {role.ref};
        graph.addEdge(std::move(edge));
    }
}

} // namespace lj::graph
