// Boundaries of the asset rules (A01–A10) on small hand-built ledgers — each threshold exactly and
// one day or one fen either side — and the facts (details and cited transactions) of every asset
// finding of the scenario answer key.
#include "asset_ledger.h"
#include "ledger/trust_store.h"
#include "model/export_loader.h"
#include "rules/rule_groups.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <tuple>

namespace {

using asset_test::AssetLedger;
using Subjects = std::vector<std::string>;

// The asset rules alone (so that these tests do not depend on the other rule families), sorted by
// rule and subjects as the engine sorts them.
std::vector<lj::RuleFinding> assetFindings(const lj::Dataset& data, const std::string& asOf,
                                           const lj::RuleSettings& settings = lj::RuleSettings::defaults()) {
    const lj::RuleContext context{data, settings, *lj::Date::parse(asOf)};
    std::vector<lj::RuleFinding> findings;
    lj::evaluateAssetRules(context, findings);
    std::sort(findings.begin(), findings.end(), [](const lj::RuleFinding& a, const lj::RuleFinding& b) {
        return std::tie(a.rule, a.subjects) < std::tie(b.rule, b.subjects);
    });
    return findings;
}

std::vector<lj::RuleFinding> run(const lj::Dataset& data, const std::string& rule, const std::string& asOf,
                                 const lj::RuleSettings& settings = lj::RuleSettings::defaults()) {
    auto findings = assetFindings(data, asOf, settings);
    std::erase_if(findings, [&](const lj::RuleFinding& finding) { return finding.rule != rule; });
    return findings;
}

std::vector<Subjects> subjectsOf(const std::vector<lj::RuleFinding>& findings) {
    std::vector<Subjects> all;
    for (const auto& finding : findings)
        all.push_back(finding.subjects);
    return all;
}

bool cites(const lj::RuleFinding& finding, const std::string& tx) {
    return std::find(finding.txs.begin(), finding.txs.end(), tx) != finding.txs.end();
}

// ---- A01 late registration -------------------------------------------------------------------

TEST(A01, RecordsOnTheRegistrationDayAreInOrder) {
    AssetLedger ledger;
    ledger.asset("AS1", "2019-04-15");
    ledger.listing("GP1", "AS1", 100000, "2019-04-15", "2019-04-20");
    ledger.lease("HT1", "AS1", "2019-05-01", "2020-04-30", 100000, R"(,"listing":"GP1")", "P1", "2019-04-15");
    ledger.receipt("SK1", "HT1", 100000, "2019-04-15");
    EXPECT_TRUE(run(ledger.finish(), "A01", "2020-08-31").empty());
}

TEST(A01, EachKindOfRecordOneDayBeforeRegistrationFires) {
    for (const std::string kind : {"listing", "contract", "receipt"}) {
        AssetLedger ledger;
        const std::string registration = ledger.asset("AS1", "2019-04-15");
        const std::string listing = ledger.listing(
            "GP1", "AS1", 100000, kind == "listing" ? "2019-04-14" : "2019-04-16", "2019-04-20");
        const std::string contract =
            ledger.lease("HT1", "AS1", "2019-05-01", "2020-04-30", 100000, R"(,"listing":"GP1")", "P1",
                         kind == "contract" ? "2019-04-14" : "2019-04-21");
        const std::string receipt =
            ledger.receipt("SK1", "HT1", 100000, kind == "receipt" ? "2019-04-14" : "2019-05-02");
        const auto findings = run(ledger.finish(), "A01", "2020-08-31");
        ASSERT_EQ(subjectsOf(findings), std::vector<Subjects>{{"AS1"}}) << kind;
        EXPECT_TRUE(cites(findings[0], registration));
        EXPECT_TRUE(cites(findings[0], kind == "listing"    ? listing
                                       : kind == "contract" ? contract
                                                            : receipt))
            << kind;
        EXPECT_EQ(*findings[0].details.getString("registered"), "2019-04-15");
        EXPECT_EQ(findings[0].severity, lj::Severity::Warning);
    }
}

TEST(A01, RegistrationAfterTheAsOfDateIsNotYetKnown) {
    AssetLedger ledger;
    ledger.asset("AS1", "2020-09-15");
    ledger.lease("HT1", "AS1", "2020-01-01", "2020-12-31", 100000);
    EXPECT_TRUE(run(ledger.finish(), "A01", "2020-08-31").empty());
}

// ---- A02 idle asset ----------------------------------------------------------------------------

TEST(A02, OpenRunFiresFromItsHundredAndEightiethDay) {
    AssetLedger ledger;
    ledger.asset("AS1", "2020-01-01");
    const auto data = ledger.finish();
    EXPECT_TRUE(run(data, "A02", "2020-06-27").empty());  // 179 days
    const auto findings = run(data, "A02", "2020-06-28"); // 180 days
    ASSERT_EQ(subjectsOf(findings), std::vector<Subjects>{{"AS1"}});
    EXPECT_EQ(*findings[0].details.getInt("days"), 180);
    EXPECT_TRUE(findings[0].details.find("open")->asBool());
    EXPECT_EQ(findings[0].from, lj::Date::parse("2020-01-01"));
    EXPECT_EQ(findings[0].to, lj::Date::parse("2020-06-28"));
    EXPECT_EQ(findings[0].severity, lj::Severity::Reminder);
}

TEST(A02, ClosedRunInThePastIsReported) {
    for (const auto& [nextStart, fires] : {std::pair{"2019-06-30", true}, std::pair{"2019-06-29", false}}) {
        AssetLedger ledger;
        ledger.asset("AS1", "2016-01-01");
        ledger.lease("HT1", "AS1", "2016-01-01", "2018-12-31", 100000);
        const std::string next = ledger.lease("HT2", "AS1", nextStart, "2021-12-31", 100000);
        const auto findings = run(ledger.finish(), "A02", "2020-08-31");
        ASSERT_EQ(findings.size(), fires ? 1u : 0u) << nextStart;
        if (!fires) continue;
        EXPECT_FALSE(findings[0].details.find("open")->asBool());
        EXPECT_EQ(*findings[0].details.getString("idle_to"), "2019-06-29");
        EXPECT_TRUE(cites(findings[0], next));
    }
}

TEST(A02, ThresholdComesFromTheSettings) {
    AssetLedger ledger;
    ledger.asset("AS1", "2020-01-01");
    const auto data = ledger.finish();
    auto settings = lj::RuleSettings::defaults();
    settings.thresholds["A02.days"] = 30;
    EXPECT_TRUE(run(data, "A02", "2020-01-29", settings).empty());
    EXPECT_EQ(run(data, "A02", "2020-01-30", settings).size(), 1u);
}

TEST(A02, OnlyOperatingAndResourceAssetsAndNotSelfUse) {
    AssetLedger ledger;
    ledger.asset("AS1", "2018-01-01", "non_operating");
    ledger.asset("AS2", "2018-01-01", "resource");
    ledger.asset("AS3", "2018-01-01");
    ledger.status("AS3", "self_use", "2018-01-01");
    EXPECT_EQ(subjectsOf(run(ledger.finish(), "A02", "2020-08-31")), std::vector<Subjects>{{"AS2"}});
}

// ---- A03 long-term lease -----------------------------------------------------------------------

TEST(A03, ExactlyThirtySixMonthsIsNotLongButOneDayMoreIs) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.lease("HT1", "AS1", "2017-01-01", "2019-12-31", 100000);
    ledger.lease("HT2", "AS1", "2017-01-01", "2020-01-01", 100000);
    const auto findings = run(ledger.finish(), "A03", "2020-08-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"HT2", "AS1"}}));
    EXPECT_EQ(*findings[0].details.getString("start"), "2017-01-01");
    EXPECT_EQ(*findings[0].details.getString("end"), "2020-01-01");
}

TEST(A03, AnAmendmentExtendsTheTermFromItsDateOn) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.lease("HT1", "AS1", "2017-01-01", "2019-12-31", 100000);
    const std::string amendment = ledger.amend("HT1", "2019-06-15", R"("end":"2020-01-01")");
    const auto data = ledger.finish();
    EXPECT_TRUE(run(data, "A03", "2019-06-14").empty());
    const auto findings = run(data, "A03", "2019-06-15");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_TRUE(cites(findings[0], amendment));
    EXPECT_EQ(*findings[0].details.getString("end"), "2020-01-01");
}

TEST(A03, ThresholdComesFromTheSettings) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.lease("HT1", "AS1", "2017-01-01", "2019-01-01", 100000);
    auto settings = lj::RuleSettings::defaults();
    settings.thresholds["A03.months"] = 24;
    EXPECT_EQ(run(ledger.finish(), "A03", "2020-08-31", settings).size(), 1u);
}

// ---- A04 lease expiring --------------------------------------------------------------------------

TEST(A04, EndsZeroToNinetyDaysAfterTheAsOfDate) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.lease("HT0", "AS1", "2018-01-01", "2020-08-30", 100000); // ended yesterday
    ledger.lease("HT1", "AS1", "2018-01-01", "2020-08-31", 100000); // 0 days
    ledger.lease("HT2", "AS1", "2018-01-01", "2020-11-29", 100000); // 90 days
    ledger.lease("HT3", "AS1", "2018-01-01", "2020-11-30", 100000); // 91 days
    const auto findings = run(ledger.finish(), "A04", "2020-08-31");
    EXPECT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"HT1", "AS1"}, {"HT2", "AS1"}}));
    EXPECT_EQ(*findings[1].details.getString("end"), "2020-11-29");
}

TEST(A04, TerminatedOrNotYetStartedLeasesAreNotReminded) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.lease("HT1", "AS1", "2018-01-01", "2020-10-31", 100000);
    ledger.terminate("HT1", "2020-08-31"); // in force through today, but its end is settled
    ledger.lease("HT2", "AS1", "2020-09-01", "2020-10-31", 100000, "", "P1", "2020-08-01");
    EXPECT_TRUE(run(ledger.finish(), "A04", "2020-08-31").empty());
}

// ---- A05 expired lease still used --------------------------------------------------------------

TEST(A05, RentReceivedTheDayAfterTheEndWithNoLeaseInForce) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    const std::string contract = ledger.lease("HT1", "AS1", "2017-01-01", "2019-12-31", 100000);
    ledger.receipt("SK1", "HT1", 100000, "2019-12-31");
    const std::string late = ledger.receipt("SK2", "HT1", 100000, "2020-01-01");
    const auto findings = run(ledger.finish(), "A05", "2020-08-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"HT1", "AS1"}}));
    EXPECT_TRUE(cites(findings[0], contract));
    EXPECT_TRUE(cites(findings[0], late));
    EXPECT_EQ(findings[0].details.find("receipts")->asArray().size(), 1u);
}

TEST(A05, NothingWhileARenewalIsInForce) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.lease("HT1", "AS1", "2017-01-01", "2019-12-31", 100000);
    ledger.lease("HT2", "AS1", "2020-01-01", "2022-12-31", 100000);
    ledger.receipt("SK1", "HT1", 100000, "2020-01-05"); // arrears of HT1, paid under HT2's term
    ledger.status("AS1", "in_use", "2020-01-01");
    EXPECT_TRUE(run(ledger.finish(), "A05", "2020-08-31").empty());
}

TEST(A05, InUseAfterTheLastLeaseEnded) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.status("AS1", "in_use", "2016-06-01"); // before any lease ended: not A05
    ledger.lease("HT1", "AS1", "2016-07-01", "2017-12-31", 100000);
    ledger.lease("HT2", "AS1", "2018-01-01", "2019-12-31", 100000);
    const std::string status = ledger.status("AS1", "in_use", "2020-01-01");
    const auto findings = run(ledger.finish(), "A05", "2020-08-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"HT2", "AS1"}}));
    EXPECT_TRUE(cites(findings[0], status));
}

// ---- A06 rent overdue --------------------------------------------------------------------------

TEST(A06, PaidOnDueDatePlusNinetyIsInTimeButOneDayLaterIsNot) {
    for (const auto& [paidOn, amount, fires] :
         {std::tuple{"2019-04-01", 120000, false}, std::tuple{"2019-04-02", 120000, true},
          std::tuple{"2019-04-01", 119999, true}}) {
        AssetLedger ledger;
        ledger.asset("AS1", "2016-01-01");
        const std::string contract = ledger.lease("HT1", "AS1", "2019-01-01", "2019-12-31", 120000, "", "P7");
        ledger.receipt("SK1", "HT1", amount, paidOn);
        const auto findings = run(ledger.finish(), "A06", "2019-08-31");
        ASSERT_EQ(findings.size(), fires ? 1u : 0u) << paidOn << " " << amount;
        if (!fires) continue;
        EXPECT_EQ(findings[0].subjects, (Subjects{"HT1", "P7"}));
        EXPECT_TRUE(cites(findings[0], contract));
        EXPECT_EQ(*findings[0].details.getString("due"), "2019-01-01");
        EXPECT_EQ(*findings[0].details.getInt("due_total"), 120000);
    }
}

TEST(A06, NotOverdueUntilTheDayAfterTheLimit) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.lease("HT1", "AS1", "2019-01-01", "2019-12-31", 120000);
    const auto data = ledger.finish();
    EXPECT_TRUE(run(data, "A06", "2019-04-01").empty()); // due + 90 = as-of
    EXPECT_EQ(run(data, "A06", "2019-04-02").size(), 1u);
}

TEST(A06, InstalmentsFollowThePayCycleAndAmendedRent) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.record("contract.sign",
                  R"({"id":"HT1","asset":"AS1","lessee":"P1","start":"2019-01-01","end":"2019-12-31",)"
                  R"("annual_rent":120000,"pay_cycle":"quarterly","signed":"2018-12-20"})");
    ledger.amend("HT1", "2019-04-01", R"("annual_rent":240000)");
    // quarterly: 30,000 due 2019-01-01, then 60,000 due 2019-04-01 (rent as amended on that day)
    ledger.receipt("SK1", "HT1", 30000, "2019-01-05");
    ledger.receipt("SK2", "HT1", 59999, "2019-04-05");
    const auto findings = run(ledger.finish(), "A06", "2019-07-01");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(*findings[0].details.getString("due"), "2019-04-01");
    EXPECT_EQ(*findings[0].details.getInt("due_total"), 90000);
    EXPECT_EQ(*findings[0].details.getInt("paid_by_limit"), 89999);
}

// ---- A07 off-platform lease ----------------------------------------------------------------------

TEST(A07, OperatingAssetAtFiftyThousandYuanWithoutListing) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.asset("AS2", "2016-01-01", "resource");
    ledger.lease("HT1", "AS1", "2018-01-01", "2019-12-31", 5'000'000);
    ledger.lease("HT2", "AS1", "2018-01-01", "2019-12-31", 4'999'999);
    ledger.lease("HT3", "AS1", "2018-01-01", "2019-12-31", 6'000'000, R"(,"listing":"GP1")");
    ledger.lease("HT4", "AS2", "2018-01-01", "2019-12-31", 6'000'000); // resource: rent test does not apply
    EXPECT_EQ(subjectsOf(run(ledger.finish(), "A07", "2020-08-31")), (std::vector<Subjects>{{"HT1", "AS1"}}));
}

TEST(A07, AnyAssetLeasedForMoreThanThirtySixMonthsWithoutListing) {
    AssetLedger ledger;
    ledger.asset("AS2", "2016-01-01", "resource");
    ledger.lease("HT1", "AS2", "2017-01-01", "2019-12-31", 100000); // exactly 36 months
    ledger.lease("HT2", "AS2", "2017-01-01", "2020-01-01", 100000); // one day more
    EXPECT_EQ(subjectsOf(run(ledger.finish(), "A07", "2020-08-31")), (std::vector<Subjects>{{"HT2", "AS2"}}));
}

// ---- A08 rent below reserve / lower renewal ---------------------------------------------------

TEST(A08, RentOneFenBelowTheReserve) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    const std::string listing = ledger.listing("GP1", "AS1", 100000, "2017-12-01", "2017-12-15");
    ledger.lease("HT1", "AS1", "2018-01-01", "2019-12-31", 99999, R"(,"listing":"GP1")", "P1");
    ledger.lease("HT2", "AS1", "2018-01-01", "2019-12-31", 100000, R"(,"listing":"GP1")", "P2");
    const auto findings = run(ledger.finish(), "A08", "2020-08-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"HT1", "AS1", "GP1"}}));
    EXPECT_TRUE(cites(findings[0], listing));
    EXPECT_EQ(*findings[0].details.getString("kind"), "below_reserve");
}

TEST(A08, RenewalToTheSameLesseeAtLowerRent) {
    for (const auto& [lessee, rent, fires] :
         {std::tuple{"P1", 99999, true}, std::tuple{"P1", 100000, false}, std::tuple{"P2", 90000, false}}) {
        AssetLedger ledger;
        ledger.asset("AS1", "2016-01-01");
        ledger.lease("HT1", "AS1", "2016-01-01", "2017-12-31", 100000, "", "P1");
        ledger.lease("HT2", "AS1", "2018-01-01", "2019-12-31", rent, "", lessee);
        const auto findings = run(ledger.finish(), "A08", "2020-08-31");
        const std::vector<Subjects> expected =
            fires ? std::vector<Subjects>{{"HT2", "AS1", "HT1"}} : std::vector<Subjects>{};
        EXPECT_EQ(subjectsOf(findings), expected) << lessee << " " << rent;
    }
}

TEST(A08, ComparesWithTheMostRecentEarlierLeaseToTheLessee) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.lease("HT1", "AS1", "2014-01-01", "2015-12-31", 150000, "", "P1");
    ledger.lease("HT2", "AS1", "2016-01-01", "2017-12-31", 90000, "", "P1");
    ledger.lease("HT3", "AS1", "2018-01-01", "2019-12-31", 100000, "", "P1");
    // HT3 is above HT2 (its most recent predecessor) though below HT1
    EXPECT_EQ(subjectsOf(run(ledger.finish(), "A08", "2020-08-31")),
              (std::vector<Subjects>{{"HT2", "AS1", "HT1"}}));
}

// ---- A09 low participation ---------------------------------------------------------------------

TEST(A09, FewerThanTwoDistinctBiddersOnceClosed) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.listing("GP1", "AS1", 100000, "2019-01-01", "2019-01-15"); // one bidder, twice
    ledger.bid("GP1", "P1", "1", "A1");
    ledger.bid("GP1", "P1", "1", "A1");
    ledger.listing("GP2", "AS1", 100000, "2019-01-01", "2019-01-15"); // two bidders
    ledger.bid("GP2", "P1", "1", "A1");
    ledger.bid("GP2", "P2", "2", "A2");
    ledger.listing("GP3", "AS1", 100000, "2019-01-01", "2019-01-15"); // nobody
    ledger.listing("GP4", "AS1", 100000, "2019-01-01", "2019-01-16"); // closes after the as-of date
    const auto findings = run(ledger.finish(), "A09", "2019-01-15");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"GP1", "AS1"}, {"GP3", "AS1"}}));
    EXPECT_EQ(*findings[0].details.getInt("bidders"), 1);
    EXPECT_EQ(*findings[1].details.getInt("bidders"), 0);
}

// ---- A10 bid collusion -------------------------------------------------------------------------

struct Bidders {
    std::string phoneA = "111", phoneB = "222", accountA = "ACC1", accountB = "ACC2";
    std::string numberA = "6222000011112222", numberB = "6222000033334444";
    std::string addressA = "一村1号", addressB = "二村2号", repA = "R1", repB = "R2";
    std::string registeredPhoneA = "0512-1", registeredPhoneB = "0512-2";
};

std::vector<lj::RuleFinding> collusion(const Bidders& b) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.record("firm.register", R"({"id":"F1","name":"甲","legal_rep":")" + b.repA + R"(","address":")" +
                                       b.addressA + R"(","phone":")" + b.registeredPhoneA + R"("})");
    ledger.record("firm.register", R"({"id":"F2","name":"乙","legal_rep":")" + b.repB + R"(","address":")" +
                                       b.addressB + R"(","phone":")" + b.registeredPhoneB + R"("})");
    ledger.record("account.register",
                  R"({"id":"ACC1","bank":"农商行","number":")" + b.numberA + R"(","holder":"F1"})");
    ledger.record("account.register",
                  R"({"id":"ACC2","bank":"农商行","number":")" + b.numberB + R"(","holder":"F2"})");
    ledger.listing("GP1", "AS1", 100000, "2019-01-01", "2019-01-15");
    ledger.bid("GP1", "F1", b.phoneA, b.accountA);
    ledger.bid("GP1", "F2", b.phoneB, b.accountB);
    return run(ledger.finish(), "A10", "2020-08-31");
}

std::vector<std::string> sharedKinds(const std::vector<lj::RuleFinding>& findings) {
    std::vector<std::string> kinds;
    if (findings.size() != 1) return kinds;
    for (const auto& kind : findings[0].details.find("pairs")->asArray()[0].find("shared")->asArray())
        kinds.push_back(kind.asString());
    return kinds;
}

TEST(A10, IndependentBiddersAreNotNamed) {
    EXPECT_TRUE(collusion({}).empty());
}

TEST(A10, EachKindOfSharedTie) {
    Bidders phone;
    phone.phoneB = phone.phoneA;
    Bidders registeredPhone; // B's bid phone is A's registered phone
    registeredPhone.phoneB = "0512-1";
    Bidders account;
    account.accountB = account.accountA;
    Bidders accountNumber; // two account records with one unmasked number
    accountNumber.numberB = accountNumber.numberA;
    Bidders address;
    address.addressB = address.addressA;
    Bidders rep;
    rep.repB = rep.repA;
    for (const auto& [bidders, kind] :
         {std::pair{phone, "phone"}, std::pair{registeredPhone, "phone"}, std::pair{account, "account"},
          std::pair{accountNumber, "account"}, std::pair{address, "address"}, std::pair{rep, "rep"}}) {
        const auto findings = collusion(bidders);
        ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"GP1", "F1", "F2"}})) << kind;
        EXPECT_EQ(sharedKinds(findings), std::vector<std::string>{kind});
        EXPECT_EQ(findings[0].severity, lj::Severity::Alarm);
    }
}

TEST(A10, MaskedAccountNumbersDoNotMatch) {
    Bidders masked;
    masked.numberA = masked.numberB = "6222********2222";
    EXPECT_TRUE(collusion(masked).empty());
}

TEST(A10, ProjectBiddersSharingAnAddress) {
    AssetLedger ledger;
    ledger.record("firm.register", R"({"id":"F1","name":"甲","legal_rep":"R1","address":"工业小区18号"})");
    ledger.record("firm.register", R"({"id":"F2","name":"乙","legal_rep":"R2","address":"工业小区18号"})");
    ledger.record("firm.register", R"({"id":"F3","name":"丙","legal_rep":"R3","address":"别处"})");
    ledger.record("project.approve",
                  R"({"id":"GC1","org":"V1","name":"工程","budget":1000000,"approved":"2019-01-01"})");
    const std::string award = ledger.record(
        "project.award",
        R"({"project":"GC1","contractor":"F1","price":900000,"date":"2019-02-01","bidders":["F3","F2","F1"]})");
    const auto data = ledger.finish();
    EXPECT_TRUE(run(data, "A10", "2019-01-31").empty()); // not yet awarded
    const auto findings = run(data, "A10", "2020-08-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"GC1", "F1", "F2"}}));
    EXPECT_TRUE(cites(findings[0], award));
}

TEST(A10, ThreeBiddersInTwoPairsGiveOneFinding) {
    AssetLedger ledger;
    ledger.asset("AS1", "2016-01-01");
    ledger.listing("GP1", "AS1", 100000, "2019-01-01", "2019-01-15");
    ledger.bid("GP1", "P3", "139", "A3");
    ledger.bid("GP1", "P1", "139", "A1");
    ledger.bid("GP1", "P2", "150", "A1");
    ledger.bid("GP1", "P4", "160", "A4");
    const auto findings = run(ledger.finish(), "A10", "2020-08-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"GP1", "P1", "P2", "P3"}}));
    EXPECT_EQ(findings[0].details.find("pairs")->asArray().size(), 2u);
}

// ---- the scenario answer key ------------------------------------------------------------------

const std::string kScenario = std::string(LJ_TEST_DATA_DIR) + "/sle/scenario/";

const lj::json::Value& answerKey() {
    static const lj::json::Value key = [] {
        auto text = lj::readSmallFile(kScenario + "scenario-sm3-sm2.key.json");
        return *lj::json::parse(*text);
    }();
    return key;
}

const lj::Dataset& scenario() {
    static const lj::Dataset data = [] {
        auto loaded = lj::loadDatasetFromExport(kScenario + "scenario-sm3-sm2.sle");
        EXPECT_TRUE(loaded.ok()) << loaded.error();
        return std::move(loaded.value());
    }();
    return data;
}

// The key's finding has every fact our finding states (its members beyond rule, severity,
// subjects and txs are details), and cites no transaction we do not.
void expectSameFacts(const lj::json::Value& expected, const std::vector<lj::RuleFinding>& findings) {
    std::vector<std::string> subjects;
    for (const auto& subject : expected.find("subjects")->asArray())
        subjects.push_back(subject.asString());
    const auto mine = std::find_if(findings.begin(), findings.end(), [&](const lj::RuleFinding& f) {
        return f.rule == *expected.getString("rule") && f.subjects == subjects;
    });
    ASSERT_NE(mine, findings.end()) << ::testing::PrintToString(subjects);
    for (const auto& [member, value] : expected.asObject()) {
        if (member == "rule" || member == "severity" || member == "subjects") continue;
        if (member == "txs") {
            for (const auto& tx : value.asArray())
                EXPECT_TRUE(cites(*mine, tx.asString())) << tx.asString();
            continue;
        }
        const auto* stated = mine->details.find(member);
        ASSERT_TRUE(stated) << member;
        EXPECT_EQ(lj::json::serialize(*stated), lj::json::serialize(value)) << member;
    }
}

TEST(AssetRulesScenario, EveryKeyFindingAtTheDefaultAsOfHasTheKeysFacts) {
    const auto asOf = *answerKey().getString("default_as_of");
    const auto findings = assetFindings(scenario(), asOf);
    int checked = 0;
    for (const auto& expected : answerKey().find("findings_at_default_as_of")->asArray()) {
        if (expected.getString("rule")->front() != 'A') continue;
        SCOPED_TRACE(lj::json::serialize(*expected.find("subjects")));
        expectSameFacts(expected, findings);
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

TEST(AssetRulesScenario, EveryPlantedAssetCaseHasTheKeysFacts) {
    std::map<std::string, std::vector<lj::RuleFinding>> byAsOf;
    for (const auto& planted : answerKey().find("cases")->asArray()) {
        const auto* expected = planted.find("finding");
        if (planted.getString("rule")->front() != 'A' || !expected) continue;
        SCOPED_TRACE(*planted.getString("case"));
        const std::string asOf = *planted.getString("as_of");
        if (!byAsOf.count(asOf)) byAsOf[asOf] = assetFindings(scenario(), asOf);
        expectSameFacts(*expected, byAsOf[asOf]);
    }
}

} // namespace
