#pragma once
// Builds a Dataset straight from the verified prefix of one export, without a workspace: for
// tests, benchmarks and quick looks. The workspace builds the same Dataset from its tables.
#include "ledger/trust_store.h"
#include "ledger/verifier.h"
#include "model/dataset.h"
#include "util/result.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace lj {

// Parses one tx line (spec §3.3) into a record; nullopt when it is not a tx object.
std::optional<LedgerRecord> parseTxLine(std::string_view line, std::string txId, std::int64_t height,
                                        std::uint32_t index);

// Verifies `path` (with `trust` when given) and loads every transaction of its verified blocks.
// The report is returned through `report` when not null. Fails only on I/O errors or a fatal header.
Result<Dataset> loadDatasetFromExport(const std::string& path, const TrustStore* trust = nullptr,
                                      VerifyReport* report = nullptr);

// Loads the verified blocks of several exports of one chain (already verified: `reports[i]` is the
// verification of `paths[i]`). Heights already loaded from an earlier export are skipped, so
// overlapping and continuing exports combine; exports of another chain than the first are skipped.
// `keepGoing` (optional) is called after each block with the bytes done; false cancels.
Result<Dataset> loadDatasetFromVerifiedExports(const std::vector<std::string>& paths,
                                               const std::vector<const VerifyReport*>& reports,
                                               const std::function<bool(std::uint64_t)>& keepGoing = {});

} // namespace lj
