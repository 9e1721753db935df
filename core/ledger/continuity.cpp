#include "ledger/continuity.h"

#include "util/encoding.h"

#include <algorithm>

namespace lj {

namespace {

struct VerifiedRange {
    std::int64_t first = 0;
    std::int64_t last = -1;
    bool empty() const { return last < first; }
};

VerifiedRange verifiedRange(const VerifyReport& report)
{
    if (!report.header || report.verifiedBlocks == 0) return {};
    return {report.header->from, report.header->from + static_cast<std::int64_t>(report.verifiedBlocks) - 1};
}

// `later` links to `earlier` when its header prev names earlier's verified block at from − 1.
std::optional<bool> linkAgrees(const VerifyReport& earlier, const VerifyReport& later)
{
    const std::int64_t from = later.header->from;
    if (from == 0) return std::nullopt;
    const BlockSummary* block = earlier.verifiedBlockAt(from - 1);
    if (!block) return std::nullopt;
    return toHex(block->hash) == later.header->prev;
}

} // namespace

std::string_view relationName(ExportRelation relation)
{
    switch (relation) {
    case ExportRelation::Unrelated: return "unrelated";
    case ExportRelation::Consistent: return "consistent";
    case ExportRelation::BContinuesA: return "b_continues_a";
    case ExportRelation::AContinuesB: return "a_continues_b";
    case ExportRelation::Fork: return "fork";
    }
    return "unrelated";
}

ContinuityResult compareExports(const VerifyReport& a, const VerifyReport& b)
{
    ContinuityResult result;
    if (!a.header || !b.header || a.header->consortium.chain != b.header->consortium.chain) return result;

    const VerifiedRange ra = verifiedRange(a);
    const VerifiedRange rb = verifiedRange(b);
    if (!ra.empty() && !rb.empty()) {
        const std::int64_t first = std::max(ra.first, rb.first);
        const std::int64_t last = std::min(ra.last, rb.last);
        if (first <= last) {
            result.overlap = std::make_pair(first, last);
            for (std::int64_t height = first; height <= last; ++height) {
                const Hash32& ha = a.verifiedBlockAt(height)->hash;
                const Hash32& hb = b.verifiedBlockAt(height)->hash;
                if (ha != hb) {
                    result.relation = ExportRelation::Fork;
                    result.forkHeight = height;
                    result.hashA = toHex(ha);
                    result.hashB = toHex(hb);
                    return result;
                }
            }
        }
    }

    // A header prev that names another block than the one the other export holds is a fork too.
    if (auto agrees = linkAgrees(a, b)) {
        if (!*agrees) {
            result.relation = ExportRelation::Fork;
            result.forkHeight = b.header->from - 1;
            result.hashA = toHex(a.verifiedBlockAt(result.forkHeight)->hash);
            result.hashB = b.header->prev;
            return result;
        }
        if (b.header->from > a.header->from) {
            result.relation = ExportRelation::BContinuesA;
            return result;
        }
    }
    if (auto agrees = linkAgrees(b, a)) {
        if (!*agrees) {
            result.relation = ExportRelation::Fork;
            result.forkHeight = a.header->from - 1;
            result.hashA = a.header->prev;
            result.hashB = toHex(b.verifiedBlockAt(result.forkHeight)->hash);
            return result;
        }
        if (a.header->from > b.header->from) {
            result.relation = ExportRelation::AContinuesB;
            return result;
        }
    }
    if (result.overlap) result.relation = ExportRelation::Consistent;
    return result;
}

} // namespace lj
