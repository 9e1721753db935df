// CaseStore's reads: summaries, whole cases, note history and drafts, snapshots, a case's audit.
#include "cases/case_rows.h"
#include "cases/case_store.h"

namespace lj {

namespace case_rows {

namespace {

constexpr const char* kSummaryColumns =
    "SELECT c.id, c.number, c.title, c.handler, c.state, c.review, c.proposed_by, c.previous_state, "
    "c.created_at, c.created_by, c.updated_at, (SELECT count(*) FROM case_findings f WHERE f.case_id = c.id) "
    "FROM cases c";

CaseSummary readSummary(const sql::Statement& row) {
    CaseSummary summary;
    summary.id = row.integer(0);
    summary.number = row.text(1);
    summary.title = row.text(2);
    summary.handler = row.text(3);
    summary.status.state = caseStateFromName(row.textView(4)).value_or(CaseState::New);
    summary.status.review = reviewStatusFromName(row.textView(5)).value_or(ReviewStatus::None);
    summary.status.proposedBy = row.text(6);
    if (!row.isNull(7)) summary.previousState = caseStateFromName(row.textView(7));
    summary.createdAt = row.text(8);
    summary.createdBy = row.text(9);
    summary.updatedAt = row.text(10);
    summary.findingCount = row.integer(11);
    return summary;
}

} // namespace

Result<CaseSummary> selectSummary(sql::Database& db, std::int64_t id) {
    auto select = db.cached(std::string(kSummaryColumns) + " WHERE c.id = ?");
    if (!select) return fail(select.error());
    (*select)->bind(1, id);
    auto row = (*select)->next();
    if (!row) return fail(row.error());
    if (!*row) return fail("no case " + std::to_string(id) + " in the workspace");
    CaseSummary summary = readSummary(**select);
    (*select)->reset();
    return summary;
}

std::string stringArray(const std::vector<std::string>& items) {
    json::Value array = json::Value::array();
    for (const std::string& item : items)
        array.push(json::Value::string(item));
    return json::serialize(array);
}

std::vector<std::string> parseStringArray(const std::string& text) {
    std::vector<std::string> items;
    auto value = json::parse(text);
    if (!value) return items;
    for (const json::Value& item : value->asArray())
        if (item.isString()) items.push_back(item.asString());
    return items;
}

Result<std::vector<CaseSummary>> selectAllSummaries(sql::Database& db) {
    auto select = db.cached(std::string(kSummaryColumns) + " ORDER BY c.id");
    if (!select) return fail(select.error());
    std::vector<CaseSummary> summaries;
    for (;;) {
        auto row = (*select)->next();
        if (!row) return fail(row.error());
        if (!*row) break;
        summaries.push_back(readSummary(**select));
    }
    (*select)->reset();
    return summaries;
}

} // namespace case_rows

namespace {

// Runs `select` bound to the case id and hands each row to `read`.
template <class Read>
Status eachRow(sql::Database& db, const std::string& sql, std::int64_t id, Read&& read) {
    auto select = db.cached(sql);
    if (!select) return fail(select.error());
    (*select)->bind(1, id);
    for (;;) {
        auto row = (*select)->next();
        if (!row) return fail(row.error());
        if (!*row) break;
        read(**select);
    }
    (*select)->reset();
    return Ok{};
}

} // namespace

Result<std::vector<CaseSummary>> CaseStore::list() {
    return case_rows::selectAllSummaries(m_workspace.database());
}

Result<std::int64_t> CaseStore::find(const std::string& idOrNumber) {
    sql::Database& db = m_workspace.database();
    auto select = db.cached("SELECT id FROM cases WHERE number = ? OR CAST(id AS TEXT) = ?");
    if (!select) return fail(select.error());
    (*select)->bind(1, idOrNumber).bind(2, idOrNumber);
    auto row = (*select)->next();
    if (!row) return fail(row.error());
    if (!*row) return fail("no case " + idOrNumber + " in the workspace");
    const std::int64_t id = (*select)->integer(0);
    (*select)->reset();
    return id;
}

Result<CaseRecord> CaseStore::load(std::int64_t id) {
    sql::Database& db = m_workspace.database();
    CaseRecord record;
    auto summary = case_rows::selectSummary(db, id);
    if (!summary) return fail(summary.error());
    record.summary = std::move(*summary);

    auto status =
        eachRow(db,
                "SELECT finding_id, rule, severity, summary, subjects, txs, snapshot, added_at, added_by "
                "FROM case_findings WHERE case_id = ? ORDER BY rule, finding_id",
                id, [&](const sql::Statement& row) {
                    CaseFinding finding;
                    finding.findingId = row.text(0);
                    finding.rule = row.text(1);
                    finding.severity = row.text(2);
                    finding.summary = row.text(3);
                    finding.subjects = case_rows::parseStringArray(row.text(4));
                    finding.txs = case_rows::parseStringArray(row.text(5));
                    finding.snapshot = row.text(6);
                    finding.addedAt = row.text(7);
                    finding.addedBy = row.text(8);
                    record.findings.push_back(std::move(finding));
                });
    if (!status) return fail(status.error());
    status = eachRow(
        db,
        "SELECT entity_id, kind, label, added_at, added_by FROM case_entities WHERE case_id = ? "
        "ORDER BY kind, entity_id",
        id, [&](const sql::Statement& row) {
            record.entities.push_back({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4)});
        });
    if (!status) return fail(status.error());
    status = eachRow(db,
                     "SELECT id, kind, subject, format, sha256, taken_at, taken_by FROM case_snapshots "
                     "WHERE case_id = ? ORDER BY id",
                     id, [&](const sql::Statement& row) {
                         CaseSnapshot snapshot;
                         snapshot.id = row.integer(0);
                         snapshot.kind = row.text(1);
                         snapshot.subject = row.text(2);
                         snapshot.format = row.text(3);
                         snapshot.sha256 = row.text(4);
                         snapshot.takenAt = row.text(5);
                         snapshot.takenBy = row.text(6);
                         record.snapshots.push_back(std::move(snapshot));
                     });
    if (!status) return fail(status.error());
    status = eachRow(
        db, "SELECT id, at, reviewer, kind, state, text FROM case_reviews WHERE case_id = ? ORDER BY id", id,
        [&](const sql::Statement& row) {
            CaseReview review;
            review.id = row.integer(0);
            review.at = row.text(1);
            review.reviewer = row.text(2);
            review.kind = reviewKindFromName(row.textView(3)).value_or(ReviewKind::Comment);
            review.state = caseStateFromName(row.textView(4)).value_or(CaseState::New);
            review.text = row.text(5);
            record.reviews.push_back(std::move(review));
        });
    if (!status) return fail(status.error());
    status = eachRow(db,
                     "SELECT version, text, saved_at, saved_by FROM case_notes WHERE case_id = ? "
                     "ORDER BY version DESC LIMIT 1",
                     id, [&](const sql::Statement& row) {
                         record.note = {row.integer(0), row.text(1), row.text(2), row.text(3)};
                     });
    if (!status) return fail(status.error());
    return record;
}

Result<std::vector<CaseNote>> CaseStore::noteHistory(std::int64_t id) {
    std::vector<CaseNote> notes;
    auto status =
        eachRow(m_workspace.database(),
                "SELECT version, text, saved_at, saved_by FROM case_notes WHERE case_id = ? ORDER BY version",
                id, [&](const sql::Statement& row) {
                    notes.push_back({row.integer(0), row.text(1), row.text(2), row.text(3)});
                });
    if (!status) return fail(status.error());
    return notes;
}

Result<std::optional<CaseNote>> CaseStore::draft(std::int64_t id) {
    std::optional<CaseNote> draft;
    auto status = eachRow(m_workspace.database(),
                          "SELECT text, saved_at, saved_by FROM case_note_drafts WHERE case_id = ?", id,
                          [&](const sql::Statement& row) {
                              draft = CaseNote{0, row.text(0), row.text(1), row.text(2)};
                          });
    if (!status) return fail(status.error());
    return draft;
}

Result<std::string> CaseStore::snapshotData(std::int64_t snapshotId) {
    std::optional<std::string> data;
    auto status = eachRow(m_workspace.database(), "SELECT data FROM case_snapshots WHERE id = ?", snapshotId,
                          [&](const sql::Statement& row) { data = row.text(0); });
    if (!status) return fail(status.error());
    if (!data) return fail("no snapshot " + std::to_string(snapshotId));
    return *data;
}

Result<std::vector<AuditEntry>> CaseStore::audit(std::int64_t id) {
    return readAuditLog(m_workspace, caseObject(id));
}

} // namespace lj
