#pragma once
// Verification findings: the codes of SLE v1 §5 with the line they are reported on (§5.1).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lj {

enum class FindingCode : std::uint8_t {
    Line,
    Json,
    Version,
    Suite,
    Header,
    Sequence,
    Prev,
    Time,
    TxCount,
    TxRoot,
    BlockHash,
    UnknownValidator,
    Sig,
    Quorum,
    End,
    Digest,
    ExportSig,
    Truncated,
    Trailing,
    Untrusted,
};

std::string_view findingCodeName(FindingCode code); // "E_LINE" … "W_UNTRUSTED"
std::optional<FindingCode> findingCodeFromName(std::string_view name);

// §5.1 rule 9: every E_ code except E_SIG and E_UNKNOWN_VALIDATOR ends the verified prefix.
bool isBreaking(FindingCode code);

struct Finding {
    FindingCode code{};
    std::uint64_t line = 0;             // 1-based line number in the export
    std::optional<std::int64_t> height; // block height when the finding concerns a block
    std::string message;                // English detail, e.g. "tx_root 60b6… != computed 1c2d…"
};

} // namespace lj
