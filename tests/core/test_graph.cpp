// The entity graph on small hand-built ledgers: vertices and typed edges with their txs, identity
// merging, conflict paths and role terms, ego caps, shortest paths, and bad input (self-loops,
// duplicates, ownership cycles, disconnected graphs) handled without hangs.
#include "graph/conflict_paths.h"
#include "graph/graph_export.h"
#include "graph/graph_queries.h"
#include "graph/graph_view.h"
#include "graph_ledger.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace {

using namespace lj::graph;
using Ids = std::vector<std::string>;

const lj::Date kAsOf = *lj::Date::parse("2020-12-31");

Ids ids(const EntityGraph& graph, const std::vector<NodeId>& nodes) {
    Ids out;
    for (NodeId node : nodes)
        out.push_back(graph.node(node).id);
    return out;
}

const GraphEdge* edgeOf(const EntityGraph& graph, const std::string& a, const std::string& b, EdgeType type) {
    for (const GraphEdge& edge : graph.edges())
        if (edge.type == type && ((graph.node(edge.source).id == a && graph.node(edge.target).id == b) ||
                                  (graph.node(edge.source).id == b && graph.node(edge.target).id == a)))
            return &edge;
    return nullptr;
}

// V1 with director p-dir (2017–2020); his brother p-bro; p-bro's firm f-1 (legal rep); f-1 leases
// from V1 and is paid by V1; a former director p-old (until 2016) leases in 2018.
lj::Dataset village() {
    graph_test::Ledger ledger;
    ledger.village("V1").village("T1", "town");
    ledger.person("p-dir").person("p-bro").person("p-old").person("p-far").person("p-kin-only");
    ledger.role("p-dir", "V1", "2017-01-01", "2020-12-31").role("p-old", "V1", "2010-01-01", "2016-12-31");
    ledger.relation("p-dir", "p-bro").relation("p-far", "p-kin-only");
    ledger.firm("f-1", "p-bro");
    ledger.lease("HT-1", "V1", "f-1", "2018-05-01").lease("HT-2", "V1", "p-old", "2018-05-14");
    ledger.payment("FK-1", "V1", "f-1", "2019-01-10").payment("FK-2", "V1", "f-1", "2019-02-10");
    return ledger.finish();
}

TEST(EntityGraph, TypedEdgesCiteTheirTransactions) {
    const lj::Dataset data = village();
    const EntityGraph graph = EntityGraph::build(data, kAsOf);
    EXPECT_EQ(graph.node(graph.find("V1")).type, NodeType::Collective);
    EXPECT_EQ(graph.node(graph.find("T1")).type, NodeType::Organisation);
    EXPECT_EQ(graph.node(graph.find("f-1")).type, NodeType::Firm);
    EXPECT_EQ(graph.node(graph.find("f-1")).label, "f-1公司");

    const GraphEdge* kin = edgeOf(graph, "p-dir", "p-bro", EdgeType::Kinship);
    ASSERT_TRUE(kin);
    EXPECT_EQ(kin->detail, "sibling");
    EXPECT_EQ(edgeTxIds(graph, *kin), (Ids{"t10"}));
    ASSERT_TRUE(edgeOf(graph, "p-bro", "f-1", EdgeType::LegalRep));
    const GraphEdge* role = edgeOf(graph, "p-dir", "V1", EdgeType::OfficialRole);
    ASSERT_TRUE(role);
    EXPECT_EQ(role->from->toString(), "2017-01-01");
    EXPECT_EQ(role->to->toString(), "2020-12-31");

    // Two payments to one payee: one edge, both dealings, both txs, the total.
    const GraphEdge* paid = edgeOf(graph, "V1", "f-1", EdgeType::Payee);
    ASSERT_TRUE(paid);
    EXPECT_EQ(paid->subjects, (Ids{"FK-1", "FK-2"}));
    EXPECT_EQ(paid->refs.size(), 2u);
    EXPECT_EQ(paid->amountFen, 200000);
    EXPECT_EQ(paid->from->toString(), "2019-01-10");
    EXPECT_EQ(paid->to->toString(), "2019-02-10");
    ASSERT_TRUE(edgeOf(graph, "V1", "f-1", EdgeType::Lessee));

    // Built as of an earlier date, later facts are absent.
    const EntityGraph early = EntityGraph::build(data, *lj::Date::parse("2018-12-31"));
    EXPECT_FALSE(edgeOf(early, "V1", "f-1", EdgeType::Payee));
    EXPECT_TRUE(edgeOf(early, "V1", "f-1", EdgeType::Lessee));
}

TEST(EntityGraph, IdentityMergingAndSharedValues) {
    graph_test::Ledger ledger;
    ledger.village("V1");
    ledger.person("p-a", "same-digest", "13800000001")
        .person("p-a2", "same-digest")
        .person("p-b", "", "13800000001");
    ledger.person("p-c").person("p-d");
    ledger.account("acct-1", "p-c", "6222000011112222");
    ledger.payment("FK-1", "V1", "p-d", "2019-01-10", "acct-1");
    const lj::Dataset data = ledger.finish();
    const EntityGraph graph = EntityGraph::build(data, kAsOf);

    ASSERT_TRUE(edgeOf(graph, "p-a", "p-a2", EdgeType::SamePerson));
    EXPECT_EQ(graph.node(graph.find("p-a2")).identity, "p-a");
    const GraphEdge* phone = edgeOf(graph, "p-a", "p-b", EdgeType::Shares);
    ASSERT_TRUE(phone);
    EXPECT_EQ(phone->detail, "phone");
    const GraphEdge* account = edgeOf(graph, "p-c", "p-d", EdgeType::Shares);
    ASSERT_TRUE(account); // p-d was paid into p-c's account
    EXPECT_EQ(account->detail, "account");
    EXPECT_EQ(account->subjects, (Ids{"acct-1"}));

    // The rules' graph: registers and same-person edges, no dealings or shared values.
    BuildOptions relationsOnly;
    relationsOnly.relationsOnly = true;
    const EntityGraph rules = EntityGraph::build(data, kAsOf, relationsOnly);
    EXPECT_TRUE(edgeOf(rules, "p-a", "p-a2", EdgeType::SamePerson));
    EXPECT_TRUE(edgeOf(rules, "acct-1", "p-c", EdgeType::AccountHolder));
    for (const GraphEdge& edge : rules.edges())
        EXPECT_TRUE(edge.type != EdgeType::Shares && edge.type < EdgeType::Lessee) << edgeTypeName(edge.type);
}

TEST(ConflictPaths, FollowKinshipOwnershipAndRoleTerms) {
    const lj::Dataset data = village();
    const EntityGraph graph = EntityGraph::build(data, kAsOf);
    const Subgraph conflicts = conflictPaths(graph);
    std::vector<std::pair<std::string, Ids>> found;
    for (const GraphPath& path : conflicts.paths)
        found.emplace_back(path.rule + " " + path.subject, ids(graph, path.nodes));
    // f-1's legal representative is the director's brother: 1 step, for the lease and both payments.
    EXPECT_NE(std::find(found.begin(), found.end(),
                        std::make_pair(std::string("R01 HT-1"), Ids{"f-1", "p-bro", "p-dir"})),
              found.end());
    EXPECT_NE(std::find(found.begin(), found.end(),
                        std::make_pair(std::string("F07 FK-2"), Ids{"f-1", "p-bro", "p-dir"})),
              found.end());
    // p-old left office in 2016: his 2018 lease is no conflict. p-far's relative rents nothing.
    for (const auto& [subject, nodes] : found) {
        EXPECT_NE(subject, "R01 HT-2");
        EXPECT_EQ(std::count(nodes.begin(), nodes.end(), "p-far"), 0);
    }
    ASSERT_FALSE(conflicts.paths.empty());
    EXPECT_EQ(conflicts.paths.front().steps, 1);
    EXPECT_FALSE(conflicts.capped);

    // One collective only, and a cap that is reported.
    ConflictOptions capped;
    capped.org = "V1";
    capped.maxPaths = 1;
    const Subgraph one = conflictPaths(graph, capped);
    EXPECT_EQ(one.paths.size(), 1u);
    EXPECT_TRUE(one.capped);
    ConflictOptions elsewhere;
    elsewhere.org = "T1";
    EXPECT_TRUE(conflictPaths(graph, elsewhere).paths.empty());
}

TEST(GraphQueries, EgoNetworkCapsHubsAndSize) {
    graph_test::Ledger ledger;
    ledger.village("V1").person("p-0").person("p-1");
    ledger.relation("p-0", "p-1");
    for (int i = 0; i < 100; ++i) { // V1 pays 100 payees: a hub
        ledger.person("p-x" + std::to_string(i));
        ledger.payment("FK-" + std::to_string(i), "V1", "p-x" + std::to_string(i), "2019-01-10");
    }
    ledger.payment("FK-p0", "V1", "p-0", "2019-01-10");
    const lj::Dataset data = ledger.finish();
    const EntityGraph graph = EntityGraph::build(data, kAsOf);

    EgoOptions options;
    options.hops = 3;
    const Subgraph ego = egoNetwork(graph, graph.find("p-1"), options);
    EXPECT_TRUE(ego.capped); // V1 is reached but not walked through
    EXPECT_EQ(ids(graph, ego.cappedNodes), (Ids{"V1"}));
    EXPECT_EQ(ids(graph, ego.nodes), (Ids{"p-1", "p-0", "V1"}));
    EXPECT_EQ(ego.edges.size(), 2u);

    options.maxNodes = 10; // the hub itself as the centre: expanded, up to the cap
    const Subgraph hub = egoNetwork(graph, graph.find("V1"), options);
    EXPECT_EQ(hub.nodes.size(), 10u);
    EXPECT_TRUE(hub.capped);

    EgoOptions kinOnly;
    kinOnly.filter.only({EdgeType::Kinship});
    const Subgraph kin = egoNetwork(graph, graph.find("p-1"), kinOnly);
    EXPECT_EQ(ids(graph, kin.nodes), (Ids{"p-1", "p-0"}));
    EXPECT_FALSE(kin.capped);
}

TEST(GraphQueries, AllShortestPathsUnderFilters) {
    graph_test::Ledger ledger;
    ledger.village("V1");
    for (const char* id : {"a", "b1", "b2", "b3", "c", "d", "lonely"})
        ledger.person(id);
    ledger.relation("a", "b1").relation("a", "b2").relation("a", "b3");
    ledger.relation("b1", "c").relation("b2", "c").relation("b3", "c").relation("c", "d");
    ledger.payment("FK-1", "V1", "a", "2019-01-01").payment("FK-2", "V1", "d", "2019-01-01");
    const lj::Dataset data = ledger.finish();
    const EntityGraph graph = EntityGraph::build(data, kAsOf);

    // Through the village (a payee–V1–payee) is shorter than kinship.
    Subgraph direct = shortestPaths(graph, graph.find("a"), graph.find("d"));
    ASSERT_EQ(direct.paths.size(), 1u);
    EXPECT_EQ(ids(graph, direct.paths[0].nodes), (Ids{"a", "V1", "d"}));

    PathOptions kinship;
    kinship.filter.only({EdgeType::Kinship});
    const Subgraph three = shortestPaths(graph, graph.find("a"), graph.find("d"), kinship);
    ASSERT_EQ(three.paths.size(), 3u);
    EXPECT_EQ(ids(graph, three.paths[0].nodes), (Ids{"a", "b1", "c", "d"}));
    EXPECT_EQ(ids(graph, three.paths[2].nodes), (Ids{"a", "b3", "c", "d"}));
    EXPECT_FALSE(three.capped);
    kinship.maxPaths = 2;
    const Subgraph two = shortestPaths(graph, graph.find("a"), graph.find("d"), kinship);
    EXPECT_EQ(two.paths.size(), 2u);
    EXPECT_TRUE(two.capped);

    // A date filter: the payments are not in force on 2018-01-01.
    PathOptions dated;
    dated.filter.on = lj::Date::parse("2018-01-01");
    EXPECT_EQ(shortestPaths(graph, graph.find("a"), graph.find("d"), dated).paths.at(0).nodes.size(), 4u);

    const Subgraph none = shortestPaths(graph, graph.find("a"), graph.find("lonely"));
    EXPECT_TRUE(none.paths.empty());
    EXPECT_EQ(none.nodes.size(), 2u);
}

TEST(GraphBadInput, SelfLoopsDuplicatesCyclesAndDisconnectedGraphs) {
    graph_test::Ledger ledger;
    ledger.village("V1").person("p-dir").person("p-self").person("p-island").person("p-island2");
    ledger.role("p-dir", "V1", "2015-01-01", "2025-12-31");
    ledger.relation("p-self", "p-self");                            // related to itself
    ledger.relation("p-dir", "p-self").relation("p-dir", "p-self"); // stated twice
    ledger.relation("p-self", "p-dir");                             // and the other way round
    ledger.relation("p-island", "p-island2");
    ledger.firm("f-a", "p-self").firm("f-b", "p-self");
    ledger.holding("f-a", "f-b").holding("f-b", "f-a"); // A owns B owns A
    ledger.holding("f-a", "f-a");                       // owns itself
    ledger.lease("HT-1", "V1", "f-a", "2018-01-01");
    const lj::Dataset data = ledger.finish();
    const EntityGraph graph = EntityGraph::build(data, kAsOf);

    EXPECT_EQ(graph.stats().selfLoopsDropped, 2u);
    EXPECT_EQ(graph.stats().duplicatesMerged, 2u);
    const GraphEdge* kin = edgeOf(graph, "p-dir", "p-self", EdgeType::Kinship);
    ASSERT_TRUE(kin);
    EXPECT_EQ(kin->refs.size(), 3u);

    const Subgraph conflicts = conflictPaths(graph); // terminates despite the cycle
    ASSERT_FALSE(conflicts.paths.empty());
    EXPECT_EQ(ids(graph, conflicts.paths.front().nodes), (Ids{"f-a", "p-self", "p-dir"}));
    for (const GraphPath& path : conflicts.paths) { // simple paths only
        Ids nodes = ids(graph, path.nodes);
        std::sort(nodes.begin(), nodes.end());
        EXPECT_EQ(std::adjacent_find(nodes.begin(), nodes.end()), nodes.end());
    }

    EgoOptions far;
    far.hops = 50;
    EXPECT_EQ(egoNetwork(graph, graph.find("f-a"), far).nodes.size(), 5u);

    const Components components = connectedComponents(graph);
    EXPECT_EQ(components.sizes.size(), 2u);
    EXPECT_NE(components.componentOf[graph.find("p-island")], components.componentOf[graph.find("p-dir")]);

    // Laying out the whole disconnected graph: finite, distinct positions.
    Subgraph all;
    for (NodeId node = 0; node < graph.nodes().size(); ++node)
        all.nodes.push_back(node);
    for (EdgeId edge = 0; edge < graph.edges().size(); ++edge)
        all.edges.push_back(edge);
    for (LayoutMethod method : {LayoutMethod::FruchtermanReingold, LayoutMethod::KamadaKawai}) {
        const GraphView view = makeView(graph, all, method, 7);
        EXPECT_EQ(view.layout, LayoutMethod::FruchtermanReingold); // KK needs a connected graph
        for (std::size_t i = 0; i < view.positions.size(); ++i) {
            EXPECT_TRUE(std::isfinite(view.positions[i].x) && std::isfinite(view.positions[i].y));
            for (std::size_t j = 0; j < i; ++j)
                EXPECT_FALSE(view.positions[i].x == view.positions[j].x &&
                             view.positions[i].y == view.positions[j].y);
        }
    }
}

} // namespace
