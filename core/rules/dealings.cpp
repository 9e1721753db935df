#include "rules/dealings.h"

#include "rules/rule_context.h"

#include <set>

namespace lj {

namespace {

std::vector<TxRefId> refsOfKind(const Dataset& data, const std::vector<TxRefId>& refs,
                                std::string_view kind) {
    std::vector<TxRefId> matching;
    for (TxRefId ref : refs)
        if (data.txs[ref].kind == kind) matching.push_back(ref);
    return matching;
}

std::string assetLabel(const Dataset& data, const std::string& asset) {
    return asset.empty() || data.nameOf(asset) == asset ? std::string() : "（" + data.nameOf(asset) + "）";
}

// Leases: the lessee on the signing date, a new lessee on its amendment's date, and the winner of
// the listing the contract names on the result date (listing results merge into their contract).
void addLeaseDealings(const Dataset& data, Date asOf, std::vector<Dealing>& dealings) {
    std::set<std::string> listingsWithContract; // signed by the as-of date
    for (const auto& [id, contract] : data.contracts) {
        const auto signedOn = contract.signedOn ? contract.signedOn : contract.start;
        if (!contract.listing.empty() && signedOn && *signedOn <= asOf)
            listingsWithContract.insert(contract.listing);
    }

    for (const auto& [id, contract] : data.contracts) {
        const auto signedOn = contract.signedOn ? contract.signedOn : contract.start;
        if (!signedOn || asOf < *signedOn) continue;
        std::vector<TxRefId> refs = refsOfKind(data, contract.refs, "contract.sign");
        std::vector<const ListingResult*> results;
        for (const ListingResult& result : data.results)
            if (!contract.listing.empty() && result.listing == contract.listing && result.date &&
                *result.date <= asOf) {
                results.push_back(&result);
                refs.push_back(result.ref);
            }
        const std::string description = "合同" + id + assetLabel(data, contract.asset) + "的承租方";
        dealings.push_back({id, contract.lessee, {}, contract.lessor, *signedOn, refs, description});
        for (const ContractAmendment& amendment : contract.amendments)
            if (!amendment.lessee.empty() && amendment.date && *amendment.date <= asOf) {
                std::vector<TxRefId> amended = refs;
                amended.push_back(amendment.ref);
                dealings.push_back(
                    {id, amendment.lessee, {}, contract.lessor, *amendment.date, amended, description});
            }
        for (const ListingResult* result : results)
            if (!result->winner.empty())
                dealings.push_back(
                    {id, result->winner, {}, contract.lessor, *result->date, refs, description});
    }

    // A result no contract names yet still binds the collective that owns the listed asset.
    for (const ListingResult& result : data.results) {
        if (result.winner.empty() || !result.date || asOf < *result.date) continue;
        if (listingsWithContract.count(result.listing)) continue;
        const auto listing = data.listings.find(result.listing);
        if (listing == data.listings.end()) continue;
        const auto asset = data.assets.find(listing->second.asset);
        if (asset == data.assets.end() || asset->second.org.empty()) continue;
        std::vector<TxRefId> refs = listing->second.refs;
        refs.push_back(result.ref);
        dealings.push_back(
            {result.listing,
             result.winner,
             {},
             asset->second.org,
             *result.date,
             refs,
             "挂牌项目" + result.listing + assetLabel(data, listing->second.asset) + "的竞得人"});
    }
}

void addAwardDealings(const Dataset& data, Date asOf, std::vector<Dealing>& dealings) {
    for (const auto& [id, project] : data.projects) {
        if (!project.award || !project.award->date || asOf < *project.award->date) continue;
        if (project.award->contractor.empty()) continue;
        std::vector<TxRefId> refs = refsOfKind(data, project.refs, "project.approve");
        refs.push_back(project.award->ref);
        dealings.push_back({id,
                            project.award->contractor,
                            {},
                            project.org,
                            *project.award->date,
                            refs,
                            "工程" + data.nameOf(id) + "（" + id + "）的中标单位"});
    }
}

} // namespace

std::vector<Dealing> leaseAndAwardDealings(const Dataset& data, Date asOf) {
    std::vector<Dealing> dealings;
    addLeaseDealings(data, asOf, dealings);
    addAwardDealings(data, asOf, dealings);
    return dealings;
}

std::vector<Dealing> paymentDealings(const Dataset& data, Date asOf) {
    std::vector<Dealing> dealings;
    for (const auto& [id, payment] : data.payments) {
        if (!payment.date || asOf < *payment.date || payment.payee.empty()) continue;
        std::string description = "付款" + id + "（" + RuleContext::yuan(payment.amount);
        if (!payment.purpose.empty()) description += "，" + payment.purpose;
        description += "）的收款方";
        dealings.push_back({id, payment.payee, payment.payeeAccount, payment.org, *payment.date, payment.refs,
                            std::move(description)});
    }
    return dealings;
}

} // namespace lj
