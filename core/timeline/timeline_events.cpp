#include "timeline/timeline_events.h"

#include "rules/asset_rule_parts.h"

#include <algorithm>
#include <tuple>

namespace lj {

namespace {

class EventList {
public:
    EventList(const Dataset& data, Date asOf)
        : m_data(data)
        , m_asOf(asOf) {}

    void add(const std::optional<Date>& date, std::string kind, std::string subject, std::string text,
             TxRefId ref) {
        if (!date || m_asOf < *date) return;
        m_events.push_back({*date, std::move(kind), std::move(subject), std::move(text), ref});
    }
    std::string label(const std::string& id) const { return labelOf(m_data, id); }
    std::vector<TimelineEvent> sorted() && {
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const TimelineEvent& a, const TimelineEvent& b) {
                             return std::tie(a.date, a.ref) < std::tie(b.date, b.ref);
                         });
        return std::move(m_events);
    }

private:
    const Dataset& m_data;
    Date m_asOf;
    std::vector<TimelineEvent> m_events;
};

void addAssetEvents(EventList& events, const Dataset& data, const AssetTimeline& timeline) {
    const auto asset = data.assets.find(timeline.asset);
    if (asset == data.assets.end() || asset->second.refs.empty()) return;
    // The merged record keeps one acquired and one registered date; the first statement of the
    // asset is the registration that introduced it.
    const TxRefId first = asset->second.refs.front();
    events.add(timeline.acquired, "asset.acquired", timeline.asset, "资产购建取得", first);
    events.add(timeline.registered, "asset.register", timeline.asset,
               "资产在" + data.txs[first].source + "登记：" + timeline.name, first);
}

void addListingEvents(EventList& events, const Listing& listing, const AssetIndex& index) {
    if (!listing.refs.empty())
        events.add(listing.open, "listing.publish", listing.id,
                   "挂牌 " + listing.id + " 公开招租，底价 " +
                       RuleContext::yuan(listing.reserveRent.value_or(0)) + "/年，报名截止 " +
                       (listing.close ? listing.close->toString() : "未载明"),
                   listing.refs.front());
    for (const Bid* bid : index.bidsOf(listing.id))
        events.add(bid->date ? bid->date : listing.open, "bid.register", listing.id,
                   events.label(bid->bidder) + " 报名竞租 " + listing.id, bid->ref);
    for (const ListingResult* result : index.resultsOf(listing.id))
        events.add(result->date, "listing.result", listing.id,
                   result->winner.empty()
                       ? "挂牌 " + listing.id + " 流拍"
                       : "挂牌 " + listing.id + " 成交：" + events.label(result->winner) + " 以 " +
                             RuleContext::yuan(result->rent.value_or(0)) + "/年 竞得",
                   result->ref);
}

void addLeaseEvents(EventList& events, const LeaseTerms& lease, const AssetIndex& index) {
    const Contract& contract = *lease.contract;
    if (lease.refs.empty()) return;
    const TxRefId signing = lease.refs.front(); // the contract.sign (refs are in chain order)
    events.add(contract.signedOn, "contract.sign", contract.id,
               "签订合同 " + contract.id + "，承租方 " + events.label(contract.lessee) + "，年租金 " +
                   RuleContext::yuan(contract.annualRent.value_or(0)) + "，租期 " + lease.start.toString() +
                   " 至 " + (contract.end ? contract.end->toString() : "未载明"),
               signing);
    events.add(lease.start, "lease.start", contract.id, "合同 " + contract.id + " 租期开始", signing);
    events.add(lease.lastDay(), "lease.end", contract.id,
               "合同 " + contract.id + (lease.terminated ? " 解除，租约终止" : " 租期届满"), signing);
    for (const ContractAmendment& amendment : contract.amendments) {
        std::string change;
        if (amendment.end) change += "，租期延至 " + amendment.end->toString();
        if (amendment.annualRent) change += "，年租金改为 " + RuleContext::yuan(*amendment.annualRent);
        if (!amendment.lessee.empty()) change += "，承租方改为 " + events.label(amendment.lessee);
        events.add(amendment.date, "contract.amend", contract.id, "合同 " + contract.id + " 变更" + change,
                   amendment.ref);
    }
    if (lease.terminated)
        events.add(lease.terminated, "contract.terminate", contract.id,
                   "合同 " + contract.id + " 提前解除：" + contract.termination->reason,
                   contract.termination->ref);
    for (const Receipt* receipt : index.receiptsOf(contract.id))
        events.add(receipt->date, "receipt.record", receipt->id,
                   "收到合同 " + contract.id + " 租金 " + RuleContext::yuan(receipt->amount) + "（" +
                       receipt->id + "）",
                   receipt->refs.front());
}

std::string statusName(const std::string& status) {
    if (status == "in_use") return "在用（出租）";
    if (status == "self_use") return "自用";
    if (status == "idle") return "闲置";
    if (status == "under_construction") return "在建";
    if (status == "disposed") return "已处置";
    return status;
}

} // namespace

std::vector<TimelineEvent> assetTimelineEvents(const Dataset& data, const AssetTimeline& timeline,
                                               const AssetIndex& index) {
    EventList events(data, timeline.asOf);
    const AssetRecords& records = index.recordsOf(timeline.asset);
    addAssetEvents(events, data, timeline);
    for (const Listing* listing : records.listings)
        addListingEvents(events, *listing, index);
    for (const LeaseTerms& lease : records.leases)
        addLeaseEvents(events, lease, index);
    for (const AssetStatus* status : records.statuses)
        events.add(status->asOf, "asset.status", timeline.asset, "资产状态：" + statusName(status->status),
                   status->ref);
    for (const AssetDisposal* disposal : records.disposals)
        events.add(disposal->date, "asset.dispose", timeline.asset,
                   "资产处置（" + disposal->method + "）" +
                       (disposal->price ? "，价款 " + RuleContext::yuan(*disposal->price) : std::string()),
                   disposal->ref);
    for (const ChainAlert* alert : timeline.alerts)
        if (!alert->refs.empty())
            events.add(alert->date, "alert.raise", alert->id,
                       "链上预警 " + alert->rule + "：" + alert->message, alert->refs.front());
    return std::move(events).sorted();
}

} // namespace lj
