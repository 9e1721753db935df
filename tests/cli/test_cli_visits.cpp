// lianjian-cli visit, in-process: the plan of a scenario village (JSON and PDF), recording an
// observation that contradicts the ledger (V01, also in `findings`), and a signed field report
// carried to a second workspace: imported once, a duplicate adds nothing, a changed photo or
// manifest is refused, a bad photo is refused when recording.
#include "../core/visit_fixtures.h"
#include "command.h"
#include "workspace/workspace.h"

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

const std::string kScenario = std::string(LJ_TEST_DATA_DIR) + "/sle/scenario/scenario-sm3-sm2.sle";
const std::string kVillage = "320507004202";
const std::string kIdleAsset = "as-320507004202-001";

struct CliRun {
    int status = -1;
    std::string out, err;
};

CliRun runCli(std::vector<std::string> args) {
    std::ostringstream out, err;
    lj::cli::CliContext context{out, err};
    args.insert(args.end(), {"--lang", "en"});
    CliRun run;
    run.status = lj::cli::runCli(args, context);
    run.out = out.str();
    run.err = err.str();
    return run;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::set<std::string> idsOf(const std::string& workspacePath, const std::string& sql) {
    auto workspace = lj::Workspace::open(workspacePath);
    EXPECT_TRUE(workspace.ok());
    std::set<std::string> ids;
    auto statement = workspace->database().prepare(sql);
    EXPECT_TRUE(statement.ok()) << statement.error();
    (*statement)->bind(1, kVillage);
    while (*(*statement)->next())
        ids.insert((*statement)->text(0));
    return ids;
}

class CliVisits : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = fs::temp_directory_path() / ("lj-cli-visits-" + std::to_string(::getpid()));
        fs::remove_all(s_dir);
        fs::create_directories(s_dir);
        s_field = (s_dir / "field.lianjian").string();
        const CliRun imported = runCli({"import", s_field, kScenario});
        ASSERT_NE(imported.status, 2) << imported.err;
        // The office's workspace: the same ledger, no observations.
        s_office = (s_dir / "office.lianjian").string();
        fs::copy_file(s_field, s_office);
        ASSERT_EQ(runCli({"keygen", "--suite", "sm3-sm2", "--out", (s_dir / "inspector").string()}).status,
                  0);
        ASSERT_EQ(runCli({"keygen", "--suite", "sm3-sm2", "--out", (s_dir / "stranger").string()}).status, 0);
        writeBytes((s_dir / "trucks.jpg").string(),
                   visit_test::jpegWithExif("2020:08:31 10:05:00", "trucks"));
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static std::string path(const std::string& name) { return (s_dir / name).string(); }

    static inline fs::path s_dir;
    static inline std::string s_field, s_office;
};

TEST_F(CliVisits, PlanListsExactlyTheVillagesAssetsAndProjects) {
    const CliRun run = runCli(
        {"visit", "plan", s_field, "--org", kVillage, "--as-of", "2020-08-31", "--out", path("plan.json")});
    ASSERT_EQ(run.status, 0) << run.err;
    auto plan = lj::json::parse(readBytes(path("plan.json")));
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->getString("org"), kVillage);
    EXPECT_EQ(plan->getString("as_of"), "2020-08-31");
    std::set<std::string> assets, projects;
    for (const auto& item : plan->find("items")->asArray()) {
        if (auto asset = item.getString("asset")) assets.insert(*asset);
        if (auto project = item.getString("project")) projects.insert(*project);
        EXPECT_FALSE(item.find("questions")->asArray().empty());
        if (item.getString("asset") == kIdleAsset) {
            const auto* state = item.find("state");
            EXPECT_EQ(state->getString("idle_since"), "2020-06-01");
            EXPECT_TRUE(state->find("lessee")->isNull());
            EXPECT_EQ(state->getInt("overdue"), 0);
        }
    }
    // Straight from the record tables, independently of the dataset's merging.
    EXPECT_EQ(assets, idsOf(s_field, "SELECT DISTINCT id FROM assets WHERE org = ?"));
    EXPECT_EQ(projects, idsOf(s_field, "SELECT DISTINCT id FROM projects WHERE org = ?"));
    EXPECT_FALSE(projects.empty());

    const CliRun pdf = runCli(
        {"visit", "plan", s_field, "--org", kVillage, "--as-of", "2020-08-31", "--out", path("plan.pdf")});
    ASSERT_EQ(pdf.status, 0) << pdf.err;
    EXPECT_EQ(readBytes(path("plan.pdf")).substr(0, 5), "%PDF-");

    EXPECT_EQ(runCli({"visit", "plan", s_field, "--org", "nope", "--out", path("x.json")}).status, 2);
    EXPECT_EQ(runCli({"visit", "plan", s_field, "--org", kVillage, "--out", path("x.txt")}).status, 2);
}

TEST_F(CliVisits, RecordReportImport) {
    // Bad input first: nothing is recorded.
    writeBytes(path("notes.jpg"), "just text, not a photo");
    CliRun bad = runCli({"visit", "record", s_field, "--item", kIdleAsset, "--state", "in_use", "--photo",
                         path("notes.jpg"), "--inspector", "王敏"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(contains(bad.err, "not a photo")) << bad.err;
    EXPECT_EQ(
        runCli({"visit", "record", s_field, "--item", "as-unknown", "--state", "idle", "--inspector", "王敏"})
            .status,
        2);
    EXPECT_EQ(
        runCli({"visit", "record", s_field, "--item", kIdleAsset, "--state", "flying", "--inspector", "王敏"})
            .status,
        2);

    // In use while the ledger says idle: V01.
    const CliRun recorded =
        runCli({"visit", "record", s_field, "--item", "asset:" + kIdleAsset, "--state", "in_use",
                "--occupant", "宏达物流", "--notes", "6 trucks parked", "--photo", path("trucks.jpg"),
                "--inspector", "王敏", "--date", "2020-08-31"});
    EXPECT_EQ(recorded.status, 1) << recorded.out << recorded.err;
    EXPECT_TRUE(contains(recorded.out, "V01")) << recorded.out;
    EXPECT_TRUE(contains(recorded.out, "EXIF 2020-08-31T10:05:00")) << recorded.out;
    const CliRun findings = runCli({"findings", s_field, "--rule", "V01", "--json"});
    EXPECT_EQ(findings.status, 1);
    auto listed = lj::json::parse(findings.out);
    ASSERT_TRUE(listed.ok()) << findings.out;
    ASSERT_EQ(listed->find("findings")->asArray().size(), 1u);
    EXPECT_EQ(listed->find("findings")->asArray()[0].find("subjects")->asArray()[0].asString(), kIdleAsset);

    // The signed report, carried to the office.
    const CliRun report = runCli({"visit", "report", s_field, "--out", path("report"), "--sign",
                                  path("inspector.key"), "--inspector", "王敏"});
    ASSERT_EQ(report.status, 0) << report.err;
    EXPECT_TRUE(fs::exists(path("report/report.pdf")));
    EXPECT_TRUE(fs::exists(path("report/report.json")));
    fs::copy(path("report"), path("changed-photo"), fs::copy_options::recursive);
    fs::copy(path("report"), path("changed-manifest"), fs::copy_options::recursive);

    const CliRun wrongKey =
        runCli({"visit", "import", s_office, path("report"), "--trust-key", path("stranger.pub")});
    EXPECT_EQ(wrongKey.status, 1);
    EXPECT_TRUE(contains(wrongKey.err, "not by the trusted inspector key")) << wrongKey.err;

    const CliRun imported =
        runCli({"visit", "import", s_office, path("report"), "--trust-key", path("inspector.pub")});
    ASSERT_EQ(imported.status, 0) << imported.err;
    EXPECT_TRUE(contains(imported.out, "1 observation(s) added")) << imported.out;
    EXPECT_TRUE(contains(imported.out, "V01")) << imported.out;
    const CliRun again = runCli({"visit", "import", s_office, path("report")});
    EXPECT_EQ(again.status, 0);
    EXPECT_TRUE(contains(again.out, "already imported")) << again.out;
    const CliRun list = runCli({"visit", "list", s_office, "--json"});
    auto observations = lj::json::parse(list.out);
    ASSERT_TRUE(observations.ok()) << list.out;
    ASSERT_EQ(observations->find("observations")->asArray().size(), 1u);
    EXPECT_EQ(observations->find("observations")->asArray()[0].getString("origin"), "imported");
    EXPECT_EQ(runCli({"findings", s_office, "--rule", "V01"}).status, 1);

    for (const auto& entry : fs::directory_iterator(path("changed-photo/photos")))
        writeBytes(entry.path().string(), visit_test::jpegWithExif("2020:08:31 10:05:00", "empty hall"));
    const CliRun changed = runCli({"visit", "import", s_office, path("changed-photo")});
    EXPECT_EQ(changed.status, 1);
    EXPECT_TRUE(contains(changed.err, "SHA-256 differs from the manifest")) << changed.err;

    std::string manifest = readBytes(path("changed-manifest/manifest.json"));
    manifest.replace(manifest.find("王敏"), std::string("王敏").size(), "李四");
    writeBytes(path("changed-manifest/manifest.json"), manifest);
    const CliRun forged = runCli({"visit", "import", s_office, path("changed-manifest")});
    EXPECT_EQ(forged.status, 1);
    EXPECT_TRUE(contains(forged.err, "signature does not match")) << forged.err;
}

} // namespace
