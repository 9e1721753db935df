#include "generator/planted_common.h"

#include "generator/name_pools.h"

#include <algorithm>

namespace lj::gen {

Plant::Plant(District& district, CaseBook& caseBook, int villageIndex, std::string suffix)
    : d(district)
    , book(caseBook)
    , village(villageIndex)
    , m_suffix(std::move(suffix)) {}

Date Plant::month(int monthsBack, int day) const {
    return Date::fromCivil(end().year(), end().month(), 1).addMonths(-monthsBack).addDays(day - 1);
}

void Plant::fire(const std::string& rule, const std::string& name, std::vector<std::string> subjects,
                 std::string note, std::vector<std::string> txs, std::optional<Date> asOf) {
    txs.erase(std::remove(txs.begin(), txs.end(), std::string()), txs.end());
    book.add({name + m_suffix, rule, true, asOf.value_or(end()), std::move(subjects), v().name + "：" + note,
              std::move(txs)});
}

void Plant::clean(const std::string& rule, const std::string& name, std::vector<std::string> subjects,
                  std::string note, std::optional<Date> asOf) {
    book.add({name + m_suffix,
              rule,
              false,
              asOf.value_or(end()),
              std::move(subjects),
              v().name + "：" + note,
              {}});
}

std::string Plant::villager(Date known, Source source, int minAge, int maxAge) {
    return d.newVillager(village, source, known, minAge, maxAge);
}

std::string Plant::firm(std::string_view trade, Date known) {
    return d.registerFirm(village, trade, known.addDays(-d.rng().rangeInt(900, 4000)), known);
}

std::string Plant::contractor(Date known) {
    return firm(d.rng().pick(constructionTrades()), known);
}

std::string Plant::asset(std::string_view type, Date registered) {
    lastAsset = d.typicalAsset(village, type, registered);
    return d.registerAsset(lastAsset);
}

LeaseResult Plant::listed(const std::string& asset, const std::string& lessee, Date start, Date endDate,
                          std::int64_t rent, std::string_view cycle, std::int64_t reserve, int losers,
                          RentPlan plan) {
    ListingSpec listing;
    listing.asset = asset;
    listing.village = village;
    listing.reserveRent = reserve > 0 ? reserve : rent;
    listing.termMonths = (endDate.year() - start.year()) * 12 + static_cast<int>(endDate.month()) -
                         static_cast<int>(start.month()) + (endDate.day() >= start.day() ? 1 : 0);
    listing.open = start.addDays(-50);
    listing.close = listing.open.addDays(15);
    listing.bids = d.losingBidders(village, losers, listing.open, listing.close, lessee.rfind("f-", 0) == 0);
    listing.bids.push_back({lessee, listing.open.addDays(3), {}, {}});
    listing.winner = lessee;
    listing.rent = rent;
    LeaseResult result;
    result.listing = d.publishListing(listing);
    LeaseSpec lease;
    lease.village = village;
    lease.asset = asset;
    lease.lessee = lessee;
    lease.start = start;
    lease.end = endDate;
    lease.signedOn = listing.close.addDays(5);
    lease.annualRent = rent;
    lease.payCycle = std::string(cycle);
    lease.listing = result.listing;
    lease.source = Source::Trading;
    lease.rent = std::move(plan);
    result.contract = d.signLease(lease);
    d.assetStatus(village, asset, "in_use", start);
    return result;
}

std::string Plant::direct(const std::string& asset, const std::string& lessee, Date start, Date endDate,
                          std::int64_t rent, std::string_view cycle, RentPlan plan,
                          std::optional<Date> signedOn) {
    LeaseSpec lease;
    lease.village = village;
    lease.asset = asset;
    lease.lessee = lessee;
    lease.start = start;
    lease.end = endDate;
    lease.signedOn = signedOn.value_or(start.addDays(-20));
    lease.annualRent = rent;
    lease.payCycle = std::string(cycle);
    lease.source = Source::Platform;
    lease.rent = std::move(plan);
    const std::string contract = d.signLease(lease);
    d.assetStatus(village, asset, "in_use", start);
    return contract;
}

void Plant::carryOn(const std::string& asset, Date from) {
    d.continueLeasing(village, asset, lastAsset.type, lastAsset.category, d.typicalRent(lastAsset), from);
}

std::string Plant::project(ProjectPlan plan) {
    const std::string contractorId =
        plan.contractor.empty() ? contractor(plan.approved.addDays(-30)) : plan.contractor;
    ProjectSpec spec;
    spec.village = village;
    spec.name = plan.name;
    spec.budget = plan.budget;
    spec.approved = plan.approved;
    spec.plannedEnd = plan.plannedEnd;
    spec.procurement = plan.procurement;
    const std::string id = d.approveProject(spec);
    const Date awarded = plan.awarded.value_or(plan.approved.addDays(20));
    const std::int64_t price = plan.price > 0 ? plan.price : plan.budget * 94 / 100 / 100 * 100;
    std::vector<std::string> bidders = plan.bidders;
    if (bidders.empty()) {
        bidders = {contractorId, contractor(awarded.addDays(-30)), contractor(awarded.addDays(-30))};
        std::sort(bidders.begin(), bidders.end());
    }
    d.awardProject(id, village, contractorId, price, awarded, bidders);
    const std::int64_t total = plan.completed ? plan.finalCost.value_or(price) : price * 30 / 100;
    if (plan.completed) d.completeProject(id, village, *plan.completed, plan.finalCost.value_or(price));
    if (!plan.payments) return id;
    // Paid in instalments below 80,000 yuan, each clear of the others (F01, F05).
    Date due = awarded.addDays(15);
    for (std::int64_t left = total; left > 0;) {
        const std::int64_t amount = std::min<std::int64_t>(left, 8000000);
        PaymentSpec payment;
        payment.village = village;
        payment.payee = contractorId;
        payment.amount = amount;
        payment.date = d.clearPaymentDate(village, contractorId, id, due, amount);
        payment.purpose = "工程款";
        payment.project = id;
        d.pay(payment);
        left -= amount;
        due = plan.completed ? std::max(payment.date.addDays(35), *plan.completed) : payment.date.addDays(35);
    }
    return id;
}

std::string Plant::pay(const std::string& payee, std::int64_t amount, Date date, std::string_view purpose,
                       std::string_view method, std::optional<std::int64_t> quantity,
                       const std::string& project, const std::string& account) {
    PaymentSpec spec;
    spec.village = village;
    spec.payee = payee;
    spec.payeeAccount = account;
    spec.amount = amount;
    spec.date = date;
    spec.purpose = std::string(purpose);
    spec.method = std::string(method);
    spec.quantity = quantity;
    spec.project = project;
    const std::string id = d.pay(spec);
    lastTx = d.sink().lastTxId();
    return id;
}

std::string Plant::alert(const std::string& rule, const std::string& subject, const std::string& message,
                         Date date) {
    return d.raiseAlert(rule, subject, defaultSeverity(rule), message, date);
}

std::vector<PlantedCase> plantCases(District& district) {
    std::vector<Planter> planters;
    assetPlanters(planters);
    fundPlanters(planters);
    projectPlanters(planters);
    welfarePlanters(planters);
    relationPlanters(planters);
    integrityPlanters(planters);
    std::vector<Planter> late;
    latePlanters(late);

    CaseBook book;
    const int villages = static_cast<int>(district.villages().size());
    // Larger districts (ten villages and more) get every case again, in other villages (offset by
    // half the district).
    const int rounds = std::max(1, villages / 10);
    auto run = [&](const std::vector<Planter>& list, int offset) {
        for (int round = 0; round < rounds; ++round)
            for (std::size_t k = 0; k < list.size(); ++k) {
                const int village = (static_cast<int>(k) + offset + round * (villages / 2)) % villages;
                Plant plant(district, book, village,
                            round == 0 ? std::string() : "-r" + std::to_string(round + 1));
                list[k](plant);
            }
    };
    run(planters, 0);
    run(late, 0);
    return book.cases();
}

} // namespace lj::gen
