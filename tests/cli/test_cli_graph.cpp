// lianjian-cli graph, in-process on the scenario workspace: the documented JSON, the planted
// conflict paths, the export formats, capped ego networks, and usage errors.
#include "command.h"

#include "json/json.h"
#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const std::string kSle = std::string(LJ_TEST_DATA_DIR) + "/sle/";

struct GraphRun {
    int status = -1;
    std::string out, err;
};

GraphRun cli(std::vector<std::string> args) {
    std::ostringstream out, err;
    lj::cli::CliContext context{out, err};
    GraphRun run;
    run.status = lj::cli::runCli(args, context);
    run.out = out.str();
    run.err = err.str();
    return run;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

class CliGraph : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = fs::temp_directory_path() / ("lj-cli-graph-" + std::to_string(::getpid()));
        fs::remove_all(s_dir);
        fs::create_directories(s_dir);
        s_workspace = (s_dir / "scenario.lianjian").string();
        const GraphRun run = cli({"import", s_workspace, kSle + "scenario/scenario-sm3-sm2.sle"});
        ASSERT_EQ(run.status, 0) << run.out << run.err;
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static fs::path s_dir;
    static std::string s_workspace;
};

fs::path CliGraph::s_dir;
std::string CliGraph::s_workspace;

TEST_F(CliGraph, ConflictsJsonCarriesThePlantedPaths) {
    const GraphRun run =
        cli({"graph", s_workspace, "--conflicts", "--org", "320507103201", "--format", "json"});
    ASSERT_EQ(run.status, 1) << run.err; // conflicts found
    const auto document = lj::json::parse(run.out);
    ASSERT_TRUE(document.ok()) << run.out;
    for (const char* member : {"nodes", "edges", "paths", "capped"})
        ASSERT_TRUE(document->find(member)) << member;
    const auto& node = document->find("nodes")->asArray().at(0);
    for (const char* member : {"id", "type", "label", "x", "y", "degree", "betweenness"})
        EXPECT_TRUE(node.find(member)) << member;
    const auto& edge = document->find("edges")->asArray().at(0);
    for (const char* member : {"source", "target", "type", "txs"})
        EXPECT_TRUE(edge.find(member)) << member;
    // Case R01-2: the contractor's legal representative is the party secretary's son.
    bool found = false;
    for (const auto& path : document->find("paths")->asArray()) {
        EXPECT_TRUE(path.find("nodes")->isArray());
        EXPECT_EQ(path.find("edges")->asArray().size() + 1, path.find("nodes")->asArray().size());
        if (path.getString("subject") == "GC2018-007") {
            std::vector<std::string> nodes;
            for (const auto& id : path.find("nodes")->asArray())
                nodes.push_back(id.asString());
            found = found || nodes == std::vector<std::string>{"f-00148", "p-000351", "p-000340"};
        }
    }
    EXPECT_TRUE(found) << run.out.substr(0, 2000);
    EXPECT_FALSE(document->find("capped")->asBool());
}

TEST_F(CliGraph, PathTextAndEgoFormats) {
    const GraphRun path =
        cli({"graph", s_workspace, "--path", "p-000290", "p-000277", "--types", "kinship", "--lang", "en"});
    EXPECT_EQ(path.status, 0) << path.err;
    EXPECT_TRUE(contains(path.out, "p-000290")) << path.out;
    EXPECT_TRUE(contains(path.out, "kinship")) << path.out;

    const GraphRun ego = cli({"graph", s_workspace, "--ego", "p-000290", "--hops", "2", "--max-nodes", "50",
                              "--format", "json", "--layout", "fr"});
    ASSERT_EQ(ego.status, 0) << ego.err;
    const auto document = lj::json::parse(ego.out);
    ASSERT_TRUE(document.ok());
    EXPECT_LE(document->find("nodes")->asArray().size(), 50u);
    EXPECT_TRUE(document->find("capped")->asBool()); // reported, not silently truncated

    const GraphRun text = cli({"graph", s_workspace, "--ego", "p-000290", "--lang", "en"});
    EXPECT_EQ(text.status, 0);
    EXPECT_TRUE(contains(text.out, "capped")) << text.out;

    const GraphRun graphml = cli({"graph", s_workspace, "--ego", "p-000290", "--format", "graphml"});
    EXPECT_EQ(graphml.out.rfind("<?xml", 0), 0u);
    EXPECT_TRUE(contains(graphml.out, "</graphml>"));
    const GraphRun ftm = cli({"graph", s_workspace, "--ego", "p-000290", "--format", "ftm"});
    std::istringstream lines(ftm.out);
    int count = 0;
    for (std::string line; std::getline(lines, line); ++count)
        EXPECT_TRUE(lj::json::parse(line).ok()) << line;
    EXPECT_GT(count, 2);
}

// Refused before the workspace is read, or for an entity it does not hold (a tiny workspace).
TEST(CliGraphUsage, UsageErrors) {
    const fs::path dir = fs::temp_directory_path() / ("lj-cli-graph-usage-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string workspace = (dir / "tiny.lianjian").string();
    ASSERT_EQ(cli({"import", workspace, kSle + "valid/tiny-sha256-ed25519.sle"}).status, 0);
    EXPECT_EQ(cli({"graph", workspace}).status, 2);                                     // no query
    EXPECT_EQ(cli({"graph", workspace, "--ego", "p-000290", "--conflicts"}).status, 2); // two
    EXPECT_EQ(cli({"graph", workspace, "--path", "p-000290"}).status, 2);
    EXPECT_EQ(cli({"graph", workspace, "--ego", "nobody"}).status, 2);
    EXPECT_EQ(cli({"graph", workspace, "--ego", "p-000290", "--format", "svg"}).status, 2);
    EXPECT_EQ(cli({"graph", workspace, "--ego", "p-000290", "--layout", "circle"}).status, 2);
    EXPECT_EQ(cli({"graph", workspace, "--ego", "p-000290", "--hops", "0"}).status, 2);
    EXPECT_EQ(cli({"graph", workspace, "--ego", "p-000290", "--types", "friendship"}).status, 2);
    EXPECT_EQ(cli({"graph", (dir / "missing.lianjian").string(), "--conflicts"}).status, 2);
    const GraphRun none = cli({"graph", workspace, "--conflicts", "--lang", "en"});
    EXPECT_EQ(none.status, 0) << none.err; // nothing to find in a tiny ledger
    fs::remove_all(dir);
}

} // namespace
