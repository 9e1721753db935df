// The graph's conflict search and the relationship rules (R01, R02, F07, W01–W04) on small hand-built
// ledgers: role terms, step limits, same-person hops, ownership edges, and the look-alikes that
// must stay silent (a relative who deals with nobody, a firm with a similar name, linked parties).
#include "graph/conflict_search.h"
#include "hand_ledger.h"
#include "rules/rule_engine.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <optional>

namespace {

using Ids = std::vector<std::string>;

// Records are added in chain order; each gets a made-up tx id "t<n>".
class LedgerBuilder : public ledger_test::HandLedger {
public:
    LedgerBuilder()
        : HandLedger({"2015-01-01T10:00:00+08:00", "", "2020-12-31T12:00:00+08:00"}) {}

    std::string person(const std::string& id, const std::string& name, const std::string& digest,
                       const std::string& extra = "") {
        return record("person.register", R"({"id":")" + id + R"(","name":")" + name + R"(","id_digest":")" +
                                             digest + R"(","org":"V1")" + extra + "}");
    }
    std::string role(const std::string& person, const std::string& role, const std::string& from,
                     const std::string& to, const std::string& org = "V1") {
        return record("role.assign", R"({"person":")" + person + R"(","org":")" + org + R"(","role":")" +
                                         role + R"(","from":")" + from + R"(","to":")" + to + R"("})");
    }
    std::string relation(const std::string& a, const std::string& b, const std::string& relation) {
        return record("relation.declare", R"({"a":")" + a + R"(","b":")" + b + R"(","relation":")" +
                                              relation + R"(","declared_by":")" + a +
                                              R"(","declared":"2015-03-01"})");
    }
    std::string firm(const std::string& id, const std::string& name, const std::string& legalRep,
                     const std::string& extra = "") {
        return record("firm.register", R"({"id":")" + id + R"(","name":")" + name + R"(","legal_rep":")" +
                                           legalRep + R"(","established":"2015-01-01")" + extra + "}");
    }
    std::string holding(const std::string& firm, const std::string& holder, const std::string& from,
                        const std::string& to = "") {
        return record("firm.shareholder", R"({"firm":")" + firm + R"(","holder":")" + holder +
                                              R"(","share_bp":4000,"from":")" + from + "\"" +
                                              (to.empty() ? "" : R"(,"to":")" + to + "\"") + "}");
    }
    std::string lease(const std::string& id, const std::string& lessee, const std::string& signedOn,
                      const std::string& extra = "", const std::string& end = "2029-12-31") {
        return record("contract.sign",
                      R"({"id":")" + id + R"(","asset":"A1","lessor":"V1","lessee":")" + lessee +
                          R"(","start":")" + signedOn + R"(","end":")" + end + R"(","annual_rent":100000,)" +
                          R"("pay_cycle":"annual","signed":")" + signedOn + "\"" + extra + "}");
    }
    std::string subsidy(const std::string& id, const std::string& recipient, const std::string& period,
                        const std::string& program = "dibao") {
        return record("subsidy.pay", R"({"id":")" + id + R"(","program":")" + program + R"(","recipient":")" +
                                         recipient + R"(","org":"V1","amount":50000,"period":")" + period +
                                         R"("})");
    }
};

// A village V1 with a director p-dir (2017–2020), his brother, the brother's wife and her brother.
LedgerBuilder villageWithFamily() {
    LedgerBuilder ledger;
    ledger.record("org.register", R"({"id":"V1","name":"东村","level":"village"})");
    ledger.person("p-dir", "王主任", "d-dir");
    ledger.person("p-bro", "王二", "d-bro");
    ledger.person("p-bro-wife", "李梅", "d-bro-wife");
    ledger.person("p-wife-bro", "李强", "d-wife-bro");
    ledger.role("p-dir", "director", "2017-01-01", "2020-12-31");
    ledger.relation("p-dir", "p-bro", "sibling");
    ledger.relation("p-bro", "p-bro-wife", "spouse");
    ledger.relation("p-bro-wife", "p-wife-bro", "sibling");
    return ledger;
}

std::vector<lj::RuleFinding> findings(const lj::Dataset& data, const std::string& rule,
                                      const lj::RuleSettings& settings = lj::RuleSettings::defaults()) {
    return lj::evaluateRules(data, settings, *lj::Date::parse("2020-12-31"), {rule});
}

const lj::RuleFinding* naming(const std::vector<lj::RuleFinding>& all, const std::string& subject) {
    for (const auto& finding : all)
        if (std::find(finding.subjects.begin(), finding.subjects.end(), subject) != finding.subjects.end())
            return &finding;
    return nullptr;
}

bool cites(const lj::RuleFinding& finding, const std::string& tx) {
    return std::find(finding.txs.begin(), finding.txs.end(), tx) != finding.txs.end();
}

// The graph's conflict search, as the rules use it: the preferred walk from a party to a director
// of V1 in force on `on`, or nothing.
struct Walks {
    const lj::graph::EntityGraph graph;
    lj::graph::ConflictSearch search{graph};

    explicit Walks(const lj::Dataset& data)
        : graph(lj::graph::EntityGraph::build(data, *lj::Date::parse("2020-12-31"), relationsOnly())) {}

    static lj::graph::BuildOptions relationsOnly() {
        lj::graph::BuildOptions options;
        options.relationsOnly = true;
        return options;
    }

    std::optional<lj::graph::GraphPath> preferred(const std::string& party, const std::string& on,
                                                  int maxSteps, bool kinshipOnly = false) {
        lj::graph::ConflictOccasion occasion;
        occasion.party = graph.find(party);
        occasion.org = graph.find("V1");
        occasion.on = *lj::Date::parse(on);
        occasion.spans = {{occasion.on, occasion.on}};
        occasion.maxSteps = maxSteps;
        occasion.kinshipOnly = kinshipOnly;
        const auto walks = search.walks(occasion);
        if (walks.empty()) return std::nullopt;
        return *std::min_element(walks.begin(), walks.end(), [&](const auto& a, const auto& b) {
            return lj::graph::preferredPath(graph, a, b);
        });
    }
    Ids ids(const std::optional<lj::graph::GraphPath>& path) const {
        return path ? lj::graph::pathIds(graph, *path) : Ids{};
    }
};

TEST(ConflictSearch, PreferredPathWithFreeSamePersonHopsAndDatedShareholdings) {
    LedgerBuilder ledger = villageWithFamily();
    ledger.person("p-twin", "王二", "d-bro"); // a second record of the brother
    ledger.firm("f-1", "东村建材公司", "p-other");
    ledger.holding("f-1", "p-bro", "2018-01-01", "2018-12-31");
    const lj::Dataset data = ledger.finish();
    Walks walks(data);

    const auto twin = walks.preferred("p-twin", "2018-06-01", 2);
    ASSERT_TRUE(twin);
    EXPECT_EQ(walks.ids(twin), (Ids{"p-twin", "p-bro", "p-dir"}));
    EXPECT_EQ(twin->steps, 1); // the same-person hop is free
    EXPECT_EQ(walks.graph.edge(twin->edges[0]).type, lj::graph::EdgeType::SamePerson);

    // The firm reaches the director through its shareholder only while the holding is in force.
    EXPECT_EQ(walks.ids(walks.preferred("f-1", "2018-06-01", 2)), (Ids{"f-1", "p-bro", "p-dir"}));
    EXPECT_FALSE(walks.preferred("f-1", "2019-06-01", 2));

    // Kinship-only searches ignore ownership; the bound counts steps.
    EXPECT_TRUE(walks.preferred("p-other", "2018-06-01", 3));
    EXPECT_FALSE(walks.preferred("p-other", "2018-06-01", 3, true));
    EXPECT_FALSE(walks.preferred("p-wife-bro", "2018-06-01", 2, true));
    EXPECT_TRUE(walks.preferred("p-wife-bro", "2018-06-01", 3, true));
}

TEST(ConflictSearch, OfficialsAreThoseWhoseRoleIsInForce) {
    LedgerBuilder ledger = villageWithFamily();
    const lj::Dataset data = ledger.finish();
    Walks walks(data);
    const auto director = walks.graph.find("p-dir"), village = walks.graph.find("V1");
    auto roles = [&](lj::graph::NodeId org, const char* first, const char* last) {
        return walks.search.roles(director, org, *lj::Date::parse(first), *lj::Date::parse(last)).size();
    };
    EXPECT_EQ(roles(village, "2016-12-31", "2016-12-31"), 0u);
    EXPECT_EQ(roles(village, "2016-12-01", "2017-01-01"), 1u);
    EXPECT_EQ(roles(walks.graph.find("V2"), "2018-01-01", "2018-01-01"), 0u);
}

TEST(ConflictOfInterest, HonoursTheRoleTermOnTheSigningDate) {
    LedgerBuilder ledger = villageWithFamily();
    ledger.person("p-old", "赵前任", "d-old");
    ledger.person("p-new", "钱后任", "d-new");
    ledger.role("p-old", "accountant", "2014-01-01", "2016-12-31");
    ledger.role("p-new", "cashier", "2019-01-01", "2020-12-31");
    ledger.lease("HT-OLD", "p-old", "2018-05-14");                           // left office before signing
    ledger.lease("HT-NEW", "p-new", "2018-05-14");                           // took office after signing
    const std::string sign = ledger.lease("HT-SELF", "p-new", "2019-03-01"); // in office
    const lj::Dataset data = ledger.finish();

    const auto all = findings(data, "R01");
    EXPECT_EQ(naming(all, "HT-OLD"), nullptr);
    EXPECT_EQ(naming(all, "HT-NEW"), nullptr);
    const auto* self = naming(all, "HT-SELF");
    ASSERT_NE(self, nullptr);
    EXPECT_EQ(self->subjects, (Ids{"HT-SELF", "p-new"}));
    EXPECT_EQ(self->path, (Ids{"p-new"}));
    EXPECT_EQ(lj::severityName(self->severity), "alarm");
    EXPECT_TRUE(cites(*self, sign));
    EXPECT_FALSE(self->summary.empty());
}

TEST(ConflictOfInterest, TwoStepsFireThreeDoNotUnlessTheThresholdAllows) {
    LedgerBuilder ledger = villageWithFamily();
    const std::string twoSteps = ledger.lease("HT-2", "p-bro-wife", "2018-05-14");
    ledger.lease("HT-3", "p-wife-bro", "2018-05-14");
    const lj::Dataset data = ledger.finish();

    const auto all = findings(data, "R01");
    const auto* two = naming(all, "HT-2");
    ASSERT_NE(two, nullptr);
    EXPECT_EQ(two->subjects, (Ids{"HT-2", "p-bro-wife", "p-dir"}));
    EXPECT_EQ(two->path, (Ids{"p-bro-wife", "p-bro", "p-dir"}));
    EXPECT_TRUE(cites(*two, twoSteps));
    EXPECT_EQ(two->txs.size(), 4u); // contract, two relations, the director's role
    EXPECT_EQ(naming(all, "HT-3"), nullptr);

    lj::RuleSettings wider = lj::RuleSettings::defaults();
    wider.thresholds["R01.steps"] = 3;
    const auto widerFindings = findings(data, "R01", wider);
    const auto* three = naming(widerFindings, "HT-3");
    ASSERT_NE(three, nullptr);
    EXPECT_EQ(three->path, (Ids{"p-wife-bro", "p-bro-wife", "p-bro", "p-dir"}));
}

TEST(ConflictOfInterest, SameIdDigestIsOneIndividual) {
    LedgerBuilder ledger = villageWithFamily();
    const std::string twin = ledger.person("p-bro-2", "王二", "d-bro"); // the brother, registered again
    ledger.lease("HT-T", "p-bro-2", "2018-05-14");
    const lj::Dataset data = ledger.finish();

    const auto all = findings(data, "R01");
    const auto* finding = naming(all, "HT-T");
    ASSERT_NE(finding, nullptr);
    EXPECT_EQ(finding->subjects, (Ids{"HT-T", "p-bro-2", "p-dir"}));
    EXPECT_EQ(finding->path, (Ids{"p-bro-2", "p-bro", "p-dir"}));
    EXPECT_TRUE(cites(*finding, twin));
}

TEST(ConflictOfInterest, FirmsThroughLegalRepOrShareholderAndNotBySimilarName) {
    LedgerBuilder ledger = villageWithFamily();
    const std::string firm = ledger.firm("f-bro", "东村王记建材有限公司", "p-bro");
    ledger.person("p-stranger", "王大", "d-stranger");
    ledger.firm("f-alike", "东村王记建材经营部", "p-stranger"); // similar name, unrelated owner
    ledger.firm("f-held", "西村运输公司", "p-stranger");
    ledger.holding("f-held", "p-bro-wife", "2016-01-01");
    ledger.record("project.approve",
                  R"({"id":"GC-1","org":"V1","name":"村道修缮","budget":1000000,)"
                  R"("approved":"2018-05-01","planned_end":"2018-12-31","procurement":"invited"})");
    const std::string award = ledger.record(
        "project.award", R"({"project":"GC-1","contractor":"f-bro","price":900000,"date":"2018-06-01",)"
                         R"("bidders":["f-bro","f-alike"]})");
    ledger.lease("HT-ALIKE", "f-alike", "2018-05-14");
    ledger.lease("HT-HELD", "f-held", "2018-05-14");
    const lj::Dataset data = ledger.finish();

    const auto all = findings(data, "R01");
    const auto* project = naming(all, "GC-1");
    ASSERT_NE(project, nullptr);
    EXPECT_EQ(project->subjects, (Ids{"GC-1", "f-bro", "p-dir"}));
    EXPECT_EQ(project->path, (Ids{"f-bro", "p-bro", "p-dir"}));
    EXPECT_TRUE(cites(*project, award));
    EXPECT_TRUE(cites(*project, firm));
    EXPECT_EQ(naming(all, "HT-ALIKE"), nullptr);
    EXPECT_EQ(naming(all, "f-alike"), nullptr);
    // The shareholder is a start node (0 steps): two kinship steps remain.
    const auto* held = naming(all, "HT-HELD");
    ASSERT_NE(held, nullptr);
    EXPECT_EQ(held->path, (Ids{"f-held", "p-bro-wife", "p-bro", "p-dir"}));
}

TEST(ConflictOfInterest, ListingResultMergesIntoItsContractAndRelativesWhoDealWithNobodyStaySilent) {
    LedgerBuilder ledger = villageWithFamily();
    ledger.record("asset.register", R"({"id":"A1","org":"V1","name":"东村厂房","category":"operating"})");
    ledger.record(
        "listing.publish",
        R"({"id":"GP-1","asset":"A1","reserve_rent":100000,"open":"2018-04-01","close":"2018-04-10"})");
    const std::string result =
        ledger.record("listing.result",
                      R"({"listing":"GP-1","winner":"p-bro","rent":100000,"bidders":2,"date":"2018-04-14"})");
    ledger.lease("HT-L", "p-bro", "2018-04-20", R"(,"listing":"GP-1")");
    const lj::Dataset data = ledger.finish();

    const auto all = findings(data, "R01");
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].subjects, (Ids{"HT-L", "p-bro", "p-dir"}));
    EXPECT_TRUE(cites(all[0], result));
    EXPECT_EQ(naming(all, "p-bro-wife"), nullptr);
    EXPECT_EQ(naming(all, "GP-1"), nullptr);
}

TEST(RelatedPartyPayment, PayeeAccountHolderIsAStartNode) {
    LedgerBuilder ledger = villageWithFamily();
    ledger.person("p-payee", "孙某", "d-payee");
    const std::string account = ledger.record(
        "account.register", R"({"id":"acct-1","bank":"农行","number":"6228001","holder":"p-bro"})");
    ledger.record("payment.record", R"({"id":"FK-1","org":"V1","payee":"p-payee","payee_account":"acct-1",)"
                                    R"("amount":500000,"date":"2019-08-15","purpose":"青苗补偿款"})");
    ledger.record("payment.record",
                  R"({"id":"FK-2","org":"V1","payee":"p-dir","amount":1000,"date":"2019-08-15"})");
    ledger.record("payment.record",
                  R"({"id":"FK-3","org":"V1","payee":"p-dir","amount":1000,"date":"2021-01-15"})");
    const lj::Dataset data = ledger.finish();

    const auto all = findings(data, "F07");
    const auto* viaAccount = naming(all, "FK-1");
    ASSERT_NE(viaAccount, nullptr);
    EXPECT_EQ(viaAccount->subjects, (Ids{"FK-1", "p-payee", "p-dir"}));
    EXPECT_EQ(viaAccount->path, (Ids{"acct-1", "p-bro", "p-dir"}));
    EXPECT_TRUE(cites(*viaAccount, account));
    const auto* self = naming(all, "FK-2");
    ASSERT_NE(self, nullptr);
    EXPECT_EQ(self->path, (Ids{"p-dir"}));
    EXPECT_EQ(naming(all, "FK-3"), nullptr); // after the as-of date
}

TEST(OfficialsKin, KinshipOnlyWithinTheMonthOfTheRole) {
    LedgerBuilder ledger = villageWithFamily();
    ledger.subsidy("BZ-1", "p-bro", "2016-12"); // before the director took office
    const std::string during = ledger.subsidy("BZ-2", "p-bro", "2017-01");
    ledger.subsidy("BZ-3", "p-bro", "2017-02");
    ledger.subsidy("BZ-4", "p-bro", "2017-02", "elderly");
    ledger.subsidy("BZ-5", "p-wife-bro", "2017-02"); // three steps
    ledger.firm("f-dir", "东村农庄", "p-dir");
    ledger.person("p-partner", "周某", "d-partner");
    ledger.holding("f-dir", "p-partner", "2016-01-01");
    ledger.subsidy("BZ-6", "p-partner", "2017-02"); // ownership, not kinship
    const lj::Dataset data = ledger.finish();

    const auto all = findings(data, "W01");
    // One per (recipient, program); two programs leading to one official share one finding.
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].subjects, (Ids{"p-bro", "p-dir"}));
    EXPECT_EQ(all[0].path, (Ids{"p-bro", "p-dir"}));
    EXPECT_EQ(all[0].details.getInt("payments"), 3);
    EXPECT_EQ(all[0].details.find("programs")->asArray().size(), 2u);
    EXPECT_TRUE(cites(all[0], during));
    EXPECT_EQ(all[0].from, lj::Date::parse("2017-01-01"));
    EXPECT_EQ(naming(all, "p-wife-bro"), nullptr);
    EXPECT_EQ(naming(all, "p-partner"), nullptr);
}

TEST(OfficialsKin, AnOfficialServingInAnotherMonthDoesNotHideOneFurtherOn) {
    LedgerBuilder ledger = villageWithFamily();
    ledger.role("p-bro", "cashier", "2016-01-01", "2016-12-31"); // before his brother took office
    ledger.subsidy("BZ-1", "p-bro-wife", "2016-06", "elderly");  // her husband served then
    const std::string later = ledger.subsidy("BZ-2", "p-bro-wife", "2017-02"); // through him, to the director
    const lj::Dataset data = ledger.finish();

    const auto all = findings(data, "W01");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].subjects, (Ids{"p-bro-wife", "p-bro"}));
    EXPECT_EQ(all[0].path, (Ids{"p-bro-wife", "p-bro"}));
    EXPECT_EQ(all[1].subjects, (Ids{"p-bro-wife", "p-dir"}));
    EXPECT_EQ(all[1].path, (Ids{"p-bro-wife", "p-bro", "p-dir"}));
    EXPECT_TRUE(cites(all[1], later));
}

TEST(WelfareRecipients, BusinessOwnersLesseesAndDuplicates) {
    LedgerBuilder ledger = villageWithFamily();
    ledger.person("p-poor", "沈建华", "d-poor");
    ledger.person("p-poor-2", "沈建华", "d-poor"); // the same person in another system
    ledger.person("p-namesake", "沈建华", "d-namesake");
    ledger.firm("f-shop", "沈记小吃店", "p-namesake");
    ledger.firm("f-farm", "沈家农场", "p-other");
    ledger.holding("f-farm", "p-poor", "2018-03-01");
    ledger.lease("HT-P", "p-poor-2", "2018-03-01");
    ledger.lease("HT-EARLY", "p-poor", "2010-01-01", "", "2012-12-31");
    ledger.subsidy("BZ-1", "p-poor", "2018-02");
    ledger.subsidy("BZ-2", "p-poor", "2018-03");
    ledger.subsidy("BZ-3", "p-poor-2", "2018-03");
    ledger.subsidy("BZ-4", "p-poor", "2018-03", "elderly");
    const lj::Dataset data = ledger.finish();

    const auto owners = findings(data, "W02");
    ASSERT_EQ(owners.size(), 2u); // both records of the person are dibao recipients
    EXPECT_EQ(owners[0].subjects, (Ids{"p-poor", "f-farm"}));
    EXPECT_EQ(owners[1].subjects, (Ids{"p-poor-2", "p-poor", "f-farm"}));
    EXPECT_EQ(naming(owners, "f-shop"), nullptr); // same name, another id_digest

    const auto lessees = findings(data, "W03");
    const auto* lease = naming(lessees, "HT-P");
    ASSERT_NE(lease, nullptr);
    EXPECT_EQ(lessees[0].subjects, (Ids{"p-poor", "p-poor-2", "HT-P"}));
    EXPECT_EQ(lessees[0].path, (Ids{"p-poor", "p-poor-2", "HT-P"}));
    EXPECT_EQ(naming(lessees, "HT-EARLY"), nullptr); // ended before any dibao month

    const auto duplicates = findings(data, "W04");
    ASSERT_EQ(duplicates.size(), 1u);
    EXPECT_EQ(duplicates[0].subjects, (Ids{"p-poor", "p-poor-2", "BZ-2", "BZ-3"}));
}

TEST(SharedIdentity, SharedValuesUnlessDirectlyLinked) {
    LedgerBuilder ledger;
    ledger.person("p-a", "甲", "d-a", R"(,"phone":"13900000001","address":"东村1号")");
    ledger.person("p-b", "乙", "d-b", R"(,"phone":"13900000001")");
    ledger.person("p-wife", "丙", "d-c", R"(,"address":"东村1号")"); // p-a's declared spouse
    ledger.relation("p-a", "p-wife", "spouse");
    ledger.firm("f-1", "甲公司", "p-a", R"(,"phone":"13900000001","address":"工业区8号")");
    ledger.firm("f-2", "甲二公司", "p-a", R"(,"address":"工业区8号")"); // common legal rep
    ledger.person("p-c", "丁", "d-d");
    ledger.person("p-d", "戊", "d-d");
    const lj::Dataset data = ledger.finish();

    const auto all = findings(data, "R02");
    std::vector<Ids> pairs;
    for (const auto& finding : all)
        pairs.push_back(finding.subjects);
    // p-b shares the phone with p-a and with f-1 (not linked to either); p-c/p-d share a digest.
    EXPECT_EQ(pairs, (std::vector<Ids>{{"f-1", "p-b"}, {"p-a", "p-b"}, {"p-c", "p-d"}}));
    EXPECT_EQ(all[2].details.find("shared")->asArray().front().asString(), "id_digest");
}

} // namespace
