#include "cases/case_json.h"

namespace lj {

namespace {

json::Value str(const std::string& text) {
    return json::Value::string(text);
}

json::Value str(std::string_view text) {
    return json::Value::string(std::string(text));
}

json::Value strings(const std::vector<std::string>& items) {
    json::Value list = json::Value::array();
    for (const std::string& item : items)
        list.push(str(item));
    return list;
}

} // namespace

json::Value caseSummaryToJson(const CaseSummary& summary) {
    json::Value value = json::Value::object();
    value.set("id", json::Value::number(summary.id));
    value.set("number", str(summary.number));
    value.set("title", str(summary.title));
    value.set("handler", str(summary.handler));
    value.set("state", str(caseStateName(summary.status.state)));
    value.set("state_zh", str(caseStateChinese(summary.status.state)));
    value.set("review", str(reviewStatusName(summary.status.review)));
    value.set("proposed_by",
              summary.status.proposedBy.empty() ? json::Value() : str(summary.status.proposedBy));
    value.set("previous_state",
              summary.previousState ? str(caseStateName(*summary.previousState)) : json::Value());
    value.set("created_at", str(summary.createdAt));
    value.set("created_by", str(summary.createdBy));
    value.set("updated_at", str(summary.updatedAt));
    value.set("findings", json::Value::number(summary.findingCount));
    return value;
}

json::Value caseRecordToJson(const CaseRecord& record) {
    json::Value value = caseSummaryToJson(record.summary);
    json::Value findings = json::Value::array();
    for (const CaseFinding& finding : record.findings) {
        json::Value entry = json::Value::object();
        entry.set("id", str(finding.findingId));
        entry.set("rule", str(finding.rule));
        entry.set("severity", str(finding.severity));
        entry.set("summary", str(finding.summary));
        entry.set("subjects", strings(finding.subjects));
        entry.set("txs", strings(finding.txs));
        entry.set("added_at", str(finding.addedAt));
        entry.set("added_by", str(finding.addedBy));
        findings.push(std::move(entry));
    }
    value.set("findings", std::move(findings));
    json::Value entities = json::Value::array();
    for (const CaseEntity& entity : record.entities) {
        json::Value entry = json::Value::object();
        entry.set("id", str(entity.id));
        entry.set("kind", str(entity.kind));
        entry.set("label", str(entity.label));
        entities.push(std::move(entry));
    }
    value.set("entities", std::move(entities));
    json::Value snapshots = json::Value::array();
    for (const CaseSnapshot& snapshot : record.snapshots) {
        json::Value entry = json::Value::object();
        entry.set("id", json::Value::number(snapshot.id));
        entry.set("kind", str(snapshot.kind));
        entry.set("subject", str(snapshot.subject));
        entry.set("format", str(snapshot.format));
        entry.set("sha256", str(snapshot.sha256));
        entry.set("taken_at", str(snapshot.takenAt));
        entry.set("taken_by", str(snapshot.takenBy));
        snapshots.push(std::move(entry));
    }
    value.set("snapshots", std::move(snapshots));
    json::Value reviews = json::Value::array();
    for (const CaseReview& review : record.reviews) {
        json::Value entry = json::Value::object();
        entry.set("at", str(review.at));
        entry.set("reviewer", str(review.reviewer));
        entry.set("kind", str(reviewKindName(review.kind)));
        entry.set("state", str(caseStateName(review.state)));
        entry.set("text", str(review.text));
        reviews.push(std::move(entry));
    }
    value.set("reviews", std::move(reviews));
    json::Value note = json::Value::object();
    note.set("version", json::Value::number(record.note.version));
    note.set("text", str(record.note.text));
    note.set("saved_at", record.note.version ? str(record.note.savedAt) : json::Value());
    note.set("saved_by", record.note.version ? str(record.note.savedBy) : json::Value());
    value.set("note", std::move(note));
    json::Value allowed = json::Value::array();
    for (CaseState state : allowedTransitions(record.summary.status))
        allowed.push(str(caseStateName(state)));
    value.set("allowed_states", std::move(allowed));
    return value;
}

json::Value auditEntryToJson(const AuditEntry& entry) {
    json::Value value = json::Value::object();
    value.set("seq", json::Value::number(entry.seq));
    value.set("at", str(entry.at));
    value.set("user", str(entry.user));
    value.set("action", str(entry.action));
    value.set("object", str(entry.object));
    auto detail = json::parse(entry.detail);
    value.set("detail", detail ? std::move(*detail) : str(entry.detail));
    value.set("prev_hash", str(entry.prevHash));
    value.set("hash", str(entry.hash));
    return value;
}

json::Value auditVerificationToJson(const AuditVerification& verification) {
    json::Value value = json::Value::object();
    value.set("intact", json::Value::boolean(verification.intact));
    value.set("entries", json::Value::number(verification.entries));
    value.set("algorithm", str(verification.algorithm));
    value.set("first_broken",
              verification.firstBroken ? json::Value::number(*verification.firstBroken) : json::Value());
    value.set("problem", verification.problem.empty() ? json::Value() : str(verification.problem));
    value.set("record_problems", strings(verification.recordProblems));
    return value;
}

} // namespace lj
