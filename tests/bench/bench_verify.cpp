// Verification speed and memory against a floor, measured in one run (run by hand, not in CTest):
//   bench_verify [DIR] [--txs N] [--runs R] [--keep] [--boost]
// For sha256-ed25519 (N transactions, default 1,000,000) and sm3-sm2 (N/5) it writes a realistic
// export (~500 txs a block, 4 validators, 3 signatures a commit) into DIR (default: a new temp
// directory), then measures R times (best time, worst RSS):
//   floor  = hashing the file once with the suite's hash + checking every block signature once,
//            each on one thread;
//   verify = verifyExportFile with default options in a fresh child process, whose wait4
//            ru_maxrss is the verifier's peak RSS (the writer's memory stays in this process).
// Targets: verify ≤ 1.5 × floor (wall time), peak RSS ≤ 64 MB.
// --boost measures at nice -20 in a session of its own (root or CAP_SYS_NICE; see setBoost): on a
// machine busy with other work the wall times otherwise measure the scheduler. Writing stays at
// normal priority.
#include "bench_measure.h"
#include "ledger/export_writer.h"
#include "ledger_generator.h"
#include "util/allocator_tuning.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <malloc.h>
#include <random>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace lj::bench;

constexpr double kTargetRatio = 1.5;
constexpr double kTargetRssMb = 64.0;
constexpr std::int64_t kFirstBlockTime = 1577840400; // 2020-01-01T09:00:00+08:00
constexpr std::int64_t kBlockInterval = 600;

struct BenchOptions {
    std::string dir;
    std::uint64_t txs = 1'000'000;
    int runs = 3;
    bool keep = false;
    bool boost = false;
};

struct WrittenExport {
    std::string path;
    std::string consortiumPath;
    std::uint64_t bytes = 0;
    std::uint64_t blocks = 0;
    std::uint64_t txs = 0;
    double writeSeconds = 0;
    std::vector<lj::PublicKey> keys; // by validator index
    std::vector<SignatureCheck> signatures;
};

lj::ExportWriterOptions benchOptions(lj::Suite suite) {
    lj::ExportWriterOptions options;
    options.chain = "xc-sanzi-bench";
    options.chainName = "相城区“三资”监管链（性能测试）";
    options.suite = suite;
    const std::pair<const char*, const char*> members[] = {{"jw", "相城区纪委监委"},
                                                           {"ny", "相城区农业农村局"},
                                                           {"bq", "北桥街道财政与资产管理局"},
                                                           {"wt", "望亭镇财政与资产管理局"}};
    for (const auto& [id, org] : members)
        options.validators.push_back({id, org, lj::PrivateKey::generate(suite)});
    options.quorum = 3;
    options.signersPerBlock = 3;
    options.exporter = "jw";
    options.exportedAt = formatChinaTime(kFirstBlockTime + 400 * 86400);
    return options;
}

template <class T> T orThrow(lj::Result<T> result) {
    if (!result) throw std::runtime_error(result.error());
    return std::move(result).value();
}

WrittenExport writeBenchExport(lj::Suite suite, std::uint64_t txs, const std::string& dir) {
    WrittenExport result;
    const std::string name = "bench-" + std::string(lj::suiteName(suite));
    result.path = dir + "/" + name + ".sle";
    result.consortiumPath = dir + "/" + name + ".consortium.json";

    lj::ExportWriterOptions options = benchOptions(suite);
    // The signature triples for floor (b), collected as the writer makes them.
    options.onBlock = [&result](const lj::WrittenBlock& block) {
        for (const lj::CommitSignature& signature : block.signatures)
            result.signatures.push_back(
                {signature.validator, std::string(block.signingMessage), signature.signature});
    };
    const lj::Consortium consortium = lj::consortiumOf(options);
    for (const lj::Validator& validator : consortium.validators)
        result.keys.push_back(validator.key);
    orThrow(lj::writeConsortiumFile(result.consortiumPath, consortium));

    const auto start = std::chrono::steady_clock::now();
    auto writer = orThrow(lj::ExportWriter::create(result.path, std::move(options)));
    TxGenerator generator(20200101 + static_cast<std::uint64_t>(suite));
    std::mt19937_64 blockSizes(7);
    std::vector<std::string> lines;
    while (writer->txsWritten() < txs) {
        const std::int64_t time = kFirstBlockTime + kBlockInterval * writer->nextHeight();
        const std::uint64_t size =
            std::min<std::uint64_t>(txs - writer->txsWritten(), 400 + blockSizes() % 201);
        lines.clear();
        for (std::uint64_t i = 0; i < size; ++i)
            lines.push_back(generator.next(time));
        orThrow(writer->appendBlock(formatChinaTime(time), lines));
    }
    orThrow(writer->finish());
    result.writeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.bytes = writer->bytesWritten();
    result.blocks = writer->blocksWritten();
    result.txs = writer->txsWritten();
    return result;
}

struct Row {
    std::string suite;
    WrittenExport written;
    Timing hash;
    Timing sigs;
    Timing verify;
    double peakRssMb = 0;
    double spawnRssMb = 0;
    bool clean = true;
    std::string firstFinding;
};

Row measure(lj::Suite suite, std::uint64_t txs, const BenchOptions& options) {
    Row row;
    row.suite = std::string(lj::suiteName(suite));
    std::fprintf(stderr, "writing %s export of %llu txs…\n", row.suite.c_str(),
                 static_cast<unsigned long long>(txs));
    row.written = writeBenchExport(suite, txs, options.dir);
    std::fprintf(stderr, "  %.1f MB in %.1f s; measuring (%d runs)…\n",
                 static_cast<double>(row.written.bytes) / 1e6, row.written.writeSeconds, options.runs);
    ::malloc_trim(0); // hand the writer's freed memory back before forking
    row.spawnRssMb = residentMb();
    if (options.boost) setBoost(true);
    for (int run = 0; run < options.runs; ++run) {
        row.hash.keepBest(timeHashOnce(row.written.path, lj::hashAlgoOf(suite)));
        row.sigs.keepBest(timeSignatures(row.written.keys, row.written.signatures));
        const ChildRun child = runVerifyChild("/proc/self/exe", row.written.path, row.written.consortiumPath);
        row.verify.keepBest(child.time);
        row.peakRssMb = std::max(row.peakRssMb, child.peakRssMb);
        if (!child.cleanAndTrusted || child.verifiedTxs != row.written.txs) {
            row.clean = false;
            row.firstFinding = child.firstFinding;
        }
    }
    if (options.boost) setBoost(false);
    return row;
}

const char* verdict(bool ok) {
    return ok ? "ok" : "OVER";
}

void printTable(const std::vector<Row>& rows, bool boosted) {
    std::printf("\n%-14s %8s %6s %7s | %6s %6s %6s | %6s %5s %-4s | %9s %9s %5s | %7s %-4s\n", "suite", "txs",
                "blocks", "MB", "hash", "sigs", "floor", "verify", "ratio", "1.5", "cpu floor", "cpu verif",
                "ratio", "peak MB", "64");
    for (const Row& row : rows) {
        const double floor = row.hash.wall + row.sigs.wall;
        const double cpuFloor = row.hash.cpu + row.sigs.cpu;
        const double ratio = row.verify.wall / floor;
        std::printf("%-14s %8llu %6llu %7.1f | %6.3f %6.3f %6.3f | %6.3f %5.2f %-4s | %9.3f %9.3f %5.2f | "
                    "%7.1f %-4s\n",
                    row.suite.c_str(), static_cast<unsigned long long>(row.written.txs),
                    static_cast<unsigned long long>(row.written.blocks),
                    static_cast<double>(row.written.bytes) / 1e6, row.hash.wall, row.sigs.wall, floor,
                    row.verify.wall, ratio, verdict(ratio <= kTargetRatio), cpuFloor, row.verify.cpu,
                    row.verify.cpu / cpuFloor, row.peakRssMb, verdict(row.peakRssMb <= kTargetRssMb));
    }
    std::printf("times in seconds (wall unless 'cpu'; verify cpu = all threads of the child process)\n\n");
    for (const Row& row : rows) {
        const double mb = static_cast<double>(row.written.bytes) / 1e6;
        std::printf("%-14s hash %.0f MB/s, verify %.0f MB/s, %zu signatures, avg tx line %.0f bytes; %s; "
                    "bench RSS at spawn %.1f MB\n",
                    row.suite.c_str(), mb / row.hash.wall, mb / row.verify.wall,
                    row.written.signatures.size(),
                    static_cast<double>(row.written.bytes) / static_cast<double>(row.written.txs),
                    row.clean ? "verified clean and trusted"
                              : ("NOT CLEAN: first finding " + row.firstFinding).c_str(),
                    row.spawnRssMb);
    }
    double load[1] = {0};
    if (::getloadavg(load, 1) != 1) load[0] = -1;
    std::printf("best of runs for times, worst for RSS; %ld hardware threads, load average %.1f%s\n",
                ::sysconf(_SC_NPROCESSORS_ONLN), load[0], boosted ? ", measured at nice -20" : "");
}

int usage() {
    std::fprintf(stderr, "usage: bench_verify [DIR] [--txs N] [--runs R] [--keep] [--boost]\n");
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    lj::restartWithTunedAllocator(argv); // measure what the programs do
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 3 && args[0] == "--verify-child") return verifyChildMain(args[1], args[2]);

    BenchOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--keep") {
            options.keep = true;
        } else if (args[i] == "--boost") {
            options.boost = true;
        } else if ((args[i] == "--txs" || args[i] == "--runs") && i + 1 < args.size()) {
            const long long value = std::atoll(args[i + 1].c_str());
            if (value < 1) return usage();
            if (args[i] == "--txs")
                options.txs = static_cast<std::uint64_t>(value);
            else
                options.runs = static_cast<int>(value);
            ++i;
        } else if (!args[i].starts_with("--") && options.dir.empty()) {
            options.dir = args[i];
        } else {
            return usage();
        }
    }
    if (options.boost) {
        int exitCode = 0;
        if (!enterOwnSession(exitCode)) return exitCode;
    }
    const bool ownDir = options.dir.empty();
    if (ownDir) {
        std::string pattern = (fs::temp_directory_path() / "lj-bench-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) return usage();
        options.dir = pattern;
    }
    fs::create_directories(options.dir);

    std::vector<Row> rows;
    try {
        rows.push_back(measure(lj::Suite::Sha256Ed25519, options.txs, options));
        rows.push_back(measure(lj::Suite::Sm3Sm2, std::max<std::uint64_t>(1, options.txs / 5), options));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_verify: %s\n", error.what());
        return 1;
    }
    printTable(rows, options.boost);

    for (const Row& row : rows) {
        if (options.keep) {
            std::printf("kept %s and %s\n", row.written.path.c_str(), row.written.consortiumPath.c_str());
        } else {
            fs::remove(row.written.path);
            fs::remove(row.written.consortiumPath);
        }
    }
    if (ownDir && !options.keep) fs::remove(options.dir);
    return std::all_of(rows.begin(), rows.end(), [](const Row& row) { return row.clean; }) ? 0 : 1;
}
