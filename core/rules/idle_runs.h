#pragma once
// Idle runs of an asset (rules-v1 "Precise semantics" 8), shared by rule A02 and the asset
// timeline so that both always agree.
//
// Operating and resource assets only. Observation starts at the earliest of the registration
// date, the first lease start and the first asset.status. A day is idle when no lease is in force
// (end as amended; a terminated lease until its termination date inclusive) and the latest status
// on or before it is not self_use, under_construction or disposed — no status counts as idle. An
// open run is counted up to the as-of date. Reading of ours: from an asset.dispose on, the asset is
// gone rather than idle, as with a `disposed` status.
#include "rules/asset_index.h"

#include <vector>

namespace lj {

struct IdleRun {
    Date from, to;                 // inclusive; `to` is the as-of date when the run is open
    bool open = false;             // still idle on the as-of date
    int days = 0;                  // inclusive count
    bool reachesThreshold = false; // days ≥ the A02 threshold
    // What bounds the run: the lease before and the lease after it, the status it started with,
    // the statuses during it and the first one after it.
    std::vector<TxRefId> refs;
};

bool countsForIdleness(const Asset& asset); // operating or resource

// Every idle run up to `asOf`, oldest first; `records` must come from an index built for `asOf`.
std::vector<IdleRun> idleRunsOf(const Asset& asset, const AssetRecords& records, Date asOf,
                                int thresholdDays);

} // namespace lj
