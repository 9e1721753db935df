// Planted cases of the data-integrity rules D01 (cross-system mismatch) and D02 (chain alerts not
// reproduced), with look-alikes: one system revaluing its own record, another restating it
// identically, an alert that the rules do reproduce.
#include "generator/planted_common.h"

namespace lj::gen {

namespace {

Date lastDayOf(Date start, int months) {
    return start.addMonths(months).addDays(-1);
}

void crossSystemMismatches(Plant& p) {
    {
        const Date start = p.month(22);
        const std::string asset = "as-" + p.v().id + "-9" + std::to_string(10 + p.d.rng().rangeInt(0, 89));
        const std::string contract =
            p.direct(asset, p.villager(start.addDays(-40)), start, lastDayOf(start, 36), 1800000, "annual");
        p.fire("D01", "D01-1", {contract, asset}, "contract names asset " + asset + ", never registered");
    }
    {
        const Date day = p.month(13, 9);
        const std::string contract =
            "HT" + std::to_string(day.year() - 1) + "-99" + std::to_string(10 + p.d.rng().rangeInt(0, 89));
        const std::string receipt = p.d.nextId("SK", day.year(), 5);
        const std::string tx = p.d.recordReceipt(p.village, p.villager(day.addDays(-90)), 960000, day,
                                                 contract, "transfer", receipt);
        p.fire("D01", "D01-2", {receipt, contract},
               "receipt names contract " + contract + ", which does not exist", {tx});
    }
    struct Variant {
        const char* name;
        Source source;
        int areaDelta;
        std::int64_t valueDelta;
        bool fires;
        const char* note;
    };
    const Variant variants[] = {
        {"D01-3", Source::Trading, 150, 0, true, "清产核资系统 and 产权交易系统 state different floor areas"},
        {"D01-LA1", Source::Inventory, 0, 1500000, false,
         "the same system (清产核资系统) restates the book value (revaluation)"},
        {"D01-LA2", Source::Trading, 0, 0, false,
         "产权交易系统 restates the asset with identical area and book value"},
    };
    for (const Variant& variant : variants) {
        const Date start = p.month(34);
        const std::string asset = p.asset("warehouse", start.addDays(-90));
        AssetSpec restated = p.lastAsset;
        *restated.areaM2 += variant.areaDelta;
        restated.bookValue += variant.valueDelta;
        p.d.restateAsset(restated, asset, variant.source, start.addDays(-55));
        const std::int64_t rent = p.d.typicalRent(p.lastAsset);
        p.listed(asset, p.firm("物流有限公司", start.addDays(-70)), start, lastDayOf(start, 24), rent,
                 "quarterly");
        p.carryOn(asset, start.addMonths(24));
        const std::string note = std::string(variant.note) + " (" + std::to_string(*p.lastAsset.areaM2) +
                                 " vs " + std::to_string(*restated.areaM2) + " m², book value " +
                                 std::to_string(p.lastAsset.bookValue / 100) + " vs " +
                                 std::to_string(restated.bookValue / 100) + " yuan)";
        if (variant.fires)
            p.fire("D01", variant.name, {asset}, note);
        else
            p.clean("D01", variant.name, {asset}, note);
    }
}

void unreproducedAlert(Plant& p) {
    const Date start = p.month(26);
    const std::string asset = p.asset("shopfront", start.addDays(-90));
    RentPlan plan;
    plan.delayDays[4] = 60;
    const std::int64_t marketRent = p.d.typicalRent(p.lastAsset);
    const LeaseResult lease = p.listed(asset, p.villager(start.addDays(-60)), start, lastDayOf(start, 36),
                                       marketRent, "quarterly", 0, 2, plan);
    const Date due = start.addMonths(12);
    const std::string alert =
        p.alert("A06", lease.contract, "租金逾期30日未收取（合同约定）", due.addDays(31));
    p.fire("D02", "D02-1", {alert, lease.contract},
           "chain raised A06 (a 30-day contract setting) for " + lease.contract + "; the instalment due " +
               due.toString() + " was received 60 days late, so A06 with the default 90 days never fires");
    p.clean("A06", "A06-LA2", {lease.contract},
            "instalment due " + due.toString() + " received 60 days late (within 90)");
}

} // namespace

void integrityPlanters(std::vector<Planter>& out) {
    out.insert(out.end(), {crossSystemMismatches, unreproducedAlert});
}

} // namespace lj::gen
