#pragma once
// Writes the district's records as blocks: the records created while building (sorted by chain
// time) merged with the monthly subsidy batches and operation logs produced month by month, so
// that only a few months of the bulk records are ever in memory.
#include "generator/district.h"
#include "ledger/export_writer.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace lj::gen {

struct StreamOptions {
    std::size_t maxTxsPerBlock = 100;
    // A block gathers what reached the chain within a working day (at most maxTxsPerBlock).
    std::int64_t blockWindowSeconds = 12 * 3600;
    std::uint64_t fillerLogs = 0; // operation logs added to reach a transaction target
    std::function<void(std::uint64_t txsWritten)> progress;
};

Status streamBlocks(const District& district, std::vector<StaticTx> records, ExportWriter& writer,
                    const StreamOptions& options);

} // namespace lj::gen
