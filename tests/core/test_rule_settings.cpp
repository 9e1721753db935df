// Rule settings (core/rules/rule_settings.cpp): defaults equal the rules-v1 catalogue, a full file
// overrides every threshold, and every kind of bad file fails with a message naming the file and key.
#include "rules/rule_settings.h"

#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>

namespace {

using lj::Severity;

lj::RuleSettings parsed(std::string_view text) {
    auto result = lj::parseRuleSettings(text, "rules.json");
    EXPECT_TRUE(result.ok()) << result.error();
    return result.ok() ? result.value() : lj::RuleSettings::defaults();
}

std::string errorOf(std::string_view text) {
    auto result = lj::parseRuleSettings(text, "rules.json");
    EXPECT_FALSE(result.ok()) << text;
    return result.ok() ? "" : result.error();
}

TEST(RuleSettings, DefaultThresholdsAreTheCatalogues) {
    const auto settings = lj::RuleSettings::defaults();
    const std::map<std::string, std::int64_t> catalogue = {
        {"A02.days", 180},         {"A03.months", 36},  {"A04.days", 90},      {"A06.days", 90},
        {"A07.rent_fen", 5000000}, {"A09.bidders", 2},  {"F01.fen", 10000000}, {"F02.count", 5},
        {"F02.days", 30},          {"F05.days", 30},    {"P01.grace_days", 0}, {"P02.days", 90},
        {"P02.fen", 40000000},     {"P04.percent", 10}, {"R01.steps", 2},      {"W01.steps", 2},
    };
    EXPECT_EQ(settings.thresholds, catalogue);
    for (const auto& [key, value] : catalogue)
        EXPECT_EQ(settings.threshold(key), value) << key;
}

TEST(RuleSettings, DefaultSeveritiesAreTheCatalogues) {
    const auto settings = lj::RuleSettings::defaults();
    const std::set<std::string> alarms = {"A10", "F05", "F07", "P02", "W01", "W04", "R01"};
    const std::set<std::string> reminders = {"A02", "A04", "A09", "F02", "F06"};
    ASSERT_EQ(lj::allRuleCodes().size(), 30u);
    for (const std::string& rule : lj::allRuleCodes()) {
        const Severity expected = alarms.count(rule)      ? Severity::Alarm
                                  : reminders.count(rule) ? Severity::Reminder
                                                          : Severity::Warning;
        EXPECT_EQ(settings.severityOf(rule), expected) << rule;
    }
}

TEST(RuleSettings, DefaultStandardsAreTheCatalogues) {
    const auto standards = lj::RuleSettings::defaults().standards;
    ASSERT_EQ(standards.size(), 2u);
    EXPECT_EQ(standards[0].purpose, "误工补贴");
    EXPECT_EQ(standards[0].maxPerUnit, 15000);
    EXPECT_EQ(standards[0].unit, "person_day");
    EXPECT_FALSE(standards[0].maxPerPayment);
    EXPECT_EQ(standards[1].purpose, "慰问金");
    EXPECT_EQ(standards[1].maxPerPayment, 100000);
    EXPECT_FALSE(standards[1].maxPerUnit);
}

TEST(RuleSettings, EmptyFileKeepsTheDefaults) {
    const auto settings = parsed("{}");
    const auto defaults = lj::RuleSettings::defaults();
    EXPECT_EQ(settings.thresholds, defaults.thresholds);
    EXPECT_EQ(settings.severities, defaults.severities);
    EXPECT_EQ(settings.standards.size(), defaults.standards.size());
}

TEST(RuleSettings, FullFileOverridesEveryKeyMoneyInYuan) {
    const auto settings = parsed(R"({
        "A02": {"days": 200, "severity": "warning"}, "A03": {"months": 48}, "A04": {"days": 60},
        "A06": {"days": 30}, "A07": {"rent_yuan": 80000}, "A09": {"bidders": 3},
        "F01": {"yuan": 50000, "severity": "alarm"}, "F02": {"count": 4, "days": 15}, "F05": {"days": 10},
        "F04": {"standards": [{"purpose": "误工补贴", "max_yuan_per_unit": 120, "unit": "person_day"},
                              {"purpose": "慰问金", "max_yuan_per_payment": 800},
                              {"purpose": "交通补贴", "max_yuan_per_unit": 50, "max_yuan_per_payment": 500}]},
        "P01": {"grace_days": 15}, "P02": {"days": 60, "yuan": 300000}, "P04": {"percent": 5},
        "R01": {"steps": 3}, "W01": {"steps": 1}, "D02": {"severity": "reminder"}, "V01": {"severity": "alarm"}
    })");
    const std::map<std::string, std::int64_t> expected = {
        {"A02.days", 200},         {"A03.months", 48}, {"A04.days", 60},       {"A06.days", 30},
        {"A07.rent_fen", 8000000}, {"A09.bidders", 3}, {"F01.fen", 5000000},   {"F02.count", 4},
        {"F02.days", 15},          {"F05.days", 10},   {"P01.grace_days", 15}, {"P02.days", 60},
        {"P02.fen", 30000000},     {"P04.percent", 5}, {"R01.steps", 3},       {"W01.steps", 1},
    };
    EXPECT_EQ(settings.thresholds, expected);
    EXPECT_EQ(settings.severityOf("A02"), Severity::Warning);
    EXPECT_EQ(settings.severityOf("F01"), Severity::Alarm);
    EXPECT_EQ(settings.severityOf("D02"), Severity::Reminder);
    EXPECT_EQ(settings.severityOf("V01"), Severity::Alarm);
    EXPECT_EQ(settings.severityOf("F05"), Severity::Alarm); // untouched default
    ASSERT_EQ(settings.standards.size(), 3u);
    EXPECT_EQ(settings.standards[0].maxPerUnit, 12000);
    EXPECT_EQ(settings.standards[1].maxPerPayment, 80000);
    EXPECT_EQ(settings.standards[2].purpose, "交通补贴");
    EXPECT_EQ(settings.standards[2].maxPerUnit, 5000);
    EXPECT_EQ(settings.standards[2].maxPerPayment, 50000);
    EXPECT_EQ(settings.standards[2].unit, "");
}

TEST(RuleSettings, ZeroIsAValidThreshold) {
    EXPECT_EQ(parsed(R"({"P01": {"grace_days": 0}, "F01": {"yuan": 0}})").threshold("F01.fen"), 0);
}

TEST(RuleSettings, UnknownRuleCodeIsNamed) {
    const std::string error = errorOf(R"({"F99": {"days": 3}})");
    EXPECT_NE(error.find("rules.json"), std::string::npos) << error;
    EXPECT_NE(error.find("\"F99\""), std::string::npos) << error;
}

TEST(RuleSettings, UnknownKeyIsNamedWithTheKnownOnes) {
    const std::string error = errorOf(R"({"F02": {"count": 4, "window": 10}})");
    EXPECT_NE(error.find("rules.json: \"F02.window\""), std::string::npos) << error;
    EXPECT_NE(error.find("count, days"), std::string::npos) << error;
    // A key of another rule is unknown here too.
    EXPECT_NE(errorOf(R"({"F01": {"days": 10}})").find("\"F01.days\""), std::string::npos);
    EXPECT_NE(errorOf(R"({"F01": {"standards": []}})").find("\"F01.standards\""), std::string::npos);
}

TEST(RuleSettings, NegativeThresholdIsRejected) {
    const std::string error = errorOf(R"({"A02": {"days": -1}})");
    EXPECT_NE(error.find("rules.json: \"A02.days\""), std::string::npos) << error;
    EXPECT_NE(error.find("negative"), std::string::npos) << error;
}

TEST(RuleSettings, NonIntegerThresholdIsRejected) {
    for (const char* text :
         {R"({"F01": {"yuan": 100000.5}})", R"({"F01": {"yuan": "100000"}})", R"({"F01": {"yuan": 1e5}})",
          R"({"F01": {"yuan": null}})", R"({"F01": {"yuan": true}})",
          R"({"F01": {"yuan": 123456789012345678901234567890}})"}) {
        const std::string error = errorOf(text);
        EXPECT_NE(error.find("rules.json: \"F01.yuan\" must be an integer"), std::string::npos) << error;
    }
}

TEST(RuleSettings, MoneyThatOverflowsInFenIsRejected) {
    const std::string error = errorOf(R"({"P02": {"yuan": 9223372036854775807}})");
    EXPECT_NE(error.find("\"P02.yuan\" is too large"), std::string::npos) << error;
}

TEST(RuleSettings, BadSeverityIsRejected) {
    for (const char* text : {R"({"F05": {"severity": "critical"}})", R"({"F05": {"severity": "Alarm"}})",
                             R"({"F05": {"severity": 3}})"}) {
        const std::string error = errorOf(text);
        EXPECT_NE(error.find("rules.json: \"F05.severity\""), std::string::npos) << error;
        EXPECT_NE(error.find("\"reminder\", \"warning\" or \"alarm\""), std::string::npos) << error;
    }
}

TEST(RuleSettings, JsonSyntaxErrorNamesFileAndPosition) {
    const std::string error = errorOf("{\"F01\": {\"yuan\": 100000,}}");
    EXPECT_EQ(error.rfind("rules.json: not valid JSON at byte ", 0), 0u) << error;
    EXPECT_NE(errorOf(R"({"F01": {"yuan": 1}, "F01": {"yuan": 2}})").find("not valid JSON"),
              std::string::npos);
}

TEST(RuleSettings, WrongShapesAreRejected) {
    EXPECT_NE(errorOf("[]").find("JSON object"), std::string::npos);
    EXPECT_NE(errorOf(R"({"F01": 100000})").find("rules.json: \"F01\" must be an object"), std::string::npos);
    EXPECT_NE(errorOf(R"({"F04": {"standards": {}}})").find("\"F04.standards\" must be an array"),
              std::string::npos);
}

TEST(RuleSettings, BadStandardsAreRejectedByPosition) {
    struct Case {
        const char* text;
        const char* expected;
    };
    const Case cases[] = {
        {R"({"F04": {"standards": [{"max_yuan_per_payment": 10}]}})",
         "\"F04.standards[0]\" needs a \"purpose\""},
        {R"({"F04": {"standards": [{"purpose": "慰问金"}]}})",
         "\"F04.standards[0]\" needs \"max_yuan_per_unit\""},
        {R"({"F04": {"standards": [{"purpose": "a", "max_yuan_per_payment": 1}, {"purpose": "b", "max_yuan_per_unit": -5}]}})",
         "\"F04.standards[1].max_yuan_per_unit\" must not be negative"},
        {R"({"F04": {"standards": [{"purpose": "a", "max_yuan_per_payment": 1.5}]}})",
         "\"F04.standards[0].max_yuan_per_payment\" must be an integer"},
        {R"({"F04": {"standards": [{"purpose": "a", "max_yuan_per_day": 1}]}})",
         "\"F04.standards[0].max_yuan_per_day\" is not a member"},
        {R"({"F04": {"standards": [{"purpose": "a", "max_yuan_per_payment": 1, "unit": "person_day"}]}})",
         "\"F04.standards[0].unit\" is given without"},
        {R"({"F04": {"standards": ["慰问金"]}})", "\"F04.standards[0]\" must be an object"},
    };
    for (const Case& c : cases) {
        const std::string error = errorOf(c.text);
        EXPECT_NE(error.find(c.expected), std::string::npos) << error;
    }
}

TEST(RuleSettings, EmptyStandardsListDisablesF04) {
    EXPECT_TRUE(parsed(R"({"F04": {"standards": []}})").standards.empty());
}

TEST(RuleSettings, LoadsAFileAndNamesAMissingOne) {
    const std::string path = ::testing::TempDir() + "lj_rule_settings_test.json";
    {
        std::ofstream out(path, std::ios::binary);
        out << R"({"F02": {"count": 3}})";
    }
    auto loaded = lj::loadRuleSettings(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->threshold("F02.count"), 3);
    {
        std::ofstream out(path, std::ios::binary);
        out << R"({"F02": {"count": -3}})";
    }
    loaded = lj::loadRuleSettings(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().find(path + ": \"F02.count\""), std::string::npos) << loaded.error();
    std::remove(path.c_str());

    loaded = lj::loadRuleSettings(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().find(path), std::string::npos) << loaded.error();
}

} // namespace
