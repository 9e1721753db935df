#pragma once
// The `events` list of an asset timeline: every dated fact about the asset, its listings and its
// leases, each with the transaction that states it.
#include "rules/asset_index.h"
#include "timeline/asset_timeline.h"

#include <vector>

namespace lj {

// Events dated on or before the timeline's as-of date, by date, then chain order.
std::vector<TimelineEvent> assetTimelineEvents(const Dataset& data, const AssetTimeline& timeline,
                                               const AssetIndex& index);

} // namespace lj
