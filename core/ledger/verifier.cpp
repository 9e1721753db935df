#include "ledger/verifier.h"

#include "ledger/byte_source.h"
#include "ledger/export_checker.h"
#include "ledger/line_splitter.h"
#include "util/bounded_queue.h"
#include "util/utf8.h"

#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>

namespace lj {

namespace {

// Replays the bytes read ahead for the header, then continues with the real source.
class PrefixedSource final : public ByteSource {
public:
    PrefixedSource(std::string prefix, ByteSource& rest)
        : m_prefix(std::move(prefix))
        , m_rest(rest) {}
    Result<std::size_t> read(char* buffer, std::size_t size) override {
        if (m_offset < m_prefix.size()) {
            const std::size_t n = std::min(size, m_prefix.size() - m_offset);
            std::memcpy(buffer, m_prefix.data() + m_offset, n);
            m_offset += n;
            return n;
        }
        return m_rest.read(buffer, size);
    }
    std::uint64_t position() const override { return m_rest.position(); }
    std::uint64_t totalSize() const override { return m_rest.totalSize(); }

private:
    std::string m_prefix;
    std::size_t m_offset = 0;
    ByteSource& m_rest;
};

struct HeaderRead {
    std::string bytes; // everything read so far (the header line and perhaps more)
    std::size_t lineLength = 0;
    bool hasLf = false;
};

// Reads until the first LF, or the line limit, or the end of input.
Result<HeaderRead> readFirstLine(ByteSource& source, std::size_t maxLine) {
    HeaderRead result;
    char buffer[65536];
    for (;;) {
        const auto lf = result.bytes.find('\n');
        if (lf != std::string::npos) {
            result.lineLength = lf;
            result.hasLf = true;
            return result;
        }
        if (result.bytes.size() > maxLine) break;
        auto n = source.read(buffer, sizeof buffer);
        if (!n) return fail(n.error());
        if (*n == 0) break;
        result.bytes.append(buffer, *n);
    }
    result.lineLength = result.bytes.size();
    return result;
}

VerifyReport fatalReport(std::string path, FindingCode code, std::uint64_t line, std::string message,
                         const VerifyOptions& options) {
    VerifyReport report;
    report.path = std::move(path);
    report.lines = code == FindingCode::Truncated ? 0 : 1; // an empty file has no line: E_TRUNCATED is on N+1
    report.findings.push_back({code, line, std::nullopt, std::move(message)});
    if (options.trust) report.trusted = false;
    return report;
}

// Rule 3: the header decides everything else; when it is broken nothing more is checked.
std::variant<ExportHeader, VerifyReport> checkHeader(const HeaderRead& read, const std::string& path,
                                                     const VerifyOptions& options) {
    if (read.bytes.empty())
        return fatalReport(path, FindingCode::Truncated, 1, "empty file: no header line", options);
    const std::string_view line(read.bytes.data(), std::min(read.lineLength, read.bytes.size()));
    if (read.lineLength > options.maxLineBytes)
        return fatalReport(path, FindingCode::Line, 1, "header line longer than 16 MiB", options);
    if (!read.hasLf)
        return fatalReport(path, FindingCode::Line, 1, "the file ends without a final LF", options);
    if (line.empty()) return fatalReport(path, FindingCode::Line, 1, "blank line", options);
    if (line.size() >= 3 && std::memcmp(line.data(), "\xEF\xBB\xBF", 3) == 0)
        return fatalReport(path, FindingCode::Line, 1, "byte order mark", options);
    if (line.find('\r') != std::string_view::npos)
        return fatalReport(path, FindingCode::Line, 1, "carriage return (CR) in line", options);
    if (!isValidUtf8(line)) return fatalReport(path, FindingCode::Line, 1, "invalid UTF-8", options);
    json::ParseError error;
    auto value = json::parse(line, error);
    if (!value || !value->isObject())
        return fatalReport(path, FindingCode::Json, 1,
                           value ? "not a JSON object"
                                 : "byte " + std::to_string(error.offset + 1) + ": " + error.reason,
                           options);
    const auto type = value->getString("type");
    if (!type ||
        (*type != "header" && *type != "block" && *type != "tx" && *type != "commit" && *type != "end"))
        return fatalReport(path, FindingCode::Json, 1, "no known string member \"type\"", options);
    auto header = parseExportHeader(*value);
    if (auto* problem = std::get_if<HeaderProblem>(&header))
        return fatalReport(path, problem->code, 1, problem->message, options);
    return std::get<ExportHeader>(std::move(header));
}

struct PipelineResult {
    std::uint64_t lines = 0;
    bool cancelled = false;
    std::optional<std::string> ioError;
};

// Everything on the calling thread.
PipelineResult runInline(LineSplitter& splitter, ExportChecker& checker, const VerifyOptions& options,
                         std::uint64_t total) {
    PipelineResult result;
    LineBatch batch;
    for (;;) {
        auto more = splitter.next(batch);
        if (!more) {
            result.ioError = more.error();
            break;
        }
        if (!*more) break;
        checker.processBatch(batch);
        if (options.onLines) options.onLines(batch);
        if (options.progress && !options.progress(batch.sourcePosition, total)) {
            result.cancelled = true;
            break;
        }
    }
    result.lines = splitter.linesRead();
    return result;
}

// Reader thread (split, file digest, leaf hashes) → this thread (checks) → signature thread.
PipelineResult runThreaded(LineSplitter& splitter, ExportChecker& checker, const VerifyOptions& options,
                           std::uint64_t total, BoundedQueue<CommitJob>& jobs, std::mutex& outcomeMutex,
                           std::vector<CommitOutcome>& outcomes, const Consortium& consortium) {
    PipelineResult result;
    BoundedQueue<std::unique_ptr<LineBatch>> filled(2);
    BoundedQueue<std::unique_ptr<LineBatch>> spare(4);
    std::atomic<bool> stop{false};
    std::string readError;

    std::thread reader([&] {
        while (!stop.load()) {
            auto batch = spare.tryPop().value_or(std::make_unique<LineBatch>());
            auto more = splitter.next(*batch);
            if (!more) {
                readError = more.error();
                break;
            }
            if (!*more || !filled.push(std::move(batch))) break;
        }
        filled.close();
    });
    std::thread signer([&] {
        while (auto job = jobs.pop()) {
            CommitOutcome outcome = checkCommit(*job, consortium, options.trust);
            std::lock_guard lock(outcomeMutex);
            outcomes.push_back(std::move(outcome));
        }
    });

    while (auto batch = filled.pop()) {
        if (result.cancelled) continue; // drain so the reader can finish
        checker.processBatch(**batch);
        if (options.onLines) options.onLines(**batch);
        if (options.progress && !options.progress((*batch)->sourcePosition, total)) {
            result.cancelled = true;
            stop = true;
        }
        spare.push(std::move(*batch));
    }
    reader.join();
    jobs.close();
    signer.join();
    if (!readError.empty()) result.ioError = readError;
    result.lines = splitter.linesRead();
    return result;
}

Result<VerifyReport> verifySource(ByteSource& source, const std::string& path, const VerifyOptions& options) {
    auto first = readFirstLine(source, options.maxLineBytes);
    if (!first) return fail(first.error());
    auto checked = checkHeader(*first, path, options);
    if (auto* fatal = std::get_if<VerifyReport>(&checked)) return std::move(*fatal);
    ExportHeader header = std::get<ExportHeader>(std::move(checked));
    const Consortium consortium = header.consortium;

    PrefixedSource replay(std::move(first->bytes), source);
    LineSplitter::Options splitOptions;
    splitOptions.maxLineBytes = options.maxLineBytes;
    LineSplitter splitter(replay, hashAlgoOf(consortium.suite), splitOptions);

    std::mutex outcomeMutex;
    std::vector<CommitOutcome> outcomes;
    BoundedQueue<CommitJob> jobs(64);
    const bool threaded = options.threads > 1;
    ExportChecker checker(std::move(header), options, [&](CommitJob job) {
        if (threaded) {
            jobs.push(std::move(job));
        } else {
            outcomes.push_back(checkCommit(job, consortium, options.trust));
        }
    });

    const std::uint64_t total = source.totalSize();
    PipelineResult run =
        threaded ? runThreaded(splitter, checker, options, total, jobs, outcomeMutex, outcomes, consortium)
                 : runInline(splitter, checker, options, total);
    if (run.ioError) return fail(*run.ioError);
    if (run.cancelled) {
        // Nothing of a partial run is presented as verified.
        VerifyReport report;
        report.path = path;
        report.cancelled = true;
        report.lines = run.lines;
        return report;
    }
    for (const CommitOutcome& outcome : outcomes)
        checker.addCommitOutcome(outcome);
    VerifyReport report = checker.finish(run.lines);
    report.path = path;
    report.cancelled = run.cancelled;
    return report;
}

} // namespace

std::optional<std::int64_t> VerifyReport::fromHeight() const {
    if (!header) return std::nullopt;
    return header->from;
}

std::optional<std::int64_t> VerifyReport::toHeight() const {
    if (blockList.empty()) return std::nullopt;
    return blockList.back().height;
}

const BlockSummary* VerifyReport::verifiedBlockAt(std::int64_t height) const {
    // Verified blocks have consecutive heights from `from`: any gap is a breaking E_SEQUENCE.
    if (!header || height < header->from) return nullptr;
    const auto index = static_cast<std::uint64_t>(height - header->from);
    return index < verifiedBlocks ? &blockList[index] : nullptr;
}

Result<VerifyReport> verifyExportFile(const std::string& path, const VerifyOptions& options) {
    auto source = openByteSource(path);
    if (!source) return fail(source.error());
    return verifySource(**source, path, options);
}

VerifyReport verifyExportBytes(std::string_view data, const VerifyOptions& options, std::string name) {
    auto source = memoryByteSource(data);
    auto report = verifySource(*source, name, options);
    return report ? std::move(report.value()) : VerifyReport{};
}

} // namespace lj
