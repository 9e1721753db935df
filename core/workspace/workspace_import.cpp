#include "workspace/workspace_import.h"

#include "crypto/hasher.h"
#include "ledger/merkle.h"
#include "ledger/verified_reader.h"
#include "util/encoding.h"
#include "util/utc_now.h"
#include "workspace/record_writer.h"

#include "json/json.h"
#include <filesystem>

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

// The file is read a second time to import it: make sure each block is still the one verified.
Status recheckBlock(Hasher& hasher, const VerifiedBlock& block, const BlockSummary& verified) {
    if (hasher.hash(block.blockLine) != verified.hash)
        return fail("block " + std::to_string(block.height) + " changed since verification");
    auto line = json::parse(block.blockLine);
    const auto root = line ? line->getString("tx_root") : std::nullopt;
    if (!root || *root != toHex(merkleRoot(hasher, block.leaves)))
        return fail("the transactions of block " + std::to_string(block.height) +
                    " changed since verification");
    return Ok{};
}

Result<std::int64_t> insertExportRow(sql::Database& db, const std::string& path,
                                     const VerifyReport& verification) {
    auto statement =
        db.cached("INSERT INTO exports(path, file_name, chain, suite, exporter, exported_at, \"from\", "
                  "\"to\", verified_through, "
                  "trusted, findings, blocks_imported, blocks_skipped, txs_imported, imported_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)");
    if (!statement) return fail(statement.error());
    sql::Statement& insert = **statement;
    const ExportHeader& header = *verification.header;
    std::error_code ignored;
    const std::string absolute = std::filesystem::absolute(path, ignored).string();
    insert.bind(1, absolute.empty() ? path : absolute);
    insert.bind(2, std::filesystem::path(path).filename().string());
    insert.bind(3, header.consortium.chain).bind(4, suiteName(header.consortium.suite));
    insert.bind(5, header.exporter).bind(6, header.exportedAt).bind(7, header.from);
    if (const auto to = verification.toHeight()) insert.bind(8, *to);
    insert.bind(9, *verification.verifiedThrough);
    if (verification.trusted) insert.bind(10, std::int64_t{*verification.trusted ? 1 : 0});
    insert.bind(11, findingsSummary(verification)).bind(12, utcNowRfc3339());
    if (auto status = insert.run(); !status) return fail(status.error());
    return db.queryInteger("SELECT last_insert_rowid()");
}

Status finishExportRow(sql::Database& db, const ImportReport& report) {
    auto statement = db.cached(
        "UPDATE exports SET blocks_imported = ?, blocks_skipped = ?, txs_imported = ? WHERE id = ?");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, report.blocksImported).bind(2, report.blocksSkipped).bind(3, report.txsImported);
    (*statement)->bind(4, report.exportId);
    return (*statement)->run();
}

class Importer {
public:
    Importer(Workspace& workspace, const std::string& path, const ImportOptions& options)
        : m_workspace(workspace)
        , m_path(path)
        , m_options(options) {
        m_report.path = path;
    }

    Result<ImportReport> run() {
        if (auto status = verify(); !status) return fail(status.error());
        if (m_report.outcome == ImportOutcome::Cancelled || m_report.refusal != RefusalReason::None)
            return std::move(m_report);

        sql::Database& db = m_workspace.database();
        auto transaction = sql::Transaction::begin(db);
        if (!transaction) return fail(m_workspace.path() + ": " + transaction.error());
        auto state = readState(m_workspace);
        if (!state) return fail(state.error());
        m_report.workspaceChain = state->chain.value_or("");
        m_report.workspaceLastHeight = state->lastHeight;
        auto admitted = admit(*state);
        if (!admitted) return fail(admitted.error());
        if (!*admitted) return std::move(m_report); // refused or nothing new; the transaction rolls back

        if (auto status = write(*state); !status) return fail(m_workspace.path() + ": " + status.error());
        if (m_report.outcome == ImportOutcome::Cancelled) return std::move(m_report); // rolls back
        if (auto status = (*transaction)->commit(); !status)
            return fail(m_workspace.path() + ": " + status.error());
        m_report.outcome = ImportOutcome::Imported;
        return std::move(m_report);
    }

private:
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    bool reportProgress(ImportProgress::Phase phase, std::uint64_t done, std::uint64_t total) {
        if (cancelled()) return false;
        return !m_options.progress || m_options.progress({phase, done, total});
    }

    Status verify() {
        VerifyOptions options;
        options.trust = m_options.trust;
        options.progress = [this](std::uint64_t done, std::uint64_t total) {
            return reportProgress(ImportProgress::Phase::Verifying, done, total);
        };
        auto verification = verifyExportFile(m_path, options);
        if (!verification) return fail(verification.error());
        m_report.verification = std::move(*verification);
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
        return Ok{};
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

    Status write(const WorkspaceState& state) {
        sql::Database& db = m_workspace.database();
        const VerifyReport& verification = m_report.verification;
        const ExportHeader& header = *verification.header;
        auto exportId = insertExportRow(db, m_path, verification);
        if (!exportId) return fail(exportId.error());
        m_report.exportId = *exportId;

        RecordWriter writer(db, m_report.exportId, state.nextSeq);
        Hasher hasher(hashAlgoOf(header.consortium.suite));
        std::uint64_t done = 0, total = 0, nextReport = 0;
        bool stop = false;
        Status failure = Ok{};
        auto visit = [&](const VerifiedBlock& block) {
            // Progress counts the bytes of the lines read, so a caller sees it move block by block.
            done += block.blockLine.size() + block.commitLine.size() + 2;
            for (const std::string& line : block.txLines)
                done += line.size() + 1;
            if (state.lastHeight && block.height <= *state.lastHeight) {
                ++m_report.blocksSkipped;
            } else {
                failure = writeBlock(writer, hasher, block);
                if (!failure) return false;
            }
            if (done >= nextReport || cancelled()) {
                nextReport = done + kProgressEveryBytes;
                stop = !reportProgress(ImportProgress::Phase::Importing, done, total);
            }
            return !stop;
        };
        std::error_code ignored;
        total = std::filesystem::file_size(m_path, ignored);
        if (auto status = forEachVerifiedBlock(m_path, verification, visit); !status) return status;
        if (!failure) return failure;
        if (stop) {
            m_report.outcome = ImportOutcome::Cancelled;
            return Ok{};
        }
        m_report.txsImported = writer.txsWritten();
        if (auto status = finishExportRow(db, m_report); !status) return status;
        if (!state.chain) {
            for (const auto& [key, value] :
                 {std::pair<std::string, std::string>{"chain", header.consortium.chain},
                  {"suite", std::string(suiteName(header.consortium.suite))},
                  {"chain_name", header.consortium.chainName}})
                if (auto status = m_workspace.setMeta(key, value); !status) return status;
        }
        return Ok{};
    }

    Status writeBlock(RecordWriter& writer, Hasher& hasher, const VerifiedBlock& block) {
        const BlockSummary* verified = m_report.verification.verifiedBlockAt(block.height);
        if (!verified) return fail("block " + std::to_string(block.height) + " was not verified");
        if (auto status = recheckBlock(hasher, block, *verified); !status) return status;
        if (auto status = writer.writeBlock(block, toHex(verified->hash)); !status) return status;
        for (std::size_t i = 0; i < block.txLines.size(); ++i)
            if (auto status = writer.writeTx(block.txLines[i], toHex(block.leaves[i]), block.height,
                                             static_cast<std::uint32_t>(i));
                !status)
                return status;
        ++m_report.blocksImported;
        if (!m_report.firstImported) m_report.firstImported = block.height;
        m_report.lastImported = block.height;
        return Ok{};
    }

    Workspace& m_workspace;
    const std::string& m_path;
    const ImportOptions& m_options;
    ImportReport m_report;
};

} // namespace

Result<ImportReport> importExport(Workspace& workspace, const std::string& exportPath,
                                  const ImportOptions& options) {
    return Importer(workspace, exportPath, options).run();
}

} // namespace lj
