#pragma once
// Stage two of verification: interprets the lines of an export in order and applies every check
// of spec §3 with the reporting conventions of §5.1. Signature checks are handed to a callback so
// that they can run on another thread; their outcomes come back through addCommitOutcome().
#include "crypto/hasher.h"
#include "ledger/commit_check.h"
#include "ledger/export_header.h"
#include "ledger/line_splitter.h"
#include "ledger/merkle.h"
#include "ledger/verifier.h"
#include "util/rfc3339.h"

#include <functional>
#include <optional>
#include <string>

namespace lj {

class ExportChecker {
public:
    using CommitSink = std::function<void(CommitJob)>;

    // `header` was parsed from line 1 beforehand (it decides the hash algorithm).
    ExportChecker(ExportHeader header, const VerifyOptions& options, CommitSink sink);

    void processBatch(const LineBatch& batch);
    void addCommitOutcome(const CommitOutcome& outcome);
    // Call after the last batch and after every commit outcome was added.
    VerifyReport finish(std::uint64_t totalLines);

private:
    void processLine(const LineBatch& batch, const LineRecord& line);
    void onBlock(const json::Value& block, std::string_view text, std::uint64_t line);
    void onTx(const LineRecord& line);
    void onCommit(const json::Value& commit, std::uint64_t line);
    void onEnd(const json::Value& end, const LineBatch& batch, const LineRecord& line);
    void closeTxPhase();
    void closeBlockWithoutCommit(std::uint64_t line);
    void report(FindingCode code, std::uint64_t line, std::string message, std::optional<std::int64_t> height = {});

    struct OpenBlock {
        std::size_t index = 0; // into m_report.blockList
        std::optional<std::int64_t> statedHeight;
        std::optional<std::int64_t> statedTxCount;
        std::optional<Hash32> statedRoot;
        bool txPhaseOpen = true;
    };

    VerifyReport m_report;
    const VerifyOptions& m_options;
    CommitSink m_sink;
    Hasher m_hasher;
    Hasher m_merkleHasher;
    MerkleAccumulator m_merkle;
    std::optional<OpenBlock> m_block;
    Hash32 m_previousBlockHash{};
    std::optional<std::int64_t> m_expectedHeight; // nullopt after height INT64_MAX: no height can follow
    std::optional<Instant> m_previousTime;
    bool m_afterEnd = false;
    bool m_reportedTrailing = false;
    bool m_usedUntrustedKey = false;
    std::uint64_t m_firstBreakingLine = UINT64_MAX;
    std::string m_typeScratch;
};

} // namespace lj
