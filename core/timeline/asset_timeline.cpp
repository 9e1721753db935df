#include "timeline/asset_timeline.h"

#include "rules/asset_index.h"
#include "timeline/timeline_events.h"

#include <set>

namespace lj {

namespace {

TimelineLease leaseFacts(const LeaseTerms& lease, Date asOf) {
    const Contract& contract = *lease.contract;
    TimelineLease facts;
    facts.contract = contract.id;
    facts.lessee = lease.lessee;
    facts.listing = contract.listing;
    facts.payCycle = contract.payCycle;
    facts.start = lease.start;
    facts.end = lease.end;
    facts.signedOn = contract.signedOn;
    facts.annualRent = lease.annualRent;
    facts.inForceAtAsOf = lease.inForceOn(asOf);
    facts.terminated = lease.terminated;
    if (lease.terminated) facts.terminationReason = contract.termination->reason;
    return facts;
}

TimelineListing listingFacts(const Listing& listing, const AssetIndex& index) {
    TimelineListing facts;
    facts.id = listing.id;
    facts.open = listing.open;
    facts.close = listing.close;
    facts.reserveRent = listing.reserveRent;
    std::set<std::string> bidders;
    for (const Bid* bid : index.bidsOf(listing.id))
        if (!bid->bidder.empty()) bidders.insert(bid->bidder);
    facts.bidders = static_cast<int>(bidders.size());
    if (const auto& results = index.resultsOf(listing.id); !results.empty()) {
        const ListingResult& result = *results.back(); // the latest statement
        facts.winner = result.winner;
        facts.resultRent = result.rent;
        facts.resultDate = result.date;
    }
    return facts;
}

bool alertConcerns(const ChainAlert& alert, const AssetTimeline& timeline) {
    if (alert.subject == timeline.asset) return true;
    for (const TimelineLease& lease : timeline.leases)
        if (alert.subject == lease.contract) return true;
    for (const TimelineListing& listing : timeline.listings)
        if (alert.subject == listing.id) return true;
    return false;
}

} // namespace

AssetTimeline buildAssetTimeline(const Dataset& data, const std::string& assetId, Date asOf,
                                 const RuleSettings& settings) {
    const AssetIndex index = buildAssetIndex(data, asOf);
    const AssetRecords& records = index.recordsOf(assetId);
    AssetTimeline timeline;
    timeline.asset = assetId;
    timeline.asOf = asOf;
    const auto registered = data.assets.find(assetId);
    timeline.found = registered != data.assets.end() || index.byAsset.count(assetId) > 0;
    const Asset asset = registered != data.assets.end() ? registered->second : Asset{};
    timeline.name = asset.name;
    timeline.type = asset.type;
    timeline.category = asset.category;
    timeline.org = asset.org;
    timeline.acquired = asset.acquired;
    timeline.registered = asset.registered;

    const int grace = static_cast<int>(settings.threshold("A06.days"));
    for (const LeaseTerms& lease : records.leases) {
        timeline.leases.push_back(leaseFacts(lease, asOf));
        const auto instalments = rentInstalments(lease, index.receiptsOf(lease.contract->id), asOf, grace);
        timeline.instalments.insert(timeline.instalments.end(), instalments.begin(), instalments.end());
    }
    for (const AssetStatus* status : records.statuses)
        timeline.statuses.push_back({*status->asOf, status->status, status->ref});
    for (const Listing* listing : records.listings)
        timeline.listings.push_back(listingFacts(*listing, index));
    // Exactly A02's computation, so that `a02` marks the runs the rule reports on.
    timeline.idle = idleRunsOf(asset, records, asOf, static_cast<int>(settings.threshold("A02.days")));
    if (!records.disposals.empty()) timeline.disposal = *records.disposals.back();
    for (const auto& [id, alert] : data.alerts)
        if ((!alert.date || *alert.date <= asOf) && alertConcerns(alert, timeline))
            timeline.alerts.push_back(&alert);
    timeline.events = assetTimelineEvents(data, timeline, index);
    return timeline;
}

} // namespace lj
