// Planted cases of the welfare rules W01–W04 and their look-alikes: kin at two steps (fires) and at
// three (does not), subsidies after an official left office, a namesake of a business owner, a
// lease that ended before the dibao began, two programmes in one month.
#include "generator/name_pools.h"
#include "generator/planted_common.h"

#include <algorithm>

namespace lj::gen {

namespace {

Date monthOf(Date day) {
    return Date::fromCivil(day.year(), day.month(), 1);
}

// A subsidy stream for `recipient` (given an account if it has none).
void subsidise(Plant& p, const std::string& recipient, std::string_view program, Date first, Date last,
               std::int64_t amount, std::set<int> paidTwice = {}) {
    PersonInfo& person = p.d.person(recipient);
    if (person.account.empty())
        person.account = p.d.openAccount(recipient, Source::Civil, first.addDays(-20), p.village);
    SubsidyStream stream;
    stream.recipient = recipient;
    stream.program = std::string(program);
    stream.org = p.v().id;
    stream.account = person.account;
    stream.monthlyAmount = amount;
    stream.firstMonth = monthOf(first);
    stream.lastMonth = monthOf(std::min(last, p.end()));
    stream.paidTwice = std::move(paidTwice);
    p.d.addSubsidy(std::move(stream));
}

// The months in which `role`'s holder at `from` is still in office, up to the as-of date.
std::pair<Official, Date> termFrom(Plant& p, std::string_view role, Date from) {
    const Official official = *p.d.officialTerm(p.village, role, from);
    return {official, std::min(official.to, p.end())};
}

void officialsKin(Plant& p) {
    const Date start = p.month(30);
    {
        const auto [secretary, until] = termFrom(p, "party_secretary", start);
        const std::string brother =
            p.d.relativeOf(secretary.person, "sibling", start.addDays(-200), p.village);
        subsidise(p, brother, "dibao", start, until, 75000);
        p.alert("W01", brother, "低保对象为村干部近亲属", start.addDays(45));
        p.d.transferClue(
            {brother}, p.village, "村党组织书记近亲属享受低保，请核查低保审批是否合规", start.addDays(60),
            "经核查，情况属实，已停发并追回违规领取资金，给予相关人员党内警告处分", start.addDays(140));
        p.fire("W01", "W01-1", {brother, secretary.person},
               "dibao to the party secretary's sibling from " + monthOf(start).toString().substr(0, 7));
    }
    {
        const auto [accountant, until] = termFrom(p, "accountant", start);
        const std::string wife = p.d.relativeOf(accountant.person, "spouse", start.addDays(-300), p.village);
        const std::string sister = p.d.addRelative(wife, "sibling", accountant.person, start.addDays(-200),
                                                   p.village, false, start.year() - 52);
        subsidise(p, sister, "dibao", start.addMonths(2), until, 72000);
        p.alert("W01", sister, "低保对象为村干部亲属", start.addMonths(2).addDays(40));
        p.fire("W01", "W01-2", {sister, accountant.person},
               "dibao to the accountant's spouse's sibling (2 kinship steps)");
    }
    {
        const auto [member, until] = termFrom(p, "committee_member", start);
        subsidise(p, member.person, "dibao", start.addMonths(4), until, 70000);
        p.alert("W01", member.person, "村干部本人享受低保", start.addMonths(4).addDays(40));
        p.fire("W01", "W01-3", {member.person}, "dibao to a serving village committee member");
    }
    {
        const auto [director, until] = termFrom(p, "director", start);
        const std::string parent = p.d.relativeOf(director.person, "parent", start.addDays(-300), p.village);
        subsidise(p, parent, "elderly", start, until, 5000);
        p.alert("W01", parent, "尊老金发放对象为村干部亲属", start.addDays(50));
        p.fire("W01", "W01-4", {parent, director.person}, "尊老金 (elderly) to the director's parent");
    }
    {
        const auto [secretary, until] = termFrom(p, "party_secretary", start);
        const std::string wife = p.d.relativeOf(secretary.person, "spouse", start.addDays(-300), p.village);
        const std::string sister = p.d.addRelative(wife, "sibling", secretary.person, start.addDays(-200),
                                                   p.village, false, start.year() - 48);
        const std::string husband = p.d.addRelative(sister, "spouse", secretary.person, start.addDays(-200),
                                                    p.village, true, start.year() - 50);
        subsidise(p, husband, "dibao", start, until, 73000);
        p.clean("W01", "W01-LA", {husband},
                "dibao to the secretary's spouse's sibling's spouse (3 kinship steps)");
    }
    {
        const Date served = Date::fromCivil(p.d.historyStart().year(), 1, 1);
        const std::string former = p.villager(served.addDays(-20), Source::Platform, 40, 55);
        p.d.assignRole(former, p.v().id, "deputy", served, Date::fromCivil(served.year() + 2, 12, 31),
                       p.village);
        const std::string brother = p.d.addRelative(former, "sibling", former, served.addDays(30), p.village,
                                                    true, served.year() - 45);
        subsidise(p, brother, "dibao", p.month(20), p.end(), 76000);
        p.clean("W01", "W01-LA-FORMER", {brother},
                "dibao to the sibling of a deputy director who left office " +
                    Date::fromCivil(served.year() + 2, 12, 31).toString());
    }
}

void dibaoBusinessOwners(Plant& p) {
    const Date start = p.month(28);
    {
        const std::string recipient = p.villager(start.addDays(-30), Source::Civil, 40, 65);
        FirmSpec spec;
        spec.village = p.village;
        spec.trade = "水产养殖专业合作社";
        spec.established = start.addDays(-400);
        spec.known = start.addDays(-300);
        spec.founderHolds = false;
        const std::string firm = p.d.registerFirm(spec);
        p.d.addShareholder(firm, p.d.firm(firm).legalRep, 7000, spec.established, spec.known);
        p.d.addShareholder(firm, recipient, 3000, spec.established, spec.known);
        subsidise(p, recipient, "dibao", start, p.month(4), 78000);
        p.fire("W02", "W02-1", {recipient, firm}, "dibao recipient holds 30% of a cooperative");
    }
    {
        const std::string recipient = p.villager(start.addDays(-30), Source::Civil, 40, 65);
        FirmSpec spec;
        spec.village = p.village;
        spec.trade = "便利店有限公司";
        spec.established = start.addDays(-700);
        spec.known = start.addDays(-300);
        spec.legalRep = recipient;
        const std::string firm = p.d.registerFirm(spec);
        p.d.addShareholder(firm, recipient, 10000, spec.established, spec.known);
        subsidise(p, recipient, "dibao", start.addMonths(3), p.month(2), 78000);
        p.fire("W02", "W02-2", {recipient, firm},
               "dibao recipient is the legal representative of a registered business");
    }
    {
        const std::string firm = p.firm("家具有限公司", start.addDays(-300));
        PersonSpec spec;
        spec.village = p.village;
        spec.male = true;
        spec.birthYear = start.year() - 58;
        spec.source = Source::Civil;
        spec.known = start.addDays(-30);
        spec.name = p.d.person(p.d.firm(firm).legalRep).name;
        const std::string recipient = p.d.registerPerson(spec);
        subsidise(p, recipient, "dibao", start, p.end(), 74000);
        p.clean("W02", "W02-LA", {recipient},
                "dibao recipient " + spec.name + " has the same name as the legal representative of " + firm +
                    " but a different id_digest");
    }
}

void dibaoLessees(Plant& p) {
    const Date start = p.month(26);
    auto pondLease = [&](const std::string& lessee, Date from) {
        const std::string pond = p.asset("pond", from.addDays(-60));
        const std::string contract =
            p.direct(pond, lessee, from, from.addMonths(36).addDays(-1), 1200000, "annual");
        return contract;
    };
    {
        const std::string recipient = p.villager(start.addDays(-30), Source::Civil, 40, 62);
        const std::string contract = pondLease(recipient, start);
        subsidise(p, recipient, "dibao", start.addMonths(2), p.month(3), 76000);
        p.fire("W03", "W03-1", {recipient, contract}, "dibao recipient leases a collective pond");
    }
    {
        const std::string recipient = p.villager(start.addDays(-30), Source::Civil, 40, 62);
        const std::string lessee =
            p.d.registerDuplicate(recipient, Source::Trading, start.addDays(-40), true);
        const std::string contract = pondLease(lessee, start);
        subsidise(p, recipient, "dibao", start.addMonths(1), p.month(2), 76000);
        p.fire("W03", "W03-2", {recipient, lessee, contract},
               "dibao recipient " + recipient + " (民政系统) and lessee " + lessee +
                   " (产权交易系统) share an id_digest");
        p.fire("R02", "R02-DIGEST-1", {recipient, lessee},
               "person records from two systems share an id_digest");
    }
    {
        const std::string elder = p.villager(start.addDays(-30), Source::Civil, 80, 88);
        pondLease(elder, start);
        subsidise(p, elder, "elderly", start, p.end(), 5000);
        p.clean("W03", "W03-LA", {elder}, "an elderly-subsidy (not dibao) recipient holds a pond lease");
    }
    {
        const Date leased = p.month(66);
        const std::string recipient = p.villager(leased.addDays(-30), Source::Trading, 40, 60);
        const std::string pond = p.asset("pond", leased.addDays(-60));
        const Date leaseEnd = leased.addMonths(36).addDays(-1);
        p.direct(pond, recipient, leased, leaseEnd, 1200000, "annual");
        p.carryOn(pond, leaseEnd.addDays(1));
        subsidise(p, recipient, "dibao", leaseEnd.addMonths(6), p.end(), 76000);
        p.clean("W03", "W03-LA-ENDED", {recipient},
                "dibao recipient whose pond lease ended " + leaseEnd.toString() + ", before the dibao began");
    }
}

void duplicatePayments(Plant& p) {
    {
        const Date start = p.month(30);
        const Date twice = p.month(17);
        const std::string recipient = p.villager(start.addDays(-30), Source::Civil, 40, 70);
        subsidise(p, recipient, "dibao", start, p.month(6), 77000, {twice.days});
        p.alert("W04", recipient, "同一期低保重复发放", twice.addDays(40));
        p.fire("W04", "W04-1", {recipient}, "dibao for " + twice.toString().substr(0, 7) + " paid twice");
    }
    {
        const Date start = p.month(32);
        const Date month = p.month(21);
        const std::string recipient = p.villager(start.addDays(-30), Source::Civil, 80, 90);
        subsidise(p, recipient, "elderly", start, p.end(), 5000);
        const std::string copy = p.d.registerDuplicate(recipient, Source::Civil, month.addDays(-20), true);
        subsidise(p, copy, "elderly", month, month, 5000);
        p.alert("W04", recipient, "同一人员重复享受尊老金", month.addDays(45));
        p.fire("W04", "W04-2", {recipient, copy},
               "elderly subsidy for " + month.toString().substr(0, 7) +
                   " paid to two person records with the same id_digest");
        p.fire("R02", "R02-DIGEST-2", {recipient, copy},
               "two 民政系统 person records share an id_digest (duplicate registration)");
    }
    {
        const Date start = p.month(24);
        const std::string recipient = p.villager(start.addDays(-30), Source::Civil, 80, 88);
        subsidise(p, recipient, "elderly", start, p.end(), 5000);
        subsidise(p, recipient, "dibao", start, p.month(6), 72000);
        p.clean("W04", "W04-LA", {recipient},
                "elderly subsidy and dibao to one person for the same months (different programmes)");
    }
}

} // namespace

void welfarePlanters(std::vector<Planter>& out) {
    out.insert(out.end(), {officialsKin, dibaoBusinessOwners, dibaoLessees, duplicatePayments});
}

} // namespace lj::gen
