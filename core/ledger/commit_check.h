#pragma once
// Block commits (spec §3.4): the signed message, the parsing of `sigs`, and the quorum check.
// Shared by the export verifier and the evidence-bundle verifier.
#include "ledger/consortium.h"
#include "ledger/finding.h"
#include "ledger/trust_store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lj {

std::string blockSigningMessage(std::string_view chain, std::int64_t height, std::string_view blockHashHex);
std::string exportSigningMessage(std::string_view chain, std::string_view digestHex);

struct SignatureEntry {
    int validator = -1; // index into the consortium's validators
    Bytes signature;
};

struct CommitJob {
    std::uint64_t line = 0;
    std::int64_t height = 0;
    std::string message; // what each validator signed
    std::vector<SignatureEntry> entries;
};

struct CommitOutcome {
    std::vector<Finding> findings; // E_SIG per invalid signature, E_QUORUM when short
    int distinctSigners = 0;
    bool usedUntrustedKey = false; // a valid signature by a key the trust store does not hold
};

// Turns the commit's `sigs` member into jobs; malformed entries give E_SIG and ids that are not
// validators give E_UNKNOWN_VALIDATOR (spec §3.4, §5.1 rule 4), appended to `findings`.
void collectSignatures(const json::Value* sigs, const Consortium& consortium, CommitJob& job,
                       std::vector<Finding>& findings);

// Verifies every signature of the job and applies the quorum rule. Thread-safe.
CommitOutcome checkCommit(const CommitJob& job, const Consortium& consortium, const TrustStore* trust);

} // namespace lj
