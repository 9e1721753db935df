// The scenario export and its answer key (tests/data/sle/scenario): per rule, the complete finding
// list at the default as-of is reproduced (same subjects), every planted case fires at its as-of
// date with the key's subjects, and no clean look-alike is named by a finding of its rule.
#include "json/json.h"
#include "ledger/trust_store.h"
#include "model/export_loader.h"
#include "rules/rule_engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace {

const std::string kScenario = std::string(LJ_TEST_DATA_DIR) + "/sle/scenario/";

const lj::json::Value& answerKey()
{
    static const lj::json::Value key = [] {
        auto text = lj::readSmallFile(kScenario + "scenario-sm3-sm2.key.json");
        return *lj::json::parse(*text);
    }();
    return key;
}

const lj::Dataset& scenario()
{
    static const lj::Dataset data = [] {
        auto loaded = lj::loadDatasetFromExport(kScenario + "scenario-sm3-sm2.sle");
        EXPECT_TRUE(loaded.ok()) << loaded.error();
        return std::move(loaded.value());
    }();
    return data;
}

const std::vector<lj::RuleFinding>& findingsAsOf(const std::string& asOf)
{
    static std::map<std::string, std::vector<lj::RuleFinding>> cache;
    auto it = cache.find(asOf);
    if (it == cache.end())
        it = cache.emplace(asOf, lj::evaluateRules(scenario(), lj::RuleSettings::defaults(), *lj::Date::parse(asOf))).first;
    return it->second;
}

std::vector<std::string> strings(const lj::json::Value* list)
{
    std::vector<std::string> result;
    if (list)
        for (const auto& item : list->asArray()) result.push_back(item.asString());
    return result;
}

class RuleScenario : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleScenario, CompleteListAtDefaultAsOf)
{
    const std::string rule = GetParam();
    const std::string asOf = *answerKey().getString("default_as_of");
    ASSERT_EQ(scenario().lastBlockDate->toString(), asOf);
    std::multiset<std::vector<std::string>> expected, actual;
    for (const auto& finding : answerKey().find("findings_at_default_as_of")->asArray())
        if (finding.getString("rule") == rule) expected.insert(strings(finding.find("subjects")));
    for (const auto& finding : findingsAsOf(asOf))
        if (finding.rule == rule) actual.insert(finding.subjects);
    for (const auto& subjects : expected)
        EXPECT_TRUE(actual.count(subjects)) << rule << " missing: " << ::testing::PrintToString(subjects);
    for (const auto& subjects : actual)
        EXPECT_TRUE(expected.count(subjects)) << rule << " not in the key: " << ::testing::PrintToString(subjects);
}

TEST_P(RuleScenario, PlantedCasesAndLookAlikes)
{
    const std::string rule = GetParam();
    int cases = 0;
    for (const auto& planted : answerKey().find("cases")->asArray()) {
        if (planted.getString("rule") != rule) continue;
        ++cases;
        const std::string name = *planted.getString("case");
        const auto& findings = findingsAsOf(*planted.getString("as_of"));
        const auto subjects = strings(planted.find("subjects"));
        if (planted.getString("expect") == "fire") {
            const auto wanted = strings(planted.find("finding")->find("subjects"));
            const auto match = std::find_if(findings.begin(), findings.end(), [&](const lj::RuleFinding& f) {
                return f.rule == rule && f.subjects == wanted;
            });
            ASSERT_NE(match, findings.end()) << name << ": no " << rule << " finding with subjects "
                                             << ::testing::PrintToString(wanted);
            EXPECT_EQ(lj::severityName(match->severity), *planted.getString("severity")) << name;
            EXPECT_FALSE(match->txs.empty()) << name;
            EXPECT_FALSE(match->summary.empty()) << name;
            for (const auto& tx : strings(planted.find("txs")))
                EXPECT_NE(std::find(match->txs.begin(), match->txs.end(), tx), match->txs.end())
                    << name << ": key transaction " << tx << " not cited";
            if (const auto* path = planted.find("path")) EXPECT_EQ(match->path, strings(path)) << name;
        } else {
            for (const auto& finding : findings)
                if (finding.rule == rule)
                    EXPECT_EQ(std::find(finding.subjects.begin(), finding.subjects.end(), subjects.front()),
                              finding.subjects.end())
                        << name << " (a look-alike) is named by " << finding.id;
        }
    }
    EXPECT_GT(cases, 0) << "the key plants no case for " << rule;
}

std::vector<std::string> ruleCodes()
{
    std::set<std::string> codes;
    for (const auto& planted : answerKey().find("cases")->asArray()) codes.insert(*planted.getString("rule"));
    return {codes.begin(), codes.end()};
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleScenario, ::testing::ValuesIn(ruleCodes()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(RuleEngine, DeterministicAndSortedWithStableIds)
{
    const auto& first = findingsAsOf("2020-08-31");
    const auto second = lj::evaluateRules(scenario(), lj::RuleSettings::defaults(), *lj::Date::parse("2020-08-31"));
    ASSERT_EQ(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].id, second[i].id);
        EXPECT_EQ(first[i].id, lj::makeFindingId(first[i].rule, first[i].subjects));
        EXPECT_EQ(first[i].txs, second[i].txs);
        if (i > 0) EXPECT_LE(std::tie(first[i - 1].rule, first[i - 1].subjects), std::tie(first[i].rule, first[i].subjects));
    }
}

} // namespace
