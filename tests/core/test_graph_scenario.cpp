// The relationship graph on the scenario export against its answer key: every planted R01, F07
// and W01 path is the first conflict path of its dealing, no look-alike has one, role terms hold;
// and the rules' own findings carry exactly the graph's preferred paths (one search semantics).
#include "graph/conflict_paths.h"
#include "graph/graph_export.h"
#include "graph/graph_queries.h"
#include "model/export_loader.h"
#include "rules/rule_engine.h"

#include <gtest/gtest.h>
#include <map>
#include <set>

namespace {

using namespace lj::graph;
using Ids = std::vector<std::string>;

const std::string kScenario = std::string(LJ_TEST_DATA_DIR) + "/sle/scenario/";

const lj::json::Value& answerKey() {
    static const lj::json::Value key =
        *lj::json::parse(*lj::readSmallFile(kScenario + "scenario-sm3-sm2.key.json"));
    return key;
}

const lj::Dataset& scenario() {
    static const lj::Dataset data = [] {
        auto loaded = lj::loadDatasetFromExport(kScenario + "scenario-sm3-sm2.sle");
        EXPECT_TRUE(loaded.ok()) << loaded.error();
        return std::move(loaded.value());
    }();
    return data;
}

lj::Date defaultAsOf() {
    return *lj::Date::parse(*answerKey().getString("default_as_of"));
}

const EntityGraph& graphAt(lj::Date asOf) {
    static std::map<int, EntityGraph> graphs;
    auto it = graphs.find(asOf.days);
    if (it == graphs.end()) it = graphs.emplace(asOf.days, EntityGraph::build(scenario(), asOf)).first;
    return it->second;
}

Ids strings(const lj::json::Value* list) {
    Ids out;
    if (list)
        for (const auto& item : list->asArray())
            out.push_back(item.asString());
    return out;
}

// "<rule> <subject>" → the first (preferred) path's vertex ids.
std::map<std::string, Ids> firstPaths(const EntityGraph& graph) {
    std::map<std::string, Ids> first;
    for (const GraphPath& path : conflictPaths(graph).paths) {
        Ids nodes;
        for (NodeId node : path.nodes)
            nodes.push_back(graph.node(node).id);
        first.try_emplace(path.rule + " " + path.subject, std::move(nodes));
    }
    return first;
}

bool isPathRule(const std::string& rule) {
    return rule == "R01" || rule == "F07" || rule == "W01";
}

TEST(GraphScenario, PlantedPathsAndEveryKeyFindingAreFoundAndLookAlikesAreNot) {
    const auto first = firstPaths(graphAt(defaultAsOf()));
    int fired = 0, silent = 0;
    for (const auto& planted : answerKey().find("cases")->asArray()) {
        const std::string rule = *planted.getString("rule");
        if (!isPathRule(rule)) continue;
        const Ids subjects = strings(planted.find("subjects"));
        const std::string key = rule + " " + subjects.front();
        if (*planted.getString("expect") == "fire") {
            ++fired;
            ASSERT_TRUE(first.count(key)) << *planted.getString("case");
            EXPECT_EQ(first.at(key), strings(planted.find("finding")->find("path")))
                << *planted.getString("case");
        } else {
            ++silent; // a relative who deals with nobody, an official out of office, three steps away…
            for (const auto& [dealing, nodes] : first) {
                EXPECT_NE(dealing, key) << *planted.getString("case");
                if (dealing.rfind(rule, 0) == 0) {
                    EXPECT_NE(nodes.front(), subjects.front()) << *planted.getString("case");
                }
            }
        }
    }
    EXPECT_EQ(fired, 14);
    EXPECT_EQ(silent, 5);

    // Every R01/F07/W01 finding of the key, with its path, and no other dealing.
    std::set<std::string> expected;
    for (const auto& finding : answerKey().find("findings_at_default_as_of")->asArray()) {
        const std::string rule = *finding.getString("rule");
        if (!isPathRule(rule)) continue;
        const std::string key = rule + " " + strings(finding.find("subjects")).front();
        expected.insert(key);
        ASSERT_TRUE(first.count(key)) << key;
        EXPECT_EQ(first.at(key), strings(finding.find("path"))) << key;
    }
    std::set<std::string> found;
    for (const auto& [key, nodes] : first)
        found.insert(key);
    EXPECT_EQ(found, expected);
}

// R01/F07/W01 (rules/) and the graph walk the same edges by the same preference: at other dates
// too, each finding's path is the graph's first path for its dealing.
TEST(GraphScenario, RuleFindingsCarryTheGraphsPreferredPathsAndHubsAreCapped) {
    for (const char* date : {"2018-12-31", "2019-12-31"}) {
        const lj::Date asOf = *lj::Date::parse(date);
        const auto first = firstPaths(graphAt(asOf));
        const auto findings =
            lj::evaluateRules(scenario(), lj::RuleSettings::defaults(), asOf, {"R01", "F07", "W01"});
        std::set<std::string> fromRules;
        for (const lj::RuleFinding& finding : findings) {
            const std::string key = finding.rule + " " + finding.subjects.front();
            fromRules.insert(key);
            ASSERT_TRUE(first.count(key)) << date << " " << key;
            EXPECT_EQ(first.at(key), finding.path) << date << " " << key;
        }
        std::set<std::string> fromGraph;
        for (const auto& [key, nodes] : first)
            fromGraph.insert(key);
        EXPECT_EQ(fromGraph, fromRules) << date;
    }

    const EntityGraph& graph = graphAt(defaultAsOf());
    // The village of case R01-1 pays hundreds of parties: its ego network is capped, and says so.
    EgoOptions options;
    options.maxNodes = 200;
    const Subgraph ego = egoNetwork(graph, graph.find("p-000290"), options);
    EXPECT_LE(ego.nodes.size(), 200u);
    EXPECT_TRUE(ego.capped);
    EXPECT_FALSE(ego.cappedNodes.empty());

    PathOptions kinship;
    kinship.filter.only({EdgeType::Kinship});
    const Subgraph path = shortestPaths(graph, graph.find("p-000290"), graph.find("p-000277"), kinship);
    ASSERT_EQ(path.paths.size(), 1u);
    EXPECT_EQ(path.paths[0].nodes.size(), 2u);

    const Components components = connectedComponents(graph);
    EXPECT_GE(components.sizes.size(), 1u);
}

} // namespace
