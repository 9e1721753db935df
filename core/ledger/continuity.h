#pragma once
// Continuity between exports of one chain (spec §7): where their verified blocks overlap they must
// carry the same block hashes; a disagreement is a fork, the strongest finding a reader can make.
#include "ledger/verifier.h"

#include <optional>
#include <string>
#include <utility>

namespace lj {

enum class ExportRelation {
    Unrelated,   // different chains, or no overlap and no link
    Consistent,  // overlapping heights agree
    BContinuesA, // b starts after a block of a: b's header prev is a's hash at b.from − 1
    AContinuesB,
    Fork,
};

struct ContinuityResult {
    ExportRelation relation = ExportRelation::Unrelated;
    std::optional<std::pair<std::int64_t, std::int64_t>> overlap; // verified heights both hold
    // For a fork: the first height where the two disagree and each side's block hash there.
    std::int64_t forkHeight = 0;
    std::string hashA;
    std::string hashB;
};

// Only verified blocks take part: an unverified block proves nothing either way.
ContinuityResult compareExports(const VerifyReport& a, const VerifyReport& b);

std::string_view relationName(ExportRelation relation); // "consistent", "b_continues_a", "fork", …

} // namespace lj
