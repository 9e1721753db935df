// Boundaries of the fund, project and integrity rules (F01–F06, P01–P04, D01, D02) on small
// hand-built ledgers: each threshold exactly, and one unit (fen, day, percent step) either side.
#include "rules/rule_engine.h"
#include "rules/rule_groups.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace {

using Subjects = std::vector<std::string>;

// A ledger built record by record; each record's chain time is 10:00 (+08:00) on the given day.
class Ledger {
public:
    std::string add(const std::string& kind, const std::string& body, const std::string& day,
                    const std::string& source = "资金管理系统") {
        lj::LedgerRecord record;
        record.ref.tx = "tx" + std::to_string(++m_count);
        record.ref.height = m_count;
        record.ref.kind = kind;
        record.ref.time = day + "T10:00:00+08:00";
        record.ref.source = source;
        auto parsed = lj::json::parse(body);
        EXPECT_TRUE(parsed.ok()) << body;
        if (parsed.ok()) record.body = std::move(parsed.value());
        m_builder.add(record);
        return record.ref.tx;
    }

    // A payment.record; `extra` (",\"member\":value…") adds or overrides body members.
    std::string payment(const std::string& id, const std::string& payee, std::int64_t fen,
                        const std::string& day, const std::string& extra = "",
                        const std::string& org = "V1") {
        auto body = *lj::json::parse(R"({"id":")" + id + R"(","org":")" + org + R"(","payee":")" + payee +
                                     R"(","amount":)" + std::to_string(fen) + R"(,"date":")" + day +
                                     R"(","purpose":"材料","category":"其他支出","method":"transfer"})");
        if (!extra.empty()) {
            auto members = lj::json::parse("{" + extra.substr(1) + "}");
            EXPECT_TRUE(members.ok()) << extra;
            for (const auto& [member, value] : members->asObject())
                body.set(member, value);
        }
        return add("payment.record", lj::json::serialize(body), day);
    }

    // A project approved on `approved` with its award (price, date, bidders) and optional completion.
    void project(const std::string& id, std::int64_t budget, const std::string& contractor,
                 std::int64_t price, const std::string& awarded, const std::string& org = "V1",
                 const std::string& bidders = "") {
        add("project.approve",
            R"({"id":")" + id + R"(","org":")" + org + R"(","name":"工程)" + id + R"(","budget":)" +
                std::to_string(budget) +
                R"(,"approved":"2019-01-02","planned_end":"2019-12-31","procurement":"invited"})",
            "2019-01-02", "三资监管平台");
        const std::string list = bidders.empty() ? "\"" + contractor + "\",\"F-OTHER\"" : bidders;
        add("project.award",
            R"({"project":")" + id + R"(","contractor":")" + contractor + R"(","price":)" +
                std::to_string(price) + R"(,"date":")" + awarded + R"(","bidders":[)" + list + "]}",
            awarded, "三资监管平台");
    }

    lj::Dataset finish() {
        m_builder.setLastBlockTime("2020-12-31T18:00:00+08:00");
        return m_builder.finish();
    }

private:
    lj::DatasetBuilder m_builder;
    int m_count = 0;
};

std::vector<lj::RuleFinding> run(const lj::Dataset& data, const std::string& rule, const std::string& asOf,
                                 const lj::RuleSettings& settings = lj::RuleSettings::defaults()) {
    return lj::evaluateRules(data, settings, *lj::Date::parse(asOf), {rule});
}

std::vector<Subjects> subjectsOf(const std::vector<lj::RuleFinding>& findings) {
    std::vector<Subjects> all;
    for (const auto& finding : findings)
        all.push_back(finding.subjects);
    return all;
}

std::int64_t detail(const lj::RuleFinding& finding, const char* key) {
    return *finding.details.getInt(key);
}

// ---- F01 large payment ----

TEST(F01, FiresFromExactlyTheThreshold) {
    Ledger ledger;
    ledger.payment("FK1", "X", 9'999'999, "2020-03-01");
    const std::string exact = ledger.payment("FK2", "X", 10'000'000, "2020-03-02");
    ledger.payment("FK3", "X", 10'000'001, "2020-03-03");
    const auto findings = run(ledger.finish(), "F01", "2020-12-31");
    EXPECT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"FK2", "X"}, {"FK3", "X"}}));
    EXPECT_EQ(findings[0].txs, Subjects{exact});
    EXPECT_EQ(detail(findings[0], "amount"), 10'000'000);
    EXPECT_EQ(findings[0].severity, lj::Severity::Warning);
    EXPECT_NE(findings[0].summary.find("100,000.00 元"), std::string::npos) << findings[0].summary;
}

TEST(F01, PaymentsAfterTheAsOfDateDoNotCount) {
    Ledger ledger;
    ledger.payment("FK1", "X", 20'000'000, "2020-03-02");
    const auto data = ledger.finish();
    EXPECT_TRUE(run(data, "F01", "2020-03-01").empty());
    EXPECT_EQ(run(data, "F01", "2020-03-02").size(), 1u);
}

TEST(F01, ThresholdIsASetting) {
    Ledger ledger;
    ledger.payment("FK1", "X", 5'000'000, "2020-03-02");
    auto settings = *lj::parseRuleSettings(R"({"F01": {"yuan": 50000}})", "test");
    EXPECT_EQ(run(ledger.finish(), "F01", "2020-12-31", settings).size(), 1u);
}

// ---- F02 frequent payments ----

std::vector<lj::RuleFinding> fivePaymentsSpanning(int lastDay, const std::string& secondOrg = "V1") {
    Ledger ledger;
    ledger.payment("FK1", "X", 10'000, "2020-03-01");
    ledger.payment("FK2", "X", 10'000, "2020-03-08");
    ledger.payment("FK3", "X", 10'000, "2020-03-15", "", secondOrg);
    ledger.payment("FK4", "X", 10'000, "2020-03-22");
    ledger.payment("FK5", "X", 10'000, lj::Date::fromCivil(2020, 3, 1).addDays(lastDay).toString());
    return run(ledger.finish(), "F02", "2020-12-31");
}

TEST(F02, FivePaymentsInExactlyThirtyDaysFire) {
    const auto findings = fivePaymentsSpanning(30);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].subjects, (Subjects{"X", "V1", "FK1", "FK2", "FK3", "FK4", "FK5"}));
    EXPECT_EQ(findings[0].txs.size(), 5u);
    EXPECT_EQ(findings[0].from->toString(), "2020-03-01");
    EXPECT_EQ(findings[0].to->toString(), "2020-03-31");
    EXPECT_EQ(detail(findings[0], "payments"), 5);
    EXPECT_EQ(findings[0].severity, lj::Severity::Reminder);
}

TEST(F02, ThirtyOneDaysDoNot) {
    EXPECT_TRUE(fivePaymentsSpanning(31).empty());
}

TEST(F02, PaymentsOfAnotherCollectiveDoNotCount) {
    EXPECT_TRUE(fivePaymentsSpanning(30, "V2").empty());
}

TEST(F02, OneBurstIsOneFindingWithAllItsPayments) {
    Ledger ledger;
    for (int i = 0; i < 6; ++i)
        ledger.payment("FK" + std::to_string(i + 1), "X", 10'000,
                       lj::Date::fromCivil(2020, 2, 3).addDays(i * 4).toString());
    const auto findings = run(ledger.finish(), "F02", "2020-12-31");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].subjects.size(), 8u);
}

TEST(F02, FourPaymentsAreNotEnough) {
    Ledger ledger;
    for (int i = 0; i < 4; ++i)
        ledger.payment("FK" + std::to_string(i + 1), "X", 10'000, "2020-03-0" + std::to_string(i + 1));
    EXPECT_TRUE(run(ledger.finish(), "F02", "2020-12-31").empty());
}

// ---- F03 over budget ----

struct BudgetLedger {
    Ledger ledger;
    std::vector<std::string> txs;
    BudgetLedger(std::int64_t lastPayment) {
        txs.push_back(ledger.add(
            "budget.approve",
            R"({"org":"V1","year":2020,"lines":[{"category":"管理费用","amount":10000000},{"category":"环境整治","amount":5000000}]})",
            "2020-01-05"));
        txs.push_back(ledger.payment("FK1", "X", 6'000'000, "2020-02-01", R"(,"category":"管理费用")"));
        txs.push_back(ledger.payment("FK2", "Y", lastPayment, "2020-05-01", R"(,"category":"管理费用")"));
        ledger.payment("FK3", "Y", 9'000'000, "2019-12-31", R"(,"category":"管理费用")"); // another year
        ledger.payment("FK4", "Y", 6'000'000, "2020-03-01", R"(,"category":"环境整治")");
    }
};

TEST(F03, SpendingEqualToTheBudgetDoesNotFire) {
    BudgetLedger budget(4'000'000);
    const auto findings = run(budget.ledger.finish(), "F03", "2020-12-31");
    EXPECT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"V1", "2020/环境整治"}}));
}

TEST(F03, OneFenOverFires) {
    BudgetLedger budget(4'000'001);
    const auto findings = run(budget.ledger.finish(), "F03", "2020-12-31");
    ASSERT_EQ(subjectsOf(findings),
              (std::vector<Subjects>{{"V1", "2020/环境整治"}, {"V1", "2020/管理费用"}}));
    const lj::RuleFinding& over = findings[1];
    EXPECT_EQ(over.txs, budget.txs);
    EXPECT_EQ(detail(over, "budget"), 10'000'000);
    EXPECT_EQ(detail(over, "spent"), 10'000'001);
    EXPECT_EQ(detail(over, "year"), 2020);
    EXPECT_EQ(*over.details.getString("category"), "管理费用");
}

TEST(F03, ALaterBudgetReplacesTheWholeLinesArrayFromItsDate) {
    BudgetLedger budget(4'000'001);
    const std::string revision = budget.ledger.add(
        "budget.approve", R"({"org":"V1","year":2020,"lines":[{"category":"管理费用","amount":12000000}]})",
        "2020-06-01");
    const auto data = budget.ledger.finish();
    // Before the revision the first budget holds: both categories are over it.
    EXPECT_EQ(run(data, "F03", "2020-05-31").size(), 2u);
    // After it, 管理费用 is within 120,000 and 环境整治 is no longer budgeted at all.
    EXPECT_TRUE(run(data, "F03", "2020-06-01").empty());
    // Before either budget was approved there is nothing to compare with.
    EXPECT_TRUE(run(data, "F03", "2020-01-04").empty());
}

// ---- F04 over standard ----

TEST(F04, PerPersonDayStandardBoundary) {
    Ledger ledger;
    const std::string perDay = R"(,"purpose":"误工补贴","quantity":10,"unit":"person_day")";
    ledger.payment("FK1", "P1", 150'000, "2020-03-01", perDay);
    ledger.payment("FK2", "P2", 150'001, "2020-03-01", perDay);
    ledger.payment("FK3", "P3", 149'999, "2020-03-01", perDay);
    ledger.payment("FK4", "P4", 900'000, "2020-03-01", R"(,"purpose":"误工补贴")"); // no quantity: no basis
    const auto findings = run(ledger.finish(), "F04", "2020-12-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"FK2", "P2"}}));
    EXPECT_EQ(*findings[0].details.getString("standard"), "误工补贴");
    EXPECT_EQ(detail(findings[0], "limit"), 150'000);
}

TEST(F04, PerPaymentStandardBoundary) {
    Ledger ledger;
    ledger.payment("FK1", "P1", 100'000, "2020-03-01", R"(,"purpose":"慰问金")");
    ledger.payment("FK2", "P2", 100'001, "2020-03-01", R"(,"purpose":"慰问金")");
    ledger.payment("FK3", "P3", 900'001, "2020-03-01", R"(,"purpose":"材料款")");
    EXPECT_EQ(subjectsOf(run(ledger.finish(), "F04", "2020-12-31")), (std::vector<Subjects>{{"FK2", "P2"}}));
}

// ---- F05 split payments ----

std::vector<lj::RuleFinding> twoPayments(std::int64_t second, int daysApart, const std::string& extra = "") {
    Ledger ledger;
    ledger.payment("FK1", "X", 6'000'000, "2020-03-01", extra);
    ledger.payment("FK2", "X", second, lj::Date::fromCivil(2020, 3, 1).addDays(daysApart).toString(), extra);
    return run(ledger.finish(), "F05", "2020-12-31");
}

TEST(F05, SumExactlyAtTheLargePaymentThresholdFires) {
    const auto findings = twoPayments(4'000'000, 30);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].subjects, (Subjects{"X", "FK1", "FK2"}));
    EXPECT_EQ(detail(findings[0], "total"), 10'000'000);
    EXPECT_EQ(findings[0].severity, lj::Severity::Alarm);
}

TEST(F05, OneFenShortDoesNotFire) {
    EXPECT_TRUE(twoPayments(3'999'999, 10).empty());
}

TEST(F05, ThirtyOneDaysApartDoNotFire) {
    EXPECT_TRUE(twoPayments(4'000'000, 31).empty());
}

TEST(F05, APaymentAtTheThresholdIsNoPartOfASplit) {
    EXPECT_TRUE(twoPayments(10'000'000, 1).empty()); // FK2 is a large payment (F01), not a split
    EXPECT_EQ(twoPayments(9'999'999, 1).size(), 1u);
}

TEST(F05, ProjectBurstIsReportedOnceNamingTheProject) {
    const auto findings = twoPayments(4'000'000, 5, R"(,"project":"GC1")");
    EXPECT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"X", "GC1", "FK1", "FK2"}}));
}

TEST(F05, ProjectPaymentsToSeveralPayees) {
    Ledger ledger;
    ledger.payment("FK1", "X", 6'000'000, "2020-03-01", R"(,"project":"GC1")");
    ledger.payment("FK2", "Y", 5'000'000, "2020-03-05", R"(,"project":"GC1")");
    EXPECT_EQ(subjectsOf(run(ledger.finish(), "F05", "2020-12-31")),
              (std::vector<Subjects>{{"X", "Y", "GC1", "FK1", "FK2"}}));
}

// ---- F06 cash settlement ----

TEST(F06, CashReceiptsAndPaymentsOnly) {
    Ledger ledger;
    ledger.add("receipt.record",
               R"({"id":"SK1","org":"V1","payer":"P1","amount":100,"date":"2020-03-01","method":"cash"})",
               "2020-03-01");
    ledger.add("receipt.record",
               R"({"id":"SK2","org":"V1","payer":"P1","amount":100,"date":"2020-03-01","method":"transfer"})",
               "2020-03-01");
    ledger.payment("FK1", "P1", 100, "2020-03-01", R"(,"method":"cash")");
    ledger.payment("FK2", "P1", 100, "2020-03-01");
    ledger.payment("FK3", "P1", 100, "2021-03-01", R"(,"method":"cash")"); // after the as-of date
    EXPECT_EQ(subjectsOf(run(ledger.finish(), "F06", "2020-12-31")),
              (std::vector<Subjects>{{"FK1"}, {"SK1"}}));
}

// ---- P01 project overdue ----

lj::Dataset plannedProject(const std::string& completedOn) {
    Ledger ledger;
    ledger.add(
        "project.approve",
        R"({"id":"GC1","org":"V1","name":"道路","budget":100,"approved":"2020-01-02","planned_end":"2020-06-30"})",
        "2020-01-02");
    if (!completedOn.empty())
        ledger.add("project.complete",
                   R"({"project":"GC1","date":")" + completedOn + R"(","final_cost":100,"accepted":true})",
                   completedOn);
    return ledger.finish();
}

TEST(P01, FiresTheDayAfterThePlannedEnd) {
    const auto data = plannedProject("");
    EXPECT_TRUE(run(data, "P01", "2020-06-30").empty());
    const auto findings = run(data, "P01", "2020-07-01");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"GC1"}}));
    EXPECT_EQ(*findings[0].details.getString("planned_end"), "2020-06-30");
}

TEST(P01, GraceDaysPostponeIt) {
    const auto data = plannedProject("");
    const auto settings = *lj::parseRuleSettings(R"({"P01": {"grace_days": 10}})", "test");
    EXPECT_TRUE(run(data, "P01", "2020-07-10", settings).empty());
    EXPECT_EQ(run(data, "P01", "2020-07-11", settings).size(), 1u);
}

TEST(P01, CompletionOnThePlannedEndIsInTime) {
    EXPECT_TRUE(run(plannedProject("2020-06-30"), "P01", "2020-12-31").empty());
}

TEST(P01, LateCompletionStillFires) {
    const auto data = plannedProject("2020-07-01");
    const auto findings = run(data, "P01", "2020-12-31");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].txs, (Subjects{"tx1", "tx2"}));
    EXPECT_EQ(*findings[0].details.getString("completed"), "2020-07-01");
}

// ---- P02 contract splitting ----

std::vector<lj::RuleFinding> twoAwards(std::int64_t second, int daysApart,
                                       const std::string& secondOrg = "V1") {
    Ledger ledger;
    ledger.project("GC1", 25'000'000, "C", 20'000'000, "2019-03-01");
    ledger.project("GC2", 25'000'000, "C", second,
                   lj::Date::fromCivil(2019, 3, 1).addDays(daysApart).toString(), secondOrg);
    return run(ledger.finish(), "P02", "2020-12-31");
}

TEST(P02, TogetherExactlyAtTheTenderThresholdWithinNinetyDaysFires) {
    const auto findings = twoAwards(20'000'000, 90);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].subjects, (Subjects{"C", "GC1", "GC2"}));
    EXPECT_EQ(findings[0].txs, (Subjects{"tx1", "tx2", "tx3", "tx4"}));
    EXPECT_EQ(detail(findings[0], "total"), 40'000'000);
}

TEST(P02, OneFenShortDoesNotFire) {
    EXPECT_TRUE(twoAwards(19'999'999, 10).empty());
}
TEST(P02, NinetyOneDaysApartDoNotFire) {
    EXPECT_TRUE(twoAwards(20'000'000, 91).empty());
}
TEST(P02, AnAwardAtTheThresholdWasTenderedAnyway) {
    EXPECT_TRUE(twoAwards(40'000'000, 10).empty());
}
TEST(P02, AwardsOfTwoCollectivesDoNotCombine) {
    EXPECT_TRUE(twoAwards(20'000'000, 10, "V2").empty());
}

// ---- P03 award anomalies ----

TEST(P03, PriceWithinOnePercentOfTheBudget) {
    Ledger ledger;
    ledger.project("GC1", 10'000'000, "C1", 9'900'000, "2019-03-01");  // exactly 1% below
    ledger.project("GC2", 10'000'000, "C2", 9'899'999, "2019-03-02");  // one fen more than 1%
    ledger.project("GC3", 10'000'000, "C3", 10'100'000, "2019-03-03"); // exactly 1% above
    ledger.project("GC4", 10'000'000, "C4", 10'100'001, "2019-03-04");
    const auto findings = run(ledger.finish(), "P03", "2020-12-31");
    EXPECT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"GC1", "C1"}, {"GC3", "C3"}}));
    EXPECT_EQ(*findings[0].details.getString("kind"), "price_near_budget");
}

TEST(P03, SingleBidder) {
    Ledger ledger;
    ledger.project("GC1", 10'000'000, "C1", 8'000'000, "2019-03-01", "V1", R"("C1")");
    ledger.project("GC2", 10'000'000, "C2", 8'000'000, "2019-03-01", "V1", R"("C2","C3")");
    const auto findings = run(ledger.finish(), "P03", "2020-12-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"GC1", "C1"}}));
    EXPECT_EQ(*findings[0].details.getString("kind"), "single_bidder");
    EXPECT_EQ(findings[0].txs, (Subjects{"tx1", "tx2"}));
}

// `wins` of `awards` projects of V1 in 2019 go to contractor C (the rest to others).
std::vector<lj::RuleFinding> dominance(int wins, int awards) {
    Ledger ledger;
    for (int i = 0; i < awards; ++i)
        ledger.project("GC" + std::to_string(i + 1), 10'000'000, i < wins ? "C" : "D" + std::to_string(i),
                       8'000'000, lj::Date::fromCivil(2019, 2, 1).addDays(i * 20).toString());
    return run(ledger.finish(), "P03", "2020-12-31");
}

TEST(P03, DominantContractorAtHalfTheAwards) {
    const auto findings = dominance(3, 6);
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"C", "V1", "GC1", "GC2", "GC3"}}));
    EXPECT_EQ(*findings[0].details.getString("kind"), "dominant_contractor");
    EXPECT_EQ(detail(findings[0], "wins"), 3);
    EXPECT_EQ(detail(findings[0], "awards"), 6);
}

TEST(P03, LessThanHalfOrFewerThanThreeWinsIsNoDominance) {
    EXPECT_TRUE(dominance(3, 7).empty());
    EXPECT_TRUE(dominance(2, 3).empty());
    EXPECT_EQ(dominance(3, 3).size(), 1u);
}

// ---- P04 cost overrun ----

TEST(P04, MoreThanTenPercentOverTheBudget) {
    Ledger ledger;
    for (const auto& [id, cost] : std::vector<std::pair<std::string, std::int64_t>>{
             {"GC1", 11'000'000}, {"GC2", 11'000'001}, {"GC3", 10'999'999}}) {
        ledger.add("project.approve",
                   R"({"id":")" + id +
                       R"(","org":"V1","name":"x","budget":10000000,"approved":"2020-01-02"})",
                   "2020-01-02");
        ledger.add("project.complete",
                   R"({"project":")" + id + R"(","date":"2020-05-01","final_cost":)" + std::to_string(cost) +
                       R"(,"accepted":true})",
                   "2020-05-01");
    }
    const auto data = ledger.finish();
    const auto findings = run(data, "P04", "2020-12-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"GC2"}}));
    EXPECT_EQ(findings[0].txs, (Subjects{"tx3", "tx4"}));
    EXPECT_EQ(detail(findings[0], "final_cost"), 11'000'001);
    EXPECT_TRUE(run(data, "P04", "2020-04-30").empty()); // not completed yet
}

// ---- D01 cross-system mismatch ----

TEST(D01, ContractForAnUnregisteredAssetAndReceiptForAnUnknownContract) {
    Ledger ledger;
    ledger.add("asset.register", R"({"id":"AS1","org":"V1","area_m2":100,"book_value":5000})", "2019-01-01",
               "清产核资系统");
    ledger.add(
        "contract.sign",
        R"({"id":"HT1","asset":"AS1","lessee":"P1","start":"2020-01-01","end":"2020-12-31","signed":"2019-12-20"})",
        "2019-12-20", "产权交易系统");
    const std::string unregistered = ledger.add(
        "contract.sign",
        R"({"id":"HT2","asset":"AS9","lessee":"P1","start":"2020-01-01","end":"2020-12-31","signed":"2019-12-20"})",
        "2019-12-20", "产权交易系统");
    ledger.add("receipt.record",
               R"({"id":"SK1","org":"V1","payer":"P1","amount":1,"date":"2020-02-01","contract":"HT1"})",
               "2020-02-01");
    const std::string unknown =
        ledger.add("receipt.record",
                   R"({"id":"SK2","org":"V1","payer":"P1","amount":1,"date":"2020-02-01","contract":"HT9"})",
                   "2020-02-01");
    const auto findings = run(ledger.finish(), "D01", "2020-12-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"HT2", "AS9"}, {"SK2", "HT9"}}));
    EXPECT_EQ(findings[0].txs, Subjects{unregistered});
    EXPECT_EQ(*findings[0].details.getString("kind"), "unregistered_asset");
    EXPECT_EQ(findings[1].txs, Subjects{unknown});
    EXPECT_EQ(*findings[1].details.getString("kind"), "unknown_contract");
}

TEST(D01, TwoSystemsStatingDifferentFigures) {
    Ledger ledger;
    const std::string first = ledger.add("asset.register", R"({"id":"AS1","area_m2":2940,"book_value":5000})",
                                         "2019-01-01", "清产核资系统");
    const std::string second = ledger.add(
        "asset.register", R"({"id":"AS1","area_m2":3090,"book_value":5000})", "2019-02-01", "产权交易系统");
    const auto data = ledger.finish();
    EXPECT_TRUE(run(data, "D01", "2019-01-31").empty()); // the second statement is not yet on the ledger
    const auto findings = run(data, "D01", "2019-12-31");
    ASSERT_EQ(subjectsOf(findings), (std::vector<Subjects>{{"AS1"}}));
    EXPECT_EQ(findings[0].txs, (Subjects{first, second}));
    const auto& diffs = findings[0].details.find("diffs")->asArray();
    ASSERT_EQ(diffs.size(), 1u);
    EXPECT_EQ(*diffs[0].getString("member"), "area_m2");
    EXPECT_EQ(*diffs[0].find("values")->getInt("清产核资系统"), 2940);
    EXPECT_EQ(*diffs[0].find("values")->getInt("产权交易系统"), 3090);
}

TEST(D01, ASystemRestatingItsOwnFiguresOrAgreeingIsNoMismatch) {
    Ledger ledger;
    ledger.add("asset.register", R"({"id":"AS1","area_m2":100,"book_value":5000})", "2019-01-01",
               "清产核资系统");
    ledger.add("asset.register", R"({"id":"AS1","book_value":7000})", "2019-06-01",
               "清产核资系统"); // revaluation
    ledger.add("asset.register", R"({"id":"AS1","area_m2":100,"book_value":7000})", "2019-07-01",
               "产权交易系统");
    EXPECT_TRUE(run(ledger.finish(), "D01", "2019-12-31").empty());
}

// ---- D02 chain alerts vs findings ----

lj::RuleFinding finding(const std::string& rule, lj::Severity severity, Subjects subjects, Subjects txs) {
    lj::RuleFinding f;
    f.rule = rule;
    f.severity = severity;
    f.subjects = std::move(subjects);
    f.txs = std::move(txs);
    f.summary = rule + " 发现";
    f.id = lj::makeFindingId(rule, f.subjects);
    return f;
}

struct AlertLedger {
    lj::Dataset data;
    std::string contractTx, receiptTx, rentAlertTx;
    AlertLedger() {
        Ledger ledger;
        contractTx =
            ledger.add("contract.sign",
                       R"({"id":"HT1","asset":"AS1","lessee":"P1","start":"2019-01-01","end":"2021-12-31"})",
                       "2018-12-20");
        receiptTx = ledger.add("receipt.record",
                               R"({"id":"SK1","payer":"P1","amount":5,"date":"2019-03-01","contract":"HT1"})",
                               "2019-03-01");
        rentAlertTx = ledger.add(
            "alert.raise",
            R"({"id":"YJ1","rule":"A06","subject":"HT1","level":"warning","message":"租金逾期","date":"2019-02-15"})",
            "2019-02-15", "链上合约");
        ledger.add(
            "alert.raise",
            R"({"id":"YJ2","rule":"F05","subject":"X","level":"alarm","message":"拆分","date":"2019-05-01"})",
            "2019-05-01", "链上合约");
        ledger.add(
            "alert.raise",
            R"({"id":"YJ3","rule":"R01","subject":"HT2","level":"alarm","message":"利益冲突","date":"2020-06-01"})",
            "2020-06-01", "链上合约");
        data = ledger.finish();
    }
};

std::vector<lj::RuleFinding> chainAlertFindings(const AlertLedger& ledger,
                                                const std::vector<lj::RuleFinding>& findings,
                                                const std::string& asOf) {
    const auto settings = lj::RuleSettings::defaults();
    const lj::RuleContext context{ledger.data, settings, *lj::Date::parse(asOf)};
    std::vector<lj::RuleFinding> out;
    lj::evaluateChainAlertRule(context, findings, out);
    return out;
}

TEST(D02, AlertThatNoFindingOfItsRuleReproduces) {
    const AlertLedger ledger;
    // A03 names HT1 but the alert is an A06 one; F05 reproduces YJ2; R01 reproduces YJ3.
    const std::vector<lj::RuleFinding> findings = {
        finding("A03", lj::Severity::Warning, {"HT1", "AS1"}, {"t"}),
        finding("F05", lj::Severity::Alarm, {"X", "FK1", "FK2"}, {"t"}),
        finding("R01", lj::Severity::Alarm, {"HT2", "P2"}, {"t"}),
    };
    const auto out = chainAlertFindings(ledger, findings, "2020-12-31");
    ASSERT_EQ(subjectsOf(out), (std::vector<Subjects>{{"YJ1", "HT1"}}));
    EXPECT_EQ(*out[0].details.getString("kind"), "alert_not_reproduced");
    EXPECT_EQ(*out[0].details.getString("alert_rule"), "A06");
    // The alert, the contract it names and the rent actually received.
    EXPECT_EQ(out[0].txs, (Subjects{ledger.contractTx, ledger.receiptTx, ledger.rentAlertTx}));
    EXPECT_EQ(out[0].severity, lj::Severity::Warning);
}

TEST(D02, AlarmFindingTheChainNeverRaised) {
    const AlertLedger ledger;
    const std::vector<lj::RuleFinding> findings = {
        finding("A06", lj::Severity::Warning, {"HT1"}, {"t0"}),
        finding("F05", lj::Severity::Alarm, {"X", "FK1", "FK2"}, {"t1"}),
        finding("R01", lj::Severity::Alarm, {"HT2", "P2"}, {"t2", "t3"}),
        finding("W01", lj::Severity::Alarm, {"P7", "dibao"}, {"t4"}),
        finding("A03", lj::Severity::Warning, {"HT5"}, {"t5"}), // not an alarm: the chain need not raise it
    };
    // As of 2020-05-31 the R01 alert YJ3 was not yet raised.
    auto out = chainAlertFindings(ledger, findings, "2020-05-31");
    ASSERT_EQ(subjectsOf(out), (std::vector<Subjects>{{"HT2", "P2"}, {"P7", "dibao"}}));
    EXPECT_EQ(*out[0].details.getString("kind"), "alarm_not_raised");
    EXPECT_EQ(*out[0].details.getString("finding_rule"), "R01");
    EXPECT_EQ(out[0].txs, (Subjects{"t2", "t3"}));
    out = chainAlertFindings(ledger, findings, "2020-12-31");
    EXPECT_EQ(subjectsOf(out), (std::vector<Subjects>{{"P7", "dibao"}}));
}

TEST(D02, AnAlertOfAnotherRuleDoesNotCountAsRaised) {
    const AlertLedger ledger;
    const std::vector<lj::RuleFinding> findings = {
        finding("A06", lj::Severity::Warning, {"HT1"}, {"t0"}),
        finding("F05", lj::Severity::Alarm, {"X", "FK1", "FK2"}, {"t1"}),
        finding("A10", lj::Severity::Alarm, {"HT2", "P2"}, {"t2"}), // YJ3 names HT2, but for R01
    };
    const auto out = chainAlertFindings(ledger, findings, "2020-12-31");
    EXPECT_EQ(subjectsOf(out), (std::vector<Subjects>{{"YJ3", "HT2"}, {"HT2", "P2"}}));
}

TEST(D02, AlertsAfterTheAsOfDateAreIgnored) {
    const AlertLedger ledger;
    EXPECT_TRUE(chainAlertFindings(ledger, {}, "2019-02-14").empty());
    EXPECT_EQ(subjectsOf(chainAlertFindings(ledger, {}, "2019-02-15")),
              (std::vector<Subjects>{{"YJ1", "HT1"}}));
}

} // namespace
