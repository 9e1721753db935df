// A06 (rent overdue) and A08 (rent below reserve / lower renewal): what a lease pays.
#include "rules/asset_rule_parts.h"
#include "rules/rent_schedule.h"

#include <algorithm>

namespace lj {

namespace {

// The first date on which the receipts reach `amount`, if they do.
std::optional<Date> coveredOn(const std::vector<const Receipt*>& receipts, std::int64_t amount) {
    std::int64_t total = 0;
    for (const Receipt* receipt : receipts)
        if ((total += receipt->amount) >= amount) return *receipt->date;
    return std::nullopt;
}

} // namespace

void evaluateOverdueRent(const RuleContext& context, const AssetIndex& index, std::vector<RuleFinding>& out) {
    const int grace = static_cast<int>(context.settings.threshold("A06.days"));
    const Dataset& data = context.data;
    for (const auto& [id, lease] : index.leaseById) {
        const auto& receipts = index.receiptsOf(id);
        const auto instalments = rentInstalments(lease, receipts, context.asOf, grace);
        // One finding per contract, about its first overdue instalment.
        const auto first = std::find_if(instalments.begin(), instalments.end(),
                                        [](const RentInstalment& instalment) { return instalment.overdue; });
        if (first == instalments.end()) continue;
        const auto overdue =
            std::count_if(instalments.begin(), instalments.end(),
                          [](const RentInstalment& instalment) { return instalment.overdue; });

        std::vector<TxRefId> refs = lease.refs;
        for (const Receipt* receipt : receipts)
            if (*receipt->date <= first->limit)
                refs.insert(refs.end(), receipt->refs.begin(), receipt->refs.end());
        std::vector<std::string> subjects = {id};
        if (!lease.lessee.empty()) subjects.push_back(lease.lessee);
        RuleFinding finding = context.makeFinding(
            "A06", std::move(subjects), std::move(refs),
            "合同 " + id + "（承租方 " + data.nameOf(lease.lessee) + "）" + first->due.toString() +
                " 应付的租金逾期超过 " + std::to_string(grace) + " 天：截至 " + first->limit.toString() +
                " 累计应收 " + RuleContext::yuan(first->dueTotal) + "，实收 " +
                RuleContext::yuan(first->paidByLimit) + "，欠缴 " +
                RuleContext::yuan(first->dueTotal - first->paidByLimit) + "。");
        const auto covered = coveredOn(receipts, first->dueTotal);
        finding.from = first->limit.addDays(1);
        finding.to = covered ? *covered : context.asOf;
        finding.details.set("due", json::Value::string(first->due.toString()))
            .set("due_total", json::Value::number(first->dueTotal))
            .set("paid_by_limit", json::Value::number(first->paidByLimit))
            .set("amount", json::Value::number(first->amount))
            .set("limit", json::Value::string(first->limit.toString()))
            .set("overdue_instalments", json::Value::number(static_cast<std::int64_t>(overdue)))
            .set("threshold_days", json::Value::number(grace));
        if (covered) finding.details.set("covered_on", json::Value::string(covered->toString()));
        out.push_back(std::move(finding));
    }
}

void evaluateLowRents(const RuleContext& context, const AssetIndex& index, std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    for (const auto& [id, lease] : index.leaseById) {
        if (lease.rents.empty()) continue;
        // The lowest rent the lease has carried: an amendment that cuts the rent counts too.
        const std::int64_t rent = *std::min_element(lease.rents.begin(), lease.rents.end());
        const std::string& assetId = lease.contract->asset;
        const std::string label = contractLabel(data, id, assetId);

        const auto listing = data.listings.find(lease.contract->listing);
        if (listing != data.listings.end() && listing->second.reserveRent &&
            rent < *listing->second.reserveRent) {
            const std::int64_t reserve = *listing->second.reserveRent;
            std::vector<TxRefId> refs = lease.refs;
            refs.insert(refs.end(), listing->second.refs.begin(), listing->second.refs.end());
            for (const ListingResult* result : index.resultsOf(listing->first))
                refs.push_back(result->ref);
            RuleFinding finding =
                context.makeFinding("A08", {id, assetId, listing->first}, std::move(refs),
                                    label + "年租金 " + RuleContext::yuan(rent) + "，低于挂牌 " +
                                        listing->first + " 的底价 " + RuleContext::yuan(reserve) + "。");
            finding.details.set("kind", json::Value::string("below_reserve"))
                .set("annual_rent", json::Value::number(rent))
                .set("reserve_rent", json::Value::number(reserve))
                .set("listing", json::Value::string(listing->first));
            out.push_back(std::move(finding));
        }

        // The most recent earlier lease of the same asset to the same lessee (leases are sorted by start).
        const LeaseTerms* previous = nullptr;
        if (!lease.lessee.empty())
            for (const LeaseTerms& other : index.recordsOf(assetId).leases)
                if (other.start < lease.start && other.lessee == lease.lessee) previous = &other;
        if (!previous || !previous->annualRent || !(rent < *previous->annualRent)) continue;
        std::vector<TxRefId> refs = lease.refs;
        refs.insert(refs.end(), previous->refs.begin(), previous->refs.end());
        RuleFinding finding =
            context.makeFinding("A08", {id, assetId, previous->contract->id}, std::move(refs),
                                label + "续租给同一承租方 " + labelOf(data, lease.lessee) + "，年租金 " +
                                    RuleContext::yuan(rent) + "，低于上一份合同 " + previous->contract->id +
                                    " 的 " + RuleContext::yuan(*previous->annualRent) + "。");
        finding.details.set("kind", json::Value::string("lower_renewal"))
            .set("annual_rent", json::Value::number(rent))
            .set("previous_contract", json::Value::string(previous->contract->id))
            .set("previous_rent", json::Value::number(*previous->annualRent));
        out.push_back(std::move(finding));
    }
}

} // namespace lj
