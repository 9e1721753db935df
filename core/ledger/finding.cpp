#include "ledger/finding.h"

#include <array>

namespace lj {

namespace {
constexpr std::array<std::string_view, 20> kNames = {
    "E_LINE",     "E_JSON",       "E_VERSION", "E_SUITE", "E_HEADER",   "E_SEQUENCE", "E_PREV",
    "E_TIME",     "E_TX_COUNT",   "E_TX_ROOT", "E_BLOCK_HASH", "E_UNKNOWN_VALIDATOR", "E_SIG",
    "E_QUORUM",   "E_END",        "E_DIGEST",  "E_EXPORT_SIG", "E_TRUNCATED", "E_TRAILING", "W_UNTRUSTED",
};
} // namespace

std::string_view findingCodeName(FindingCode code) { return kNames[static_cast<std::size_t>(code)]; }

std::optional<FindingCode> findingCodeFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<FindingCode>(i);
    return std::nullopt;
}

bool isBreaking(FindingCode code)
{
    return code != FindingCode::Sig && code != FindingCode::UnknownValidator && code != FindingCode::Untrusted;
}

} // namespace lj
