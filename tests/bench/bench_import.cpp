// Import, rules and timeline speed and memory against a floor, in one run (by hand, not in CTest):
//   bench_import [DIR] [--txs N] [--keep]
// Generates a district export of N transactions (default 1,000,000; sha256-ed25519) with the
// synthetic district generator into DIR (default: a new temp directory), then measures:
//   floor    = SQLite inserting every tx line of the export as one row of a bare table (prepared
//              statement, one transaction, the workspace's pragmas), reading the export as it goes;
//   import   = importExport into a new workspace, in a forked child whose wait4 ru_maxrss is the
//              import's peak RSS;
//   findings = loadDataset + evaluateRules (every rule) over the whole workspace, in a forked child;
//   timeline = loadAssetDataset + buildAssetTimeline + JSON for one asset (best of 5).
// Wall times give the verdicts; CPU times are shown beside them, since a loaded machine stretches
// wall times far more than CPU times.
// Targets (issue 3): import ≤ 4 × floor; findings ≤ import; timeline ≤ 50 ms; import peak RSS ≤ 512 MB.
#include "generator/generator.h"
#include "ledger/trust_store.h"
#include "rules/rule_engine.h"
#include "timeline/asset_timeline.h"
#include "util/allocator_tuning.h"
#include "workspace/sqlite_db.h"
#include "workspace/workspace.h"
#include "workspace/workspace_dataset.h"
#include "workspace/workspace_import.h"

#include "json/json.h"
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr double kImportRatio = 4.0;
constexpr double kTimelineMs = 50.0;
constexpr double kImportRssMb = 512.0;

struct BenchOptions {
    std::string dir;
    std::uint64_t txs = 1'000'000;
    bool keep = false;
};

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

template <class T> T orThrow(lj::Result<T> result) {
    if (!result) throw std::runtime_error(result.error());
    return std::move(result).value();
}
void orThrow(lj::Status status) {
    if (!status) throw std::runtime_error(status.error());
}

double residentMb() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

// Runs `work` in a forked child; returns what it wrote to the pipe (one line) and its peak RSS.
struct ChildResult {
    std::string output;
    double peakRssMb = 0;
    double cpuSeconds = 0; // user + system, the whole child
    bool ok = false;
};

double cpuSeconds(const rusage& usage) {
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return cpuSeconds(usage);
}

ChildResult inChild(const std::function<std::string()>& work) {
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
    std::fflush(stdout);
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::close(fds[0]);
        std::string line;
        int code = 0;
        try {
            line = work();
        } catch (const std::exception& error) {
            line = std::string("error ") + error.what();
            code = 1;
        }
        line += "\n";
        [[maybe_unused]] const auto written = ::write(fds[1], line.data(), line.size());
        ::close(fds[1]);
        ::_exit(code);
    }
    ::close(fds[1]);
    ChildResult result;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        result.output.append(buffer, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    result.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    result.cpuSeconds = cpuSeconds(usage);
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!result.ok) throw std::runtime_error("child failed: " + result.output);
    return result;
}

// The floor: every tx line of the export into a bare table, one prepared statement, one transaction.
double sqliteFloor(const std::string& exportPath, const std::string& dbPath, std::uint64_t& rows) {
    const auto start = Clock::now();
    auto db = orThrow(lj::sql::Database::open(dbPath, lj::sql::OpenFlags::ReadWriteCreate));
    orThrow(db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                    "CREATE TABLE lines(height INTEGER NOT NULL, idx INTEGER NOT NULL, line TEXT NOT NULL)"));
    auto transaction = orThrow(lj::sql::Transaction::begin(db));
    lj::sql::Statement* insert = orThrow(db.cached("INSERT INTO lines(height, idx, line) VALUES (?, ?, ?)"));
    std::ifstream in(exportPath);
    std::int64_t height = -1, index = 0;
    rows = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("{\"type\":\"block\"", 0) == 0) {
            ++height;
            index = 0;
        } else if (line.rfind("{\"type\":\"tx\"", 0) == 0) {
            insert->reset();
            insert->bind(1, height).bind(2, index++).bind(3, std::string_view(line));
            orThrow(insert->run());
            ++rows;
        }
    }
    orThrow(transaction->commit());
    return secondsSince(start);
}

std::string timelineAsset(const std::string& keyPath) {
    const auto key = orThrow(lj::json::parse(orThrow(lj::readSmallFile(keyPath))));
    for (const auto& planted : key.find("cases")->asArray())
        if (planted.getString("case") == "A05-1") return planted.find("subjects")->asArray()[1].asString();
    throw std::runtime_error("the answer key has no case A05-1");
}

BenchOptions parseOptions(int argc, char** argv) {
    BenchOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--txs" && i + 1 < argc)
            options.txs = std::stoull(argv[++i]);
        else if (arg == "--keep")
            options.keep = true;
        else if (arg.rfind("--", 0) == 0)
            throw std::runtime_error("usage: bench_import [DIR] [--txs N] [--keep]");
        else
            options.dir = arg;
    }
    return options;
}

void row(const char* what, const std::string& value, const std::string& target, const std::string& verdict) {
    std::printf("  %-42s %14s   %-22s %s\n", what, value.c_str(), target.c_str(), verdict.c_str());
}

std::string fixed(double value, const char* unit, int decimals = 2) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f %s", decimals, value, unit);
    return text;
}

std::string verdict(double ratio, double limit) {
    char text[64];
    std::snprintf(text, sizeof text, "%.2f× %s", ratio, ratio <= limit ? "OK" : "MISSED");
    return text;
}

int run(const BenchOptions& options) {
    const bool ownDir = options.dir.empty();
    const fs::path dir = ownDir
                             ? fs::temp_directory_path() / ("lj-bench-import-" + std::to_string(::getpid()))
                             : fs::path(options.dir);
    fs::create_directories(dir);
    const std::string exportPath = (dir / "bench-district.sle").string();
    const std::string workspacePath = (dir / "bench.lianjian").string();
    const std::string floorPath = (dir / "floor.sqlite").string();
    for (const std::string& path :
         {exportPath, exportPath + ".consortium.json", exportPath + ".key.json", workspacePath,
          workspacePath + "-wal", workspacePath + "-shm", floorPath, floorPath + "-wal", floorPath + "-shm"})
        fs::remove(path);
    fs::remove_all(exportPath + ".keys");

    std::printf("bench_import: %llu transactions in %s\n", static_cast<unsigned long long>(options.txs),
                dir.c_str());
    lj::gen::GeneratorOptions generator;
    generator.villages = 12;
    generator.seed = 20240601;
    generator.suite = lj::Suite::Sha256Ed25519;
    generator.txs = options.txs;
    auto start = Clock::now();
    const auto generated = inChild([&] {
        const auto result = orThrow(lj::gen::generateDistrict(generator, exportPath));
        return std::to_string(result.blocks) + " " + std::to_string(result.txs) + " " +
               std::to_string(result.bytes);
    });
    const double generateSeconds = secondsSince(start);
    unsigned long long blocks = 0, txs = 0, bytes = 0;
    std::sscanf(generated.output.c_str(), "%llu %llu %llu", &blocks, &txs, &bytes);
    std::printf("  generated %llu blocks, %llu txs, %.1f MB in %.1f s (peak RSS %.0f MB)\n", blocks, txs,
                bytes / 1048576.0, generateSeconds, generated.peakRssMb);

    std::uint64_t floorRows = 0;
    const double floorCpuBefore = processCpuSeconds();
    const double floorSeconds = sqliteFloor(exportPath, floorPath, floorRows);
    const double floorCpu = processCpuSeconds() - floorCpuBefore;

    std::printf("  parent RSS before the children: %.1f MB\n", residentMb());
    const auto imported = inChild([&] {
        lj::TrustStore trust;
        orThrow(trust.addFile(exportPath + ".consortium.json"));
        auto workspace = orThrow(lj::Workspace::open(workspacePath, lj::WorkspaceOpenMode::CreateIfMissing));
        lj::ImportOptions importOptions;
        importOptions.trust = &trust;
        const auto begin = Clock::now();
        const auto report = orThrow(lj::importExport(workspace, exportPath, importOptions));
        const double seconds = secondsSince(begin);
        if (report.outcome != lj::ImportOutcome::Imported)
            throw std::runtime_error("import: " + report.message);
        return std::to_string(seconds) + " " + std::to_string(report.txsImported);
    });
    double importSeconds = 0;
    unsigned long long importedTxs = 0;
    std::sscanf(imported.output.c_str(), "%lf %llu", &importSeconds, &importedTxs);

    const auto findings = inChild([&] {
        auto workspace = orThrow(lj::Workspace::open(workspacePath));
        const auto begin = Clock::now();
        const lj::Dataset data = orThrow(lj::loadDataset(workspace));
        const double loadSeconds = secondsSince(begin);
        const auto rulesBegin = Clock::now();
        const auto list = lj::evaluateRules(data, lj::RuleSettings::defaults(), *data.lastBlockDate);
        const double rulesSeconds = secondsSince(rulesBegin);
        return std::to_string(loadSeconds) + " " + std::to_string(rulesSeconds) + " " +
               std::to_string(list.size());
    });
    double loadSeconds = 0, rulesSeconds = 0;
    unsigned long long findingCount = 0;
    std::sscanf(findings.output.c_str(), "%lf %lf %llu", &loadSeconds, &rulesSeconds, &findingCount);

    const std::string asset = timelineAsset(exportPath + ".key.json");
    double timelineMs = 1e30, openMs = 0;
    std::size_t events = 0;
    {
        const auto opened = Clock::now();
        auto workspace = orThrow(lj::Workspace::open(workspacePath));
        openMs = secondsSince(opened) * 1000;
        for (int attempt = 0; attempt < 5; ++attempt) {
            const auto begin = Clock::now();
            const lj::Dataset data = orThrow(lj::loadAssetDataset(workspace, asset));
            const auto timeline =
                lj::buildAssetTimeline(data, asset, *data.lastBlockDate, lj::RuleSettings::defaults());
            const std::string json = lj::json::serialize(lj::timelineToJson(timeline, data));
            timelineMs = std::min(timelineMs, secondsSince(begin) * 1000);
            events = timeline.events.size();
            if (json.empty()) throw std::runtime_error("empty timeline");
        }
    }

    const double findingsSeconds = loadSeconds + rulesSeconds;
    std::printf("\n  %-42s %14s   %-22s %s\n", "measure", "value", "target", "ratio");
    row("floor: SQLite inserts every tx line", fixed(floorSeconds, "s"), std::to_string(floorRows) + " rows",
        "");
    row("  (floor, CPU)", fixed(floorCpu, "s"), "", "");
    row("import into a workspace", fixed(importSeconds, "s"), "≤ 4 × floor",
        verdict(importSeconds / floorSeconds, kImportRatio));
    row("  (import child, CPU incl. opening)", fixed(imported.cpuSeconds, "s"), "≤ 4 × floor CPU",
        verdict(imported.cpuSeconds / floorCpu, kImportRatio));
    row("peak RSS of the import (child, wait4)", fixed(imported.peakRssMb, "MB", 0), "≤ 512 MB",
        verdict(imported.peakRssMb / kImportRssMb, 1.0));
    row("findings: load workspace dataset", fixed(loadSeconds, "s"), "", "");
    row("findings: evaluate every rule", fixed(rulesSeconds, "s"), std::to_string(findingCount) + " findings",
        "");
    row("findings: load + rules", fixed(findingsSeconds, "s"), "≤ import",
        verdict(findingsSeconds / importSeconds, 1.0));
    row("  (findings child, CPU incl. opening)", fixed(findings.cpuSeconds, "s"), "≤ import CPU",
        verdict(findings.cpuSeconds / imported.cpuSeconds, 1.0));
    row("peak RSS of findings (child, wait4)", fixed(findings.peakRssMb, "MB", 0), "", "");
    row(("timeline of " + asset).c_str(), fixed(timelineMs, "ms", 1), "≤ 50 ms",
        verdict(timelineMs / kTimelineMs, 1.0));
    row("  (workspace open, once)", fixed(openMs, "ms", 1), std::to_string(events) + " events", "");
    std::printf("  imported %llu transactions\n", importedTxs);

    if (!options.keep) {
        if (ownDir) {
            fs::remove_all(dir);
        } else {
            for (const std::string& path :
                 {exportPath, exportPath + ".consortium.json", exportPath + ".key.json", workspacePath,
                  workspacePath + "-wal", workspacePath + "-shm", floorPath, floorPath + "-wal",
                  floorPath + "-shm"})
                fs::remove(path);
            fs::remove_all(exportPath + ".keys");
        }
    }
    const bool met = importSeconds <= kImportRatio * floorSeconds && findingsSeconds <= importSeconds &&
                     timelineMs <= kTimelineMs && imported.peakRssMb <= kImportRssMb;
    return met ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    lj::restartWithTunedAllocator(argv); // measure what the programs do
    try {
        return run(parseOptions(argc, argv));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_import: %s\n", error.what());
        return 2;
    }
}
