#pragma once
// Reads back the verified prefix of an export, one block at a time: what evidence bundles, the
// workspace import and dataset loading consume. Call it only with the report of verifying the
// same file: blocks after report.verifiedBlocks are never visited.
#include "crypto/hasher.h"
#include "ledger/verifier.h"
#include "util/result.h"

#include <functional>
#include <string>
#include <vector>

namespace lj {

struct VerifiedBlock {
    std::int64_t height = 0;
    std::string blockLine;
    std::string commitLine;
    std::vector<std::string> txLines;
    std::vector<Hash32> leaves; // the tx ids, in order
    std::string time;           // the block line's time
};

// `visit` returns false to stop early (cancellation); the call then returns Ok.
// `progress` (optional) gets bytes read so far and the file size.
Status forEachVerifiedBlock(const std::string& exportPath, const VerifyReport& report,
                            const std::function<bool(const VerifiedBlock&)>& visit,
                            const std::function<void(std::uint64_t, std::uint64_t)>& progress = {});

} // namespace lj
