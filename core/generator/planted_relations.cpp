// Planted cases of the relationship rules R01 (conflict of interest) and R02 (shared identity),
// with look-alikes: a relative who rents nothing, a former official, kin at three steps, a firm
// whose name merely resembles the relative's, spouses sharing an address.
#include "generator/name_pools.h"
#include "generator/planted_common.h"

namespace lj::gen {

namespace {

Date lastDayOf(Date start, int months) {
    return start.addMonths(months).addDays(-1);
}

// A person who is about to lease or bid needs a bank account for the deposit.
void ensureAccount(Plant& p, const std::string& person, Date by) {
    PersonInfo& info = p.d.person(person);
    if (info.account.empty()) info.account = p.d.openAccount(person, Source::Funds, by, p.village);
}

void kinLessees(Plant& p) {
    {
        const Date start = p.month(24);
        const Date signedOn = start.addDays(-30);
        const std::string director = p.v().officialOn("director", signedOn);
        const std::string brother = p.d.relativeOf(director, "sibling", signedOn.addDays(-300), p.village);
        ensureAccount(p, brother, signedOn.addDays(-60));
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const LeaseResult lease =
            p.listed(asset, brother, start, lastDayOf(start, 36), p.d.typicalRent(p.lastAsset), "quarterly");
        p.alert("R01", lease.contract, "承租方为村干部近亲属", signedOn.addDays(3));
        p.d.transferClue({lease.contract, brother}, p.village,
                         "村主任胞亲承租村集体门面房，请核查是否存在利益输送", signedOn.addDays(90),
                         "经核查，租赁经公开招租程序，租金不低于市场价；对村主任未履行回避义务予以提醒谈话",
                         signedOn.addDays(160));
        p.fire("R01", "R01-1", {lease.contract, brother, director},
               "lessee is the village director's sibling");
    }
    {
        const Date start = p.month(20);
        const Date signedOn = start.addDays(-30);
        const std::string accountant = p.v().officialOn("accountant", signedOn);
        const std::string wife = p.d.relativeOf(accountant, "spouse", signedOn.addDays(-300), p.village);
        FirmSpec spec;
        spec.village = p.village;
        spec.trade = std::string(p.d.rng().pick(manufacturingTrades()));
        spec.established = signedOn.addDays(-600);
        spec.known = signedOn.addDays(-120);
        spec.founderHolds = false;
        const std::string firm = p.d.registerFirm(spec);
        p.d.addShareholder(firm, p.d.firm(firm).legalRep, 6000, spec.established, spec.known);
        p.d.addShareholder(firm, wife, 4000, spec.established, spec.known);
        const std::string asset = p.asset("factory", start.addDays(-90));
        const LeaseResult lease =
            p.listed(asset, firm, start, lastDayOf(start, 36), p.d.typicalRent(p.lastAsset), "quarterly");
        p.alert("R01", lease.contract, "承租企业股东为村干部近亲属", signedOn.addDays(5));
        p.fire("R01", "R01-3", {lease.contract, firm, accountant},
               "lessee firm's 40% shareholder is the accountant's spouse " + wife);
    }
    {
        // No alert on the chain for this one: D02 reports the alarm that was never raised.
        const Date start = p.month(16);
        const Date signedOn = start.addDays(-20);
        const std::string cashier = p.v().officialOn("cashier", signedOn);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const std::string contract =
            p.direct(asset, cashier, start, lastDayOf(start, 24), 3000000, "quarterly");
        p.fire("R01", "R01-4", {contract, cashier}, "lessee is the village cashier in person");
        p.fire("D02", "D02-2", {contract},
               "alarm-level finding R01 on " + contract + " that the chain never raised");
    }
}

void kinContractor(Plant& p) {
    const Date approved = p.month(26, 8);
    const Date awarded = approved.addDays(25);
    const std::string secretary = p.v().officialOn("party_secretary", awarded);
    const std::string son = p.d.relativeOf(secretary, "child", approved.addDays(-400), p.village);
    FirmSpec spec;
    spec.village = p.village;
    spec.trade = "建设工程有限公司";
    spec.established = approved.addDays(-700);
    spec.known = approved.addDays(-200);
    spec.legalRep = son;
    const std::string firm = p.d.registerFirm(spec);
    p.d.addShareholder(firm, son, 10000, spec.established, spec.known);

    ProjectPlan plan;
    plan.name = "村道路灯改造工程";
    plan.budget = 15000000;
    plan.price = 14100000;
    plan.approved = approved;
    plan.awarded = awarded;
    plan.plannedEnd = approved.addDays(200);
    plan.completed = approved.addDays(180);
    plan.contractor = firm;
    plan.payments = false;
    const std::string project = p.project(plan);
    p.alert("R01", project, "中标单位法定代表人为村干部近亲属", awarded.addDays(4));
    p.alert("F07", firm, "向村干部关联方付款", awarded.addDays(30));
    p.fire("R01", "R01-2", {project, firm, secretary},
           "contractor's legal representative is the party secretary's child " + son);
    const std::pair<Date, std::int64_t> payments[] = {
        {awarded.addDays(15), 4230000}, {awarded.addDays(90), 5640000}, {approved.addDays(210), 4230000}};
    int n = 0;
    for (const auto& [due, amount] : payments) {
        const Date day = p.d.clearPaymentDate(p.village, firm, project, due, amount);
        const std::string payment = p.pay(firm, amount, day, "工程款", "transfer", std::nullopt, project);
        p.fire("F07", "F07-R01-2-" + std::to_string(++n), {payment, firm, secretary},
               "payment to the contractor of case R01-2", {p.lastTx});
    }

    // A firm whose name only resembles the son's wins another project: no relation at all. The
    // chain's name-matching contract flagged it anyway.
    FirmSpec lookAlike;
    lookAlike.village = p.village;
    lookAlike.trade = "建设工程有限公司";
    lookAlike.brand = std::string(similarBrand(p.d.firm(firm).brand));
    lookAlike.established = approved.addDays(-2000);
    lookAlike.known = approved.addDays(-100);
    const std::string similar = p.d.registerFirm(lookAlike);
    ProjectPlan other;
    other.name = "村部停车场建设工程";
    other.budget = 9000000;
    other.approved = approved.addDays(150);
    other.plannedEnd = other.approved.addDays(180);
    other.completed = other.approved.addDays(160);
    other.contractor = similar;
    const std::string otherProject = p.project(other);
    const std::string alert =
        p.alert("R01", otherProject, "中标单位名称与村干部亲属企业近似", other.approved.addDays(25));
    p.clean("R01", "R01-LA-SIMILAR", {otherProject, similar},
            "contractor " + p.d.firm(similar).name + " only resembles " + p.d.firm(firm).name + " by name");
    p.fire("D02", "D02-3", {alert, otherProject},
           "chain raised R01 on a name-similarity match; no declared kinship or ownership links the "
           "contractor to an official");
}

void notConflicts(Plant& p) {
    {
        const Date declared = p.month(40);
        const std::string director = p.v().officialOn("director", declared);
        const std::string cousin =
            p.d.addRelative(director, "other_kin", director, declared, p.village, true, declared.year() - 40);
        p.clean("R01", "R01-LA1", {cousin},
                "declared relative of the director who leases nothing and wins nothing");
    }
    {
        const Date served = Date::fromCivil(p.d.historyStart().year(), 1, 1);
        const Date left = Date::fromCivil(served.year() + 2, 12, 31);
        const std::string former = p.villager(served.addDays(-20), Source::Platform, 40, 55);
        p.d.assignRole(former, p.v().id, "deputy", served, left, p.village);
        const Date start = p.month(26);
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const LeaseResult lease =
            p.listed(asset, former, start, lastDayOf(start, 36), p.d.typicalRent(p.lastAsset), "quarterly");
        p.clean("R01", "R01-LA2", {lease.contract, former},
                "lessee was deputy director until " + left.toString() + "; lease signed " +
                    start.addDays(-30).toString());
    }
    {
        const Date start = p.month(22);
        const Date signedOn = start.addDays(-30);
        const std::string accountant = p.v().officialOn("accountant", signedOn);
        const std::string wife = p.d.relativeOf(accountant, "spouse", signedOn.addDays(-300), p.village);
        const std::string sister = p.d.addRelative(wife, "sibling", accountant, signedOn.addDays(-200),
                                                   p.village, false, start.year() - 45);
        const std::string husband = p.d.addRelative(sister, "spouse", accountant, signedOn.addDays(-200),
                                                    p.village, true, start.year() - 47);
        ensureAccount(p, husband, signedOn.addDays(-60));
        const std::string asset = p.asset("shopfront", start.addDays(-90));
        const LeaseResult lease =
            p.listed(asset, husband, start, lastDayOf(start, 36), p.d.typicalRent(p.lastAsset), "quarterly");
        p.clean("R01", "R01-LA3", {lease.contract, husband},
                "lessee is the accountant's spouse's sibling's spouse: 3 kinship steps");
    }
}

void sharedIdentities(Plant& p) {
    const Date known = p.month(30);
    {
        const int other = (p.village + 2) % static_cast<int>(p.d.villages().size());
        const std::string first = p.villager(known, Source::Platform);
        PersonSpec spec;
        spec.village = other;
        spec.male = true;
        spec.birthYear = known.year() - 36;
        spec.source = Source::Platform;
        spec.known = known.addDays(40);
        spec.phone = p.d.person(first).phone;
        const std::string second = p.d.registerPerson(spec);
        p.fire("R02", "R02-PHONE-2", {first, second},
               "two unrelated villagers of different villages registered with the same mobile number");
    }
    {
        const std::string husband = p.villager(known, Source::Platform);
        PersonSpec spec;
        spec.village = p.village;
        spec.male = false;
        spec.birthYear = known.year() - 40;
        spec.source = Source::Platform;
        spec.known = known.addDays(10);
        spec.address = p.d.person(husband).address;
        const std::string wife = p.d.registerPerson(spec);
        p.d.declareRelation(husband, wife, "spouse", husband, known.addDays(12));
        p.clean("R02", "R02-LA-SPOUSES", {husband, wife}, "spouses (declared) share their home address");
    }
    {
        const std::string owner = p.villager(known, Source::Business);
        FirmSpec spec;
        spec.village = p.village;
        spec.trade = "电器商行有限公司";
        spec.established = known.addDays(-500);
        spec.known = known.addDays(5);
        spec.legalRep = owner;
        spec.phone = p.d.person(owner).phone;
        const std::string firm = p.d.registerFirm(spec);
        p.d.addShareholder(firm, owner, 10000, spec.established, spec.known);
        p.clean("R02", "R02-LA-REP-PHONE", {firm, owner},
                "a firm registered with its legal representative's own mobile number");
    }
}

} // namespace

void relationPlanters(std::vector<Planter>& out) {
    out.insert(out.end(), {kinLessees, kinContractor, notConflicts, sharedIdentities});
}

} // namespace lj::gen
