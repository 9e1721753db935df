#include "rules/asset_index.h"

#include <algorithm>
#include <tuple>

namespace lj {

namespace {

template <typename T> const T& emptyOf() {
    static const T empty;
    return empty;
}

template <typename Map> const typename Map::mapped_type& findOrEmpty(const Map& map, const std::string& key) {
    const auto it = map.find(key);
    return it == map.end() ? emptyOf<typename Map::mapped_type>() : it->second;
}

bool knownOn(const std::optional<Date>& date, Date asOf) {
    return !date || *date <= asOf;
}

} // namespace

const AssetRecords& AssetIndex::recordsOf(const std::string& assetId) const {
    return findOrEmpty(byAsset, assetId);
}

const LeaseTerms* AssetIndex::lease(const std::string& contractId) const {
    const auto it = leaseById.find(contractId);
    return it == leaseById.end() ? nullptr : &it->second;
}

const std::vector<const Receipt*>& AssetIndex::receiptsOf(const std::string& contractId) const {
    return findOrEmpty(receiptsByContract, contractId);
}

const std::vector<const Bid*>& AssetIndex::bidsOf(const std::string& listingId) const {
    return findOrEmpty(bidsByListing, listingId);
}

const std::vector<const ListingResult*>& AssetIndex::resultsOf(const std::string& listingId) const {
    return findOrEmpty(resultsByListing, listingId);
}

AssetIndex buildAssetIndex(const Dataset& data, Date asOf) {
    AssetIndex index;
    index.asOf = asOf;
    for (const auto& [id, contract] : data.contracts)
        if (auto lease = leaseTermsAsOf(data, contract, asOf)) {
            index.byAsset[contract.asset].leases.push_back(*lease);
            index.leaseById.emplace(id, std::move(*lease));
        }
    for (const AssetStatus& status : data.statuses)
        if (status.asOf && *status.asOf <= asOf) index.byAsset[status.asset].statuses.push_back(&status);
    for (const auto& [id, listing] : data.listings)
        if (knownOn(listing.open, asOf)) index.byAsset[listing.asset].listings.push_back(&listing);
    for (const AssetDisposal& disposal : data.disposals)
        if (disposal.date && *disposal.date <= asOf)
            index.byAsset[disposal.asset].disposals.push_back(&disposal);
    for (const auto& [id, receipt] : data.receipts)
        if (!receipt.contract.empty() && receipt.date && *receipt.date <= asOf)
            index.receiptsByContract[receipt.contract].push_back(&receipt);
    for (const Bid& bid : data.bids)
        if (knownOn(bid.date, asOf)) index.bidsByListing[bid.listing].push_back(&bid);
    for (const ListingResult& result : data.results)
        if (knownOn(result.date, asOf)) index.resultsByListing[result.listing].push_back(&result);

    for (auto& [id, records] : index.byAsset) {
        std::sort(records.leases.begin(), records.leases.end(), leaseStartsBefore);
        // stable: statuses of one day keep chain order, so the later record is the day's status
        std::stable_sort(records.statuses.begin(), records.statuses.end(),
                         [](const AssetStatus* a, const AssetStatus* b) { return *a->asOf < *b->asOf; });
        std::sort(records.listings.begin(), records.listings.end(), [](const Listing* a, const Listing* b) {
            return std::tie(a->open, a->id) < std::tie(b->open, b->id);
        });
        std::stable_sort(records.disposals.begin(), records.disposals.end(),
                         [](const AssetDisposal* a, const AssetDisposal* b) { return *a->date < *b->date; });
    }
    for (auto& [id, receipts] : index.receiptsByContract)
        std::sort(receipts.begin(), receipts.end(), [](const Receipt* a, const Receipt* b) {
            return std::tie(*a->date, a->id) < std::tie(*b->date, b->id);
        });
    return index;
}

} // namespace lj
