#include "cases/audit_log.h"

#include "util/encoding.h"
#include "util/utc_now.h"

namespace lj {

namespace {

HashAlgo algoFromName(const std::string& name) {
    return name == hashAlgoName(HashAlgo::Sm3) ? HashAlgo::Sm3 : HashAlgo::Sha256;
}

AuditEntry readEntry(const sql::Statement& row) {
    AuditEntry entry;
    entry.seq = row.integer(0);
    entry.at = row.text(1);
    entry.user = row.text(2);
    entry.action = row.text(3);
    entry.object = row.text(4);
    entry.detail = row.text(5);
    entry.prevHash = row.text(6);
    entry.hash = row.text(7);
    return entry;
}

constexpr const char* kSelectEntries =
    "SELECT seq, at, user, action, object, detail, prev_hash, hash FROM audit_log";

} // namespace

Result<HashAlgo> auditHashAlgo(Workspace& workspace) {
    auto fixed = workspace.meta("audit_hash");
    if (!fixed) return fail(fixed.error());
    if (*fixed) return algoFromName(**fixed);
    auto suite = workspace.meta("suite");
    if (!suite) return fail(suite.error());
    if (*suite)
        if (const auto parsed = suiteFromName(**suite)) return hashAlgoOf(*parsed);
    return HashAlgo::Sha256;
}

std::string auditEntryHash(HashAlgo algo, const AuditEntry& entry) {
    json::Value canonical = json::Value::array();
    canonical.push(json::Value::number(entry.seq))
        .push(json::Value::string(entry.at))
        .push(json::Value::string(entry.user))
        .push(json::Value::string(entry.action))
        .push(json::Value::string(entry.object))
        .push(json::Value::string(entry.detail))
        .push(json::Value::string(entry.prevHash));
    Hasher hasher(algo);
    const Hash32 digest = hasher.hash(json::serialize(canonical));
    return toHex(digest);
}

Status appendAuditEntry(Workspace& workspace, const std::string& user, const std::string& action,
                        const std::string& object, const json::Value& detail) {
    auto algo = auditHashAlgo(workspace);
    if (!algo) return fail(algo.error());
    if (auto fixed = workspace.meta("audit_hash"); !fixed) {
        return fail(fixed.error());
    } else if (!*fixed) {
        if (auto status = workspace.setMeta("audit_hash", hashAlgoName(*algo)); !status) return status;
    }
    sql::Database& db = workspace.database();
    auto last = db.cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last) return fail(last.error());
    auto row = (*last)->next();
    if (!row) return fail(row.error());
    AuditEntry entry;
    entry.seq = *row ? (*last)->integer(0) + 1 : 1;
    entry.prevHash = *row ? (*last)->text(1) : kAuditGenesisHash;
    (*last)->reset();
    entry.at = utcNowRfc3339();
    entry.user = user;
    entry.action = action;
    entry.object = object;
    entry.detail = json::serialize(detail);
    entry.hash = auditEntryHash(*algo, entry);

    auto insert = db.cached("INSERT INTO audit_log(seq, at, user, action, object, detail, prev_hash, hash) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) return fail(insert.error());
    (*insert)
        ->bind(1, entry.seq)
        .bind(2, entry.at)
        .bind(3, entry.user)
        .bind(4, entry.action)
        .bind(5, entry.object)
        .bind(6, entry.detail)
        .bind(7, entry.prevHash)
        .bind(8, entry.hash);
    return (*insert)->run();
}

Result<std::vector<AuditEntry>> readAuditLog(Workspace& workspace, const std::string& object) {
    auto select = workspace.database().cached(
        std::string(kSelectEntries) + (object.empty() ? " ORDER BY seq" : " WHERE object = ? ORDER BY seq"));
    if (!select) return fail(select.error());
    if (!object.empty()) (*select)->bind(1, object);
    std::vector<AuditEntry> entries;
    for (;;) {
        auto row = (*select)->next();
        if (!row) return fail(row.error());
        if (!*row) break;
        entries.push_back(readEntry(**select));
    }
    (*select)->reset();
    return entries;
}

Result<AuditVerification> verifyAuditLog(Workspace& workspace) {
    auto algo = auditHashAlgo(workspace);
    if (!algo) return fail(algo.error());
    auto entries = readAuditLog(workspace);
    if (!entries) return fail(entries.error());
    AuditVerification result;
    result.algorithm = std::string(hashAlgoName(*algo));
    result.entries = static_cast<std::int64_t>(entries->size());
    std::string previous = kAuditGenesisHash;
    std::int64_t expectedSeq = 1;
    auto broken = [&](const AuditEntry& entry, std::string problem) {
        result.intact = false;
        result.firstBroken = entry.seq;
        result.problem = "entry " + std::to_string(entry.seq) + ": " + std::move(problem);
        return result;
    };
    for (const AuditEntry& entry : *entries) {
        if (entry.seq != expectedSeq)
            return broken(entry,
                          "expected entry " + std::to_string(expectedSeq) + " here (an entry is missing)");
        if (entry.prevHash != previous)
            return broken(entry, "prev_hash does not match the hash of the entry before it");
        if (auditEntryHash(*algo, entry) != entry.hash)
            return broken(entry, "its contents do not match its hash (the entry was changed)");
        previous = entry.hash;
        ++expectedSeq;
    }
    return result;
}

} // namespace lj
