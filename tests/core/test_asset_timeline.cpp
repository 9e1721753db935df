// Asset timelines: every timeline of the scenario answer key reproduced member for member (the key
// may omit members; extra ones are allowed), and the boundaries of idle runs and lease terms on
// small hand-built ledgers.
#include "asset_ledger.h"
#include "ledger/trust_store.h"
#include "model/export_loader.h"
#include "rules/rule_groups.h"
#include "timeline/asset_timeline.h"

#include "json/json.h"
#include <algorithm>
#include <gtest/gtest.h>

namespace {

using asset_test::AssetLedger;
using lj::json::Value;

const std::string kScenario = std::string(LJ_TEST_DATA_DIR) + "/sle/scenario/";

const Value& answerKey() {
    static const Value key = [] {
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

lj::Date day(const std::string& text) {
    return *lj::Date::parse(text);
}

// The path of the first member of `expected` that `actual` lacks or states differently; empty when
// none. Arrays must have the same length and match element by element.
std::string firstDifference(const Value& expected, const Value& actual, const std::string& path) {
    if (expected.isObject()) {
        if (!actual.isObject()) return path + " (not an object)";
        for (const auto& [member, value] : expected.asObject()) {
            const Value* mine = actual.find(member);
            if (!mine) return path + "." + member + " (missing)";
            if (auto difference = firstDifference(value, *mine, path + "." + member); !difference.empty())
                return difference;
        }
        return "";
    }
    if (expected.isArray()) {
        if (!actual.isArray() || actual.asArray().size() != expected.asArray().size())
            return path + " (length " + std::to_string(actual.asArray().size()) + ", expected " +
                   std::to_string(expected.asArray().size()) + ")";
        for (std::size_t i = 0; i < expected.asArray().size(); ++i)
            if (auto difference = firstDifference(expected.asArray()[i], actual.asArray()[i],
                                                  path + "[" + std::to_string(i) + "]");
                !difference.empty())
                return difference;
        return "";
    }
    const std::string want = lj::json::serialize(expected), got = lj::json::serialize(actual);
    return want == got ? "" : path + " is " + got + ", expected " + want;
}

Value timelineJson(const lj::Dataset& data, const std::string& asset, const std::string& asOf,
                   const lj::RuleSettings& settings = lj::RuleSettings::defaults()) {
    return lj::timelineToJson(lj::buildAssetTimeline(data, asset, day(asOf), settings), data);
}

void expectReproduced(const Value& expected) {
    const Value actual = timelineJson(scenario(), *expected.getString("asset"), *expected.getString("as_of"));
    EXPECT_EQ(firstDifference(expected, actual, "$"), "") << lj::json::serializePretty(actual);
}

TEST(AssetTimelineScenario, EveryKeyTimelineIsReproduced) {
    const Value* timelines = answerKey().find("timelines");
    ASSERT_TRUE(timelines && !timelines->asArray().empty());
    for (const Value& expected : timelines->asArray()) {
        SCOPED_TRACE(*expected.getString("asset") + " as of " + *expected.getString("as_of"));
        expectReproduced(expected);
    }
}

TEST(AssetTimelineScenario, SeedAssetOnTheFirstOfDecember) {
    const Value* expected = answerKey().find("seed_asset")->find("timeline_2020_12_01");
    ASSERT_TRUE(expected);
    expectReproduced(*expected);
}

TEST(AssetTimelineScenario, EventsAreInDateOrderAndCiteLedgerTransactions) {
    const auto& data = scenario();
    const std::string seed = *answerKey().find("seed_asset")->getString("asset");
    const auto timeline = lj::buildAssetTimeline(data, seed, day("2020-08-31"), lj::RuleSettings::defaults());
    ASSERT_FALSE(timeline.events.empty());
    EXPECT_TRUE(std::is_sorted(timeline.events.begin(), timeline.events.end(),
                               [](const auto& a, const auto& b) { return a.date < b.date; }));
    std::vector<std::string> signedContracts;
    for (const auto& event : timeline.events) {
        ASSERT_LT(event.ref, data.txs.size());
        EXPECT_LE(event.date, day("2020-08-31"));
        if (event.kind == "contract.sign") signedContracts.push_back(event.subject);
    }
    for (const Value& contract : answerKey().find("seed_asset")->find("contracts")->asArray())
        EXPECT_NE(std::find(signedContracts.begin(), signedContracts.end(), contract.asString()),
                  signedContracts.end())
            << contract.asString();
    const Value json = lj::timelineToJson(timeline, data);
    for (const Value& event : json.find("events")->asArray())
        EXPECT_EQ(event.getString("tx")->size(), 64u);
}

// The timeline's runs marked a02 are exactly what A02 reports: the latest such run of each asset.
TEST(AssetTimelineScenario, IdleRunsAgreeWithRuleA02) {
    const auto& data = scenario();
    const auto asOf = day("2020-08-31");
    const auto settings = lj::RuleSettings::defaults();
    std::vector<lj::RuleFinding> findings;
    lj::evaluateAssetRules(lj::RuleContext{data, settings, asOf}, findings);
    std::erase_if(findings, [](const lj::RuleFinding& finding) { return finding.rule != "A02"; });
    for (const auto& [id, asset] : data.assets) {
        const auto timeline = lj::buildAssetTimeline(data, id, asOf, lj::RuleSettings::defaults());
        const auto latest = std::find_if(timeline.idle.rbegin(), timeline.idle.rend(),
                                         [](const lj::IdleRun& run) { return run.reachesThreshold; });
        const auto finding = std::find_if(findings.begin(), findings.end(),
                                          [&](const lj::RuleFinding& f) { return f.subjects.front() == id; });
        ASSERT_EQ(latest != timeline.idle.rend(), finding != findings.end()) << id;
        if (finding == findings.end()) continue;
        EXPECT_EQ(finding->from, latest->from) << id;
        EXPECT_EQ(finding->to, latest->to) << id;
    }
}

// An asset registered on 2020-01-01 that nobody leases: idle from that day, open.
TEST(AssetTimelineBoundaries, OpenIdleRunOf179DaysDoesNotReachA02But180Does) {
    AssetLedger ledger;
    ledger.asset("AS1", "2020-01-01");
    const auto data = ledger.finish();
    const Value at179 = timelineJson(data, "AS1", "2020-06-27"); // 2020-01-01 + 178 days
    ASSERT_EQ(at179.find("idle")->asArray().size(), 1u);
    EXPECT_EQ(*at179.find("idle")->asArray()[0].getInt("days"), 179);
    EXPECT_FALSE(at179.find("idle")->asArray()[0].find("a02")->asBool());
    EXPECT_TRUE(at179.find("idle")->asArray()[0].find("open")->asBool());
    const Value at180 = timelineJson(data, "AS1", "2020-06-28");
    EXPECT_EQ(*at180.find("idle")->asArray()[0].getInt("days"), 180);
    EXPECT_TRUE(at180.find("idle")->asArray()[0].find("a02")->asBool());
}

// A closed run between two leases: 2019-01-01 .. 2019-06-29 is 180 days, .. 2019-06-28 is 179.
TEST(AssetTimelineBoundaries, ClosedIdleRunBetweenLeases) {
    for (const auto& [nextStart, days, a02] :
         {std::tuple{"2019-06-30", 180, true}, std::tuple{"2019-06-29", 179, false}}) {
        AssetLedger ledger;
        ledger.asset("AS1", "2016-01-01");
        ledger.lease("HT1", "AS1", "2016-01-01", "2018-12-31", 100000);
        ledger.lease("HT2", "AS1", nextStart, "2021-12-31", 100000);
        const auto data = ledger.finish();
        const Value json = timelineJson(data, "AS1", "2020-08-31");
        const auto& idle = json.find("idle")->asArray();
        ASSERT_EQ(idle.size(), 1u) << nextStart;
        EXPECT_EQ(*idle[0].getString("from"), "2019-01-01");
        EXPECT_EQ(*idle[0].getInt("days"), days);
        EXPECT_EQ(idle[0].find("a02")->asBool(), a02);
        EXPECT_FALSE(idle[0].find("open")->asBool());
        EXPECT_EQ(idle[0].find("txs")->asArray().size(), 2u) << "the lease before and the lease after";
    }
}

TEST(AssetTimelineBoundaries, LeaseEndingOnTheAsOfDateIsStillInForce) {
    AssetLedger ledger;
    ledger.asset("AS1", "2018-01-01");
    ledger.lease("HT1", "AS1", "2018-01-01", "2020-06-30", 120000);
    const auto data = ledger.finish();
    const Value onEnd = timelineJson(data, "AS1", "2020-06-30");
    EXPECT_TRUE(onEnd.find("leases")->asArray()[0].find("in_force_at_as_of")->asBool());
    EXPECT_TRUE(onEnd.find("idle")->asArray().empty());
    const Value dayAfter = timelineJson(data, "AS1", "2020-07-01");
    EXPECT_FALSE(dayAfter.find("leases")->asArray()[0].find("in_force_at_as_of")->asBool());
    ASSERT_EQ(dayAfter.find("idle")->asArray().size(), 1u);
    EXPECT_EQ(*dayAfter.find("idle")->asArray()[0].getString("from"), "2020-07-01");
    EXPECT_EQ(*dayAfter.find("idle")->asArray()[0].getInt("days"), 1);
}

// The amended end counts from the amendment's date on; before it, the lease runs to its signed end.
TEST(AssetTimelineBoundaries, AmendedEndDate) {
    AssetLedger ledger;
    ledger.asset("AS1", "2017-01-01");
    ledger.lease("HT1", "AS1", "2017-01-01", "2019-12-31", 120000, "", "P1");
    const std::string amendment = ledger.amend("HT1", "2019-11-01", R"("end":"2020-12-31","lessee":"P2")");
    const auto data = ledger.finish();

    const Value before = timelineJson(data, "AS1", "2019-10-31");
    EXPECT_EQ(*before.find("leases")->asArray()[0].getString("end"), "2019-12-31");
    EXPECT_EQ(*before.find("leases")->asArray()[0].getString("lessee"), "P1");

    const Value after = timelineJson(data, "AS1", "2020-06-30");
    const Value& lease = after.find("leases")->asArray()[0];
    EXPECT_EQ(*lease.getString("end"), "2020-12-31");
    EXPECT_EQ(*lease.getString("lessee"), "P2");
    EXPECT_TRUE(lease.find("in_force_at_as_of")->asBool());
    EXPECT_TRUE(after.find("idle")->asArray().empty());
    const auto& events = after.find("events")->asArray();
    EXPECT_TRUE(std::any_of(events.begin(), events.end(), [&](const Value& event) {
        return event.getString("kind") == "contract.amend" && event.getString("tx") == amendment;
    }));
}

TEST(AssetTimelineBoundaries, TerminatedLeaseIsInForceThroughItsTerminationDate) {
    AssetLedger ledger;
    ledger.asset("AS1", "2017-01-01");
    ledger.lease("HT1", "AS1", "2017-01-01", "2021-12-31", 120000);
    ledger.terminate("HT1", "2019-06-30");
    const auto data = ledger.finish();
    const Value json = timelineJson(data, "AS1", "2020-08-31");
    const Value& lease = json.find("leases")->asArray()[0];
    EXPECT_EQ(*lease.find("termination")->getString("date"), "2019-06-30");
    EXPECT_FALSE(lease.find("in_force_at_as_of")->asBool());
    ASSERT_EQ(json.find("idle")->asArray().size(), 1u);
    EXPECT_EQ(*json.find("idle")->asArray()[0].getString("from"), "2019-07-01");
    // annual instalments due 2017-01-01, 2018-01-01, 2019-01-01; none after the termination
    EXPECT_EQ(json.find("instalments")->asArray().size(), 3u);
}

TEST(AssetTimelineBoundaries, SelfUseAndUnderConstructionAreNotIdleButIdleAndInUseStatusesAre) {
    AssetLedger ledger;
    ledger.asset("AS1", "2018-01-01");
    ledger.status("AS1", "self_use", "2018-01-01");
    ledger.status("AS1", "in_use", "2019-01-01"); // not a lease: still idle
    ledger.status("AS1", "under_construction", "2019-07-01");
    ledger.status("AS1", "idle", "2020-01-01");
    const auto data = ledger.finish();
    const Value json = timelineJson(data, "AS1", "2020-08-31");
    const auto& idle = json.find("idle")->asArray();
    ASSERT_EQ(idle.size(), 2u);
    EXPECT_EQ(*idle[0].getString("from"), "2019-01-01");
    EXPECT_EQ(*idle[0].getString("to"), "2019-06-30");
    EXPECT_EQ(*idle[1].getString("from"), "2020-01-01");
    EXPECT_TRUE(idle[1].find("open")->asBool());
}

TEST(AssetTimelineBoundaries, NonOperatingAssetsHaveNoIdleRuns) {
    AssetLedger ledger;
    ledger.asset("AS1", "2018-01-01", "non_operating");
    const auto data = ledger.finish();
    EXPECT_TRUE(timelineJson(data, "AS1", "2020-08-31").find("idle")->asArray().empty());
}

// Instalments are paid in due order; the first is overdue once due + 90 days lies before the as-of.
TEST(AssetTimelineBoundaries, InstalmentsReceivedFifoAndOverdueAfterNinetyDays) {
    AssetLedger ledger;
    ledger.asset("AS1", "2018-01-01");
    ledger.lease("HT1", "AS1", "2019-01-01", "2020-12-31", 120000);
    ledger.receipt("SK1", "HT1", 100000, "2019-01-10");
    const auto data = ledger.finish();
    const Value onLimit = timelineJson(data, "AS1", "2019-04-01"); // due + 90
    ASSERT_EQ(onLimit.find("instalments")->asArray().size(), 1u);
    const Value& first = onLimit.find("instalments")->asArray()[0];
    EXPECT_EQ(*first.getString("due"), "2019-01-01");
    EXPECT_EQ(*first.getInt("amount"), 120000);
    EXPECT_EQ(*first.getInt("received"), 100000);
    EXPECT_FALSE(first.find("overdue")->asBool());
    const Value dayAfter = timelineJson(data, "AS1", "2019-04-02");
    EXPECT_TRUE(dayAfter.find("instalments")->asArray()[0].find("overdue")->asBool());
}

TEST(AssetTimelineBoundaries, UnknownAssetGivesAnEmptyTimeline) {
    AssetLedger ledger;
    ledger.asset("AS1", "2018-01-01");
    const auto data = ledger.finish();
    const auto timeline =
        lj::buildAssetTimeline(data, "AS9", day("2020-08-31"), lj::RuleSettings::defaults());
    EXPECT_FALSE(timeline.found);
    EXPECT_TRUE(timeline.events.empty());
    EXPECT_TRUE(timelineJson(data, "AS9", "2020-08-31").find("name")->isNull());
}

} // namespace
