#pragma once
// The workstation's own audit trail: who changed what in the workspace's cases, and when. One row
// per change, written in the same SQLite transaction as the change itself, append-only (triggers
// refuse UPDATE and DELETE) and hash-chained:
//
//   hash = H(JSON array [seq, at, user, action, object, detail, prev_hash])   (json::serialize)
//
// with prev_hash the previous entry's hash (64 zeros for the first) and H SHA-256, or SM3 when the
// workspace's suite is sm3-sm2. The algorithm is fixed by the first entry (meta "audit_hash"), so
// a later import cannot change it. verifyAuditLog() recomputes the chain and names the first entry
// that does not fit: an edited, deleted or inserted row breaks the chain from there on.
#include "crypto/hasher.h"
#include "util/result.h"
#include "workspace/workspace.h"

#include "json/json.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lj {

struct AuditEntry {
    std::int64_t seq = 0;
    std::string at;     // RFC 3339 UTC
    std::string user;   // who
    std::string action; // "case.create", "case.state", "note.save"…
    std::string object; // "case:3"
    std::string detail; // JSON object, as stored
    std::string prevHash, hash;
};

struct AuditVerification {
    bool intact = true;
    std::int64_t entries = 0;
    std::optional<std::int64_t> firstBroken; // seq of the first entry that does not fit
    std::string problem;                     // English, empty when intact
    std::string algorithm;                   // "SHA-256" or "SM3"
    // Filled by callers that also ran compareCasesWithAudit (case_replay.h): tables vs trail.
    std::vector<std::string> recordProblems;
};

inline constexpr const char* kAuditGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// The algorithm of the chain: meta "audit_hash" once set, else by the workspace's suite.
[[nodiscard]] Result<HashAlgo> auditHashAlgo(Workspace& workspace);
std::string auditEntryHash(HashAlgo algo, const AuditEntry& entry);

// Appends one entry at the end of the chain. The caller holds the transaction of the change.
[[nodiscard]] Status appendAuditEntry(Workspace& workspace, const std::string& user,
                                      const std::string& action, const std::string& object,
                                      const json::Value& detail);

// Entries in order; `object` limits them to one object ("case:3") when not empty.
[[nodiscard]] Result<std::vector<AuditEntry>> readAuditLog(Workspace& workspace,
                                                           const std::string& object = {});
[[nodiscard]] Result<AuditVerification> verifyAuditLog(Workspace& workspace);

} // namespace lj
