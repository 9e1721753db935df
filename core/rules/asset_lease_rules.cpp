// A03 (long lease), A04 (lease expiring), A05 (use after expiry) and A07 (off-platform lease): a
// lease's term and how it was let.
#include "rules/asset_rule_parts.h"

#include <algorithm>
#include <map>

namespace lj {

namespace {

std::string leaseLabel(const Dataset& data, const LeaseTerms& lease) {
    return contractLabel(data, lease.contract->id, lease.contract->asset);
}

bool endAmended(const LeaseTerms& lease) {
    return lease.contract->end && *lease.contract->end != lease.end;
}

bool anyLeaseInForce(const AssetRecords& records, Date day) {
    return std::any_of(records.leases.begin(), records.leases.end(),
                       [&](const LeaseTerms& lease) { return lease.inForceOn(day); });
}

// The lease of the asset that ended most recently before `day`.
const LeaseTerms* lastEndedBefore(const AssetRecords& records, Date day) {
    const LeaseTerms* latest = nullptr;
    for (const LeaseTerms& lease : records.leases)
        if (lease.lastDay() < day && (!latest || latest->lastDay() < lease.lastDay())) latest = &lease;
    return latest;
}

} // namespace

void evaluateLongLeases(const RuleContext& context, const AssetIndex& index, std::vector<RuleFinding>& out) {
    const auto months = context.settings.threshold("A03.months");
    for (const auto& [id, lease] : index.leaseById) {
        if (!exceedsLongLeaseTerm(context, lease)) continue;
        const int term = leaseMonths(lease.start, lease.end);
        RuleFinding finding = context.makeFinding(
            "A03", {id, lease.contract->asset}, lease.refs,
            leaseLabel(context.data, lease) + "租期 " + std::to_string(term) + " 个月（" +
                lease.start.toString() + " 至 " + lease.end.toString() +
                (endAmended(lease) ? "，经变更延长" : "") + "），超过 " + std::to_string(months) + " 个月。");
        finding.from = lease.start;
        finding.to = lease.end;
        finding.details.set("start", json::Value::string(lease.start.toString()))
            .set("end", json::Value::string(lease.end.toString()))
            .set("months", json::Value::number(term))
            .set("threshold_months", json::Value::number(months));
        out.push_back(std::move(finding));
    }
}

void evaluateExpiringLeases(const RuleContext& context, const AssetIndex& index,
                            std::vector<RuleFinding>& out) {
    const auto window = context.settings.threshold("A04.days");
    for (const auto& [id, lease] : index.leaseById) {
        // A terminated lease does not run out: its termination already settled the end.
        if (lease.terminated || !lease.inForceOn(context.asOf)) continue;
        const int daysLeft = lease.end.days - context.asOf.days; // ≥ 0 while in force
        if (daysLeft > window) continue;
        RuleFinding finding = context.makeFinding(
            "A04", {id, lease.contract->asset}, lease.refs,
            leaseLabel(context.data, lease) + "将于 " + lease.end.toString() + " 到期，距 " +
                context.asOf.toString() + " 还有 " + std::to_string(daysLeft) + " 天（提前 " +
                std::to_string(window) + " 天提醒）。");
        finding.from = context.asOf;
        finding.to = lease.end;
        finding.details.set("end", json::Value::string(lease.end.toString()))
            .set("days_left", json::Value::number(daysLeft))
            .set("threshold_days", json::Value::number(window));
        out.push_back(std::move(finding));
    }
}

void evaluateUseAfterExpiry(const RuleContext& context, const AssetIndex& index,
                            std::vector<RuleFinding>& out) {
    struct Overuse {
        std::vector<TxRefId> refs;
        std::vector<std::pair<Date, std::string>> facts; // date, what happened
        json::Value receipts = json::Value::array(), inUse = json::Value::array();
    };
    std::map<std::string, Overuse> byContract;

    // Rent received under a lease after it ended (or was terminated), with no lease of the asset in
    // force that day.
    for (const auto& [contractId, receipts] : index.receiptsByContract) {
        const LeaseTerms* lease = index.lease(contractId);
        if (!lease) continue;
        const AssetRecords& records = index.recordsOf(lease->contract->asset);
        for (const Receipt* receipt : receipts) {
            const Date day = *receipt->date;
            if (!(lease->lastDay() < day) || anyLeaseInForce(records, day)) continue;
            Overuse& overuse = byContract[contractId];
            overuse.refs.insert(overuse.refs.end(), receipt->refs.begin(), receipt->refs.end());
            overuse.facts.emplace_back(day,
                                       day.toString() + " 仍收取租金 " + RuleContext::yuan(receipt->amount));
            overuse.receipts.push(json::Value::string(receipt->id));
        }
    }
    // The asset recorded in use with no lease in force: charged to the lease that ended last.
    for (const auto& [assetId, records] : index.byAsset)
        for (const AssetStatus* status : records.statuses) {
            const Date day = *status->asOf;
            if (status->status != "in_use" || anyLeaseInForce(records, day)) continue;
            const LeaseTerms* lease = lastEndedBefore(records, day);
            if (!lease) continue;
            Overuse& overuse = byContract[lease->contract->id];
            overuse.refs.push_back(status->ref);
            overuse.facts.emplace_back(day, day.toString() + " 资产登记为在用");
            overuse.inUse.push(json::Value::string(day.toString()));
        }

    for (auto& [contractId, overuse] : byContract) {
        const LeaseTerms& lease = *index.lease(contractId);
        std::sort(overuse.facts.begin(), overuse.facts.end());
        std::string facts;
        for (const auto& fact : overuse.facts)
            facts += (facts.empty() ? "" : "，") + fact.second;
        std::vector<TxRefId> refs = lease.refs;
        refs.insert(refs.end(), overuse.refs.begin(), overuse.refs.end());
        RuleFinding finding = context.makeFinding(
            "A05", {contractId, lease.contract->asset}, std::move(refs),
            leaseLabel(context.data, lease) + "已于 " + lease.lastDay().toString() +
                (lease.terminated ? " 解除" : " 到期") + "，此后无有效租约，但 " + facts + "。");
        finding.from = lease.lastDay().addDays(1);
        finding.to = overuse.facts.back().first;
        finding.details.set("end", json::Value::string(lease.lastDay().toString()))
            .set("receipts", std::move(overuse.receipts))
            .set("in_use", std::move(overuse.inUse));
        out.push_back(std::move(finding));
    }
}

void evaluateOffPlatformLeases(const RuleContext& context, const AssetIndex& index,
                               std::vector<RuleFinding>& out) {
    const auto rentThreshold = context.settings.threshold("A07.rent_fen");
    const Dataset& data = context.data;
    for (const auto& [id, lease] : index.leaseById) {
        if (!lease.contract->listing.empty()) continue;
        const auto asset = data.assets.find(lease.contract->asset);
        // The rent test reads the highest rent the lease has carried: raising the rent by amendment
        // into the listing bracket does not dispense with the listing.
        const std::int64_t rent =
            lease.rents.empty() ? 0 : *std::max_element(lease.rents.begin(), lease.rents.end());
        const bool operating = asset != data.assets.end() && asset->second.category == "operating";
        const bool rentTest = operating && rent >= rentThreshold;
        const bool durationTest = exceedsLongLeaseTerm(context, lease);
        if (!rentTest && !durationTest) continue;

        std::vector<TxRefId> refs = lease.refs;
        std::vector<std::string> reasons;
        json::Value why = json::Value::array();
        if (rentTest) {
            refs.insert(refs.end(), asset->second.refs.begin(), asset->second.refs.end()); // its category
            reasons.push_back("经营性资产年租金 " + RuleContext::yuan(rent) + "（达到 " +
                              RuleContext::yuan(rentThreshold) + "）");
            why.push(json::Value::string("rent"));
        }
        if (durationTest) {
            reasons.push_back("租期 " + std::to_string(leaseMonths(lease.start, lease.end)) + " 个月（超过 " +
                              std::to_string(context.settings.threshold("A03.months")) + " 个月）");
            why.push(json::Value::string("duration"));
        }
        std::string reasonText = reasons.front();
        if (reasons.size() > 1) reasonText += "且" + reasons.back();
        RuleFinding finding =
            context.makeFinding("A07", {id, lease.contract->asset}, std::move(refs),
                                leaseLabel(data, lease) + reasonText + "，未经产权交易平台公开招租。");
        finding.from = lease.start;
        finding.to = lease.end;
        finding.details.set("reasons", std::move(why))
            .set("annual_rent", json::Value::number(rent))
            .set("threshold_fen", json::Value::number(rentThreshold))
            .set("start", json::Value::string(lease.start.toString()))
            .set("end", json::Value::string(lease.end.toString()));
        out.push_back(std::move(finding));
    }
}

} // namespace lj
