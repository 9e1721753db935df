#pragma once
// Importing an export into a workspace: verify it, check it against what the workspace already
// holds (same chain, no fork, no gap), then write its new verified blocks in ONE transaction, so
// that a refusal, an error or a cancellation leaves the workspace exactly as it was.
#include "ledger/trust_store.h"
#include "ledger/verifier.h"
#include "util/result.h"
#include "workspace/workspace.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace lj {

struct ImportProgress {
    enum class Phase { Verifying, Importing } phase = Phase::Verifying;
    std::uint64_t done = 0;  // bytes of the export processed in this phase
    std::uint64_t total = 0; // the export's size
};

struct ImportOptions {
    const TrustStore* trust = nullptr; // decides `trusted`; an untrusted export is still imported
    // Called now and then from the calling thread; returning false cancels the import.
    std::function<bool(const ImportProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr; // another way to cancel, e.g. from a UI thread
};

enum class ImportOutcome {
    Imported,   // new blocks were added
    NothingNew, // every verified block was already there: nothing was written
    Refused,    // see RefusalReason; nothing was written
    Cancelled,  // nothing was written
};

enum class RefusalReason {
    None,
    NothingVerified, // no block of the export verified
    OtherChain,      // the workspace holds another chain (or the same chain id with another suite)
    Fork,            // a block hash differs from the workspace's at the same height (sle-v1 §7)
    Gap,             // blocks between the workspace's last and the export's first are missing
};

struct ImportReport {
    std::string path;
    ImportOutcome outcome = ImportOutcome::NothingNew;
    RefusalReason refusal = RefusalReason::None;
    std::string message; // English explanation of a refusal

    VerifyReport verification;
    std::int64_t exportId = 0; // the exports row, when Imported
    std::int64_t blocksImported = 0;
    std::int64_t blocksSkipped = 0;    // verified blocks the workspace already held
    std::int64_t blocksUnverified = 0; // blocks after verified_through, never imported
    std::int64_t txsImported = 0;
    std::optional<std::int64_t> firstImported, lastImported; // heights

    // Context for the messages: the workspace before the import.
    std::string workspaceChain;
    std::optional<std::int64_t> workspaceLastHeight;
    // A fork: the first height where the export and the workspace disagree, and both hashes.
    std::optional<std::int64_t> forkHeight;
    std::string workspaceHash, exportHash;
};

// Fails (Result error) only when a file cannot be read or the workspace cannot be written.
[[nodiscard]] Result<ImportReport> importExport(Workspace& workspace, const std::string& exportPath,
                                                const ImportOptions& options = {});

} // namespace lj
