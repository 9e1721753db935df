#pragma once
// Proofs for cited transactions, cut from a workspace rather than from the exports: the workspace
// keeps every verified block's block and commit lines and all its tx lines, so a Merkle path can
// be rebuilt without the export file. The validator set comes from the export's header (its first
// line, when the file is still where it was imported from), else from the trust store. Every item
// is then checked with verifyEvidence, so nothing reaches a case file as proven unchecked.
#include "casefile/case_file_content.h"
#include "ledger/trust_store.h"
#include "util/result.h"
#include "workspace/workspace.h"

#include <string>
#include <vector>

namespace lj {

struct WorkspaceEvidence {
    std::vector<CaseFact> facts; // one per distinct tx id, in the order asked; fields not filled in
    EvidenceBundle bundle;       // the facts that are not Unverified
    std::optional<Consortium> consortium;
    std::optional<bool> trusted; // nullopt without a trust store
    std::vector<CaseExport> exports;
};

// `trust` may be null. Fails only on workspace (SQLite) errors: a missing or failing proof makes
// the fact Unverified with a reason.
Result<WorkspaceEvidence> collectWorkspaceEvidence(Workspace& workspace,
                                                   const std::vector<std::string>& txIds,
                                                   const TrustStore* trust);

// The same from verified exports (the workstation's open files, no workspace): proofs come from
// each export's verified blocks; a tx in none of them, or after a break, stays Unverified.
WorkspaceEvidence collectExportEvidence(const std::vector<const VerifyReport*>& reports,
                                        const std::vector<std::string>& txIds, const TrustStore* trust);

// Checks `evidence.bundle` (item i proves facts[itemFact[i]]; sourceUntrusted[i]: its export was
// found untrusted when imported or opened), sets each fact's state and keeps only proven items.
void settleEvidence(WorkspaceEvidence& evidence, const std::vector<std::size_t>& itemFact,
                    const std::vector<bool>& sourceUntrusted, const TrustStore* trust);

} // namespace lj
