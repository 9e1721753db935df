// lianjian-cli in-process: exit codes, the JSON of verify and verify-evidence, both languages.
#include "command.h"
#include "json/json.h"
#include "ledger/trust_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

const std::string kSle = std::string(LJ_TEST_DATA_DIR) + "/sle/";

struct CliRun {
    int status = -1;
    std::string out;
    std::string err;
};

CliRun runCli(std::vector<std::string> args)
{
    std::ostringstream out, err;
    lj::cli::CliContext context{out, err};
    CliRun run;
    run.status = lj::cli::runCli(args, context);
    run.out = out.str();
    run.err = err.str();
    return run;
}

lj::json::Value parseJson(const std::string& text)
{
    auto value = lj::json::parse(text);
    EXPECT_TRUE(value.ok()) << text;
    return value.ok() ? *value : lj::json::Value();
}

class TempDir {
public:
    TempDir()
    {
        m_path = std::filesystem::temp_directory_path() /
                 ("lj-cli-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() { std::filesystem::remove_all(m_path); }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

TEST(CliVerify, CleanAndTrustedExitsZeroWithTheDocumentedJson)
{
    const CliRun run = runCli({"verify", kSle + "valid/tiny-sha256-ed25519.sle", "--trust",
                               kSle + "trust/xc-tiny-ed25519.json", "--json"});
    EXPECT_EQ(run.status, 0) << run.err;
    const auto document = parseJson(run.out);
    const auto& file = document.find("files")->asArray().at(0);
    for (const char* member : {"path", "chain", "suite", "from", "to", "blocks", "txs", "verified_blocks",
                               "verified_through", "trusted", "findings"})
        EXPECT_NE(file.find(member), nullptr) << member;
    EXPECT_EQ(file.getString("chain"), "xc-tiny-ed25519");
    EXPECT_EQ(file.getString("suite"), "sha256-ed25519");
    EXPECT_EQ(file.getInt("from"), 0);
    EXPECT_EQ(file.getInt("to"), 2);
    EXPECT_EQ(file.getInt("blocks"), 3);
    EXPECT_EQ(file.getInt("txs"), 6);
    EXPECT_EQ(file.getInt("verified_blocks"), 3);
    EXPECT_EQ(file.getInt("verified_through"), 2);
    EXPECT_TRUE(file.find("trusted")->asBool());
    EXPECT_TRUE(file.find("findings")->asArray().empty());
    EXPECT_TRUE(document.find("forks")->asArray().empty());
    EXPECT_TRUE(document.find("continuations")->asArray().empty());
}

TEST(CliVerify, WithoutTrustStoreTrustedIsNull)
{
    const CliRun run = runCli({"verify", kSle + "valid/tiny-sm3-sm2.sle", "--json"});
    EXPECT_EQ(run.status, 0);
    const auto document = parseJson(run.out);
    EXPECT_TRUE(document.find("files")->asArray().at(0).find("trusted")->isNull());
}

TEST(CliVerify, UntrustedKeysExitOne)
{
    const CliRun run = runCli({"verify", kSle + "tampered/t35-untrusted-keys.sle", "--trust",
                               kSle + "trust/xc-tiny-ed25519.json", "--json"});
    EXPECT_EQ(run.status, 1);
    const auto document = parseJson(run.out);
    const auto& file = document.find("files")->asArray().at(0);
    EXPECT_FALSE(file.find("trusted")->asBool());
    EXPECT_EQ(file.find("findings")->asArray().at(0).getString("code"), "W_UNTRUSTED");
}

TEST(CliVerify, TamperedExportReportsCodeLineAndHeight)
{
    const CliRun run = runCli({"verify", kSle + "tampered/t01-tx-byte-flip.sle", "--json"});
    EXPECT_EQ(run.status, 1);
    const auto document = parseJson(run.out);
    const auto& file = document.find("files")->asArray().at(0);
    const auto& finding = file.find("findings")->asArray().at(0);
    EXPECT_EQ(finding.getString("code"), "E_TX_ROOT");
    EXPECT_EQ(finding.getInt("line"), 9);
    EXPECT_EQ(finding.getInt("height"), 2);
    EXPECT_FALSE(finding.getString("message")->empty());
    EXPECT_EQ(file.getInt("verified_blocks"), 2);
    EXPECT_EQ(file.getInt("verified_through"), 1);
}

TEST(CliVerify, FatalHeaderHasNullChain)
{
    const CliRun run = runCli({"verify", kSle + "tampered/t30-header-unknown-suite.sle", "--json"});
    EXPECT_EQ(run.status, 1);
    const auto document = parseJson(run.out);
    const auto& file = document.find("files")->asArray().at(0);
    EXPECT_TRUE(file.find("chain")->isNull());
    EXPECT_TRUE(file.find("verified_through")->isNull());
    EXPECT_EQ(file.find("findings")->asArray().at(0).getString("code"), "E_SUITE");
}

TEST(CliVerify, ForkNamesHeightAndBothHashes)
{
    const CliRun run = runCli({"verify", kSle + "pairs/fork-a.sle", kSle + "pairs/fork-b.sle", "--json"});
    EXPECT_EQ(run.status, 1);
    const auto document = parseJson(run.out);
    const auto& fork = document.find("forks")->asArray().at(0);
    EXPECT_EQ(fork.getString("chain"), "xc-tiny-ed25519");
    EXPECT_EQ(fork.getInt("height"), 4);
    EXPECT_EQ(fork.getString("a"), "003c88bc5ebae7ff62a5a487d82716564fba1fdd5b20cf98b9cb3887d051cf2b");
    EXPECT_EQ(fork.getString("b"), "35cae1a2a6efc20cbf5bb211e77e2447943efdb5c43631b5520c3d3afde890ca");
}

TEST(CliVerify, ContinuationIsListedEarlierThenLater)
{
    const CliRun run = runCli({"verify", kSle + "pairs/continuation-from-3.sle", kSle + "valid/tiny-sha256-ed25519.sle", "--json"});
    EXPECT_EQ(run.status, 0) << run.out;
    const auto document = parseJson(run.out);
    const auto& link = document.find("continuations")->asArray().at(0);
    EXPECT_EQ(link.getString("earlier"), kSle + "valid/tiny-sha256-ed25519.sle");
    EXPECT_EQ(link.getString("later"), kSle + "pairs/continuation-from-3.sle");
}

TEST(CliVerify, UsageAndIoErrorsExitTwo)
{
    EXPECT_EQ(runCli({}).status, 2);
    EXPECT_EQ(runCli({"frobnicate"}).status, 2);
    EXPECT_EQ(runCli({"verify"}).status, 2);
    EXPECT_EQ(runCli({"verify", kSle + "valid/tiny-sm3-sm2.sle", "--bogus"}).status, 2);
    EXPECT_EQ(runCli({"verify", kSle + "valid/tiny-sm3-sm2.sle", "--trust"}).status, 2);
    const CliRun missing = runCli({"verify", "/nonexistent/export.sle"});
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("/nonexistent/export.sle"), std::string::npos);
    const CliRun badTrust = runCli({"verify", kSle + "valid/tiny-sm3-sm2.sle", "--trust", kSle + "valid/tiny-sm3-sm2.sle"});
    EXPECT_EQ(badTrust.status, 2);
    EXPECT_NE(badTrust.err.find("tiny-sm3-sm2.sle"), std::string::npos);
    EXPECT_EQ(runCli({"--help"}).status, 0);
}

TEST(CliVerify, HumanReportSpeaksChineseAndEnglish)
{
    const std::vector<std::string> args = {"verify", kSle + "valid/tiny-sha256-p256.sle", "--trust",
                                           kSle + "trust/xc-tiny-p256.json"};
    auto zh = args;
    zh.insert(zh.end(), {"--lang", "zh_CN"});
    const CliRun chinese = runCli(zh);
    EXPECT_EQ(chinese.status, 0);
    EXPECT_NE(chinese.out.find("核验通过，来源可信"), std::string::npos) << chinese.out;
    auto en = args;
    en.insert(en.end(), {"--lang", "en"});
    const CliRun english = runCli(en);
    EXPECT_NE(english.out.find("VERIFIED AND TRUSTED"), std::string::npos) << english.out;
    const CliRun broken = runCli({"verify", kSle + "tampered/t09-block-removed.sle", "--lang", "zh_CN"});
    EXPECT_NE(broken.out.find("在第 7 行断裂"), std::string::npos) << broken.out;
    EXPECT_NE(broken.out.find("区块高度不连续"), std::string::npos) << broken.out;
}

TEST(CliEvidence, CutVerifyAndDetectTampering)
{
    TempDir dir;
    const std::string bundle = dir.file("bundle.json");
    const CliRun cut = runCli({"evidence", kSle + "valid/tiny-sha256-ed25519.sle", "--tx",
                               "dd87b2f1a912ace7d3301dbe3c97789630e5fa5e1b27789a826b3793d11ff6b2",
                               "3fec11705cee5ab3c22ce407e541090c1c2d07de49461daf0b5b29139cec3096", "--out", bundle});
    ASSERT_EQ(cut.status, 0) << cut.err;
    const CliRun check = runCli({"verify-evidence", bundle, "--trust", kSle + "trust/xc-tiny-ed25519.json", "--json"});
    EXPECT_EQ(check.status, 0) << check.out;
    const auto document = parseJson(check.out);
    EXPECT_TRUE(document.find("ok")->asBool());
    EXPECT_TRUE(document.find("trusted")->asBool());
    ASSERT_EQ(document.find("items")->asArray().size(), 2u);
    EXPECT_EQ(document.find("items")->asArray()[0].getString("kind"), "contract.sign");
    EXPECT_EQ(document.find("items")->asArray()[1].getInt("height"), 0);

    // Change the rent in the first transaction: the proof must fail for that item only.
    auto text = *lj::readSmallFile(bundle);
    const auto at = text.find("50400000");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 8, "10400000");
    std::ofstream(bundle, std::ios::binary | std::ios::trunc) << text;
    const CliRun tampered = runCli({"verify-evidence", bundle, "--json"});
    EXPECT_EQ(tampered.status, 1);
    const auto report = parseJson(tampered.out);
    const auto& items = report.find("items")->asArray();
    EXPECT_FALSE(items[0].find("ok")->asBool());
    EXPECT_EQ(items[0].find("findings")->asArray().at(0).getString("code"), "E_TX_ROOT");
    EXPECT_TRUE(items[1].find("ok")->asBool());
}

TEST(CliEvidence, RefusesUnverifiedTransactionsAndBadInput)
{
    TempDir dir;
    const CliRun unverified = runCli({"evidence", kSle + "tampered/t01-tx-byte-flip.sle", "--tx",
                                      "dd87b2f1a912ace7d3301dbe3c97789630e5fa5e1b27789a826b3793d11ff6b2", "--out",
                                      dir.file("b.json")});
    EXPECT_EQ(unverified.status, 1);
    EXPECT_FALSE(std::filesystem::exists(dir.file("b.json")));
    EXPECT_EQ(runCli({"evidence", kSle + "valid/tiny-sha256-ed25519.sle", "--tx", "nothex", "--out", dir.file("c.json")}).status, 1);
    EXPECT_EQ(runCli({"evidence", kSle + "valid/tiny-sha256-ed25519.sle", "--out", dir.file("c.json")}).status, 2);
    EXPECT_EQ(runCli({"verify-evidence", kSle + "valid/tiny-sha256-ed25519.sle"}).status, 2);
    EXPECT_EQ(runCli({"verify-evidence", kSle + "evidence/e-commit-below-quorum.json"}).status, 1);
}

TEST(CliKeygen, WritesKeyPairsForEverySuiteAndRefusesToOverwrite)
{
    TempDir dir;
    for (const char* suite : {"sha256-ed25519", "sha256-p256", "sm3-sm2"}) {
        const std::string prefix = dir.file(suite);
        const CliRun run = runCli({"keygen", "--suite", suite, "--out", prefix});
        EXPECT_EQ(run.status, 0) << run.err;
        EXPECT_TRUE(std::filesystem::exists(prefix + ".key"));
        EXPECT_TRUE(std::filesystem::exists(prefix + ".pub"));
        EXPECT_EQ(runCli({"keygen", "--suite", suite, "--out", prefix}).status, 2);
    }
    EXPECT_EQ(runCli({"keygen", "--suite", "rsa", "--out", dir.file("x")}).status, 2);
    EXPECT_EQ(runCli({"keygen", "--suite", "sm3-sm2"}).status, 2);
}

} // namespace
