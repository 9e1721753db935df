// A01 (late registration) and A02 (idle asset): an asset's own record against what happened to it.
#include "rules/asset_rule_parts.h"
#include "rules/idle_runs.h"

#include <algorithm>

namespace lj {

namespace {

std::vector<TxRefId> signingRefs(const Dataset& data, const LeaseTerms& lease) {
    std::vector<TxRefId> refs;
    for (TxRefId ref : lease.refs)
        if (data.txs[ref].kind == "contract.sign") refs.push_back(ref);
    return refs;
}

json::Value stringArray(const std::vector<std::string>& items) {
    json::Value array = json::Value::array();
    for (const std::string& item : items)
        array.push(json::Value::string(item));
    return array;
}

} // namespace

void evaluateLateRegistration(const RuleContext& context, const AssetIndex& index,
                              std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    for (const auto& [id, asset] : data.assets) {
        if (!asset.registered || context.asOf < *asset.registered) continue;
        const Date registered = *asset.registered;
        const AssetRecords& records = index.recordsOf(id);
        std::vector<TxRefId> refs = asset.refs;
        std::vector<std::string> listings, contracts, receipts;
        std::optional<Date> earliest;
        auto before = [&](const std::optional<Date>& day) {
            if (!day || !(*day < registered)) return false; // strictly before: the same day is in order
            earliest = earliest ? std::min(*earliest, *day) : *day;
            return true;
        };
        for (const Listing* listing : records.listings)
            if (before(listing->open)) {
                listings.push_back(listing->id);
                refs.insert(refs.end(), listing->refs.begin(), listing->refs.end());
            }
        for (const LeaseTerms& lease : records.leases) {
            if (before(lease.contract->signedOn)) {
                contracts.push_back(lease.contract->id);
                for (TxRefId ref : signingRefs(data, lease))
                    refs.push_back(ref);
            }
            for (const Receipt* receipt : index.receiptsOf(lease.contract->id))
                if (before(receipt->date)) {
                    receipts.push_back(receipt->id);
                    refs.insert(refs.end(), receipt->refs.begin(), receipt->refs.end());
                }
        }
        if (!earliest) continue;

        std::string done;
        auto add = [&](std::size_t count, const char* what, const char* measure) {
            if (count == 0) return;
            done +=
                (done.empty() ? "" : "、") + std::string(what) + " " + std::to_string(count) + " " + measure;
        };
        add(listings.size(), "挂牌", "次");
        add(contracts.size(), "签订合同", "份");
        add(receipts.size(), "收取租金", "笔");
        RuleFinding finding = context.makeFinding(
            "A01", {id}, std::move(refs),
            "资产 " + labelOf(data, id) + "于 " + registered.toString() + " 才登记，此前已有" + done +
                "（最早 " + earliest->toString() + "），先交易后登记。");
        finding.from = earliest;
        finding.to = registered;
        finding.details.set("registered", json::Value::string(registered.toString()))
            .set("earliest", json::Value::string(earliest->toString()))
            .set("listings", stringArray(listings))
            .set("contracts", stringArray(contracts))
            .set("receipts", stringArray(receipts));
        out.push_back(std::move(finding));
    }
}

void evaluateIdleAssets(const RuleContext& context, const AssetIndex& index, std::vector<RuleFinding>& out) {
    const int threshold = static_cast<int>(context.settings.threshold("A02.days"));
    const Dataset& data = context.data;
    for (const auto& [id, asset] : data.assets) {
        const auto runs = idleRunsOf(asset, index.recordsOf(id), context.asOf, threshold);
        // One finding per asset: its latest run that reaches the threshold (an open one is always the
        // latest).
        const auto run =
            std::find_if(runs.rbegin(), runs.rend(), [](const IdleRun& r) { return r.reachesThreshold; });
        if (run == runs.rend()) continue;
        const auto qualifying =
            std::count_if(runs.begin(), runs.end(), [](const IdleRun& r) { return r.reachesThreshold; });

        std::vector<TxRefId> refs = asset.refs;
        refs.insert(refs.end(), run->refs.begin(), run->refs.end());
        const std::string span =
            run->open ? "自 " + run->from.toString() + " 起闲置，截至 " + run->to.toString() + " 已 "
                      : "于 " + run->from.toString() + " 至 " + run->to.toString() + " 闲置 ";
        RuleFinding finding =
            context.makeFinding("A02", {id}, std::move(refs),
                                "资产 " + labelOf(data, id) + span + std::to_string(run->days) +
                                    " 天，达到 " + std::to_string(threshold) + " 天。");
        finding.from = run->from;
        finding.to = run->to;
        finding.details.set("idle_from", json::Value::string(run->from.toString()))
            .set("idle_to", json::Value::string(run->to.toString()))
            .set("open", json::Value::boolean(run->open))
            .set("days", json::Value::number(run->days))
            .set("threshold_days", json::Value::number(threshold))
            .set("runs_reaching_threshold", json::Value::number(static_cast<std::int64_t>(qualifying)));
        out.push_back(std::move(finding));
    }
}

} // namespace lj
