#include "casefile/case_record_source.h"

#include "cases/case_store.h"

namespace lj {

namespace {

std::vector<std::string> strings(const json::Value* value) {
    std::vector<std::string> list;
    if (value && value->isArray())
        for (const json::Value& item : value->asArray())
            if (item.isString()) list.push_back(item.asString());
    return list;
}

std::string decisionText(ReviewKind kind) {
    switch (kind) {
    case ReviewKind::Approve:
        return "同意";
    case ReviewKind::Return:
        return "退回";
    case ReviewKind::Comment:
        break;
    }
    return "意见";
}

std::optional<Date> dateOf(const std::string& time) {
    if (time.size() < 10) return std::nullopt;
    return Date::parse(std::string_view(time).substr(0, 10));
}

} // namespace

std::optional<RuleFinding> findingFromJson(const json::Value& value) {
    if (!value.isObject() || !value.getString("id") || !value.getString("rule")) return std::nullopt;
    RuleFinding finding;
    finding.id = *value.getString("id");
    finding.rule = *value.getString("rule");
    finding.severity = severityFromName(value.getString("severity").value_or("")).value_or(Severity::Warning);
    finding.subjects = strings(value.find("subjects"));
    finding.txs = strings(value.find("txs"));
    finding.summary = value.getString("summary").value_or("");
    if (const auto from = value.getString("from")) finding.from = Date::parse(*from);
    if (const auto to = value.getString("to")) finding.to = Date::parse(*to);
    finding.path = strings(value.find("path"));
    if (const json::Value* details = value.find("details"); details && details->isObject())
        finding.details = *details;
    return finding;
}

Status requestFromCase(Workspace& workspace, const std::string& idOrNumber, CaseFileRequest& request) {
    CaseStore store(workspace);
    auto id = store.find(idOrNumber);
    if (!id) return fail(id.error());
    auto record = store.load(*id);
    if (!record) return fail(record.error());
    auto notes = store.noteHistory(*id);
    if (!notes) return fail(notes.error());

    CaseFileMeta meta;
    meta.number = record->summary.number;
    meta.title = record->summary.title;
    meta.handler = record->summary.handler;
    meta.state = std::string(caseStateChinese(record->summary.status.state));
    if (record->summary.status.review == ReviewStatus::Pending) meta.state += "（待审核）";
    meta.opened = dateOf(record->summary.createdAt);
    if (isFinal(record->summary.status)) meta.closed = dateOf(record->summary.updatedAt);
    meta.summary = record->note.text;
    for (const CaseNote& note : *notes)
        meta.notes.push_back(
            {note.savedAt, note.savedBy, "(v" + std::to_string(note.version) + ") " + note.text});
    for (const CaseReview& review : record->reviews)
        meta.reviews.push_back(
            {review.at, review.reviewer,
             decisionText(review.kind) + "（" + std::string(caseStateChinese(review.state)) + "）",
             review.text});
    request.meta = std::move(meta);
    for (const CaseFinding& finding : record->findings) {
        request.findingIds.push_back(finding.findingId);
        if (auto parsed = json::parse(finding.snapshot); parsed)
            if (auto snapshot = findingFromJson(*parsed)) request.snapshots.push_back(std::move(*snapshot));
    }
    for (const CaseEntity& entity : record->entities)
        request.extraSubjects.push_back(entity.id);
    return Ok{};
}

} // namespace lj
