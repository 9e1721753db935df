// The synthetic district generator: its export verifies cleanly and is trusted with its own
// consortium file; a seed determines every tx line and block line; and, rule by rule, every planted
// case of its answer key fires at its as-of date while no clean look-alike is named.
#include "generator/generator.h"
#include "generator/identity.h"
#include "ledger/trust_store.h"
#include "ledger/verifier.h"
#include "model/export_loader.h"
#include "rules/rule_engine.h"

#include "json/json.h"
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const fs::path& workDir() {
    static const fs::path dir = [] {
        const fs::path path = fs::temp_directory_path() / ("lj-generator-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
        return path;
    }();
    return dir;
}

// Removes the work directory when the test program ends.
struct WorkDirCleanup : ::testing::Environment {
    void TearDown() override { fs::remove_all(workDir()); }
};
const auto* const kCleanup = ::testing::AddGlobalTestEnvironment(new WorkDirCleanup);

lj::gen::GeneratorOptions smallDistrict(std::uint64_t seed, lj::Suite suite) {
    lj::gen::GeneratorOptions options;
    options.villages = 4;
    options.seed = seed;
    options.suite = suite;
    return options;
}

std::string generate(const std::string& name, const lj::gen::GeneratorOptions& options) {
    const std::string path = (workDir() / name).string();
    auto result = lj::gen::generateDistrict(options, path);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error());
    return path;
}

// The district the rule tests read (Ed25519: quick to write and to verify in every test process).
const std::string& mainExport() {
    static const std::string path =
        generate("district.sle", smallDistrict(20240601, lj::Suite::Sha256Ed25519));
    return path;
}

const lj::json::Value& answerKey() {
    static const lj::json::Value key = [] {
        auto text = lj::readSmallFile(mainExport() + ".key.json");
        EXPECT_TRUE(text.ok());
        return *lj::json::parse(*text);
    }();
    return key;
}

const lj::Dataset& dataset() {
    static const lj::Dataset data = [] {
        auto loaded = lj::loadDatasetFromExport(mainExport());
        EXPECT_TRUE(loaded.ok()) << loaded.error();
        return std::move(loaded.value());
    }();
    return data;
}

const std::vector<lj::RuleFinding>& findingsAsOf(const std::string& asOf) {
    static std::map<std::string, std::vector<lj::RuleFinding>> cache;
    auto it = cache.find(asOf);
    if (it == cache.end())
        it = cache
                 .emplace(asOf,
                          lj::evaluateRules(dataset(), lj::RuleSettings::defaults(), *lj::Date::parse(asOf)))
                 .first;
    return it->second;
}

std::vector<std::string> strings(const lj::json::Value* list) {
    std::vector<std::string> result;
    if (list)
        for (const auto& item : list->asArray())
            result.push_back(item.asString());
    return result;
}

bool names(const lj::RuleFinding& finding, const std::string& id) {
    return std::find(finding.subjects.begin(), finding.subjects.end(), id) != finding.subjects.end();
}

// Block lines and tx lines of an export, in order (commit and end lines carry randomised
// signatures; the header carries the fresh validator keys).
std::vector<std::string> chainLines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (line.rfind("{\"type\":\"block\"", 0) == 0 || line.rfind("{\"type\":\"tx\"", 0) == 0)
            lines.push_back(line);
    return lines;
}

void expectCleanAndTrusted(const std::string& path) {
    lj::TrustStore trust;
    ASSERT_TRUE(trust.addFile(path + ".consortium.json").ok());
    lj::VerifyOptions options;
    options.trust = &trust;
    auto report = lj::verifyExportFile(path, options);
    ASSERT_TRUE(report.ok()) << report.error();
    EXPECT_TRUE(report->clean()) << report->findings.size() << " findings, first: "
                                 << (report->findings.empty()
                                         ? ""
                                         : lj::findingCodeName(report->findings.front().code));
    ASSERT_TRUE(report->trusted.has_value());
    EXPECT_TRUE(*report->trusted);
    EXPECT_EQ(report->verifiedBlocks, report->blocks);
    const auto key = *lj::json::parse(*lj::readSmallFile(path + ".key.json"));
    EXPECT_EQ(static_cast<std::int64_t>(report->txs), key.getInt("txs"));
    EXPECT_EQ(static_cast<std::int64_t>(report->blocks), key.getInt("blocks"));
    for (const char* file : {".key", ".pub"})
        EXPECT_TRUE(fs::exists(path + ".keys/jw" + file)) << file;
}

TEST(Generator, ExportVerifiesCleanAndTrusted) {
    expectCleanAndTrusted(mainExport());
    // The last block falls on the period's last day: the default as-of date.
    EXPECT_EQ(dataset().lastBlockDate->toString(), *answerKey().getString("default_as_of"));
}

TEST(Generator, NationalSuiteExportVerifiesCleanAndTrusted) {
    // The demo's options: SM3/SM2, as the district runs its chain, over three years.
    auto options = smallDistrict(20240601, lj::Suite::Sm3Sm2);
    options.from = lj::Date::fromCivil(2017, 9, 1);
    expectCleanAndTrusted(generate("national.sle", options));
}

TEST(Generator, SameSeedSameTxIdsAndBlockHashes) {
    const auto options = smallDistrict(7, lj::Suite::Sha256Ed25519);
    const auto first = chainLines(generate("same-a.sle", options));
    const auto second = chainLines(generate("same-b.sle", options));
    ASSERT_GT(first.size(), 1000u);
    EXPECT_TRUE(first == second) << "the same seed gave different tx or block lines";
    const auto other = chainLines(generate("other.sle", smallDistrict(8, lj::Suite::Sha256Ed25519)));
    EXPECT_FALSE(first == other) << "another seed gave the same district";
}

TEST(Generator, ReachesATransactionTargetExactly) {
    auto options = smallDistrict(11, lj::Suite::Sha256Ed25519);
    options.txs = 20000;
    const std::string path = generate("target.sle", options);
    auto report = lj::verifyExportFile(path);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->clean());
    EXPECT_EQ(report->txs, 20000u);
}

TEST(Generator, RefusesToOverwrite) {
    const std::string path = (workDir() / "existing.sle").string();
    std::ofstream(path) << "not an export\n";
    auto result = lj::gen::generateDistrict(smallDistrict(1, lj::Suite::Sha256Ed25519), path);
    EXPECT_FALSE(result.ok());
    std::ifstream in(path);
    std::string content;
    std::getline(in, content);
    EXPECT_EQ(content, "not an export");
}

TEST(Generator, CheckCharactersOfIdentifiers) {
    EXPECT_EQ(lj::gen::usccCheck("91110108551385082"), 'Q');
    EXPECT_EQ(lj::gen::organizationCodeCheck("55138508"), '2');
    EXPECT_EQ(lj::gen::residentIdCheck("11010519491231002"), 'X');
}

TEST(Generator, KeyPlantsEveryRule) {
    std::set<std::string> fires, lookAlikes;
    for (const auto& planted : answerKey().find("cases")->asArray())
        (planted.getString("expect") == "fire" ? fires : lookAlikes).insert(*planted.getString("rule"));
    for (const std::string& rule : lj::allRuleCodes()) {
        if (rule == "V01") continue; // field observations: not part of the ledger
        EXPECT_TRUE(fires.count(rule)) << "no planted case fires " << rule;
        EXPECT_TRUE(lookAlikes.count(rule)) << "no clean look-alike for " << rule;
    }
}

class PlantedCases : public ::testing::TestWithParam<std::string> {};

TEST_P(PlantedCases, FireAtTheirAsOfAndLookAlikesStayClean) {
    const std::string rule = GetParam();
    for (const auto& planted : answerKey().find("cases")->asArray()) {
        if (planted.getString("rule") != rule) continue;
        const std::string name = *planted.getString("case");
        const auto subjects = strings(planted.find("subjects"));
        ASSERT_FALSE(subjects.empty()) << name;
        const auto& findings = findingsAsOf(*planted.getString("as_of"));
        if (planted.getString("expect") == "fire") {
            const auto match =
                std::find_if(findings.begin(), findings.end(), [&](const lj::RuleFinding& finding) {
                    return finding.rule == rule && names(finding, subjects.front());
                });
            ASSERT_NE(match, findings.end()) << name << ": no " << rule << " finding names "
                                             << subjects.front() << " (" << *planted.getString("note") << ")";
            for (const auto& subject : subjects)
                EXPECT_TRUE(names(*match, subject))
                    << name << ": " << match->id << " does not name " << subject;
            for (const auto& tx : strings(planted.find("txs")))
                EXPECT_NE(std::find(match->txs.begin(), match->txs.end(), tx), match->txs.end())
                    << name << ": key transaction " << tx << " not cited";
        } else {
            for (const auto& finding : findings)
                EXPECT_FALSE(finding.rule == rule && names(finding, subjects.front()))
                    << name << " (a look-alike: " << *planted.getString("note") << ") is named by "
                    << finding.id;
        }
    }
}

std::vector<std::string> ruleCodes() {
    std::vector<std::string> codes;
    for (const std::string& rule : lj::allRuleCodes())
        if (rule != "V01") codes.push_back(rule);
    return codes;
}

INSTANTIATE_TEST_SUITE_P(Rules, PlantedCases, ::testing::ValuesIn(ruleCodes()),
                         [](const ::testing::TestParamInfo<std::string>& param) { return param.param; });

// Findings at the default as-of that no planted case accounts for: the ordinary records are meant
// to be clean, so each of these points at noise that breaks a rule by accident.
TEST(Generator, NoIncidentalFindings) {
    std::map<std::string, std::set<std::string>> planted; // rule → every subject of its fire cases
    const std::string asOf = *answerKey().getString("default_as_of");
    for (const auto& item : answerKey().find("cases")->asArray())
        if (item.getString("expect") == "fire" && item.getString("as_of") == asOf)
            for (const auto& subject : strings(item.find("subjects")))
                planted[*item.getString("rule")].insert(subject);
    std::vector<std::string> incidental;
    for (const auto& finding : findingsAsOf(asOf)) {
        const auto& subjects = planted[finding.rule];
        if (std::none_of(finding.subjects.begin(), finding.subjects.end(),
                         [&](const std::string& id) { return subjects.count(id) > 0; }))
            incidental.push_back(finding.rule + " " + ::testing::PrintToString(finding.subjects) + ": " +
                                 finding.summary);
    }
    EXPECT_TRUE(incidental.empty()) << incidental.size() << " incidental findings, e.g.\n"
                                    <<
        [&] {
            std::string text;
            for (std::size_t i = 0; i < std::min<std::size_t>(20, incidental.size()); ++i)
                text += "  " + incidental[i] + "\n";
            return text;
        }();
}

} // namespace
