#pragma once
// Stage one of verification: cuts the byte stream into lines, bounded in length, while hashing
// every byte into the whole-file digest and (optionally) each line into its RFC 9162 leaf hash.
// Memory stays bounded: a batch holds about `chunkBytes` of whole lines, plus at most one line
// of `maxLineBytes`; longer lines are hashed and skipped, never buffered.
#include "crypto/hasher.h"
#include "ledger/byte_source.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace lj {

inline constexpr std::size_t kMaxLineBytes = 16u << 20; // spec §5.1 rule 2: 16 MiB without the LF

enum class LineFlaw : std::uint8_t {
    None,
    TooLong,   // longer than the limit: its bytes are not kept
    NoFinalLf, // the input ended without a terminating LF
};

struct LineRecord {
    std::uint64_t number = 0; // 1-based
    std::size_t begin = 0;    // offset in the batch storage
    std::size_t length = 0;   // without the LF
    LineFlaw flaw = LineFlaw::None;
    Hash32 leaf{}; // H(0x00 ‖ line), when leaves are computed and flaw == None
};

struct LineBatch {
    std::vector<char> storage;
    std::vector<LineRecord> lines;
    // The whole-file digest state before the first byte of this batch: the end line's digest is
    // this state plus the bytes of the batch that precede the end line (storage[0, begin)).
    std::optional<Hasher> digestBefore;
    std::uint64_t sourcePosition = 0; // for progress

    std::string_view text(const LineRecord& line) const { return {storage.data() + line.begin, line.length}; }
};

class LineSplitter {
public:
    struct Options {
        std::size_t maxLineBytes = kMaxLineBytes;
        std::size_t chunkBytes = 4u << 20;
        bool computeLeaves = true;
    };

    LineSplitter(ByteSource& source, HashAlgo algo, Options options);

    // Fills `batch` (reusing its storage) with the next lines. Returns false when the input is
    // exhausted and no line was produced.
    Result<bool> next(LineBatch& batch);

    std::uint64_t linesRead() const { return m_nextLine - 1; }

private:
    Status readMore(LineBatch& batch, std::size_t& used, bool& eof);
    Status skipOverlongLine(LineBatch& batch, std::size_t& used);
    void addLine(LineBatch& batch, std::size_t begin, std::size_t length, LineFlaw flaw);

    ByteSource& m_source;
    Options m_options;
    Hasher m_digest;
    Hasher m_leafHasher;
    std::vector<char> m_carry; // the incomplete last line of the previous batch
    std::uint64_t m_nextLine = 1;
    bool m_eof = false;
};

} // namespace lj
