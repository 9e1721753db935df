// Business edges: who dealt with which collective. One edge per (type, collective, party) that
// aggregates every dealing of that type (subjects, span of dates, total amount, all txs): a payee
// paid a hundred times is one edge, not a hundred parallel ones.
#include "graph/graph_builder.h"

namespace lj::graph {

namespace {

void deal(EntityGraph& graph, const std::string& org, const std::string& party, EdgeType type,
          const std::string& subject, std::optional<Date> on, const std::vector<TxRefId>& refs,
          std::int64_t amount = 0) {
    if (org.empty() || party.empty()) return;
    graph.addDealing(graph.nodeFor(org), graph.nodeFor(party), type, subject, on, refs, amount);
}

std::string assetOrg(const Dataset& data, const std::string& asset) {
    const auto it = data.assets.find(asset);
    return it == data.assets.end() ? std::string() : it->second.org;
}

void addLeases(EntityGraph& graph) {
    const Dataset& data = graph.data();
    for (const auto& [id, contract] : data.contracts) {
        const auto signedOn = contract.signedOn ? contract.signedOn : contract.start;
        if (!statedBy(signedOn, graph.asOf())) continue;
        const std::string org = contract.lessor.empty() ? assetOrg(data, contract.asset) : contract.lessor;
        deal(graph, org, contract.lessee, EdgeType::Lessee, id, signedOn, contract.refs);
        for (const ContractAmendment& amendment : contract.amendments)
            if (!amendment.lessee.empty() && statedBy(amendment.date, graph.asOf()))
                deal(graph, org, amendment.lessee, EdgeType::Lessee, id, amendment.date, {amendment.ref});
    }
}

void addBids(EntityGraph& graph) {
    const Dataset& data = graph.data();
    for (const Bid& bid : data.bids) {
        if (!statedBy(bid.date, graph.asOf())) continue;
        const auto listing = data.listings.find(bid.listing);
        if (listing == data.listings.end()) continue;
        deal(graph, assetOrg(data, listing->second.asset), bid.bidder, EdgeType::Bidder, bid.listing,
             bid.date, {bid.ref});
    }
}

void addProjects(EntityGraph& graph) {
    for (const auto& [id, project] : graph.data().projects) {
        if (!project.award || !statedBy(project.award->date, graph.asOf())) continue;
        const ProjectAward& award = *project.award;
        deal(graph, project.org, award.contractor, EdgeType::Contractor, id, award.date, {award.ref},
             award.price.value_or(0));
        for (const std::string& bidder : award.bidders)
            if (bidder != award.contractor)
                deal(graph, project.org, bidder, EdgeType::Bidder, id, award.date, {award.ref});
    }
}

void addPayments(EntityGraph& graph) {
    for (const auto& [id, payment] : graph.data().payments)
        if (payment.date && *payment.date <= graph.asOf())
            deal(graph, payment.org, payment.payee, EdgeType::Payee, id, payment.date, payment.refs,
                 payment.amount);
    for (const auto& [id, subsidy] : graph.data().subsidies)
        if (subsidy.period && *subsidy.period <= graph.asOf())
            deal(graph, subsidy.org, subsidy.recipient, EdgeType::SubsidyRecipient, id, subsidy.period,
                 subsidy.refs, subsidy.amount);
}

} // namespace

void addBusinessEdges(EntityGraph& graph) {
    addLeases(graph);
    addBids(graph);
    addProjects(graph);
    addPayments(graph);
}

} // namespace lj::graph
