#pragma once
// Writes SLE v1 exports (spec §1–§3): for tests, benchmarks and the synthetic data generator.
// Streaming: one block in memory at a time, output through a large buffer, the end digest kept
// as a running hash. Given valid input the file verifies cleanly; the writer checks what it can
// check cheaply and refuses the rest (see appendBlock).
#include "crypto/hasher.h"
#include "crypto/keys.h"
#include "crypto/suite.h"
#include "ledger/consortium.h"
#include "util/encoding.h"
#include "util/result.h"
#include "util/rfc3339.h"

#include "json/json.h"
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lj {

// A validator whose private key this process holds.
struct SigningValidator {
    std::string id;
    std::string org;
    PrivateKey key;
};

struct CommitSignature {
    int validator = 0; // index into ExportWriterOptions::validators (header order)
    Bytes signature;
};

// Everything the writer put into the file for one block. The views are valid only during the
// WrittenBlock callback; copy what you keep.
struct WrittenBlock {
    std::int64_t height = 0;
    Hash32 hash{};                     // H(block line): the block hash
    std::uint64_t blockLineNumber = 0; // 1-based line number of the block line in the file
    std::string_view blockLine;        // without LF, like the other lines
    std::span<const std::string> txLines;
    std::span<const Hash32> leaves; // H(0x00 ‖ tx line); the tx id is toHex(leaves[i])
    std::string_view commitLine;
    std::string_view signingMessage; // "sle/1 block <chain> <height> <hash>", what each signature covers
    std::span<const CommitSignature> signatures;
};

struct ExportWriterOptions {
    std::string chain;     // [a-z0-9._-]{1,64}
    std::string chainName; // optional: omitted from the header when empty
    Suite suite = Suite::Sha256Ed25519;
    std::vector<SigningValidator> validators; // header order; every key of `suite`
    int quorum = 0;                           // 1 … validators.size()
    std::string exporter;                     // a validator id: its key signs the end line
    std::string exportedAt;                   // RFC 3339 with offset
    std::int64_t from = 0;                    // height of the first block
    std::string prev;                         // lower-case hex; empty = 64 zeros (required when from is 0)
    // Signatures per commit, 1 … validators.size(); 0 = quorum. Fewer than quorum writes
    // commits that fail with E_QUORUM (useful for tests).
    int signersPerBlock = 0;
    // Called after each block's commit line was produced (not necessarily flushed to disk yet).
    std::function<void(const WrittenBlock&)> onBlock;
};

// The consortium that ExportWriterOptions describe: what a trust store should hold for the export.
Consortium consortiumOf(const ExportWriterOptions& options);

class ExportWriter {
public:
    // Validates the options, creates (truncates) `path` and writes the header line.
    static Result<std::unique_ptr<ExportWriter>> create(const std::string& path, ExportWriterOptions options);
    // Without finish(), the destructor flushes what was appended and closes the file: an export
    // without end line (E_TRUNCATED), which tests may want.
    ~ExportWriter();
    ExportWriter(const ExportWriter&) = delete;
    ExportWriter& operator=(const ExportWriter&) = delete;

    // Writes the block line, `txLines` exactly as given (each one compact JSON object of type
    // "tx", e.g. from makeTxLine; the writer only refuses lines containing LF or CR, which would
    // break the line structure), and the commit, signed by `signersPerBlock` validators in a
    // rotation that starts at index height mod n (listed in header order). `time` must be RFC 3339
    // and not earlier than the previous block's. An empty `proposer` names the first signer.
    // After an error the writer is unusable: every later call returns that error.
    Status appendBlock(std::string_view time, std::span<const std::string> txLines,
                       std::string_view proposer = {});

    // Writes the end line (digest of every byte before it, signed by the exporter) and closes the file.
    Status finish();

    std::int64_t nextHeight() const { return m_options.from + static_cast<std::int64_t>(m_blocks); }
    std::uint64_t blocksWritten() const { return m_blocks; }
    std::uint64_t txsWritten() const { return m_txs; }
    std::uint64_t bytesWritten() const { return m_bytesWritten + m_buffer.size(); }
    // The hash of the last block written (the header's prev before the first block): the `prev`
    // of an export that continues this one.
    const Hash32& lastBlockHash() const { return m_lastHash; }
    const ExportWriterOptions& options() const { return m_options; }

private:
    ExportWriter(int fd, std::string path, ExportWriterOptions options, Hash32 prev);
    Status writeHeader();
    Status writeLine(std::string_view line); // appends line + LF to the buffer
    Status flush();
    Status failWith(Error error);
    std::vector<int> signersFor(std::int64_t height) const;

    int m_fd = -1;
    std::string m_path;
    ExportWriterOptions m_options;
    Hasher m_digest;     // over every byte written (hashed when the buffer is flushed)
    Hasher m_lineHasher; // block hashes and leaves
    std::string m_buffer;
    std::uint64_t m_bytesWritten = 0;
    std::uint64_t m_lineNumber = 0; // lines written so far
    std::uint64_t m_blocks = 0;
    std::uint64_t m_txs = 0;
    Hash32 m_lastHash{};
    std::string m_lastTime; // as written, for messages
    std::optional<Instant> m_lastInstant;
    std::optional<std::string> m_error;
    bool m_finished = false;
    // Reused per block, so that a long export allocates once.
    std::vector<Hash32> m_leaves;
    std::vector<CommitSignature> m_signatures;
};

// A tx line: {"type":"tx","kind":…,"time":…,"source":…,"actor":…,"body":…}, compact.
std::string makeTxLine(std::string_view kind, std::string_view time, std::string_view source,
                       std::string_view actor, const json::Value& body);

// The §6 consortium file (chain, chain_name, suite, validators, quorum), pretty-printed.
Status writeConsortiumFile(const std::string& path, const Consortium& consortium);

} // namespace lj
