#pragma once
// One asset's history as of a date, for the case handler: its leases, statuses, listings, idle
// runs, rent instalments, disposal, chain alerts, and every dated fact in order with the
// transaction that states it. Built from the same asset index, idle runs and rent schedule as rules
// A01–A10, so a timeline never disagrees with a finding.
#include "model/dataset.h"
#include "rules/idle_runs.h"
#include "rules/rent_schedule.h"
#include "rules/rule_settings.h"

#include "json/json.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lj {

struct TimelineLease {
    std::string contract, lessee, listing, payCycle; // lessee as amended; listing empty when not listed
    Date start, end;                                 // end as amended
    std::optional<Date> signedOn;
    std::optional<std::int64_t> annualRent; // as amended
    bool inForceAtAsOf = false;
    std::optional<Date> terminated;
    std::string terminationReason;
};

struct TimelineStatus {
    Date asOf;
    std::string status;
    TxRefId ref = 0;
};

struct TimelineListing {
    std::string id;
    std::optional<Date> open, close;
    std::optional<std::int64_t> reserveRent;
    int bidders = 0;    // distinct bid.register bidders
    std::string winner; // empty when no result or no winner
    std::optional<std::int64_t> resultRent;
    std::optional<Date> resultDate;
};

struct TimelineEvent {
    Date date;
    std::string kind;    // the record kind, or lease.start / lease.end for a lease's term
    std::string subject; // the id the fact is about (contract, listing, receipt…)
    std::string text;    // one line in Chinese
    TxRefId ref = 0;
};

struct AssetTimeline {
    bool found = false; // an asset.register or any record names the asset
    std::string asset, name, type, category, org;
    std::optional<Date> acquired, registered;
    Date asOf;
    std::vector<TimelineLease> leases; // by start
    std::vector<TimelineStatus> statuses;
    std::vector<TimelineListing> listings;
    std::vector<IdleRun> idle;               // every run, a02 marked by reachesThreshold
    std::vector<RentInstalment> instalments; // lease by lease, due on or before the as-of date
    std::optional<AssetDisposal> disposal;   // the latest on or before the as-of date
    std::vector<const ChainAlert*> alerts;   // on the asset, its contracts or its listings
    std::vector<TimelineEvent> events;       // by date, then chain order
};

AssetTimeline buildAssetTimeline(const Dataset& data, const std::string& assetId, Date asOf,
                                 const RuleSettings& settings);

// {"asset", "name", "type", "category", "org", "acquired", "registered", "as_of", "leases", "statuses",
//  "listings", "idle", "instalments", "disposal", "alerts", "events"}; absent facts are null.
json::Value timelineToJson(const AssetTimeline& timeline, const Dataset& data);

} // namespace lj
