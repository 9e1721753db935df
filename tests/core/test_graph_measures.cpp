// Centrality against published values for standard networks, layout properties, and the export
// formats: GraphML is valid XML that round-trips, DOT and followthemoney lines are well formed.
#include "graph/centrality.h"
#include "graph/graph_export.h"
#include "graph/graph_queries.h"
#include "graph_ledger.h"
#include "standard_networks.h"

#include <QXmlStreamReader>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

namespace {

using namespace lj::graph;

TEST(Centrality, KarateClubMatchesPublishedValues) {
    const graph_test::EdgeList edges = graph_test::karateClub();
    ASSERT_EQ(edges.size(), 78u);
    const BoostGraph graph = simpleGraph(34, edges);
    const std::vector<double> degree = degreeCentrality(graph);
    EXPECT_EQ(degree[0], 16);
    EXPECT_EQ(degree[33], 17);
    EXPECT_EQ(degree[32], 12);
    // Unnormalised betweenness, each pair once (networkx normalized=False; Brandes 2001).
    const std::vector<double> betweenness = exactBetweenness(graph);
    EXPECT_NEAR(betweenness[0], 231.0714, 1e-3);
    EXPECT_NEAR(betweenness[33], 160.5516, 1e-3);
    EXPECT_NEAR(betweenness[32], 76.6905, 1e-3);
    EXPECT_NEAR(betweenness[2], 75.8508, 1e-3);
    EXPECT_NEAR(betweenness[31], 73.0095, 1e-3);
    EXPECT_NEAR(betweenness[11], 0.0, 1e-9); // member 12 has one friend
    // Normalised by the (n-1)(n-2)/2 pairs: 0.4376 and 0.3041 for members 1 and 34, as usually quoted.
    EXPECT_NEAR(betweenness[0] / (33.0 * 32.0 / 2.0), 0.4376, 1e-4);
    EXPECT_NEAR(betweenness[33] / (33.0 * 32.0 / 2.0), 0.3041, 1e-4);

    // Sampling every vertex is exact; a sample is an estimate of the right size, fixed by its seed.
    const std::vector<double> all = sampledBetweenness(graph, 34, 1);
    for (std::size_t v = 0; v < 34; ++v)
        EXPECT_NEAR(all[v], betweenness[v], 1e-9) << v;
    const std::vector<double> sample = sampledBetweenness(graph, 17, 42);
    EXPECT_EQ(sample, sampledBetweenness(graph, 17, 42));
    EXPECT_GT(sample[0], 100.0);
}

TEST(Centrality, FlorentineFamiliesMatchPublishedValues) {
    const BoostGraph graph = simpleGraph(15, graph_test::florentineMarriages());
    const std::vector<double> betweenness = exactBetweenness(graph);
    const auto& names = graph_test::florentineFamilies();
    auto of = [&](const std::string& name) {
        return betweenness[static_cast<std::size_t>(std::find(names.begin(), names.end(), name) -
                                                    names.begin())];
    };
    EXPECT_NEAR(of("Medici"), 47.5, 1e-9); // 0.522 normalised
    EXPECT_NEAR(of("Guadagni"), 23.1667, 1e-3);
    EXPECT_NEAR(of("Albizzi"), 19.3333, 1e-3);
    EXPECT_NEAR(of("Salviati"), 13.0, 1e-9);
    EXPECT_NEAR(of("Pazzi"), 0.0, 1e-9);
    EXPECT_EQ(degreeCentrality(graph)[8], 6); // the Medici married into six families
}

void expectSound(const Layout& layout) {
    for (std::size_t i = 0; i < layout.positions.size(); ++i) {
        ASSERT_TRUE(std::isfinite(layout.positions[i].x) && std::isfinite(layout.positions[i].y)) << i;
        for (std::size_t j = 0; j < i; ++j)
            EXPECT_FALSE(layout.positions[i].x == layout.positions[j].x &&
                         layout.positions[i].y == layout.positions[j].y)
                << i << " and " << j;
    }
}

bool samePositions(const Layout& a, const Layout& b) {
    if (a.positions.size() != b.positions.size()) return false;
    for (std::size_t i = 0; i < a.positions.size(); ++i)
        if (a.positions[i].x != b.positions[i].x || a.positions[i].y != b.positions[i].y) return false;
    return true;
}

TEST(Layout, DeterministicFiniteAndDistinct) {
    const BoostGraph karate = simpleGraph(34, graph_test::karateClub());
    for (LayoutMethod method :
         {LayoutMethod::FruchtermanReingold, LayoutMethod::KamadaKawai, LayoutMethod::None}) {
        const Layout first = layoutGraph(karate, method, 11);
        EXPECT_EQ(first.method, method);
        ASSERT_EQ(first.positions.size(), 34u);
        expectSound(first);
        EXPECT_TRUE(samePositions(first, layoutGraph(karate, method, 11)));
        EXPECT_FALSE(samePositions(first, layoutGraph(karate, method, 12)));
    }
    // Kamada–Kawai only for small graphs: a larger one gets Fruchterman–Reingold.
    LayoutOptions small;
    small.kamadaKawaiMax = 20;
    EXPECT_EQ(layoutGraph(karate, LayoutMethod::KamadaKawai, 1, small).method,
              LayoutMethod::FruchtermanReingold);

    // Edge cases: nothing, one vertex, vertices without edges (no force on them at all).
    EXPECT_TRUE(layoutGraph(simpleGraph(0, {}), LayoutMethod::FruchtermanReingold, 1).positions.empty());
    expectSound(layoutGraph(simpleGraph(1, {}), LayoutMethod::FruchtermanReingold, 1));
    expectSound(layoutGraph(simpleGraph(40, {{0, 1}}), LayoutMethod::FruchtermanReingold, 1));
}

// A small network with every kind of edge the exporters write.
lj::Dataset exportLedger() {
    graph_test::Ledger ledger;
    ledger.village("V1")
        .person("p-dir")
        .person("p-bro")
        .person("p-c", "", "13800000001")
        .person("p-d", "", "13800000001");
    ledger.role("p-dir", "V1", "2017-01-01", "2020-12-31");
    ledger.relation("p-dir", "p-bro", "sibling");
    ledger.firm("f-1", "p-bro").holding("f-1", "p-c");
    ledger.account("acct-1", "p-c", "6222000011112222");
    ledger.lease("HT-1", "V1", "f-1", "2018-05-01");
    ledger.payment("FK-1", "V1", "p-d", "2019-01-10", "acct-1");
    return ledger.finish();
}

std::string attribute(const QXmlStreamAttributes& attributes, const char* name) {
    return attributes.value(QString::fromLatin1(name)).toString().toStdString();
}

Subgraph everything(const EntityGraph& graph) {
    Subgraph all;
    for (NodeId node = 0; node < graph.nodes().size(); ++node)
        all.nodes.push_back(node);
    for (EdgeId edge = 0; edge < graph.edges().size(); ++edge)
        all.edges.push_back(edge);
    return all;
}

TEST(GraphExport, GraphmlIsValidXmlThatRoundTrips) {
    const lj::Dataset data = exportLedger();
    const EntityGraph graph = EntityGraph::build(data, *lj::Date::parse("2020-12-31"));
    const GraphView view = makeView(graph, everything(graph), LayoutMethod::FruchtermanReingold, 3);
    const std::string text = toGraphml(view);

    // Read it back with a conforming XML reader: keys, then nodes and edges with their data.
    QXmlStreamReader xml(QByteArray::fromStdString(text));
    std::map<std::string, std::string> keyNames;
    std::map<std::string, std::map<std::string, std::string>> nodes, edges;
    std::map<std::string, std::string>* current = nullptr;
    std::string dataKey;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attributes = xml.attributes();
            const std::string name = xml.name().toString().toStdString();
            if (name == "key")
                keyNames[attribute(attributes, "id")] = attribute(attributes, "attr.name");
            else if (name == "node")
                current = &nodes[attribute(attributes, "id")];
            else if (name == "edge") {
                current = &edges[attribute(attributes, "id")];
                (*current)["source"] = attribute(attributes, "source");
                (*current)["target"] = attribute(attributes, "target");
            } else if (name == "data" && current)
                (*current)[keyNames[attribute(attributes, "key")]] = xml.readElementText().toStdString();
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    ASSERT_EQ(nodes.size(), view.subgraph.nodes.size());
    ASSERT_EQ(edges.size(), view.subgraph.edges.size());
    for (std::size_t i = 0; i < view.subgraph.nodes.size(); ++i) {
        const GraphNode& node = graph.node(view.subgraph.nodes[i]);
        const auto& read = nodes.at(node.id);
        EXPECT_EQ(read.at("label"), node.label);
        EXPECT_EQ(read.at("type"), nodeTypeName(node.type));
        EXPECT_EQ(std::stod(read.at("x")), view.positions[i].x); // shortest round-trip text
        EXPECT_EQ(std::stod(read.at("betweenness")), view.betweenness[i]);
    }
    for (EdgeId id : view.subgraph.edges) {
        const GraphEdge& edge = graph.edge(id);
        const auto& read = edges.at("e" + std::to_string(id));
        EXPECT_EQ(read.at("source"), graph.node(edge.source).id);
        EXPECT_EQ(read.at("target"), graph.node(edge.target).id);
        EXPECT_EQ(read.at("type"), edgeTypeName(edge.type));
        std::string txs;
        for (const std::string& tx : edgeTxIds(graph, edge))
            txs += (txs.empty() ? "" : " ") + tx;
        EXPECT_EQ(read.at("txs"), txs);
    }
    EXPECT_NE(text.find("公司"), std::string::npos); // UTF-8 labels kept as they are
}

TEST(GraphExport, JsonDotAndFollowTheMoney) {
    const lj::Dataset data = exportLedger();
    const EntityGraph graph = EntityGraph::build(data, *lj::Date::parse("2020-12-31"));
    const GraphView view = makeView(graph, everything(graph), LayoutMethod::None);

    const lj::json::Value json = toJson(view);
    ASSERT_EQ(json.find("nodes")->asArray().size(), graph.nodes().size());
    const lj::json::Value& first = json.find("nodes")->asArray()[0];
    for (const char* member : {"id", "type", "label", "degree", "betweenness"})
        EXPECT_TRUE(first.find(member)) << member;
    EXPECT_FALSE(first.find("x")); // not laid out
    EXPECT_EQ(json.find("edges")->asArray().size(), graph.edges().size());
    EXPECT_TRUE(json.find("capped")->isBool());

    const std::string dot = toDot(view);
    EXPECT_EQ(dot.rfind("graph lianjian {", 0), 0u);
    std::size_t links = 0;
    for (std::size_t at = dot.find(" -- "); at != std::string::npos; at = dot.find(" -- ", at + 1))
        ++links;
    EXPECT_EQ(links, graph.edges().size());

    std::istringstream lines(toFtm(view));
    std::map<std::string, int> schemas;
    for (std::string line; std::getline(lines, line);) {
        auto entity = lj::json::parse(line);
        ASSERT_TRUE(entity.ok()) << line;
        ASSERT_TRUE(entity->getString("id") && entity->getString("schema")) << line;
        const lj::json::Value* properties = entity->find("properties");
        ASSERT_TRUE(properties && properties->isObject()) << line;
        for (const auto& [name, values] : properties->asObject())
            EXPECT_TRUE(values.isArray()) << name;
        ++schemas[*entity->getString("schema")];
    }
    for (const char* schema :
         {"Person", "Company", "BankAccount", "Organization", "Family", "Ownership", "Directorship",
          "Occupancy", "Position", "Payment", "Contract", "ContractAward", "UnknownLink"})
        EXPECT_GT(schemas[schema], 0) << schema;
}

} // namespace
