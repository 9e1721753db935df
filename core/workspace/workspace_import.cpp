#include "workspace/workspace_import.h"

#include "ledger/byte_source.h"
#include "ledger/export_header.h"
#include "ledger/line_splitter.h"
#include "util/encoding.h"
#include "util/utc_now.h"
#include "workspace/deferred_indexes.h"
#include "workspace/import_reader.h"
#include "workspace/record_writer.h"

#include "json/json.h"
#include <chrono>
#include <filesystem>
#include <thread>

namespace lj {

namespace {

// Called about once per megabyte of lines written.
constexpr std::uint64_t kProgressEveryBytes = 1u << 20;
constexpr std::size_t kMaxFindingsKept = 100;

ImportReport& refuse(ImportReport& report, RefusalReason reason, std::string message) {
    report.outcome = ImportOutcome::Refused;
    report.refusal = reason;
    report.message = std::move(message);
    return report;
}

std::string describeFirstBreak(const VerifyReport& report) {
    for (const Finding& finding : report.findings)
        if (isBreaking(finding.code))
            return std::string(findingCodeName(finding.code)) + " at line " + std::to_string(finding.line);
    return "no breaking finding";
}

// The verification findings as the exports row keeps them (JSON).
std::string findingsSummary(const VerifyReport& report) {
    json::Value list = json::Value::array();
    for (std::size_t i = 0; i < report.findings.size() && i < kMaxFindingsKept; ++i) {
        const Finding& finding = report.findings[i];
        list.push(json::Value::object()
                      .set("code", json::Value::string(std::string(findingCodeName(finding.code))))
                      .set("line", json::Value::number(static_cast<std::int64_t>(finding.line))));
    }
    const auto omitted = report.findingsOmitted +
                         (report.findings.size() - std::min(report.findings.size(), kMaxFindingsKept));
    return json::serialize(json::Value::object()
                               .set("clean", json::Value::boolean(report.clean()))
                               .set("findings", std::move(list))
                               .set("omitted", json::Value::number(static_cast<std::int64_t>(omitted))));
}

// What the workspace holds before the import, read inside the import's transaction.
struct WorkspaceState {
    std::optional<std::string> chain, suite;
    std::optional<std::int64_t> lastHeight;
    std::int64_t nextSeq = 0;
};

Result<WorkspaceState> readState(Workspace& workspace) {
    WorkspaceState state;
    auto chain = workspace.meta("chain");
    if (!chain) return fail(chain.error());
    state.chain = *chain;
    auto suite = workspace.meta("suite");
    if (!suite) return fail(suite.error());
    state.suite = *suite;
    auto last = workspace.lastHeight();
    if (!last) return fail(last.error());
    state.lastHeight = *last;
    auto seq = workspace.database().queryInteger("SELECT coalesce(max(seq) + 1, 0) FROM txs");
    if (!seq) return fail(seq.error());
    state.nextSeq = *seq;
    return state;
}

// Where the export's verified blocks overlap the workspace's, every hash must agree, and the
// header's prev must be the workspace's hash at from − 1 (sle-v1 §7). Sets the fork fields.
Result<bool> agreesWithWorkspace(sql::Database& db, const VerifyReport& verification, std::int64_t lastHeight,
                                 ImportReport& report) {
    const std::int64_t from = verification.header->from;
    const std::int64_t through = std::min(*verification.verifiedThrough, lastHeight);
    auto statement =
        db.cached("SELECT height, hash FROM blocks WHERE height BETWEEN ? AND ? ORDER BY height");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, std::max<std::int64_t>(from - 1, 0)).bind(2, through);
    for (;;) {
        auto row = (*statement)->next();
        if (!row) return fail(row.error());
        if (!*row) break;
        const std::int64_t height = (*statement)->integer(0);
        const std::string held = (*statement)->text(1);
        std::string stated;
        if (height == from - 1) {
            stated = verification.header->prev;
        } else if (const BlockSummary* block = verification.verifiedBlockAt(height)) {
            stated = toHex(block->hash);
        } else {
            continue;
        }
        if (stated != held) {
            report.forkHeight = height;
            report.workspaceHash = held;
            report.exportHash = stated;
            (*statement)->reset();
            return false;
        }
    }
    return true;
}

// The exports row is written before the blocks (they reference it) and completed once the
// verification is known: an import may write while the verifier is still running.
Result<std::int64_t> insertExportRow(sql::Database& db, const std::string& path, const ExportHeader& header) {
    auto statement =
        db.cached("INSERT INTO exports(path, file_name, chain, suite, exporter, exported_at, \"from\", "
                  "findings, blocks_imported, blocks_skipped, txs_imported, imported_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, '{}', 0, 0, 0, ?)");
    if (!statement) return fail(statement.error());
    sql::Statement& insert = **statement;
    std::error_code ignored;
    const std::string absolute = std::filesystem::absolute(path, ignored).string();
    insert.bind(1, absolute.empty() ? path : absolute);
    insert.bind(2, std::filesystem::path(path).filename().string());
    insert.bind(3, header.consortium.chain).bind(4, suiteName(header.consortium.suite));
    insert.bind(5, header.exporter).bind(6, header.exportedAt).bind(7, header.from);
    insert.bind(8, utcNowRfc3339());
    if (auto status = insert.run(); !status) return fail(status.error());
    return db.queryInteger("SELECT last_insert_rowid()");
}

Status finishExportRow(sql::Database& db, const ImportReport& report) {
    const VerifyReport& verification = report.verification;
    auto statement =
        db.cached("UPDATE exports SET \"to\" = ?, verified_through = ?, trusted = ?, findings = ?, "
                  "blocks_imported = ?, blocks_skipped = ?, txs_imported = ? WHERE id = ?");
    if (!statement) return fail(statement.error());
    sql::Statement& update = **statement;
    if (const auto to = verification.toHeight())
        update.bind(1, *to);
    else
        update.bindNull(1);
    update.bind(2, *verification.verifiedThrough);
    if (verification.trusted)
        update.bind(3, std::int64_t{*verification.trusted ? 1 : 0});
    else
        update.bindNull(3);
    update.bind(4, findingsSummary(verification));
    update.bind(5, report.blocksImported).bind(6, report.blocksSkipped).bind(7, report.txsImported);
    update.bind(8, report.exportId);
    return update.run();
}

// The header as line 1 states it, before any verification; nullopt when it cannot be read.
std::optional<ExportHeader> peekHeader(const std::string& path) {
    auto source = openByteSource(path);
    if (!source) return std::nullopt;
    LineSplitter splitter(**source, HashAlgo::Sha256, {.computeLeaves = false});
    LineBatch batch;
    auto more = splitter.next(batch);
    if (!more || !*more || batch.lines.empty() || batch.lines[0].flaw != LineFlaw::None) return std::nullopt;
    auto line = json::parse(batch.text(batch.lines[0]));
    if (!line) return std::nullopt;
    auto header = parseExportHeader(*line);
    if (auto* parsed = std::get_if<ExportHeader>(&header)) return std::move(*parsed);
    return std::nullopt;
}

// A bulk load: the export is at least as large as the workspace file. Then rebuilding the indexes
// afterwards (a pass over the whole workspace) is cheaper than maintaining them row by row.
bool worthDeferringIndexes(sql::Database& db, const std::string& exportPath) {
    std::error_code ignored;
    const auto exportBytes = std::filesystem::file_size(exportPath, ignored);
    auto pages = db.queryInteger("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size");
    return pages && exportBytes >= static_cast<std::uintmax_t>(*pages);
}

// A bulk load into a (nearly) empty workspace: in WAL mode every page would be written twice
// (to the WAL, then by the checkpoint); with a rollback journal, pages appended to the file need
// no journal at all. Atomicity is the same; WAL comes back when the import ends. When another
// connection holds the workspace, SQLite keeps WAL and nothing changes.
class RollbackJournalDuringBulkLoad {
public:
    explicit RollbackJournalDuringBulkLoad(sql::Database& db)
        : m_db(db) {
        m_switched = m_db.exec("PRAGMA journal_mode = DELETE").ok();
    }
    ~RollbackJournalDuringBulkLoad() {
        if (m_switched) (void)m_db.exec("PRAGMA journal_mode = WAL");
    }
    RollbackJournalDuringBulkLoad(const RollbackJournalDuringBulkLoad&) = delete;
    RollbackJournalDuringBulkLoad& operator=(const RollbackJournalDuringBulkLoad&) = delete;

private:
    sql::Database& m_db;
    bool m_switched = false;
};

class Importer {
public:
    Importer(Workspace& workspace, const std::string& path, const ImportOptions& options)
        : m_workspace(workspace)
        , m_path(path)
        , m_options(options) {
        m_report.path = path;
    }

    // Writes while the verifier runs when the header makes success likely; otherwise (or when the
    // verification disagrees with what was written) verifies first and writes the verified prefix.
    Result<ImportReport> run() {
        m_bulkLoad = worthDeferringIndexes(m_workspace.database(), m_path);
        std::optional<RollbackJournalDuringBulkLoad> journal;
        if (m_bulkLoad) journal.emplace(m_workspace.database());
        if (const auto header = peekHeader(m_path)) {
            auto done = importWhileVerifying(*header);
            if (!done) return fail(done.error());
            if (*done) return std::move(m_report);
            VerifyReport verification = std::move(m_report.verification);
            m_report = ImportReport{};
            m_report.path = m_path;
            m_report.verification = std::move(verification);
            m_visited.clear();
        }
        return importAfterVerifying();
    }

private:
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    bool reportProgress(ImportProgress::Phase phase, std::uint64_t done, std::uint64_t total) {
        if (cancelled()) return false;
        return !m_options.progress || m_options.progress({phase, done, total});
    }

    std::uint64_t exportSize() const {
        std::error_code ignored;
        const auto size = std::filesystem::file_size(m_path, ignored);
        return ignored ? 0 : size;
    }

    Result<ImportReport> importAfterVerifying() {
        if (!m_report.verification.header && !m_report.verification.cancelled) {
            VerifyOptions options = verifyOptions();
            options.progress = [this](std::uint64_t done, std::uint64_t total) {
                return reportProgress(ImportProgress::Phase::Verifying, done, total);
            };
            auto verification = verifyExportFile(m_path, options);
            if (!verification) return fail(verification.error());
            m_report.verification = std::move(*verification);
        }
        if (!acceptVerification()) return std::move(m_report);

        sql::Database& db = m_workspace.database();
        auto transaction = sql::Transaction::begin(db);
        if (!transaction) return fail(m_workspace.path() + ": " + transaction.error());
        auto state = readWorkspaceState();
        if (!state) return fail(state.error());
        auto admitted = admit(*state);
        if (!admitted) return fail(admitted.error());
        if (!*admitted) return std::move(m_report); // refused or nothing new; the transaction rolls back

        auto writing = beginWriting(*state);
        if (!writing) return fail(m_workspace.path() + ": " + writing.error());
        const auto reader = [this, &state](BoundedQueue<PreparedBlock>& queue,
                                           const std::atomic<bool>& stop) {
            return readBlocksForImport(m_path, m_report.verification, {.heldThrough = state->lastHeight},
                                       queue, stop);
        };
        if (auto status = writeBlocks(**writing, reader); !status)
            return fail(m_workspace.path() + ": " + status.error());
        if (m_report.outcome == ImportOutcome::Cancelled) return std::move(m_report); // rolls back
        if (auto status = finish(**writing, *state, **transaction); !status) return fail(status.error());
        return std::move(m_report);
    }

    // True when the import is done (whatever its outcome); false when what was written cannot be
    // kept and the verified prefix must be imported on its own (nothing is left written then).
    Result<bool> importWhileVerifying(const ExportHeader& header) {
        sql::Database& db = m_workspace.database();
        auto transaction = sql::Transaction::begin(db);
        if (!transaction) return fail(m_workspace.path() + ": " + transaction.error());
        auto state = readWorkspaceState();
        if (!state) return fail(state.error());
        if (!plausible(*state, header)) return false;

        m_report.verification.header = header; // provisional, for beginWriting
        auto writing = beginWriting(*state);
        m_report.verification = VerifyReport{};
        if (!writing) return fail(m_workspace.path() + ": " + writing.error());

        std::atomic<bool> stopVerifying{false};
        std::atomic<std::uint64_t> verifiedBytes{0};
        std::atomic<bool> verifierFinished{false};
        Result<VerifyReport> verification = fail("not run");
        BoundedQueue<LineBatch> lines(4); // the verifier's bytes, read and hashed once, to write from
        std::thread verifier([&] {
            VerifyOptions options = verifyOptions();
            options.progress = [&](std::uint64_t done, std::uint64_t) {
                verifiedBytes = done;
                return !stopVerifying.load();
            };
            options.onLines = [&](const LineBatch& batch) { lines.push(copyLines(batch)); };
            verification = verifyExportFile(m_path, options);
            lines.close();
            verifierFinished = true;
        });
        const HashAlgo algo = hashAlgoOf(header.consortium.suite);
        const auto reader = [&](BoundedQueue<PreparedBlock>& queue, const std::atomic<bool>& stop) {
            return readStatedBlocks(lines, algo, {.heldThrough = state->lastHeight}, queue, stop);
        };
        Status written = writeBlocks(**writing, reader);
        // The writer is done; keep reporting (and listening for a cancel) until the verifier is.
        while (written && m_report.outcome != ImportOutcome::Cancelled && !waitFor(verifierFinished))
            if (!reportProgress(ImportProgress::Phase::Verifying, verifiedBytes, exportSize()))
                m_report.outcome = ImportOutcome::Cancelled;
        if (!written || m_report.outcome == ImportOutcome::Cancelled) stopVerifying = true;
        verifier.join();
        if (!written) return fail(m_workspace.path() + ": " + written.error());
        if (!verification) return fail(verification.error());
        m_report.verification = std::move(*verification);
        if (m_report.outcome == ImportOutcome::Cancelled || m_report.verification.cancelled) {
            m_report.outcome = ImportOutcome::Cancelled;
            return true; // rolls back
        }
        if (!acceptVerification()) return true;
        auto admitted = admit(*state);
        if (!admitted) return fail(admitted.error());
        if (!*admitted) return true;
        if (!writtenAsVerified()) return false;
        auto finished = finish(**writing, *state, **transaction);
        if (!finished) return fail(finished.error());
        return true;
    }

    // Waits a little for `flag`; true once it is set.
    static bool waitFor(const std::atomic<bool>& flag) {
        if (flag.load()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return flag.load();
    }

    VerifyOptions verifyOptions() const {
        VerifyOptions options;
        options.trust = m_options.trust;
        return options;
    }

    // Refuses an export of which nothing verified. False when the import stops here.
    bool acceptVerification() {
        const VerifyReport& report = m_report.verification;
        if (report.cancelled) {
            m_report.outcome = ImportOutcome::Cancelled;
        } else if (!report.header) {
            refuse(m_report, RefusalReason::NothingVerified,
                   "the header is unreadable (" + describeFirstBreak(report) +
                       "): nothing in the file can be used");
        } else if (!report.verifiedThrough) {
            refuse(m_report, RefusalReason::NothingVerified,
                   "no block verified (" + describeFirstBreak(report) + ")");
        }
        m_report.blocksUnverified =
            static_cast<std::int64_t>(report.blocks - std::min(report.blocks, report.verifiedBlocks));
        return m_report.outcome != ImportOutcome::Cancelled && m_report.refusal == RefusalReason::None;
    }

    Result<WorkspaceState> readWorkspaceState() {
        auto state = readState(m_workspace);
        if (!state) return fail(state.error());
        m_report.workspaceChain = state->chain.value_or("");
        m_report.workspaceLastHeight = state->lastHeight;
        return state;
    }

    // What the header says is worth writing before the verification is known: same chain and
    // suite, no gap. Anything else goes the careful way, where it is refused with its reasons.
    static bool plausible(const WorkspaceState& state, const ExportHeader& header) {
        if (state.chain && *state.chain != header.consortium.chain) return false;
        if (state.suite && *state.suite != suiteName(header.consortium.suite)) return false;
        if (!state.lastHeight) return header.from == 0;
        return header.from <= *state.lastHeight + 1;
    }

    // Every block the writer visited is exactly a verified block, in order, and every verified
    // block was visited: then what was written is what the verification proved.
    bool writtenAsVerified() const {
        const VerifyReport& verification = m_report.verification;
        if (m_visited.size() != verification.verifiedBlocks) return false;
        for (std::size_t i = 0; i < m_visited.size(); ++i) {
            const BlockSummary& verified = verification.blockList[i];
            if (m_visited[i].first != verified.height || m_visited[i].second != toHex(verified.hash))
                return false;
        }
        return true;
    }

    // Same chain, no fork, no gap, something new: true when the import may go ahead.
    Result<bool> admit(const WorkspaceState& state) {
        const VerifyReport& verification = m_report.verification;
        const ExportHeader& header = *verification.header;
        const std::string chain = header.consortium.chain;
        const std::string suite(suiteName(header.consortium.suite));
        if ((state.chain && *state.chain != chain) || (state.suite && *state.suite != suite)) {
            refuse(m_report, RefusalReason::OtherChain,
                   "the workspace holds chain " + state.chain.value_or("?") + " (" +
                       state.suite.value_or("?") + "); this export is of chain " + chain + " (" + suite +
                       ")");
            return false;
        }
        if (!state.lastHeight) {
            if (header.from != 0) {
                refuse(m_report, RefusalReason::Gap,
                       "the workspace is empty and this export starts at height " +
                           std::to_string(header.from) + ": import the export that starts at height 0 first");
                return false;
            }
            return true;
        }
        const std::int64_t last = *state.lastHeight;
        if (header.from > last + 1) {
            refuse(m_report, RefusalReason::Gap,
                   "the workspace holds blocks up to height " + std::to_string(last) +
                       " and this export starts at " + std::to_string(header.from) + ": blocks " +
                       std::to_string(last + 1) + " to " + std::to_string(header.from - 1) + " are missing");
            return false;
        }
        auto agrees = agreesWithWorkspace(m_workspace.database(), verification, last, m_report);
        if (!agrees) return fail(agrees.error());
        if (!*agrees) {
            refuse(m_report, RefusalReason::Fork,
                   "fork at height " + std::to_string(*m_report.forkHeight) +
                       ": the workspace holds block hash " + m_report.workspaceHash + ", this export " +
                       m_report.exportHash);
            return false;
        }
        if (*verification.verifiedThrough <= last) {
            m_report.outcome = ImportOutcome::NothingNew;
            m_report.blocksSkipped = *verification.verifiedThrough - header.from + 1;
            return false;
        }
        return true;
    }

    struct Writing {
        RecordWriter writer;
        std::optional<DeferredIndexes> deferred;
    };

    // The exports row, and the indexes out of the way for a bulk load.
    Result<std::unique_ptr<Writing>> beginWriting(const WorkspaceState& state) {
        sql::Database& db = m_workspace.database();
        auto exportId = insertExportRow(db, m_path, *m_report.verification.header);
        if (!exportId) return fail(exportId.error());
        m_report.exportId = *exportId;
        auto writing = std::make_unique<Writing>(Writing{RecordWriter(db, *exportId, state.nextSeq), {}});
        if (m_bulkLoad) {
            auto dropped = DeferredIndexes::drop(db);
            if (!dropped) return fail(dropped.error());
            writing->deferred = std::move(*dropped);
        }
        return writing;
    }

    using BlockReader = std::function<Status(BoundedQueue<PreparedBlock>&, const std::atomic<bool>&)>;

    // A reader thread re-reads, checks and parses the blocks while this thread writes them.
    Status writeBlocks(Writing& writing, const BlockReader& read) {
        BoundedQueue<PreparedBlock> queue(64);
        std::atomic<bool> stopReading{false};
        Status readStatus = Ok{};
        std::thread reader([&] { readStatus = read(queue, stopReading); });
        const std::uint64_t total = exportSize();
        std::uint64_t nextReport = 0;
        Status writeStatus = Ok{};
        while (auto block = queue.pop()) {
            m_visited.emplace_back(block->height, block->hash);
            if (block->alreadyHeld) {
                ++m_report.blocksSkipped;
            } else if (writeStatus = writeBlock(writing.writer, *block); !writeStatus) {
                break;
            }
            if (block->bytesThrough >= nextReport || cancelled()) {
                nextReport = block->bytesThrough + kProgressEveryBytes;
                if (!reportProgress(ImportProgress::Phase::Importing, block->bytesThrough, total)) {
                    m_report.outcome = ImportOutcome::Cancelled;
                    break;
                }
            }
        }
        stopReading = true;
        queue.close();
        reader.join();
        if (!writeStatus) return writeStatus;
        if (m_report.outcome == ImportOutcome::Cancelled) return Ok{};
        return readStatus;
    }

    Status writeBlock(RecordWriter& writer, const PreparedBlock& block) {
        if (auto status = writer.writeBlock(block); !status) return status;
        for (const PreparedTx& tx : block.txs)
            if (auto status = writer.writeTx(tx); !status) return status;
        ++m_report.blocksImported;
        if (!m_report.firstImported) m_report.firstImported = block.height;
        m_report.lastImported = block.height;
        return Ok{};
    }

    // Indexes back, the exports row completed, the chain recorded, committed.
    Status finish(Writing& writing, const WorkspaceState& state, sql::Transaction& transaction) {
        sql::Database& db = m_workspace.database();
        const ExportHeader& header = *m_report.verification.header;
        if (writing.deferred)
            if (auto status = writing.deferred->rebuild(db); !status) return status;
        m_report.txsImported = writing.writer.txsWritten();
        if (auto status = finishExportRow(db, m_report); !status) return status;
        if (!state.chain) {
            for (const auto& [key, value] :
                 {std::pair<std::string, std::string>{"chain", header.consortium.chain},
                  {"suite", std::string(suiteName(header.consortium.suite))},
                  {"chain_name", header.consortium.chainName}})
                if (auto status = m_workspace.setMeta(key, value); !status) return status;
        }
        if (auto status = transaction.commit(); !status)
            return fail(m_workspace.path() + ": " + status.error());
        m_report.outcome = ImportOutcome::Imported;
        return Ok{};
    }

    Workspace& m_workspace;
    const std::string& m_path;
    const ImportOptions& m_options;
    ImportReport m_report;
    bool m_bulkLoad = false;
    std::vector<std::pair<std::int64_t, std::string>> m_visited; // (height, hash) of each block read
};

} // namespace

Result<ImportReport> importExport(Workspace& workspace, const std::string& exportPath,
                                  const ImportOptions& options) {
    return Importer(workspace, exportPath, options).run();
}

} // namespace lj
