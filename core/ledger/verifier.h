#pragma once
// Verifies one SLE v1 export (spec §3, §5): streaming, one pass, bounded memory, both cores.
// Never throws on bad input: everything wrong with the bytes becomes a Finding; only I/O
// failures (cannot open or read the file) are errors.
#include "crypto/hasher.h"
#include "ledger/export_header.h"
#include "ledger/finding.h"
#include "ledger/trust_store.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lj {

struct LineBatch;

struct BlockSummary {
    std::int64_t height = 0;     // as stated on the block line (may be wrong: see the findings)
    Hash32 hash{};               // H(block line bytes)
    std::uint64_t line = 0;      // the block line
    std::uint64_t closeLine = 0; // the commit line, or the line that came instead of it
    std::uint32_t txCount = 0;   // tx lines collected
    std::string time;            // as written on the block line
};

struct VerifyReport {
    std::string path;
    std::optional<ExportHeader> header; // absent when line 1 was fatal
    std::uint64_t lines = 0;
    std::uint64_t blocks = 0; // block lines accepted (interpreted)
    std::uint64_t txs = 0;    // tx lines accepted inside blocks
    bool hasEnd = false;
    std::vector<Finding> findings;       // sorted by line
    std::uint64_t findingsOmitted = 0;   // beyond VerifyOptions::maxFindings
    std::vector<BlockSummary> blockList; // every accepted block line, in file order
    std::uint64_t verifiedBlocks = 0;    // leading blocks wholly before the first breaking error
    std::uint64_t verifiedTxs = 0;
    std::optional<std::int64_t> verifiedThrough; // height of the last verified block
    std::optional<bool> trusted;                 // nullopt without a trust store
    bool cancelled = false;

    bool clean() const { return findings.empty() && findingsOmitted == 0 && !cancelled; }
    // The first block height of the file and the last accepted block height.
    std::optional<std::int64_t> fromHeight() const;
    std::optional<std::int64_t> toHeight() const;
    // Hash of the verified block at `height`, if this export holds one.
    const BlockSummary* verifiedBlockAt(std::int64_t height) const;
};

struct VerifyOptions {
    const TrustStore* trust = nullptr;
    // Called from the calling thread about every few MB; return false to cancel.
    std::function<bool(std::uint64_t done, std::uint64_t total)> progress;
    std::size_t maxFindings = 10000;
    std::size_t maxLineBytes = 16u << 20;
    // 1: everything on the calling thread (fuzzing, tiny inputs); otherwise a reader thread and a
    // signature thread work beside the calling one.
    int threads = 3;
    // Called on the checking thread with each batch of lines once it was checked, in file order
    // (line 1 included): an import writes from these very bytes, with their leaf hashes, instead
    // of reading and hashing the file a second time. It may block (back-pressure) and must not
    // keep references into the batch.
    std::function<void(const LineBatch&)> onLines;
};

Result<VerifyReport> verifyExportFile(const std::string& path, const VerifyOptions& options = {});
VerifyReport verifyExportBytes(std::string_view data, const VerifyOptions& options = {},
                               std::string name = "<memory>");

} // namespace lj
