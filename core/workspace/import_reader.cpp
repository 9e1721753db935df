#include "workspace/import_reader.h"

#include "crypto/hasher.h"
#include "ledger/line_splitter.h"
#include "ledger/merkle.h"
#include "ledger/verified_reader.h"
#include "model/export_loader.h"
#include "util/encoding.h"

#include "json/json.h"
#include <algorithm>

namespace lj {

namespace {

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

PreparedTx prepareTx(const std::string& line, const Hash32& leaf, std::int64_t height, std::uint32_t index) {
    PreparedTx tx;
    std::string txId = toHex(leaf);
    if (auto record = parseTxLine(line, txId, height, index)) {
        tx.record = std::move(*record);
    } else { // cannot happen for a verified line; kept as an event rather than lost
        tx.record.ref.tx = std::move(txId);
        tx.record.ref.height = height;
        tx.record.ref.index = index;
    }
    tx.line = line;
    tx.row = makeRecordRow(tx.record);
    tx.record.body = json::Value(); // freed here, on the reader's thread, not by the writer
    return tx;
}

PreparedBlock prepareBlock(const VerifiedBlock& block, const std::string& hash, std::uint64_t bytesThrough) {
    PreparedBlock prepared;
    prepared.height = block.height;
    prepared.bytesThrough = bytesThrough;
    prepared.hash = hash;
    prepared.time = block.time;
    prepared.blockLine = block.blockLine;
    prepared.commitLine = block.commitLine;
    prepared.txs.reserve(block.txLines.size());
    for (std::size_t i = 0; i < block.txLines.size(); ++i)
        prepared.txs.push_back(
            prepareTx(block.txLines[i], block.leaves[i], block.height, static_cast<std::uint32_t>(i)));
    return prepared;
}

bool isHeld(const ImportReaderOptions& options, std::int64_t height) {
    return options.heldThrough && height <= *options.heldThrough;
}

// A block the workspace already holds: only its place in the file (and hash, when known) matter.
PreparedBlock heldBlock(std::int64_t height, std::string hash, std::uint64_t bytesThrough) {
    PreparedBlock held;
    held.height = height;
    held.hash = std::move(hash);
    held.bytesThrough = bytesThrough;
    held.alreadyHeld = true;
    return held;
}

// The block line's height, time and tx root; false when the line does not state them.
bool readBlockLine(std::string_view text, VerifiedBlock& block, std::string& txRoot) {
    auto line = json::parse(text);
    if (!line) return false;
    const json::Value* height = line->find("height");
    auto root = line->getString("tx_root");
    if (!height || !height->asInt64() || !root) return false;
    block.height = *height->asInt64();
    block.time = line->getString("time").value_or("");
    txRoot = *root;
    return true;
}

} // namespace

Status readStatedBlocks(BoundedQueue<LineBatch>& lines, HashAlgo algo, const ImportReaderOptions& options,
                        BoundedQueue<PreparedBlock>& out, const std::atomic<bool>& stop) {
    Hasher hasher(algo);
    VerifiedBlock block;
    std::string txRoot, type;
    bool inBlock = false;
    std::uint64_t bytes = 0;
    // Returns false to stop reading.
    auto take = [&](const LineRecord& line, std::string_view text) {
        bytes += text.size() + 1;
        if (line.number == 1) return true;
        json::ParseError error;
        if (line.flaw != LineFlaw::None || !json::validateObject(text, type, error)) return false;
        if (type == "block") {
            if (inBlock) return false;
            block = VerifiedBlock{};
            block.blockLine = text;
            inBlock = readBlockLine(text, block, txRoot);
            return inBlock;
        }
        if (!inBlock) return false;
        if (type == "tx") {
            block.txLines.emplace_back(text);
            block.leaves.push_back(line.leaf);
            return true;
        }
        if (type != "commit" || toHex(merkleRoot(hasher, block.leaves)) != txRoot) return false;
        block.commitLine = text;
        inBlock = false;
        const std::string hash = toHex(hasher.hash(block.blockLine));
        PreparedBlock prepared = isHeld(options, block.height) ? heldBlock(block.height, hash, bytes)
                                                               : prepareBlock(block, hash, bytes);
        return !stop.load() && out.push(std::move(prepared));
    };
    for (bool reading = true; reading;) {
        auto batch = lines.pop();
        if (!batch) break;
        for (const LineRecord& line : batch->lines)
            if (!(reading = take(line, batch->text(line)))) break;
    }
    lines.close();
    out.close();
    return Ok{};
}

LineBatch copyLines(const LineBatch& batch) {
    LineBatch copy;
    std::size_t end = 0;
    for (const LineRecord& line : batch.lines)
        if (line.flaw == LineFlaw::None) end = std::max(end, line.begin + line.length);
    copy.storage.assign(batch.storage.begin(), batch.storage.begin() + static_cast<std::ptrdiff_t>(end));
    copy.lines = batch.lines;
    copy.sourcePosition = batch.sourcePosition;
    return copy;
}

Status readBlocksForImport(const std::string& exportPath, const VerifyReport& verification,
                           const ImportReaderOptions& options, BoundedQueue<PreparedBlock>& out,
                           const std::atomic<bool>& stop) {
    Hasher hasher(hashAlgoOf(verification.header->consortium.suite));
    std::uint64_t bytes = 0;
    Status failure = Ok{};
    auto visit = [&](const VerifiedBlock& block) {
        bytes += block.blockLine.size() + block.commitLine.size() + 2;
        for (const std::string& line : block.txLines)
            bytes += line.size() + 1;
        PreparedBlock prepared;
        if (isHeld(options, block.height)) {
            prepared = heldBlock(block.height, {}, bytes);
        } else {
            const BlockSummary* verified = verification.verifiedBlockAt(block.height);
            if (!verified) {
                failure = fail("block " + std::to_string(block.height) + " was not verified");
                return false;
            }
            if (failure = recheckBlock(hasher, block, *verified); !failure) return false;
            prepared = prepareBlock(block, toHex(verified->hash), bytes);
        }
        return !stop.load() && out.push(std::move(prepared));
    };
    Status status = forEachVerifiedBlock(exportPath, verification, visit);
    out.close();
    if (!status) return status;
    return failure;
}

} // namespace lj
