#pragma once
// The reading half of an import, run on a worker thread: reads the verified blocks of an export
// back, re-checks each against its verification, parses every tx line, and hands ready-to-write
// blocks to the SQLite writer through a bounded queue. Splitting the work this way lets hashing
// and JSON parsing run while SQLite writes the previous blocks.
#include "crypto/suite.h"
#include "ledger/line_splitter.h"
#include "ledger/verifier.h"
#include "model/dataset.h"
#include "util/bounded_queue.h"
#include "util/result.h"
#include "workspace/record_row.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lj {

struct PreparedTx {
    std::string line;    // the raw tx line, stored as it came
    LedgerRecord record; // ref.tx/height/index always set; the body is let go once `row` is made
    RecordRow row;       // its record-table (or event) row and full-text row, ready to bind
};

struct PreparedBlock {
    std::int64_t height = 0;
    std::string hash; // lower-case hex, as verified
    std::string time;
    std::string blockLine, commitLine;
    std::vector<PreparedTx> txs;
    std::uint64_t bytesThrough = 0; // bytes of the export read up to the end of this block
    bool alreadyHeld = false;       // at or below the workspace's last height: not to be written
};

struct ImportReaderOptions {
    std::optional<std::int64_t> heldThrough; // the workspace's last height
    std::size_t queueCapacity = 64;          // blocks in flight between the threads
};

// Assembles the blocks as the file states them from the verifier's own line batches (read and
// hashed once: VerifyOptions::onLines), for an import that writes while the verifier runs. Stops
// quietly at the first irregular line or block (the verification decides what the file is worth)
// and then closes `lines`, so that the verifier's hand-offs no longer wait. PreparedBlock::hash is
// always filled, so that the writer's blocks can be compared with the verified ones before
// anything is committed; a block is passed on only if its tx lines make its stated tx root.
Status readStatedBlocks(BoundedQueue<LineBatch>& lines, HashAlgo algo, const ImportReaderOptions& options,
                        BoundedQueue<PreparedBlock>& out, const std::atomic<bool>& stop);

// A copy of the lines of `batch` (without the digest state), to hand to readStatedBlocks.
LineBatch copyLines(const LineBatch& batch);

// Runs on the calling (worker) thread until every verified block was pushed, `stop` was set or
// the queue was closed by the writer; closes the queue in every case. Fails when the file no
// longer matches its verification.
Status readBlocksForImport(const std::string& exportPath, const VerifyReport& verification,
                           const ImportReaderOptions& options, BoundedQueue<PreparedBlock>& out,
                           const std::atomic<bool>& stop);

} // namespace lj
