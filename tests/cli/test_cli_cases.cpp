// lianjian-cli case, in-process: a case made from `findings --json` ids moved through its states
// with a supervisor's review, notes, the audit trail and its verification, refusals (exit 1) and
// bad input (exit 2, files left alone).
#include "command.h"

#include "json/json.h"
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <sstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const std::string kScenario = std::string(LJ_TEST_DATA_DIR) + "/sle/scenario/scenario-sm3-sm2.sle";

struct CliRun {
    int status = -1;
    std::string out, err;
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

class CliCases : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = fs::temp_directory_path() / ("lj-cli-cases-" + std::to_string(::getpid()));
        fs::remove_all(s_dir);
        fs::create_directories(s_dir);
        s_workspace = (s_dir / "scenario.lianjian").string();
        const CliRun imported = runCli({"import", s_workspace, kScenario});
        ASSERT_NE(imported.status, 2) << imported.err;
        const CliRun findings = runCli({"findings", s_workspace, "--rule", "A03", "--json"});
        const auto document = parseJson(findings.out);
        for (const auto& finding : document.find("findings")->asArray())
            s_findings.push_back(*finding.getString("id"));
        ASSERT_GE(s_findings.size(), 2u);
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    // `case WORKSPACE ARGS… --json --user USER`, parsed.
    static lj::json::Value caseJson(std::vector<std::string> args, const std::string& user,
                                    int expected = 0) {
        args.insert(args.begin(), {"case", s_workspace});
        args.insert(args.end(), {"--json", "--user", user, "--lang", "en"});
        const CliRun run = runCli(args);
        EXPECT_EQ(run.status, expected) << run.out << run.err;
        return expected == 0 ? parseJson(run.out) : lj::json::Value();
    }

    static inline fs::path s_dir;
    static inline std::string s_workspace;
    static inline std::vector<std::string> s_findings;
};

TEST_F(CliCases, CreateMoveReviewNoteAndAudit) {
    auto created =
        caseJson({"new", "--title", "鱼塘长期租赁", "--finding", s_findings[0], s_findings[1]}, "li");
    const std::string id = std::to_string(*created.getInt("id"));
    EXPECT_EQ(created.getString("state"), "new");
    EXPECT_EQ(created.find("findings")->asArray().size(), 2u);
    EXPECT_FALSE(created.find("entities")->asArray().empty());
    EXPECT_FALSE(created.find("snapshots")->asArray().empty()); // the assets' timelines
    EXPECT_EQ(created.find("allowed_states")->asArray().size(), 5u);

    auto moved = caseJson({"state", id, "初步核实"}, "li");
    EXPECT_EQ(moved.getString("state"), "verification");
    EXPECT_EQ(moved.getString("review"), "pending");

    // Refused while awaiting review, and self-approval is refused: exit 1 with the reason.
    CliRun refused = runCli({"case", s_workspace, "state", id, "filed", "--user", "li", "--lang", "en"});
    EXPECT_EQ(refused.status, 1);
    EXPECT_TRUE(contains(refused.err, "awaits the supervisor")) << refused.err;
    refused = runCli({"case", s_workspace, "review", id, "approve", "--user", "li"});
    EXPECT_EQ(refused.status, 1);

    auto approved = caseJson({"review", id, "approve", "同意初核"}, "wang");
    EXPECT_EQ(approved.getString("review"), "approved");
    caseJson({"state", id, "filed"}, "li");
    auto returned = caseJson({"review", id, "return", "补充证据"}, "wang");
    EXPECT_EQ(returned.getString("state"), "verification");
    EXPECT_EQ(returned.getString("review"), "returned");
    auto noted = caseJson({"note", id, "已调取合同原件"}, "li");
    EXPECT_EQ(noted.find("note")->getInt("version"), 1);
    EXPECT_EQ(noted.find("note")->getString("text"), "已调取合同原件");

    auto shown = caseJson({"show", id}, "zhao");
    EXPECT_EQ(shown.find("reviews")->asArray().size(), 2u);
    auto listed = caseJson({"list"}, "zhao");
    EXPECT_FALSE(listed.find("cases")->asArray().empty());

    auto audit = caseJson({"audit", id, "--verify"}, "zhao");
    std::vector<std::string> actions, reviewers;
    for (const auto& entry : audit.find("entries")->asArray()) {
        const std::string action = *entry.getString("action");
        if (action == "snapshot.add") continue; // one per asset timeline kept with the new case
        actions.push_back(action);
        if (action == "case.review") reviewers.push_back(*entry.getString("user"));
    }
    EXPECT_EQ(actions, (std::vector<std::string>{"case.create", "case.state", "case.review", "case.state",
                                                 "case.review", "note.save"}));
    EXPECT_EQ(reviewers, (std::vector<std::string>{"wang", "wang"}));
    EXPECT_EQ(audit.find("verification")->find("intact")->asBool(), true);
    EXPECT_EQ(audit.find("verification")->getString("algorithm"), "SM3"); // an sm3-sm2 workspace
    EXPECT_TRUE(audit.find("verification")->find("record_problems")->asArray().empty());

    const CliRun text = runCli({"case", s_workspace, "show", id, "--lang", "en"});
    EXPECT_EQ(text.status, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "verification (初步核实)")) << text.out;
    EXPECT_TRUE(contains(text.out, "已调取合同原件")) << text.out;
    const CliRun verified = runCli({"case", s_workspace, "audit", "--verify", "--lang", "en"});
    EXPECT_EQ(verified.status, 0);
    EXPECT_TRUE(contains(verified.out, "audit log intact")) << verified.out;
}

TEST_F(CliCases, BadInputIsAUsageError) {
    EXPECT_EQ(runCli({"case", s_workspace, "new", "--finding", "A03-000000000000", "--user", "li"}).status,
              2);
    EXPECT_EQ(runCli({"case", s_workspace, "show", "9999"}).status, 2);
    EXPECT_EQ(runCli({"case", s_workspace, "fly"}).status, 2);
    EXPECT_EQ(runCli({"case", s_workspace, "state", "1", "open", "--user", "li"}).status, 2);
    EXPECT_EQ(runCli({"case", s_workspace, "review", "1", "veto", "--user", "li"}).status, 2);
    EXPECT_EQ(runCli({"case", s_workspace}).status, 2);
}

TEST_F(CliCases, ACorruptWorkspaceIsRefusedUnchanged) {
    const std::string path = (s_dir / "corrupt.lianjian").string();
    fs::copy_file(s_workspace, path, fs::copy_options::overwrite_existing);
    std::string bytes = readBytes(path);
    ASSERT_GT(bytes.size(), 40000u);
    for (std::size_t i = 8192; i < 32768; ++i)
        bytes[i] = static_cast<char>(0x5A ^ (i * 13));
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << bytes;
    }
    const CliRun run = runCli({"case", path, "list", "--lang", "en"});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(contains(run.err, "damaged") || contains(run.err, "not a Lianjian")) << run.err;
    EXPECT_EQ(readBytes(path), bytes);
    EXPECT_FALSE(fs::exists(path + "-wal"));
}

} // namespace
