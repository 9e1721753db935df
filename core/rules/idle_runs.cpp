#include "rules/idle_runs.h"

#include <algorithm>

namespace lj {

namespace {

struct Span {
    Date from, to; // inclusive
};

bool statusKeepsAssetBusy(const std::string& status) {
    return status == "self_use" || status == "under_construction" || status == "disposed";
}

std::optional<Date> observationStart(const Asset& asset, const AssetRecords& records, Date asOf) {
    std::optional<Date> first;
    auto consider = [&](Date day) { first = first ? std::min(*first, day) : day; };
    if (asset.registered && *asset.registered <= asOf) consider(*asset.registered);
    if (!records.leases.empty()) consider(records.leases.front().start); // sorted by start
    if (!records.statuses.empty()) consider(*records.statuses.front()->asOf);
    return first;
}

// Days on which the asset is not idle: leases in force, busy statuses until the next status, and
// everything from a disposal on (a disposed asset is gone, not idle).
std::vector<Span> busySpans(const AssetRecords& records, Date asOf) {
    std::vector<Span> spans;
    for (const LeaseTerms& lease : records.leases)
        spans.push_back({lease.start, lease.lastDay()});
    const auto& statuses = records.statuses;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        if (!statusKeepsAssetBusy(statuses[i]->status)) continue;
        const Date until = i + 1 < statuses.size() ? statuses[i + 1]->asOf->addDays(-1) : asOf;
        spans.push_back({*statuses[i]->asOf, until});
    }
    for (const AssetDisposal* disposal : records.disposals)
        spans.push_back({*disposal->date, asOf});
    // A status followed by another on the same day never holds (the later record is the day's status).
    std::erase_if(spans, [](const Span& span) { return span.to < span.from; });
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
    return spans;
}

std::vector<TxRefId> runEvidence(const AssetRecords& records, const IdleRun& run) {
    std::vector<TxRefId> refs;
    const LeaseTerms* before = nullptr;
    const LeaseTerms* after = nullptr;
    for (const LeaseTerms& lease : records.leases) {
        if (lease.lastDay() < run.from && (!before || before->lastDay() < lease.lastDay())) before = &lease;
        if (run.to < lease.start && !after) after = &lease; // leases are sorted by start
    }
    for (const LeaseTerms* lease : {before, after})
        if (lease) refs.insert(refs.end(), lease->refs.begin(), lease->refs.end());

    const AssetStatus* entering = nullptr;
    const AssetStatus* leaving = nullptr;
    for (const AssetStatus* status : records.statuses) {
        const Date day = *status->asOf;
        if (day <= run.from)
            entering = status;
        else if (day <= run.to)
            refs.push_back(status->ref);
        else if (!leaving)
            leaving = status;
    }
    for (const AssetStatus* status : {entering, leaving})
        if (status) refs.push_back(status->ref);
    return refs;
}

} // namespace

bool countsForIdleness(const Asset& asset) {
    return asset.category == "operating" || asset.category == "resource";
}

std::vector<IdleRun> idleRunsOf(const Asset& asset, const AssetRecords& records, Date asOf,
                                int thresholdDays) {
    std::vector<IdleRun> runs;
    if (!countsForIdleness(asset)) return runs;
    const auto start = observationStart(asset, records, asOf);
    if (!start || asOf < *start) return runs;

    auto addRun = [&](Date from, Date to, bool open) {
        IdleRun run;
        run.from = from;
        run.to = to;
        run.open = open;
        run.days = from.inclusiveDaysTo(to);
        run.reachesThreshold = run.days >= thresholdDays;
        run.refs = runEvidence(records, run);
        runs.push_back(std::move(run));
    };
    Date nextIdle = *start; // the first day not yet known to be busy
    for (const Span& busy : busySpans(records, asOf)) {
        if (asOf < nextIdle) break;
        if (busy.to < nextIdle) continue;
        if (nextIdle < busy.from) addRun(nextIdle, std::min(busy.from.addDays(-1), asOf), busy.from > asOf);
        nextIdle = std::max(nextIdle, busy.to.addDays(1));
    }
    if (nextIdle <= asOf) addRun(nextIdle, asOf, true);
    return runs;
}

} // namespace lj
