// Relationship graph speed and memory (issue 4), by hand, not in CTest:
//   bench_graph [DIR] [--txs N] [--keep] [--workspace FILE]
// Generates a district export of N transactions (default 1,000,000) with the synthetic district
// generator and imports it into a workspace in DIR (or uses --workspace), loads its dataset as the
// CLI does, then measures:
//   build      EntityGraph::build as of the last block (wall time, RSS growth = graph memory);
//   ego        a 2-hop ego network of a planted party (best of 5);
//   path       all shortest paths between two far-apart entities (best of 5);
//   conflicts  every conflict path of the district (R01, F07, W01 dealings);
//   layout     Fruchterman–Reingold (grid force pairs) of a 2,000-vertex subgraph, against
//              Graphviz sfdp on the same subgraph written as DOT (`sfdp -Tplain`).
// Targets: layout ≤ sfdp; path ≤ 100 ms; conflicts ≤ 10 s; graph memory ≤ 1 GB.
#include "generator/generator.h"
#include "graph/centrality.h"
#include "graph/conflict_paths.h"
#include "graph/graph_export.h"
#include "graph/graph_queries.h"
#include "ledger/trust_store.h"
#include "workspace/workspace.h"
#include "workspace/workspace_dataset.h"
#include "workspace/workspace_import.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace lj::graph;

struct BenchOptions {
    std::string dir, workspace;
    std::uint64_t txs = 1'000'000;
    bool keep = false;
};

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

template <class T> T orThrow(lj::Result<T> result) {
    if (!result) throw std::runtime_error(result.error());
    return std::move(result).value();
}

double residentMb() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

template <class Work> double bestOf(int runs, Work&& work) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        best = std::min(best, msSince(start));
    }
    return best;
}

void row(const char* what, double value, const char* unit, const std::string& note,
         const std::string& verdict = "") {
    std::printf("  %-44s %12.1f %-3s  %-30s %s\n", what, value, unit, note.c_str(), verdict.c_str());
}

std::string ok(bool met) {
    return met ? "OK" : "MISSED";
}

// The vertex farthest (in edges) from `from`, within its component.
NodeId farthestFrom(const EntityGraph& graph, NodeId from, int& distance) {
    std::vector<int> seen(graph.nodes().size(), -1);
    std::vector<NodeId> queue{from};
    seen[from] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head)
        graph.forEachEdge(queue[head], [&](NodeId next, EdgeId) {
            if (seen[next] < 0) {
                seen[next] = seen[queue[head]] + 1;
                queue.push_back(next);
            }
        });
    distance = seen[queue.back()];
    return queue.back();
}

std::string prepareWorkspace(const BenchOptions& options, const fs::path& dir) {
    if (!options.workspace.empty()) return options.workspace;
    const std::string exportPath = (dir / "bench-district.sle").string();
    const std::string workspacePath = (dir / "bench.lianjian").string();
    if (fs::exists(workspacePath)) return workspacePath; // a kept one from an earlier run
    fs::remove(exportPath);
    fs::remove(exportPath + ".consortium.json");
    fs::remove(exportPath + ".key.json");
    fs::remove_all(exportPath + ".keys");
    lj::gen::GeneratorOptions generator;
    generator.villages = 12;
    generator.seed = 20240601;
    generator.suite = lj::Suite::Sha256Ed25519;
    generator.txs = options.txs;
    auto start = Clock::now();
    const auto generated = orThrow(lj::gen::generateDistrict(generator, exportPath));
    std::printf("  generated %llu txs in %.1f s\n", static_cast<unsigned long long>(generated.txs),
                msSince(start) / 1000);
    lj::TrustStore trust;
    if (auto status = trust.addFile(exportPath + ".consortium.json"); !status)
        throw std::runtime_error(status.error());
    auto workspace = orThrow(lj::Workspace::open(workspacePath, lj::WorkspaceOpenMode::CreateIfMissing));
    lj::ImportOptions importOptions;
    importOptions.trust = &trust;
    start = Clock::now();
    const auto report = orThrow(lj::importExport(workspace, exportPath, importOptions));
    std::printf("  imported %llu txs in %.1f s\n", static_cast<unsigned long long>(report.txsImported),
                msSince(start) / 1000);
    return workspacePath;
}

int run(const BenchOptions& options) {
    const bool ownDir = options.dir.empty();
    const fs::path dir = ownDir ? fs::temp_directory_path() / ("lj-bench-graph-" + std::to_string(::getpid()))
                                : fs::path(options.dir);
    fs::create_directories(dir);
    std::printf("bench_graph: %llu transactions in %s\n", static_cast<unsigned long long>(options.txs),
                dir.c_str());
    const std::string workspacePath = prepareWorkspace(options, dir);

    auto workspace = orThrow(lj::Workspace::open(workspacePath));
    auto start = Clock::now();
    const lj::Dataset data = orThrow(lj::loadDataset(workspace));
    std::printf("  loaded the dataset (%zu txs) in %.1f s\n", data.txs.size(), msSince(start) / 1000);

    const double rssBefore = residentMb();
    start = Clock::now();
    const EntityGraph graph = EntityGraph::build(data, *data.lastBlockDate);
    const double buildMs = msSince(start);
    const double graphMb = residentMb() - rssBefore;

    // A planted lessee's neighbourhood, and the farthest entity from it.
    NodeId party = graph.find("p-000290");
    if (party == kNoNode) party = 0;
    Subgraph ego;
    const double egoMs = bestOf(5, [&] { ego = egoNetwork(graph, party, {}); });
    int distance = 0;
    const NodeId far = farthestFrom(graph, party, distance);
    Subgraph paths;
    const double pathMs = bestOf(5, [&] { paths = shortestPaths(graph, party, far); });
    Subgraph conflicts;
    start = Clock::now();
    conflicts = conflictPaths(graph);
    const double conflictMs = msSince(start);

    // A 2,000-vertex subgraph: the neighbourhood of the busiest collective, hubs walked through.
    NodeId hub = 0;
    for (NodeId node = 0; node < graph.nodes().size(); ++node)
        if (graph.node(node).type == NodeType::Collective && graph.degree(node) > graph.degree(hub))
            hub = node;
    EgoOptions big;
    big.hops = 6;
    big.maxNodes = 2000;
    big.hubDegree = SIZE_MAX;
    const Subgraph shown = egoNetwork(graph, hub, big);
    const LocalGraph local = localGraph(graph, shown);
    Layout layout;
    const double layoutMs =
        bestOf(3, [&] { layout = layoutGraph(local.graph, LayoutMethod::FruchtermanReingold, 1); });
    const double sampledMs = bestOf(1, [&] { sampledBetweenness(graph.boostGraph(), 32, 7); });

    const GraphView view = makeView(graph, shown, LayoutMethod::None);
    const std::string dotPath = (dir / "subgraph-2000.dot").string();
    std::ofstream(dotPath) << toDot(view, false);
    const std::string command = "sfdp -Tplain " + dotPath + " > /dev/null";
    double sfdpMs = -1;
    if (std::system("command -v sfdp > /dev/null") == 0)
        sfdpMs = bestOf(3, [&] {
            if (std::system(command.c_str()) != 0) throw std::runtime_error("sfdp failed");
        });

    std::printf("\n  graph: %zu vertices, %zu edges (%zu duplicate facts merged, %zu hub values skipped)\n",
                graph.nodes().size(), graph.edges().size(), graph.stats().duplicatesMerged,
                graph.stats().hubValuesSkipped);
    row("build the graph", buildMs, "ms", "");
    row("graph memory (RSS growth)", graphMb, "MB", "≤ 1024 MB", ok(graphMb <= 1024));
    row("2-hop ego network of p-000290", egoMs, "ms",
        std::to_string(ego.nodes.size()) + " vertices" + (ego.capped ? ", capped" : ""));
    row("shortest paths p-000290 → farthest", pathMs, "ms",
        graph.node(far).id + ", " + std::to_string(distance) + " edges, " +
            std::to_string(paths.paths.size()) + " paths",
        ok(pathMs <= 100));
    row("all conflict paths of the district", conflictMs, "ms",
        std::to_string(conflicts.paths.size()) + " paths", ok(conflictMs <= 10000));
    row("FR layout of the subgraph", layoutMs, "ms",
        std::to_string(shown.nodes.size()) + " vertices, " + std::to_string(shown.edges.size()) + " edges",
        sfdpMs < 0 ? "no sfdp" : ok(layoutMs <= sfdpMs));
    row("Graphviz sfdp, same subgraph (DOT)", sfdpMs, "ms", "baseline (incl. process start)");
    row("sampled betweenness, 32 sources", sampledMs, "ms", "whole graph");

    if (!options.keep && ownDir) fs::remove_all(dir);
    const bool met =
        graphMb <= 1024 && pathMs <= 100 && conflictMs <= 10000 && (sfdpMs < 0 || layoutMs <= sfdpMs);
    return met ? 0 : 1;
}

BenchOptions parseOptions(int argc, char** argv) {
    BenchOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--txs" && i + 1 < argc)
            options.txs = std::stoull(argv[++i]);
        else if (arg == "--workspace" && i + 1 < argc)
            options.workspace = argv[++i];
        else if (arg == "--keep")
            options.keep = true;
        else if (arg.rfind("--", 0) == 0)
            throw std::runtime_error("usage: bench_graph [DIR] [--txs N] [--keep] [--workspace FILE]");
        else
            options.dir = arg;
    }
    return options;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(parseOptions(argc, argv));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_graph: %s\n", error.what());
        return 2;
    }
}
