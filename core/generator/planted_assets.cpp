// Planted cases of the asset rules A01–A10 and their clean look-alikes. Dates count back from the
// export's last month (p.month(k, day)), so the cases fit any period; boundaries are exact (180
// idle days, 36 months, 90 days, 50,000 yuan).
#include "generator/name_pools.h"
#include "generator/planted_common.h"

#include <algorithm>

namespace lj::gen {

namespace {

Date lastDayOf(Date start, int months) {
    return start.addMonths(months).addDays(-1);
}

std::string manufacturer(Plant& p, Date known) {
    return p.firm(p.d.rng().pick(manufacturingTrades()), known);
}

void lateRegistration(Plant& p) {
    const Date start = p.month(38);
    const Date registered = p.month(28, 12);
    const std::string asset = p.asset("factory", registered);
    const std::string lessee = manufacturer(p, start.addDays(-70));
    const LeaseResult lease =
        p.listed(asset, lessee, start, lastDayOf(start, 36), p.d.typicalRent(p.lastAsset), "quarterly");
    p.carryOn(asset, start.addMonths(36));
    const std::string alert =
        p.alert("A01", asset, "资产交易早于资产登记（先交易后登记）", registered.addDays(3));
    p.fire("A01", "A01-1", {asset},
           "listed " + start.addDays(-50).toString() + ", lease " + lease.contract + " from " +
               start.toString() + ", registered in 清产核资系统 only on " + registered.toString());
    p.clean("D02", "D02-LA", {alert}, "the chain's A01 alert on " + asset + " is reproduced by rule A01");

    const Date sameDay = p.month(30, 8);
    const std::string second = p.asset("shopfront", sameDay);
    const std::int64_t rent = std::min<std::int64_t>(p.d.typicalRent(p.lastAsset), 3600000);
    const std::string contract = p.direct(second, p.villager(sameDay), sameDay.addDays(10),
                                          lastDayOf(sameDay.addDays(10), 24), rent, "quarterly", {}, sameDay);
    p.carryOn(second, lastDayOf(sameDay.addDays(10), 24).addDays(1));
    p.clean("A01", "A01-LA", {second},
            "registered " + sameDay.toString() + "; contract " + contract +
                " (not publicly listed) signed the same day, i.e. not before");
}

void idleAssets(Plant& p) {
    // An open idle run: the lease ended 20 months ago and nothing followed.
    {
        const Date start = p.month(56);
        const std::string asset = p.asset("warehouse", start.addDays(-60));
        const Date end = lastDayOf(start, 36);
        const std::int64_t marketRent = p.d.typicalRent(p.lastAsset);
        p.listed(asset, manufacturer(p, start.addDays(-70)), start, end, marketRent, "semiannual");
        p.d.assetStatus(p.village, asset, "idle", end.addDays(1));
        p.fire("A02", "A02-1", {asset},
               "lease ended " + end.toString() +
                   ", idle (asset.status idle) ever since: an open interval of " +
                   std::to_string(end.addDays(1).inclusiveDaysTo(p.end())) + " days");
    }
    // A closed run of about ten months between two leases.
    {
        const Date first = p.month(68);
        const std::string asset = p.asset("shopfront", first.addDays(-60));
        const Date firstEnd = lastDayOf(first, 24);
        const std::int64_t rent = p.d.typicalRent(p.lastAsset);
        p.listed(asset, p.villager(first.addDays(-60)), first, firstEnd, rent, "quarterly");
        p.d.assetStatus(p.village, asset, "idle", firstEnd.addDays(1));
        const Date second = p.month(34);
        p.listed(asset, p.villager(second.addDays(-60)), second, lastDayOf(second, 24), rent, "quarterly");
        p.carryOn(asset, second.addMonths(24));
        p.fire("A02", "A02-2", {asset},
               "idle " + firstEnd.addDays(1).toString() + ".." + second.addDays(-1).toString() + " (" +
                   std::to_string(firstEnd.addDays(1).inclusiveDaysTo(second.addDays(-1))) +
                   " days), a closed interval");
    }
    // Exactly at the threshold: idle since as-of − 179 (180 days counted inclusively) fires;
    // idle since as-of − 178 (179 days) does not.
    for (int days : {180, 179}) {
        const Date idleFrom = p.end().addDays(1 - days);
        const Date start = idleFrom.addMonths(-24);
        const std::string asset = p.asset("land", start.addDays(-60));
        const std::int64_t marketRent = p.d.typicalRent(p.lastAsset);
        p.direct(asset, p.villager(start.addDays(-60)), start, idleFrom.addDays(-1), marketRent, "annual");
        p.d.assetStatus(p.village, asset, "idle", idleFrom);
        const std::string note = "land idle since " + idleFrom.toString() + ": " + std::to_string(days) +
                                 " days up to the as-of date, counted inclusively";
        if (days == 180)
            p.fire("A02", "A02-3", {asset}, note);
        else
            p.clean("A02", "A02-LA-OPEN", {asset}, note + " (one short)");
    }
    // A closed gap of 179 days between two leases.
    {
        const Date first = p.month(62);
        const std::string asset = p.asset("factory", first.addDays(-60));
        const Date firstEnd = lastDayOf(first, 36);
        const std::int64_t rent = p.d.typicalRent(p.lastAsset);
        p.listed(asset, manufacturer(p, first.addDays(-70)), first, firstEnd, rent, "quarterly");
        p.d.assetStatus(p.village, asset, "idle", firstEnd.addDays(1));
        const Date second = firstEnd.addDays(180);
        p.listed(asset, manufacturer(p, second.addDays(-70)), second, lastDayOf(second, 36), rent,
                 "quarterly");
        p.carryOn(asset, second.addMonths(36));
        p.clean("A02", "A02-LA", {asset},
                "idle " + firstEnd.addDays(1).toString() + ".." + second.addDays(-1).toString() +
                    " (179 days) between two leases");
    }
}

void longLeases(Plant& p) {
    {
        const Date start = p.month(18);
        const std::string asset = p.asset("factory", start.addDays(-120));
        const std::int64_t marketRent = p.d.typicalRent(p.lastAsset);
        const LeaseResult lease = p.listed(asset, manufacturer(p, start.addDays(-70)), start,
                                           lastDayOf(start, 60), marketRent, "quarterly");
        p.alert("A03", lease.contract, "租赁期限超过36个月", start.addDays(-30));
        p.fire("A03", "A03-1", {lease.contract, asset},
               "publicly listed lease of 60 months from " + start.toString());
    }
    for (bool oneDayMore : {true, false}) {
        const Date start = p.month(26);
        const std::string asset = p.asset("warehouse", start.addDays(-90));
        const Date end = oneDayMore ? start.addMonths(36) : lastDayOf(start, 36);
        const std::int64_t marketRent = p.d.typicalRent(p.lastAsset);
        const LeaseResult lease =
            p.listed(asset, manufacturer(p, start.addDays(-70)), start, end, marketRent, "semiannual");
        const std::string term = start.toString() + ".." + end.toString();
        if (oneDayMore)
            p.fire("A03", "A03-2", {lease.contract, asset}, "36 months and one day (" + term + ")");
        else
            p.clean("A03", "A03-LA", {lease.contract, asset}, "exactly 36 months (" + term + ")");
    }
    {
        const Date start = p.month(30);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const std::int64_t marketRent = p.d.typicalRent(p.lastAsset);
        const LeaseResult lease = p.listed(asset, p.villager(start.addDays(-60)), start, lastDayOf(start, 36),
                                           marketRent, "quarterly");
        const Date amended = p.month(2, 15);
        p.d.amendLease(lease.contract, amended, lastDayOf(start, 72), std::nullopt, p.village);
        p.fire("A03", "A03-AMEND", {lease.contract, asset},
               "36-month lease extended by contract.amend (" + amended.toString() + ") to " +
                   lastDayOf(start, 72).toString() + " without re-listing");
    }
}

void expiringLeases(Plant& p) {
    for (int days : {30, 90, 91}) {
        const Date end = p.end().addDays(days);
        const Date start = end.addDays(1).addMonths(-24);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const std::int64_t marketRent = p.d.typicalRent(p.lastAsset);
        const LeaseResult lease =
            p.listed(asset, p.villager(start.addDays(-60)), start, end, marketRent, "quarterly");
        const std::string note =
            "lease ends " + end.toString() + " (" + std::to_string(days) + " days after as-of)";
        if (days <= 90)
            p.fire("A04", days == 30 ? "A04-1" : "A04-2", {lease.contract, asset}, note);
        else
            p.clean("A04", "A04-LA", {lease.contract, asset}, note);
    }
}

void overstayingLessees(Plant& p) {
    {
        const Date start = p.month(38);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const Date end = lastDayOf(start, 24);
        const std::string lessee = p.villager(start.addDays(-60));
        const std::int64_t rent = p.d.typicalRent(p.lastAsset);
        const LeaseResult lease = p.listed(asset, lessee, start, end, rent, "monthly");
        p.d.assetStatus(p.village, asset, "idle", end.addDays(1));
        const std::string receipt = p.d.nextId("SK", end.addDays(76).year(), 5);
        const std::string tx = p.d.recordReceipt(p.village, lessee, rent / 12, end.addDays(76),
                                                 lease.contract, "transfer", receipt);
        const Date next = end.addDays(121);
        p.listed(asset, p.villager(next.addDays(-60)), next, lastDayOf(next, 24), rent, "monthly");
        p.carryOn(asset, next.addMonths(24));
        p.fire("A05", "A05-1", {lease.contract, asset},
               "lease ended " + end.toString() + "; rent " + receipt + " received from the old lessee on " +
                   end.addDays(76).toString() + "; next lease from " + next.toString(),
               {tx});
    }
    {
        const Date start = p.month(34);
        const std::string asset = p.asset("warehouse", start.addDays(-90));
        const Date end = lastDayOf(start, 24);
        const std::int64_t rent = p.d.typicalRent(p.lastAsset);
        const LeaseResult lease =
            p.listed(asset, manufacturer(p, start.addDays(-70)), start, end, rent, "quarterly");
        p.d.assetStatus(p.village, asset, "in_use", end.addDays(31));
        const Date next = end.addDays(101);
        p.listed(asset, manufacturer(p, next.addDays(-70)), next, lastDayOf(next, 36), rent, "quarterly");
        p.fire("A05", "A05-2", {lease.contract, asset},
               "lease ended " + end.toString() + "; inspection recorded the warehouse in use on " +
                   end.addDays(31).toString() + "; next lease from " + next.toString());
    }
    {
        const Date start = p.month(30);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const Date end = lastDayOf(start, 24);
        const std::string lessee = p.villager(start.addDays(-60));
        const std::int64_t rent = p.d.typicalRent(p.lastAsset);
        RentPlan plan;
        const Date lastDue = start.addMonths(23);
        plan.delayDays[23] = end.addDays(20).days - lastDue.days; // the last month paid after the end
        const LeaseResult lease = p.listed(asset, lessee, start, end, rent, "monthly", 0, 2, plan);
        p.listed(asset, lessee, end.addDays(1), lastDayOf(end.addDays(1), 24), rent, "monthly");
        p.clean("A05", "A05-LA", {lease.contract, asset},
                "lease ended " + end.toString() + "; its last month's rent came on " +
                    end.addDays(20).toString() + " while the renewal to the same lessee was in force");
    }
}

void overdueRent(Plant& p) {
    {
        const Date start = p.month(20);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const std::string lessee = p.villager(start.addDays(-40));
        RentPlan plan;
        plan.missing = {12, 13, 14};
        const std::string contract =
            p.direct(asset, lessee, start, lastDayOf(start, 36), 3600000, "monthly", plan);
        p.fire("A06", "A06-1", {contract, lessee},
               "monthly rent due " + start.addMonths(12).toString() + ", " + start.addMonths(13).toString() +
                   " and " + start.addMonths(14).toString() + " never received");
    }
    {
        const Date start = p.month(27);
        const std::string asset = p.asset("factory", start.addDays(-90));
        const std::string lessee = manufacturer(p, start.addDays(-70));
        RentPlan plan;
        plan.missing = {5};
        const LeaseResult lease = p.listed(asset, lessee, start, lastDayOf(start, 36),
                                           p.d.typicalRent(p.lastAsset), "quarterly", 0, 2, plan);
        p.fire("A06", "A06-2", {lease.contract, lessee},
               "quarterly instalment due " + start.addMonths(15).toString() + " never received");
    }
    {
        const Date start = p.month(29);
        const std::string asset = p.asset("land", start.addDays(-90));
        const std::string lessee = p.villager(start.addDays(-40));
        RentPlan plan;
        plan.missing = {2};
        const std::string contract = p.direct(asset, lessee, start, lastDayOf(start, 36),
                                              p.d.typicalRent(p.lastAsset), "annual", plan);
        p.fire("A06", "A06-3", {contract, lessee},
               "annual instalment due " + start.addMonths(24).toString() + " not received");
    }
    {
        const Date start = p.month(24);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        RentPlan plan;
        plan.delayDays[4] = 90;
        const std::int64_t marketRent = p.d.typicalRent(p.lastAsset);
        const LeaseResult lease = p.listed(asset, p.villager(start.addDays(-60)), start, lastDayOf(start, 36),
                                           marketRent, "quarterly", 0, 2, plan);
        p.clean("A06", "A06-LA", {lease.contract},
                "instalment due " + start.addMonths(12).toString() + " received exactly 90 days later");
    }
}

void offPlatformLeases(Plant& p) {
    struct Variant {
        const char* name;
        const char* type;
        std::int64_t rent;
        int months;
        const char* cycle;
        bool fires;
        const char* note;
    };
    const Variant variants[] = {
        {"A07-1", "shopfront", 6000000, 24, "quarterly", true,
         "operating asset leased at 60,000 yuan a year without listing"},
        {"A07-2", "warehouse", 5000000, 24, "semiannual", true,
         "operating asset at exactly 50,000 yuan a year without listing"},
        {"A07-LA1", "factory", 4999999, 24, "annual", false,
         "operating asset at 49,999.99 yuan a year (one fen below), 24 months, no listing"},
        {"A07-LA2", "land", 6000000, 36, "annual", false,
         "resource asset (land) at 60,000 yuan for 36 months without listing"},
    };
    for (const Variant& variant : variants) {
        const Date start = p.month(16);
        const std::string asset = p.asset(variant.type, start.addDays(-90));
        const std::string lessee = variant.type == std::string("land") ? p.villager(start.addDays(-40))
                                                                       : manufacturer(p, start.addDays(-70));
        const std::string contract =
            p.direct(asset, lessee, start, lastDayOf(start, variant.months), variant.rent, variant.cycle);
        if (variant.fires)
            p.fire("A07", variant.name, {contract, asset}, variant.note);
        else
            p.clean("A07", variant.name, {contract, asset}, variant.note);
    }
    const Date start = p.month(50);
    const std::string pond = p.asset("pond", start.addDays(-90));
    const std::string contract =
        p.direct(pond, p.villager(start.addDays(-40)), start, lastDayOf(start, 120), 2400000, "annual");
    p.fire("A07", "A07-3", {contract, pond}, "10-year pond lease without listing");
    p.fire("A03", "A03-POND", {contract, pond},
           "10-year pond lease (" + start.toString() + ".." + lastDayOf(start, 120).toString() + ")");
}

void cheapLeases(Plant& p) {
    {
        const Date start = p.month(22);
        const std::string asset = p.asset("factory", start.addDays(-90));
        const LeaseResult lease = p.listed(asset, manufacturer(p, start.addDays(-70)), start,
                                           lastDayOf(start, 36), 27000000, "quarterly", 30000000);
        p.fire("A08", "A08-1", {lease.contract, asset}, "reserve 300,000 yuan, let at 270,000");
    }
    {
        const Date first = p.month(40);
        const std::string asset = p.asset("shopfront", first.addDays(-90));
        const std::string lessee = p.villager(first.addDays(-60));
        p.listed(asset, lessee, first, lastDayOf(first, 24), 8000000, "quarterly", 7800000);
        const Date second = first.addMonths(24);
        const LeaseResult renewal =
            p.listed(asset, lessee, second, lastDayOf(second, 24), 7000000, "quarterly", 6600000);
        p.fire("A08", "A08-2", {renewal.contract, asset},
               "renewal at 70,000 yuan after 80,000 to the same lessee");
    }
    {
        const Date first = p.month(36);
        const std::string asset = p.asset("shopfront", first.addDays(-90));
        const std::string lessee = p.villager(first.addDays(-60));
        const std::int64_t rent = p.d.typicalRent(p.lastAsset);
        p.listed(asset, lessee, first, lastDayOf(first, 24), rent, "quarterly");
        const Date second = first.addMonths(24);
        const LeaseResult renewal = p.listed(asset, lessee, second, lastDayOf(second, 24), rent, "quarterly");
        p.clean("A08", "A08-LA1", {renewal.contract, asset}, "renewal to the same lessee at the same rent");
    }
    {
        const Date start = p.month(20);
        const std::string asset = p.asset("warehouse", start.addDays(-90));
        const std::int64_t rent = p.d.typicalRent(p.lastAsset);
        const LeaseResult lease = p.listed(asset, manufacturer(p, start.addDays(-70)), start,
                                           lastDayOf(start, 36), rent, "quarterly", rent);
        p.clean("A08", "A08-LA2", {lease.contract, asset}, "rent equal to the reserve");
    }
}

void thinListings(Plant& p) {
    {
        const Date start = p.month(14);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const std::int64_t marketRent = p.d.typicalRent(p.lastAsset);
        const LeaseResult lease = p.listed(asset, p.villager(start.addDays(-60)), start, lastDayOf(start, 36),
                                           marketRent, "quarterly", 0, 0);
        p.fire("A09", "A09-1", {lease.listing, asset}, "listing closed with one registered bidder");
    }
    {
        const Date registered = p.month(27);
        const std::string asset = p.asset("warehouse", registered);
        ListingSpec failed;
        failed.asset = asset;
        failed.village = p.village;
        failed.reserveRent = p.d.typicalRent(p.lastAsset);
        failed.termMonths = 36;
        failed.open = registered.addDays(4);
        failed.close = failed.open.addDays(20);
        const std::string listing = p.d.publishListing(failed);
        const Date start = p.month(24);
        p.listed(asset, manufacturer(p, start.addDays(-70)), start, lastDayOf(start, 36),
                 failed.reserveRent * 9 / 10 / 1200 * 1200, "quarterly",
                 failed.reserveRent * 9 / 10 / 1200 * 1200);
        p.fire("A09", "A09-2", {listing, asset},
               "listing closed " + failed.close.toString() +
                   " with no bidder (流拍); relisted at a lower reserve");
    }
    {
        const Date start = p.month(18);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const std::int64_t marketRent = p.d.typicalRent(p.lastAsset);
        const LeaseResult lease = p.listed(asset, p.villager(start.addDays(-60)), start, lastDayOf(start, 36),
                                           marketRent, "quarterly", 0, 1);
        p.clean("A09", "A09-LA", {lease.listing, asset}, "listing closed with exactly two bidders");
    }
    {
        const Date idleFrom = p.end().addDays(-99);
        const Date start = idleFrom.addMonths(-24);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const std::int64_t rent = p.d.typicalRent(p.lastAsset);
        p.listed(asset, p.villager(start.addDays(-60)), start, idleFrom.addDays(-1), rent, "quarterly");
        ListingSpec open;
        open.asset = asset;
        open.village = p.village;
        open.reserveRent = rent;
        open.termMonths = 24;
        open.open = p.end().addDays(-5);
        open.close = p.end().addDays(10);
        open.bids = {{p.villager(open.open), p.end().addDays(-2), {}, {}}};
        const std::string listing = p.d.publishListing(open);
        p.clean("A09", "A09-LA-OPEN", {listing, asset},
                "one bidder so far, but the listing closes " + open.close.toString() +
                    ", after the as-of date");
    }
}

// Bidders of one listing who share a phone, a deposit account or a legal representative.
void collusiveBids(Plant& p) {
    const Date start = p.month(15);
    auto listingWith = [&](const std::string& type, std::vector<BidSpec> bids, const std::string& winner) {
        const std::string asset = p.asset(type, start.addDays(-120));
        ListingSpec listing;
        listing.asset = asset;
        listing.village = p.village;
        listing.reserveRent = p.d.typicalRent(p.lastAsset);
        listing.termMonths = 36;
        listing.open = start.addDays(-50);
        listing.close = listing.open.addDays(15);
        listing.bids = std::move(bids);
        listing.winner = winner;
        listing.rent = listing.reserveRent;
        const std::string id = p.d.publishListing(listing);
        LeaseSpec lease;
        lease.village = p.village;
        lease.asset = asset;
        lease.lessee = winner;
        lease.start = start;
        lease.end = lastDayOf(start, 36);
        lease.signedOn = listing.close.addDays(5);
        lease.annualRent = listing.rent;
        lease.payCycle = "quarterly";
        lease.listing = id;
        p.d.signLease(lease);
        p.d.assetStatus(p.village, asset, "in_use", start);
        return id;
    };
    const Date open = start.addDays(-50);
    {
        const std::string person = p.villager(open.addDays(-30));
        const std::string firm = manufacturer(p, open.addDays(-30));
        const std::vector<BidSpec> bids = {{person, open.addDays(2), {}, {}},
                                           {firm, open.addDays(4), p.d.person(person).phone, {}},
                                           {p.villager(open.addDays(-30)), open.addDays(6), {}, {}}};
        const std::string listing = listingWith("shopfront", bids, person);
        p.alert("A10", listing, "同一标的竞买人联系电话相同", open.addDays(16));
        p.fire("A10", "A10-1", {listing, person, firm},
               "bidders " + person + " and " + firm + " registered bids with the same phone");
        p.fire("R02", "R02-PHONE-1", {person, firm},
               "a villager and a firm that present as independent share a phone");
    }
    {
        const std::string first = p.villager(open.addDays(-30));
        const std::string second = p.villager(open.addDays(-30));
        const std::vector<BidSpec> bids = {{first, open.addDays(1), {}, {}},
                                           {second, open.addDays(3), {}, p.d.person(first).account}};
        const std::string listing = listingWith("shopfront", bids, second);
        p.alert("A10", listing, "同一标的竞买人保证金来自同一账户", open.addDays(16));
        p.fire("A10", "A10-2", {listing, first, second},
               "bidders " + first + " and " + second + " paid the deposit from the same account");
        p.fire("R02", "R02-ACCT-1", {first, second}, "two bidders share a bank account");
    }
    {
        const std::string firstFirm = manufacturer(p, open.addDays(-30));
        FirmSpec twin;
        twin.village = p.village;
        twin.trade = std::string(p.d.rng().pick(manufacturingTrades()));
        twin.established = open.addDays(-900);
        twin.known = open.addDays(-20);
        twin.legalRep = p.d.firm(firstFirm).legalRep;
        const std::string secondFirm = p.d.registerFirm(twin);
        const std::vector<BidSpec> bids = {{firstFirm, open.addDays(2), {}, {}},
                                           {secondFirm, open.addDays(5), {}, {}},
                                           {manufacturer(p, open.addDays(-30)), open.addDays(7), {}, {}}};
        const std::string listing = listingWith("factory", bids, firstFirm);
        p.alert("A10", listing, "同一标的竞买企业法定代表人相同", open.addDays(16));
        p.fire("A10", "A10-3", {listing, firstFirm, secondFirm},
               "bidding firms " + firstFirm + " and " + secondFirm + " share legal representative " +
                   twin.legalRep);
        p.clean("R02", "R02-LA-REP", {secondFirm},
                "two firms with a common legal representative are linked, not hidden");
    }
    {
        // Three bidders named 陆 from the same village, each with their own phone, account, address.
        std::vector<BidSpec> bids;
        for (std::string_view given : {"建华", "雪芳", "国平"}) {
            PersonSpec spec;
            spec.village = p.village;
            spec.male = given != "雪芳";
            spec.birthYear = open.year() - 45;
            spec.source = Source::Trading;
            spec.known = open.addDays(-10);
            spec.name = "陆" + std::string(given);
            bids.push_back(
                {p.d.registerPerson(spec), open.addDays(static_cast<int>(bids.size()) * 3 + 1), {}, {}});
        }
        const std::string winner = bids.front().bidder;
        const std::string listing = listingWith("shopfront", bids, winner);
        p.clean("A10", "A10-LA", {listing, bids[0].bidder, bids[1].bidder, bids[2].bidder},
                "three bidders named 陆 from the same village with distinct phones, accounts and addresses");
    }
}

} // namespace

void assetPlanters(std::vector<Planter>& out) {
    out.insert(out.end(), {lateRegistration, idleAssets, longLeases, expiringLeases, overstayingLessees,
                           overdueRent, offPlatformLeases, cheapLeases, thinListings, collusiveBids});
}

} // namespace lj::gen
