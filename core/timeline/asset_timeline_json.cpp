// timelineToJson: the timeline as a JSON document for the app and the CLI; tx ids, not TxRefIds.
#include "timeline/asset_timeline.h"

namespace lj {

namespace {

using json::Value;

Value text(const std::string& s) {
    return s.empty() ? Value() : Value::string(s);
}
Value date(const std::optional<Date>& d) {
    return d ? Value::string(d->toString()) : Value();
}
Value date(Date d) {
    return Value::string(d.toString());
}
Value money(const std::optional<std::int64_t>& fen) {
    return fen ? Value::number(*fen) : Value();
}

Value txList(const Dataset& data, const std::vector<TxRefId>& refs) {
    Value list = Value::array();
    for (const std::string& tx : data.txIds(refs))
        list.push(Value::string(tx));
    return list;
}

Value leaseJson(const TimelineLease& lease) {
    Value termination;
    if (lease.terminated)
        termination =
            Value::object().set("date", date(lease.terminated)).set("reason", text(lease.terminationReason));
    return Value::object()
        .set("contract", Value::string(lease.contract))
        .set("lessee", text(lease.lessee))
        .set("start", date(lease.start))
        .set("end", date(lease.end))
        .set("annual_rent", money(lease.annualRent))
        .set("listing", text(lease.listing))
        .set("in_force_at_as_of", Value::boolean(lease.inForceAtAsOf))
        .set("signed", date(lease.signedOn))
        .set("pay_cycle", text(lease.payCycle))
        .set("termination", std::move(termination));
}

Value listingJson(const TimelineListing& listing) {
    return Value::object()
        .set("id", Value::string(listing.id))
        .set("open", date(listing.open))
        .set("close", date(listing.close))
        .set("reserve_rent", money(listing.reserveRent))
        .set("bidders", Value::number(listing.bidders))
        .set("winner", text(listing.winner))
        .set("rent", money(listing.resultRent))
        .set("result_date", date(listing.resultDate));
}

Value idleJson(const IdleRun& run, const Dataset& data) {
    return Value::object()
        .set("from", date(run.from))
        .set("to", date(run.to))
        .set("open", Value::boolean(run.open))
        .set("days", Value::number(run.days))
        .set("a02", Value::boolean(run.reachesThreshold))
        .set("txs", txList(data, run.refs));
}

Value instalmentJson(const RentInstalment& instalment) {
    return Value::object()
        .set("contract", Value::string(instalment.contract))
        .set("due", date(instalment.due))
        .set("amount", Value::number(instalment.amount))
        .set("received", Value::number(instalment.received))
        .set("overdue", Value::boolean(instalment.overdue))
        .set("due_total", Value::number(instalment.dueTotal))
        .set("limit", date(instalment.limit))
        .set("paid_by_limit", Value::number(instalment.paidByLimit));
}

Value alertJson(const ChainAlert& alert, const Dataset& data) {
    return Value::object()
        .set("id", Value::string(alert.id))
        .set("rule", text(alert.rule))
        .set("subject", text(alert.subject))
        .set("level", text(alert.level))
        .set("date", date(alert.date))
        .set("message", text(alert.message))
        .set("txs", txList(data, alert.refs));
}

} // namespace

json::Value timelineToJson(const AssetTimeline& timeline, const Dataset& data) {
    Value leases = Value::array(), statuses = Value::array(), listings = Value::array(),
          idle = Value::array(), instalments = Value::array(), alerts = Value::array(),
          events = Value::array();
    for (const TimelineLease& lease : timeline.leases)
        leases.push(leaseJson(lease));
    for (const TimelineStatus& status : timeline.statuses)
        statuses.push(Value::object()
                          .set("as_of", date(status.asOf))
                          .set("status", Value::string(status.status))
                          .set("tx", Value::string(data.txId(status.ref))));
    for (const TimelineListing& listing : timeline.listings)
        listings.push(listingJson(listing));
    for (const IdleRun& run : timeline.idle)
        idle.push(idleJson(run, data));
    for (const RentInstalment& instalment : timeline.instalments)
        instalments.push(instalmentJson(instalment));
    for (const ChainAlert* alert : timeline.alerts)
        alerts.push(alertJson(*alert, data));
    for (const TimelineEvent& event : timeline.events)
        events.push(Value::object()
                        .set("date", date(event.date))
                        .set("kind", Value::string(event.kind))
                        .set("subject", text(event.subject))
                        .set("text", Value::string(event.text))
                        .set("tx", Value::string(data.txId(event.ref))));
    Value disposal;
    if (const auto& d = timeline.disposal)
        disposal = Value::object()
                       .set("date", date(d->date))
                       .set("method", text(d->method))
                       .set("price", money(d->price))
                       .set("tx", Value::string(data.txId(d->ref)));

    return Value::object()
        .set("asset", Value::string(timeline.asset))
        .set("name", text(timeline.name))
        .set("type", text(timeline.type))
        .set("category", text(timeline.category))
        .set("org", text(timeline.org))
        .set("acquired", date(timeline.acquired))
        .set("registered", date(timeline.registered))
        .set("as_of", date(timeline.asOf))
        .set("leases", std::move(leases))
        .set("statuses", std::move(statuses))
        .set("listings", std::move(listings))
        .set("idle", std::move(idle))
        .set("instalments", std::move(instalments))
        .set("disposal", std::move(disposal))
        .set("alerts", std::move(alerts))
        .set("events", std::move(events));
}

} // namespace lj
