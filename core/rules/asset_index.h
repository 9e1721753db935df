#pragma once
// The records about assets known on an as-of date, grouped once for the asset rules (A01–A10) and
// the asset timelines, so that both read exactly the same facts.
#include "rules/lease_terms.h"

#include <map>
#include <string>
#include <vector>

namespace lj {

struct AssetRecords {
    std::vector<LeaseTerms> leases;              // by start, then contract id
    std::vector<const AssetStatus*> statuses;    // by as_of, then chain order
    std::vector<const Listing*> listings;        // by open, then id
    std::vector<const AssetDisposal*> disposals; // by date
};

struct AssetIndex {
    Date asOf;
    std::map<std::string, AssetRecords> byAsset; // also assets that records name but nothing registers
    std::map<std::string, LeaseTerms> leaseById;
    std::map<std::string, std::vector<const Receipt*>> receiptsByContract; // by date, then id
    std::map<std::string, std::vector<const Bid*>> bidsByListing;          // chain order
    std::map<std::string, std::vector<const ListingResult*>> resultsByListing;

    const AssetRecords& recordsOf(const std::string& assetId) const;
    const LeaseTerms* lease(const std::string& contractId) const;
    const std::vector<const Receipt*>& receiptsOf(const std::string& contractId) const;
    const std::vector<const Bid*>& bidsOf(const std::string& listingId) const;
    const std::vector<const ListingResult*>& resultsOf(const std::string& listingId) const;
};

// Records dated after `asOf` are left out; undated receipts and statuses too, as they cannot be
// placed in time. Undated bids and results are kept (they belong to their listing's dates).
AssetIndex buildAssetIndex(const Dataset& data, Date asOf);

} // namespace lj
