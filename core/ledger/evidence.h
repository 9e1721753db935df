#pragma once
// Evidence bundles (spec §8): selected transactions cut out of an export with their Merkle paths,
// block lines and commits, so that anyone can check them offline without the export.
#include "json/json.h"
#include "ledger/finding.h"
#include "ledger/trust_store.h"
#include "ledger/verifier.h"
#include "util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lj {

struct EvidenceItem {
    std::string txLine; // exact bytes of the tx line
    std::uint64_t index = 0;
    std::vector<Hash32> path;
    std::string blockLine;
    std::string commitLine;
};

struct EvidenceBundle {
    Consortium consortium; // the export header's validators, quorum, chain and suite
    std::vector<EvidenceItem> items;
};

// Collects the given tx ids (lower-case hex) from an export. Only transactions in blocks that
// verified (report.verifiedBlocks) are taken: the call fails, naming the ids, when one is absent
// or lies after the verified prefix. `report` must be the verification of the same file.
Result<EvidenceBundle> collectEvidence(const std::string& exportPath, const VerifyReport& report,
                                       const std::vector<std::string>& txIds);

json::Value evidenceToJson(const EvidenceBundle& bundle);
Result<EvidenceBundle> evidenceFromJson(const json::Value& document);

struct EvidenceItemResult {
    std::size_t item = 0;
    std::string txId;                   // hex of the leaf computed from the tx text
    std::optional<std::int64_t> height; // from the block line
    std::string kind;                   // the tx's record kind, when readable
    std::vector<Finding> findings;      // line is 0: findings here belong to items
    bool ok() const;
};

struct EvidenceReport {
    std::string chain;
    std::string suite;
    std::vector<EvidenceItemResult> items;
    std::optional<bool> trusted; // nullopt without a trust store
    std::string untrustedReason;
    bool ok() const; // every item proven, and trusted when a store was given
};

// Checks every item: leaf → root over the path (E_TX_ROOT), block hash vs commit (E_BLOCK_HASH),
// signatures and quorum (E_SIG, E_UNKNOWN_VALIDATOR, E_QUORUM), and the keys against the store.
EvidenceReport verifyEvidence(const EvidenceBundle& bundle, const TrustStore* trust);

// Reads and parses a bundle file; errors name the file and what is wrong with it.
Result<EvidenceBundle> loadEvidenceFile(const std::string& path);

} // namespace lj
