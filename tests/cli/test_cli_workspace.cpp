// lianjian-cli import, findings and timeline, in-process: exit codes, the documented JSON, both
// languages, and refusals that leave files alone.
#include "command.h"

#include "json/json.h"
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <set>
#include <sstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const std::string kSle = std::string(LJ_TEST_DATA_DIR) + "/sle/";
const std::string kScenario = kSle + "scenario/scenario-sm3-sm2.sle";
const std::string kTiny = kSle + "valid/tiny-sha256-ed25519.sle";

struct CliRun {
    int status = -1;
    std::string out;
    std::string err;
};

CliRun runCli(std::vector<std::string> args) {
    std::ostringstream out, err;
    lj::cli::CliContext context{out, err};
    CliRun run;
    run.status = lj::cli::runCli(args, context);
    run.out = out.str();
    run.err = err.str();
    return run;
}

lj::json::Value parseJson(const std::string& text) {
    auto value = lj::json::parse(text);
    EXPECT_TRUE(value.ok()) << text;
    return value.ok() ? *value : lj::json::Value();
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class TempDir {
public:
    explicit TempDir(const std::string& tag = "") {
        const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
        m_path = fs::temp_directory_path() /
                 ("lj-cli-ws-" + std::to_string(::getpid()) + "-" + (test ? std::string(test->name()) : tag));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempDir() { fs::remove_all(m_path); }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

TEST(CliImport, ImportsAppendsSkipsAndRefusesForks) {
    TempDir dir;
    const std::string workspace = dir.file("case.lianjian");
    const CliRun first = runCli({"import", workspace, kTiny, "--lang", "en"});
    EXPECT_EQ(first.status, 0) << first.out << first.err;
    EXPECT_TRUE(contains(first.out, "imported blocks 0–2 (3 blocks, 6 transactions)")) << first.out;
    EXPECT_TRUE(contains(first.out, "3 blocks (heights 0–2), 6 transactions")) << first.out;
    EXPECT_TRUE(fs::exists(workspace));

    const CliRun again = runCli({"import", workspace, kTiny, "--lang", "en"});
    EXPECT_EQ(again.status, 0) << again.out << again.err;
    EXPECT_TRUE(contains(again.out, "nothing new")) << again.out;

    const CliRun more = runCli({"import", workspace, kSle + "pairs/continuation-from-3.sle", "--lang", "en"});
    EXPECT_EQ(more.status, 0) << more.out << more.err;
    EXPECT_TRUE(contains(more.out, "imported blocks 3–5")) << more.out;

    const std::string before = readBytes(workspace);
    const CliRun fork = runCli({"import", workspace, kSle + "pairs/fork-b.sle", "--lang", "en"});
    EXPECT_EQ(fork.status, 1);
    EXPECT_TRUE(contains(fork.out, "fork at height 4")) << fork.out;
    EXPECT_TRUE(contains(fork.out, "003c88bc5ebae7ff62a5a487d82716564fba1fdd5b20cf98b9cb3887d051cf2b"))
        << fork.out;
    EXPECT_TRUE(contains(fork.out, "35cae1a2a6efc20cbf5bb211e77e2447943efdb5c43631b5520c3d3afde890ca"))
        << fork.out;
    EXPECT_EQ(readBytes(workspace), before);

    const CliRun chinese = runCli({"import", workspace, kSle + "pairs/fork-b.sle", "--lang", "zh_CN"});
    EXPECT_EQ(chinese.status, 1);
    EXPECT_TRUE(contains(chinese.out, "分叉")) << chinese.out;
}

TEST(CliImport, PartlyVerifiedUntrustedAndOtherChainExitOne) {
    TempDir dir;
    const std::string workspace = dir.file("t01.lianjian");
    const CliRun broken =
        runCli({"import", workspace, kSle + "tampered/t01-tx-byte-flip.sle", "--lang", "en"});
    EXPECT_EQ(broken.status, 1);
    EXPECT_TRUE(contains(broken.out, "imported blocks 0–1")) << broken.out;
    EXPECT_TRUE(contains(broken.out, "1 later blocks were not imported")) << broken.out;

    const CliRun untrusted =
        runCli({"import", workspace, kTiny, "--trust", kSle + "trust/xc-tiny-p256.json", "--lang", "en"});
    EXPECT_EQ(untrusted.status, 1) << untrusted.out << untrusted.err;
    EXPECT_TRUE(contains(untrusted.out, "not in the trust store")) << untrusted.out;

    const CliRun other = runCli({"import", workspace, kSle + "valid/tiny-sm3-sm2.sle", "--lang", "en"});
    EXPECT_EQ(other.status, 1);
    EXPECT_TRUE(contains(other.out, "refused")) << other.out;
}

TEST(CliImport, UsageAndIoErrorsExitTwoAndForeignFilesStayUntouched) {
    TempDir dir;
    EXPECT_EQ(runCli({"import"}).status, 2);
    EXPECT_EQ(runCli({"import", dir.file("only-workspace.lianjian")}).status, 2);
    EXPECT_EQ(runCli({"import", dir.file("w.lianjian"), kTiny, "--bogus"}).status, 2);
    EXPECT_EQ(runCli({"import", dir.file("w.lianjian"), dir.file("missing.sle")}).status, 2);

    const std::string notes = dir.file("notes.txt");
    std::ofstream(notes) << "not a workspace\n";
    const std::string before = readBytes(notes);
    const CliRun refused = runCli({"import", notes, kTiny, "--lang", "en"});
    EXPECT_EQ(refused.status, 2);
    EXPECT_TRUE(contains(refused.err, "not a Lianjian workspace")) << refused.err;
    EXPECT_EQ(readBytes(notes), before);
}

// The scenario imported once through the CLI, for findings and timeline.
class CliScenario : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new TempDir("scenario");
        s_workspace = s_dir->file("scenario.lianjian");
        const CliRun run =
            runCli({"import", s_workspace, kScenario, "--trust", kSle + "trust/xc-sanzi.json"});
        ASSERT_EQ(run.status, 0) << run.out << run.err;
    }
    static void TearDownTestSuite() { delete s_dir; }

    static TempDir* s_dir;
    static std::string s_workspace;
};

TempDir* CliScenario::s_dir = nullptr;
std::string CliScenario::s_workspace;

TEST_F(CliScenario, FindingsJsonHasExactlyTheDocumentedMembers) {
    const CliRun run = runCli({"findings", s_workspace, "--json"});
    EXPECT_EQ(run.status, 1) << run.err;
    const auto document = parseJson(run.out);
    ASSERT_TRUE(document.isObject());
    EXPECT_EQ(document.asObject().size(), 2u);
    ASSERT_TRUE(document.getString("as_of").has_value());
    const auto& findings = document.find("findings")->asArray();
    ASSERT_FALSE(findings.empty());
    std::set<std::string> rules;
    for (const auto& finding : findings) {
        std::vector<std::string> members;
        for (const auto& [member, value] : finding.asObject())
            members.push_back(member);
        EXPECT_EQ(members, (std::vector<std::string>{"id", "rule", "severity", "subjects", "txs", "summary",
                                                     "from", "to", "path"}));
        EXPECT_TRUE(finding.find("subjects")->isArray());
        EXPECT_TRUE(finding.find("txs")->isArray());
        EXPECT_TRUE(finding.find("path")->isArray());
        EXPECT_EQ(finding.getString("id")->rfind(*finding.getString("rule") + "-", 0), 0u);
        for (const auto& tx : finding.find("txs")->asArray())
            EXPECT_EQ(tx.asString().size(), 64u);
        rules.insert(*finding.getString("rule"));
    }
    EXPECT_GT(rules.size(), 5u);

    // Deterministic: the same run gives the same bytes.
    EXPECT_EQ(runCli({"findings", s_workspace, "--json"}).out, run.out);
}

TEST_F(CliScenario, FindingsFilterByRuleAndAsOf) {
    const CliRun a03 = runCli({"findings", s_workspace, "--rule", "A03", "--json"});
    EXPECT_EQ(a03.status, 1);
    const auto document = parseJson(a03.out);
    for (const auto& finding : document.find("findings")->asArray())
        EXPECT_EQ(finding.getString("rule"), "A03");

    const CliRun early =
        runCli({"findings", s_workspace, "--as-of", "2000-01-01", "--rule", "A03", "--json"});
    EXPECT_EQ(early.status, 0) << early.out;
    EXPECT_EQ(parseJson(early.out).getString("as_of"), "2000-01-01");
    EXPECT_TRUE(parseJson(early.out).find("findings")->asArray().empty());

    EXPECT_EQ(runCli({"findings", s_workspace, "--rule", "X99"}).status, 2);
    EXPECT_EQ(runCli({"findings", s_workspace, "--as-of", "2020-13-01"}).status, 2);
    EXPECT_EQ(runCli({"findings", s_workspace, "--settings", s_dir->file("missing.json")}).status, 2);
    EXPECT_EQ(runCli({"findings", s_dir->file("absent.lianjian")}).status, 2);
    EXPECT_FALSE(fs::exists(s_dir->file("absent.lianjian")));
}

TEST_F(CliScenario, FindingsTableInChineseAndEnglish) {
    const CliRun chinese = runCli({"findings", s_workspace, "--rule", "A03", "--lang", "zh_CN"});
    EXPECT_EQ(chinese.status, 1);
    EXPECT_TRUE(contains(chinese.out, "A03 超长期合同")) << chinese.out;
    const CliRun english = runCli({"findings", s_workspace, "--rule", "A03", "--lang", "en"});
    EXPECT_TRUE(contains(english.out, "A03 long-term lease")) << english.out;
    EXPECT_TRUE(contains(english.out, "findings as of")) << english.out;
}

TEST_F(CliScenario, TimelineJsonAndText) {
    const CliRun run = runCli({"timeline", s_workspace, "as-320507001201-006", "--json"});
    EXPECT_EQ(run.status, 0) << run.err;
    const auto document = parseJson(run.out);
    EXPECT_EQ(document.getString("asset"), "as-320507001201-006");
    for (const char* member : {"name", "registered", "leases", "statuses", "idle", "instalments", "events"})
        EXPECT_NE(document.find(member), nullptr) << member;
    bool amendedLease = false;
    for (const auto& lease : document.find("leases")->asArray())
        amendedLease = amendedLease || lease.getString("contract") == "HT2016-0020";
    EXPECT_TRUE(amendedLease);
    for (const auto& event : document.find("events")->asArray())
        EXPECT_EQ(event.getString("tx")->size(), 64u);

    const CliRun asOf =
        runCli({"timeline", s_workspace, "as-320507001201-006", "--as-of", "2018-01-01", "--json"});
    EXPECT_EQ(parseJson(asOf.out).getString("as_of"), "2018-01-01");

    const CliRun chinese = runCli({"timeline", s_workspace, "as-320507001201-006", "--lang", "zh_CN"});
    EXPECT_EQ(chinese.status, 0);
    EXPECT_TRUE(contains(chinese.out, "HT2016-0020")) << chinese.out;
    const CliRun english = runCli({"timeline", s_workspace, "as-320507001201-006", "--lang", "en"});
    EXPECT_TRUE(contains(english.out, "leases:")) << english.out;
    EXPECT_FALSE(contains(chinese.out, "leases:")) << chinese.out;

    EXPECT_EQ(runCli({"timeline", s_workspace, "as-no-such-asset"}).status, 2);
    EXPECT_EQ(runCli({"timeline", s_workspace}).status, 2);
}

TEST(CliWorkspace, EmptyWorkspaceHasNothingToEvaluate) {
    TempDir dir;
    const std::string workspace = dir.file("empty.lianjian");
    // A refused import still creates the (empty) workspace.
    EXPECT_EQ(runCli({"import", workspace, kSle + "pairs/continuation-from-3.sle"}).status, 1);
    EXPECT_EQ(runCli({"findings", workspace}).status, 2);
}

} // namespace
