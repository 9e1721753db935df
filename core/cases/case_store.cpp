#include "cases/case_store.h"

#include "cases/case_rows.h"
#include "util/encoding.h"
#include "util/utc_now.h"

#include <ctime>

namespace lj {

namespace {

using case_rows::selectSummary;
using case_rows::stringArray;

// Runs `change` and commits, or rolls everything (the audit entry included) back on failure.
template <class Change> Status inTransaction(Workspace& workspace, Change&& change) {
    auto transaction = sql::Transaction::begin(workspace.database());
    if (!transaction) return fail(transaction.error());
    if (auto status = change(); !status) return status;
    return (*transaction)->commit();
}

// The case numbers' year: the calendar year in China (+08:00).
std::int64_t currentYear() {
    const std::time_t now = std::time(nullptr) + 8 * 3600;
    std::tm parts{};
    gmtime_r(&now, &parts);
    return parts.tm_year + 1900;
}

std::string textDigest(Workspace& workspace, const std::string& text) {
    auto algo = auditHashAlgo(workspace);
    Hasher hasher(algo ? *algo : HashAlgo::Sha256);
    return toHex(hasher.hash(text));
}

json::Value detailObject(std::initializer_list<std::pair<const char*, json::Value>> members) {
    json::Value detail = json::Value::object();
    for (const auto& [key, value] : members)
        detail.set(key, value);
    return detail;
}

json::Value str(const std::string& text) {
    return json::Value::string(text);
}

Status runStatement(sql::Database& db, const std::string& text, const std::vector<std::string>& texts,
                    std::int64_t id) {
    auto statement = db.cached(text);
    if (!statement) return fail(statement.error());
    int index = 1;
    for (const std::string& value : texts)
        (*statement)->bind(index++, value);
    (*statement)->bind(index, id);
    return (*statement)->run();
}

Result<std::int64_t> lastRowId(sql::Database& db) {
    return db.queryInteger("SELECT last_insert_rowid()");
}

Status touch(sql::Database& db, std::int64_t id) {
    return runStatement(db, "UPDATE cases SET updated_at = ? WHERE id = ?", {utcNowRfc3339()}, id);
}

Status insertFinding(sql::Database& db, std::int64_t id, const CaseFinding& finding,
                     const std::string& user) {
    auto insert =
        db.cached("INSERT INTO case_findings(case_id, finding_id, rule, severity, summary, subjects, "
                  "txs, snapshot, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) return fail(insert.error());
    (*insert)
        ->bind(1, id)
        .bind(2, finding.findingId)
        .bind(3, finding.rule)
        .bind(4, finding.severity)
        .bind(5, finding.summary)
        .bind(6, stringArray(finding.subjects))
        .bind(7, stringArray(finding.txs))
        .bind(8, finding.snapshot.empty() ? std::string("{}") : finding.snapshot)
        .bind(9, utcNowRfc3339())
        .bind(10, user);
    if (auto status = (*insert)->run(); !status)
        return fail("cannot add finding " + finding.findingId + ": " + status.error());
    return Ok{};
}

Status insertEntity(sql::Database& db, std::int64_t id, const CaseEntity& entity, const std::string& user) {
    auto insert = db.cached("INSERT INTO case_entities(case_id, entity_id, kind, label, added_at, added_by) "
                            "VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert) return fail(insert.error());
    (*insert)
        ->bind(1, id)
        .bind(2, entity.id)
        .bind(3, entity.kind)
        .bind(4, entity.label.empty() ? entity.id : entity.label)
        .bind(5, utcNowRfc3339())
        .bind(6, user);
    if (auto status = (*insert)->run(); !status)
        return fail("cannot add entity " + entity.id + ": " + status.error());
    return Ok{};
}

Result<std::int64_t> insertSnapshot(Workspace& workspace, std::int64_t id, const CaseSnapshot& snapshot,
                                    const std::string& user) {
    if (snapshot.kind != "timeline" && snapshot.kind != "graph")
        return fail("a snapshot is of a timeline or a graph, not " + snapshot.kind);
    if (snapshot.format != "json" && snapshot.format != "png")
        return fail("a snapshot is JSON or PNG, not " + snapshot.format);
    auto insert = workspace.database().cached(
        "INSERT INTO case_snapshots(case_id, kind, subject, format, data, sha256, taken_at, taken_by) "
        "VALUES (?, ?, ?, ?, CAST(? AS BLOB), ?, ?, ?)");
    if (!insert) return fail(insert.error());
    Hasher sha256(HashAlgo::Sha256);
    const std::string digest = toHex(sha256.hash(snapshot.data));
    (*insert)
        ->bind(1, id)
        .bind(2, snapshot.kind)
        .bind(3, snapshot.subject)
        .bind(4, snapshot.format)
        .bind(5, snapshot.data)
        .bind(6, digest)
        .bind(7, utcNowRfc3339())
        .bind(8, user);
    if (auto status = (*insert)->run(); !status) return fail(status.error());
    auto rowId = lastRowId(workspace.database());
    if (!rowId) return fail(rowId.error());
    const std::int64_t snapshotId = *rowId;
    if (auto status = appendAuditEntry(workspace, user, "snapshot.add", caseObject(id),
                                       detailObject({{"snapshot", json::Value::number(snapshotId)},
                                                     {"kind", str(snapshot.kind)},
                                                     {"subject", str(snapshot.subject)},
                                                     {"format", str(snapshot.format)},
                                                     {"sha256", str(digest)}}));
        !status)
        return fail(status.error());
    return snapshotId;
}

// The case's status, or why there is no such case.
Result<CaseSummary> existing(sql::Database& db, std::int64_t id) {
    return selectSummary(db, id);
}

} // namespace

std::string caseObject(std::int64_t id) {
    return "case:" + std::to_string(id);
}

Result<std::int64_t> CaseStore::create(const NewCase& request, const std::string& user) {
    if (user.empty()) return fail("who creates the case? (no user name)");
    if (request.title.empty()) return fail("a case needs a title");
    sql::Database& db = m_workspace.database();
    std::int64_t id = 0;
    auto status = inTransaction(m_workspace, [&]() -> Status {
        const std::int64_t year = currentYear();
        auto serialQuery = db.cached("SELECT coalesce(max(serial), 0) + 1 FROM cases WHERE year = ?");
        if (!serialQuery) return fail(serialQuery.error());
        (*serialQuery)->bind(1, year);
        auto row = (*serialQuery)->next();
        if (!row) return fail(row.error());
        const std::int64_t serial = (*serialQuery)->integer(0);
        (*serialQuery)->reset();
        const std::string number = "链鉴〔" + std::to_string(year) + "〕" + std::to_string(serial) + "号";
        const std::string now = utcNowRfc3339();
        const std::string handler = request.handler.empty() ? user : request.handler;
        auto insert =
            db.cached("INSERT INTO cases(number, year, serial, title, handler, state, review, created_at, "
                      "created_by, updated_at) VALUES (?, ?, ?, ?, ?, 'new', 'none', ?, ?, ?)");
        if (!insert) return fail(insert.error());
        (*insert)
            ->bind(1, number)
            .bind(2, year)
            .bind(3, serial)
            .bind(4, request.title)
            .bind(5, handler)
            .bind(6, now)
            .bind(7, user)
            .bind(8, now);
        if (auto inserted = (*insert)->run(); !inserted) return inserted;
        auto rowId = lastRowId(db);
        if (!rowId) return fail(rowId.error());
        id = *rowId;
        json::Value findingIds = json::Value::array();
        for (const CaseFinding& finding : request.findings) {
            if (auto added = insertFinding(db, id, finding, user); !added) return added;
            findingIds.push(str(finding.findingId));
        }
        json::Value entityIds = json::Value::array();
        for (const CaseEntity& entity : request.entities) {
            if (auto added = insertEntity(db, id, entity, user); !added) return added;
            entityIds.push(str(entity.id));
        }
        if (auto logged = appendAuditEntry(m_workspace, user, "case.create", caseObject(id),
                                           detailObject({{"number", str(number)},
                                                         {"title", str(request.title)},
                                                         {"handler", str(handler)},
                                                         {"state", str("new")},
                                                         {"findings", findingIds},
                                                         {"entities", entityIds}}));
            !logged)
            return logged;
        for (const CaseSnapshot& snapshot : request.snapshots)
            if (auto added = insertSnapshot(m_workspace, id, snapshot, user); !added)
                return fail(added.error());
        return Ok{};
    });
    if (!status) return fail(status.error());
    return id;
}

Status CaseStore::setTitle(std::int64_t id, const std::string& title, const std::string& user) {
    if (title.empty()) return fail("a case needs a title");
    sql::Database& db = m_workspace.database();
    return inTransaction(m_workspace, [&]() -> Status {
        auto current = existing(db, id);
        if (!current) return fail(current.error());
        if (current->title == title) return Ok{};
        if (auto status = runStatement(db, "UPDATE cases SET title = ? WHERE id = ?", {title}, id); !status)
            return status;
        if (auto status = touch(db, id); !status) return status;
        return appendAuditEntry(m_workspace, user, "case.title", caseObject(id),
                                detailObject({{"from", str(current->title)}, {"to", str(title)}}));
    });
}

Status CaseStore::setHandler(std::int64_t id, const std::string& handler, const std::string& user) {
    if (handler.empty()) return fail("a case needs a handler");
    sql::Database& db = m_workspace.database();
    return inTransaction(m_workspace, [&]() -> Status {
        auto current = existing(db, id);
        if (!current) return fail(current.error());
        if (current->handler == handler) return Ok{};
        if (auto status = runStatement(db, "UPDATE cases SET handler = ? WHERE id = ?", {handler}, id);
            !status)
            return status;
        if (auto status = touch(db, id); !status) return status;
        return appendAuditEntry(m_workspace, user, "case.handler", caseObject(id),
                                detailObject({{"from", str(current->handler)}, {"to", str(handler)}}));
    });
}

Status CaseStore::changeState(std::int64_t id, CaseState to, const std::string& user,
                              const std::string& reason) {
    sql::Database& db = m_workspace.database();
    return inTransaction(m_workspace, [&]() -> Status {
        auto current = existing(db, id);
        if (!current) return fail(current.error());
        if (auto allowed = checkTransition(current->status, to); !allowed)
            return fail(current->number + ": cannot move to " + std::string(caseStateName(to)) + " (" +
                        std::string(caseStateChinese(to)) + "): " + allowed.error());
        const std::string from(caseStateName(current->status.state));
        if (auto status = runStatement(db,
                                       "UPDATE cases SET state = ?, previous_state = ?, review = 'pending', "
                                       "proposed_by = ? WHERE id = ?",
                                       {std::string(caseStateName(to)), from, user}, id);
            !status)
            return status;
        if (auto status = touch(db, id); !status) return status;
        return appendAuditEntry(
            m_workspace, user, "case.state", caseObject(id),
            detailObject(
                {{"from", str(from)}, {"to", str(std::string(caseStateName(to)))}, {"reason", str(reason)}}));
    });
}

Status CaseStore::review(std::int64_t id, ReviewKind kind, const std::string& text, const std::string& user) {
    if (kind == ReviewKind::Comment && text.empty()) return fail("a comment needs text");
    sql::Database& db = m_workspace.database();
    return inTransaction(m_workspace, [&]() -> Status {
        auto current = existing(db, id);
        if (!current) return fail(current.error());
        if (auto allowed = checkReview(current->status, kind, user); !allowed)
            return fail(current->number + ": " + allowed.error());
        const std::string state(caseStateName(current->status.state));
        auto insert = db.cached("INSERT INTO case_reviews(case_id, at, reviewer, kind, state, text) "
                                "VALUES (?, ?, ?, ?, ?, ?)");
        if (!insert) return fail(insert.error());
        (*insert)
            ->bind(1, id)
            .bind(2, utcNowRfc3339())
            .bind(3, user)
            .bind(4, reviewKindName(kind))
            .bind(5, state)
            .bind(6, text);
        if (auto status = (*insert)->run(); !status) return status;
        json::Value detail = detailObject(
            {{"kind", str(std::string(reviewKindName(kind)))}, {"state", str(state)}, {"text", str(text)}});
        if (kind == ReviewKind::Approve) {
            if (auto status = runStatement(
                    db, "UPDATE cases SET review = 'approved', previous_state = NULL WHERE id = ?", {}, id);
                !status)
                return status;
        } else if (kind == ReviewKind::Return) {
            const std::string back = current->previousState
                                         ? std::string(caseStateName(*current->previousState))
                                         : std::string("new");
            if (auto status =
                    runStatement(db,
                                 "UPDATE cases SET state = ?, review = 'returned', previous_state = NULL "
                                 "WHERE id = ?",
                                 {back}, id);
                !status)
                return status;
            detail.set("back_to", str(back));
        }
        if (auto status = touch(db, id); !status) return status;
        return appendAuditEntry(m_workspace, user, "case.review", caseObject(id), detail);
    });
}

Result<std::int64_t> CaseStore::saveNote(std::int64_t id, const std::string& text, const std::string& user) {
    sql::Database& db = m_workspace.database();
    std::int64_t version = 0;
    auto status = inTransaction(m_workspace, [&]() -> Status {
        auto current = existing(db, id);
        if (!current) return fail(current.error());
        auto newest =
            db.cached("SELECT version, text FROM case_notes WHERE case_id = ? ORDER BY version DESC LIMIT 1");
        if (!newest) return fail(newest.error());
        (*newest)->bind(1, id);
        auto row = (*newest)->next();
        if (!row) return fail(row.error());
        const std::int64_t last = *row ? (*newest)->integer(0) : 0;
        const bool same = *row && (*newest)->textView(1) == text;
        (*newest)->reset();
        if (auto discarded = runStatement(db, "DELETE FROM case_note_drafts WHERE case_id = ?", {}, id);
            !discarded)
            return discarded;
        if (same || (last == 0 && text.empty())) {
            version = last;
            return Ok{};
        }
        version = last + 1;
        auto insert = db.cached(
            "INSERT INTO case_notes(case_id, version, text, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)");
        if (!insert) return fail(insert.error());
        (*insert)->bind(1, id).bind(2, version).bind(3, text).bind(4, utcNowRfc3339()).bind(5, user);
        if (auto inserted = (*insert)->run(); !inserted) return inserted;
        if (auto touched = touch(db, id); !touched) return touched;
        // The text's digest, not the text: the chain then vouches for every version's exact words.
        return appendAuditEntry(
            m_workspace, user, "note.save", caseObject(id),
            detailObject({{"version", json::Value::number(version)},
                          {"characters", json::Value::number(static_cast<std::int64_t>(text.size()))},
                          {"digest", str(textDigest(m_workspace, text))}}));
    });
    if (!status) return fail(status.error());
    return version;
}

Status CaseStore::saveDraft(std::int64_t id, const std::string& text, const std::string& user) {
    auto statement = m_workspace.database().cached(
        "INSERT INTO case_note_drafts(case_id, text, saved_at, saved_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(case_id) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at, "
        "saved_by = excluded.saved_by");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, id).bind(2, text).bind(3, utcNowRfc3339()).bind(4, user);
    return (*statement)->run();
}

Status CaseStore::discardDraft(std::int64_t id) {
    return runStatement(m_workspace.database(), "DELETE FROM case_note_drafts WHERE case_id = ?", {}, id);
}

Status CaseStore::addFinding(std::int64_t id, const CaseFinding& finding, const std::string& user) {
    sql::Database& db = m_workspace.database();
    return inTransaction(m_workspace, [&]() -> Status {
        if (auto current = existing(db, id); !current) return fail(current.error());
        if (auto status = insertFinding(db, id, finding, user); !status) return status;
        if (auto status = touch(db, id); !status) return status;
        return appendAuditEntry(
            m_workspace, user, "finding.add", caseObject(id),
            detailObject({{"finding", str(finding.findingId)}, {"rule", str(finding.rule)}}));
    });
}

Status CaseStore::removeFinding(std::int64_t id, const std::string& findingId, const std::string& user) {
    sql::Database& db = m_workspace.database();
    return inTransaction(m_workspace, [&]() -> Status {
        if (auto current = existing(db, id); !current) return fail(current.error());
        if (auto status = runStatement(db, "DELETE FROM case_findings WHERE finding_id = ? AND case_id = ?",
                                       {findingId}, id);
            !status)
            return status;
        if (db.changes() == 0) return fail("the case holds no finding " + findingId);
        if (auto status = touch(db, id); !status) return status;
        return appendAuditEntry(m_workspace, user, "finding.remove", caseObject(id),
                                detailObject({{"finding", str(findingId)}}));
    });
}

Status CaseStore::addEntity(std::int64_t id, const CaseEntity& entity, const std::string& user) {
    sql::Database& db = m_workspace.database();
    return inTransaction(m_workspace, [&]() -> Status {
        if (auto current = existing(db, id); !current) return fail(current.error());
        if (auto status = insertEntity(db, id, entity, user); !status) return status;
        if (auto status = touch(db, id); !status) return status;
        return appendAuditEntry(m_workspace, user, "entity.add", caseObject(id),
                                detailObject({{"entity", str(entity.id)}, {"kind", str(entity.kind)}}));
    });
}

Status CaseStore::removeEntity(std::int64_t id, const std::string& entityId, const std::string& user) {
    sql::Database& db = m_workspace.database();
    return inTransaction(m_workspace, [&]() -> Status {
        if (auto current = existing(db, id); !current) return fail(current.error());
        if (auto status = runStatement(db, "DELETE FROM case_entities WHERE entity_id = ? AND case_id = ?",
                                       {entityId}, id);
            !status)
            return status;
        if (db.changes() == 0) return fail("the case holds no entity " + entityId);
        if (auto status = touch(db, id); !status) return status;
        return appendAuditEntry(m_workspace, user, "entity.remove", caseObject(id),
                                detailObject({{"entity", str(entityId)}}));
    });
}

Result<std::int64_t> CaseStore::addSnapshot(std::int64_t id, const CaseSnapshot& snapshot,
                                            const std::string& user) {
    sql::Database& db = m_workspace.database();
    std::int64_t snapshotId = 0;
    auto status = inTransaction(m_workspace, [&]() -> Status {
        if (auto current = existing(db, id); !current) return fail(current.error());
        auto added = insertSnapshot(m_workspace, id, snapshot, user);
        if (!added) return fail(added.error());
        snapshotId = *added;
        return touch(db, id);
    });
    if (!status) return fail(status.error());
    return snapshotId;
}

} // namespace lj
