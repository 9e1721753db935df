// Collective assets and their leases: registration, status declarations, public listings with bids
// and results, contracts, amendments, and rent receipts per instalment. The ordinary ("noise")
// lease chains are kept clean: listed when large, never longer than 36 months, no idle run of 180
// days, rents rising, every instalment paid within 90 days and never after the lease ended.
#include "generator/district.h"
#include "generator/name_pools.h"

#include <algorithm>
#include <array>

namespace lj::gen {

namespace {

int cycleMonths(std::string_view cycle) {
    if (cycle == "monthly") return 1;
    if (cycle == "quarterly") return 3;
    if (cycle == "semiannual") return 6;
    return 12;
}

// Terms end the day before the anniversary, so that a 36-month lease covers exactly 36 months.
Date leaseEnd(Date start, int months) {
    return start.addMonths(months).addDays(-1);
}

struct AssetKind {
    std::string_view type, category, nameStem;
    bool areaInMu;
    int minArea, maxArea;
    int minRate, maxRate; // yuan per m² or mu per year
    int bookPerUnit;      // yuan
};

constexpr std::array<AssetKind, 8> kKinds = {{
    {"factory", "operating", "工业小区%d号厂房", false, 800, 5000, 150, 220, 1800},
    {"warehouse", "operating", "%d号仓库", false, 500, 3000, 90, 140, 1200},
    {"shopfront", "operating", "沿街门面房%d号", false, 60, 300, 350, 700, 4000},
    {"land", "resource", "%d组农用地", true, 20, 200, 900, 1400, 6000},
    {"pond", "resource", "东鱼塘%d号", true, 10, 80, 1100, 1700, 9000},
    {"forest", "resource", "%d号林地", true, 50, 300, 150, 300, 2000},
    {"office", "non_operating", "村委会办公楼", false, 600, 1500, 0, 0, 2500},
    {"other", "non_operating", "村文化活动中心", false, 300, 900, 0, 0, 2200},
}};

std::string numberedName(std::string_view stem, int number) {
    std::string name(stem);
    const auto at = name.find("%d");
    if (at != std::string::npos) name.replace(at, 2, std::to_string(number));
    return name;
}

} // namespace

std::string District::registerAsset(const AssetSpec& spec) {
    Village& village = m_villages[static_cast<std::size_t>(spec.village)];
    std::string id = spec.idOverride;
    if (id.empty()) {
        char serial[16];
        std::snprintf(serial, sizeof serial, "%03d", ++village.assetSerial);
        id = "as-" + village.id + "-" + serial;
    }
    restateAsset(spec, id, Source::Inventory, spec.registered);
    if (spec.category == "non_operating") assetStatus(spec.village, id, "self_use", spec.registered);
    return id;
}

std::string District::restateAsset(const AssetSpec& spec, const std::string& id, Source source, Date when) {
    const Village& village = m_villages[static_cast<std::size_t>(spec.village)];
    Body body;
    body.str("id", id)
        .str("org", village.id)
        .str("name", village.name + spec.name)
        .str("category", spec.category);
    body.str("type", spec.type);
    if (spec.areaM2) body.num("area_m2", *spec.areaM2);
    if (spec.areaMu) body.num("area_mu", *spec.areaMu);
    body.num("book_value", spec.bookValue)
        .date("acquired", spec.acquired)
        .date("registered", spec.registered);
    return m_sink.add(source, actorFor(source, spec.village), "asset.register", body, when, m_rng);
}

void District::assetStatus(int village, const std::string& asset, std::string_view status, Date asOf) {
    m_sink.add(Source::Inventory, actorFor(Source::Inventory, village), "asset.status",
               Body().str("asset", asset).str("status", std::string(status)).date("as_of", asOf), asOf,
               m_rng);
}

std::string District::publishListing(const ListingSpec& spec) {
    const std::string id = nextId("GP", spec.open.year(), 4);
    const std::string& actor = actorFor(Source::Trading, spec.village);
    m_sink.add(Source::Trading, actor, "listing.publish",
               Body()
                   .str("id", id)
                   .str("asset", spec.asset)
                   .num("reserve_rent", spec.reserveRent)
                   .num("term_months", spec.termMonths)
                   .date("open", spec.open)
                   .date("close", spec.close),
               spec.open, m_rng);
    std::set<std::string> bidders;
    for (const BidSpec& bid : spec.bids) {
        const bool firm = m_firms.count(bid.bidder) > 0;
        const std::string phone = !bid.phone.empty() ? bid.phone
                                  : firm             ? m_firms.at(bid.bidder).phone
                                                     : m_persons.at(bid.bidder).phone;
        const std::string account = !bid.account.empty() ? bid.account
                                    : firm               ? m_firms.at(bid.bidder).account
                                                         : m_persons.at(bid.bidder).account;
        m_sink.add(Source::Trading, actor, "bid.register",
                   Body()
                       .str("listing", id)
                       .str("bidder", bid.bidder)
                       .date("date", bid.date)
                       .strIf("phone", phone)
                       .strIf("deposit_account", account),
                   bid.date, m_rng);
        bidders.insert(bid.bidder);
    }
    if (spec.publishResult) {
        Body result;
        result.str("listing", id);
        if (!spec.winner.empty()) result.str("winner", spec.winner).num("rent", spec.rent);
        result.num("bidders", static_cast<std::int64_t>(bidders.size())).date("date", spec.close);
        m_sink.add(Source::Trading, actor, "listing.result", result, spec.close, m_rng);
    }
    return id;
}

std::string District::signLease(const LeaseSpec& spec) {
    const Village& village = m_villages[static_cast<std::size_t>(spec.village)];
    const std::string id = spec.idOverride.empty() ? nextId("HT", spec.signedOn.year(), 4) : spec.idOverride;
    std::string signer = village.officialOn("director", spec.signedOn);
    if (signer.empty()) signer = village.officialOn("party_secretary", spec.signedOn);
    Body body;
    body.str("id", id).str("asset", spec.asset).str("lessor", village.id).str("lessee", spec.lessee);
    body.date("start", spec.start)
        .date("end", spec.end)
        .num("annual_rent", spec.annualRent)
        .str("pay_cycle", spec.payCycle);
    body.strIf("listing", spec.listing).date("signed", spec.signedOn).strIf("signer", signer);
    m_sink.add(spec.source, actorFor(spec.source, spec.village), "contract.sign", body, spec.signedOn, m_rng);
    if (spec.rent.none) return id;

    m_lastReceipts.clear();
    const int months = cycleMonths(spec.payCycle);
    const Date paidThrough = spec.paidThrough.value_or(spec.end);
    const std::int64_t instalment = spec.annualRent * months / 12;
    for (int k = 0;; ++k) {
        const Date due = spec.start.addMonths(k * months);
        if (due > paidThrough || due > to()) break;
        if (spec.rent.missing.count(k)) continue;
        Date paid;
        if (auto delay = spec.rent.delayDays.find(k); delay != spec.rent.delayDays.end()) {
            paid = due.addDays(delay->second);
        } else {
            // Mostly within three weeks, sometimes weeks late, never after the lease has ended.
            const bool late = m_rng.chance(15);
            const int days = late ? m_rng.rangeInt(21, 80) : m_rng.rangeInt(0, 20);
            paid = std::min(due.addDays(days), std::max(due, paidThrough));
        }
        const std::string receipt = nextId("SK", paid.year(), 5);
        recordReceipt(spec.village, spec.lessee, instalment, paid, id,
                      spec.rent.cash.count(k) ? "cash" : "transfer", receipt);
        m_lastReceipts[k] = receipt;
    }
    return id;
}

std::string District::recordReceipt(int village, const std::string& payer, std::int64_t amount, Date date,
                                    const std::string& contract, std::string_view method,
                                    std::string idOverride) {
    const std::string id = idOverride.empty() ? nextId("SK", date.year(), 5) : idOverride;
    const Village& v = m_villages[static_cast<std::size_t>(village)];
    return m_sink.add(Source::Funds, actorFor(Source::Funds, village), "receipt.record",
                      Body()
                          .str("id", id)
                          .str("org", v.id)
                          .str("payer", payer)
                          .num("amount", amount)
                          .date("date", date)
                          .strIf("contract", contract)
                          .str("method", std::string(method)),
                      date, m_rng);
}

std::string District::amendLease(const std::string& contract, Date date, std::optional<Date> end,
                                 std::optional<std::int64_t> annualRent, int village) {
    Body body;
    body.str("contract", contract).date("date", date);
    if (end) body.date("end", *end);
    if (annualRent) body.num("annual_rent", *annualRent);
    return m_sink.add(Source::Platform, actorFor(Source::Platform, village), "contract.amend", body, date,
                      m_rng);
}

std::string District::terminateLease(const std::string& contract, Date date, const std::string& reason,
                                     int village) {
    return m_sink.add(Source::Trading, actorFor(Source::Trading, village), "contract.terminate",
                      Body().str("contract", contract).date("date", date).str("reason", reason), date, m_rng);
}

std::string District::newLessee(int village, std::string_view assetType, Date known) {
    const Date established = known.addDays(-m_rng.rangeInt(400, 5000));
    if (assetType == "factory" || assetType == "warehouse")
        return registerFirm(village, m_rng.pick(manufacturingTrades()), established, known);
    if (assetType == "shopfront") {
        if (m_rng.chance(50)) return registerFirm(village, m_rng.pick(shopTrades()), established, known);
        return newVillager(village, Source::Trading, known);
    }
    if ((assetType == "land" || assetType == "pond" || assetType == "forest") && m_rng.chance(35))
        return registerFirm(village, m_rng.pick(farmingTrades()), established, known);
    return newVillager(village, Source::Trading, known);
}

std::vector<BidSpec> District::losingBidders(int village, int count, Date open, Date close, bool firms) {
    Village& v = m_villages[static_cast<std::size_t>(village)];
    std::vector<std::string>& pool = firms ? v.bidderFirms : v.bidderPersons;
    while (pool.size() < static_cast<std::size_t>(count) + 4) {
        if (firms) {
            const Date established = open.addDays(-m_rng.rangeInt(800, 6000));
            pool.push_back(registerFirm(village, m_rng.pick(manufacturingTrades()), established, open));
        } else {
            pool.push_back(newVillager(village, Source::Trading, open));
        }
    }
    std::vector<BidSpec> bids;
    std::set<std::size_t> taken;
    while (bids.size() < static_cast<std::size_t>(count)) {
        const std::size_t index = m_rng.below(pool.size());
        if (!taken.insert(index).second) continue;
        bids.push_back({pool[index], randomDay(open, close), {}, {}});
    }
    return bids;
}

AssetSpec District::typicalAsset(int village, std::string_view type, Date registered) {
    const AssetKind* kind = &kKinds[0];
    for (const AssetKind& candidate : kKinds)
        if (candidate.type == type) kind = &candidate;
    const Village& v = m_villages[static_cast<std::size_t>(village)];
    AssetSpec spec;
    spec.village = village;
    const int number = ++m_assetNames[v.id + "/" + std::string(type)];
    spec.name = numberedName(kind->nameStem, number + (kind->type == "land" ? 2 : 0));
    spec.category = std::string(kind->category);
    spec.type = std::string(kind->type);
    const int area = m_rng.rangeInt(kind->minArea, kind->maxArea);
    if (kind->areaInMu)
        spec.areaMu = area;
    else
        spec.areaM2 = area;
    spec.bookValue = static_cast<std::int64_t>(area) * kind->bookPerUnit * 100;
    spec.acquired = randomDay(Date::fromCivil(1995, 1, 1), registered.addMonths(-6));
    spec.registered = registered;
    return spec;
}

std::int64_t District::typicalRent(const AssetSpec& spec) {
    const AssetKind* kind = &kKinds[0];
    for (const AssetKind& candidate : kKinds)
        if (candidate.type == spec.type) kind = &candidate;
    const std::int64_t area = spec.areaMu ? *spec.areaMu : spec.areaM2.value_or(100);
    return roundRent(area * m_rng.rangeInt(kind->minRate, kind->maxRate) * 100);
}

void District::villageAssets(int village) {
    // How many assets of each kind a village holds: two factories, two warehouses, three
    // shopfronts, two fields, two ponds, sometimes woodland, an office and a community centre.
    const std::array<int, 8> counts = {2, 2, 3, 2, 2, m_rng.chance(50) ? 1 : 0, 1, 1};
    for (std::size_t k = 0; k < kKinds.size(); ++k) {
        const AssetKind& kind = kKinds[k];
        for (int n = 1; n <= counts[k]; ++n) {
            const AssetSpec spec =
                typicalAsset(village, kind.type, randomDay(from().addMonths(-30), from().addMonths(-6)));
            const std::string asset = registerAsset(spec);
            if (kind.category == "non_operating") continue;
            const std::int64_t reserve = typicalRent(spec);
            continueLeasing(village, asset, kind.type, kind.category, reserve,
                            spec.registered.addDays(m_rng.rangeInt(60, 150)));
        }
    }
}

void District::continueLeasing(int village, const std::string& asset, std::string_view type,
                               std::string_view category, std::int64_t reserve, Date firstStart) {
    std::string lessee;
    std::int64_t rent = 0;
    for (Date start = firstStart; start <= to().addDays(400);) {
        // Terms of 12, 24 or 36 months, never ending in the 90 days after the export's end (a lease
        // expiring then is a planted A04 case, not noise).
        const bool land = category == "resource";
        static constexpr std::array<int, 3> kTerms = {36, 24, 12};
        int term = land || type == "factory" ? 36 : kTerms[m_rng.below(3)];
        for (int attempt = 0; attempt < 3; ++attempt) {
            const Date end = leaseEnd(start, term);
            if (end < to() || end > to().addDays(100)) break;
            term = term == 12 ? 24 : term - 12;
        }
        const Date end = leaseEnd(start, term);
        const bool renew = !lessee.empty() && m_rng.chance(50);
        const std::int64_t base = std::max(reserve, rent);
        const std::int64_t reserveNow = roundRent(base * m_rng.rangeInt(100, 106) / 100);
        const bool listed = category == "operating"
                                ? !(type == "shopfront" && reserveNow < 4000000 && m_rng.chance(30))
                                : reserveNow >= 3000000;
        LeaseSpec lease;
        lease.village = village;
        lease.asset = asset;
        lease.start = start;
        lease.end = end;
        lease.payCycle = land                  ? "annual"
                         : type == "shopfront" ? (m_rng.chance(15) ? "monthly" : "quarterly")
                                               : (m_rng.chance(50) ? "quarterly" : "semiannual");
        if (listed) {
            ListingSpec listing;
            listing.asset = asset;
            listing.village = village;
            listing.reserveRent = reserveNow;
            listing.termMonths = term;
            listing.open = start.addDays(-m_rng.rangeInt(40, 55));
            listing.close = listing.open.addDays(m_rng.rangeInt(10, 20));
            const std::string winner = renew ? lessee : newLessee(village, type, listing.open);
            const bool firms = type == "factory" || type == "warehouse";
            listing.bids = losingBidders(village, m_rng.rangeInt(1, 2), listing.open, listing.close, firms);
            const auto position = static_cast<long>(m_rng.below(listing.bids.size() + 1));
            const Date winningBid = randomDay(listing.open, listing.close);
            listing.bids.insert(listing.bids.begin() + position, BidSpec{winner, winningBid, {}, {}});
            listing.winner = winner;
            listing.rent = roundRent(reserveNow * m_rng.rangeInt(100, 112) / 100);
            lease.listing = publishListing(listing);
            lease.lessee = winner;
            lease.annualRent = listing.rent;
            lease.signedOn = listing.close.addDays(m_rng.rangeInt(3, 15));
            lease.source = Source::Trading;
        } else {
            lease.lessee = renew ? lessee : newLessee(village, type, start.addDays(-40));
            lease.annualRent = reserveNow;
            lease.signedOn = start.addDays(-m_rng.rangeInt(10, 30));
            lease.source = Source::Platform;
        }
        signLease(lease);
        assetStatus(village, asset, "in_use", start);
        lessee = lease.lessee;
        rent = lease.annualRent;
        // Usually let again at once; sometimes after a gap of up to four months.
        const int gap = m_rng.chance(60) ? 0 : m_rng.rangeInt(10, 120);
        if (gap > 20) assetStatus(village, asset, "idle", end.addDays(1));
        start = end.addDays(1 + gap);
    }
}

} // namespace lj::gen
