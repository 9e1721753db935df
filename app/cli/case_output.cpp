#include "case_output.h"

#include "cli_text.h"
#include "findings_output.h"

namespace lj::cli {

std::string caseStateText(CaseState state) {
    return std::string(caseStateName(state)) + " (" + std::string(caseStateChinese(state)) + ")";
}

std::string reviewStatusText(ReviewStatus status) {
    switch (status) {
    case ReviewStatus::None:
        return u8(CliText::tr("not submitted"));
    case ReviewStatus::Pending:
        return u8(CliText::tr("awaiting the supervisor"));
    case ReviewStatus::Approved:
        return u8(CliText::tr("approved"));
    case ReviewStatus::Returned:
        return u8(CliText::tr("returned to the handler"));
    }
    return {};
}

void printCaseList(const std::vector<CaseSummary>& cases, std::ostream& out) {
    if (cases.empty()) {
        out << u8(CliText::tr("no cases in the workspace")) << '\n';
        return;
    }
    for (const CaseSummary& summary : cases)
        out << summary.id << "  " << summary.number << "  " << caseStateText(summary.status.state) << "  ["
            << reviewStatusText(summary.status.review) << "]  " << summary.title << "  ("
            << u8(CliText::tr("handler %1, %2 finding(s), updated %3")
                      .arg(q(summary.handler))
                      .arg(summary.findingCount)
                      .arg(q(summary.updatedAt)))
            << ")\n";
}

void printCase(const CaseRecord& record, std::ostream& out) {
    const CaseSummary& summary = record.summary;
    out << summary.number << "  " << summary.title << '\n';
    out << u8(CliText::tr("state: %1, %2")
                  .arg(q(caseStateText(summary.status.state)), q(reviewStatusText(summary.status.review))));
    if (summary.status.review == ReviewStatus::Pending)
        out << ' ' << u8(CliText::tr("(proposed by %1)").arg(q(summary.status.proposedBy)));
    out << '\n';
    out << u8(CliText::tr("handler: %1; created %2 by %3; updated %4")
                  .arg(q(summary.handler), q(summary.createdAt), q(summary.createdBy), q(summary.updatedAt)))
        << '\n';
    out << u8(CliText::tr("findings: %1").arg(record.findings.size())) << '\n';
    for (const CaseFinding& finding : record.findings)
        out << "  " << finding.findingId << "  " << finding.rule << ' ' << ruleTitle(finding.rule) << "  "
            << finding.summary << '\n';
    out << u8(CliText::tr("entities: %1").arg(record.entities.size())) << '\n';
    for (const CaseEntity& entity : record.entities)
        out << "  " << entity.kind << "  " << entity.id
            << (entity.label != entity.id ? "  " + entity.label : "") << '\n';
    if (!record.snapshots.empty()) {
        out << u8(CliText::tr("snapshots: %1").arg(record.snapshots.size())) << '\n';
        for (const CaseSnapshot& snapshot : record.snapshots)
            out << "  " << snapshot.id << "  " << snapshot.kind << "  " << snapshot.subject << "  "
                << snapshot.format << "  " << snapshot.takenAt << '\n';
    }
    if (!record.reviews.empty()) {
        out << u8(CliText::tr("reviews:")) << '\n';
        for (const CaseReview& review : record.reviews)
            out << "  " << review.at << "  " << review.reviewer << "  " << reviewKindName(review.kind) << "  "
                << caseStateText(review.state) << (review.text.empty() ? "" : "  " + review.text) << '\n';
    }
    if (record.note.version > 0) {
        out << u8(CliText::tr("notes (version %1, saved %2 by %3):")
                      .arg(record.note.version)
                      .arg(q(record.note.savedAt), q(record.note.savedBy)))
            << '\n'
            << record.note.text << '\n';
    }
    std::string next;
    for (CaseState state : allowedTransitions(summary.status))
        next += (next.empty() ? "" : ", ") + caseStateText(state);
    out << u8(CliText::tr("next states: %1").arg(next.empty() ? CliText::tr("none") : q(next))) << '\n';
}

void printAudit(const std::vector<AuditEntry>& entries, std::ostream& out) {
    for (const AuditEntry& entry : entries)
        out << entry.seq << "  " << entry.at << "  " << entry.user << "  " << entry.action << "  "
            << entry.object << "  " << entry.detail << "  " << entry.hash.substr(0, 16) << '\n';
}

void printAuditVerification(const AuditVerification& verification, std::ostream& out) {
    if (verification.intact)
        out << u8(CliText::tr("audit log intact: %1 entries, %2 chain")
                      .arg(verification.entries)
                      .arg(q(verification.algorithm)))
            << '\n';
    else
        out << u8(CliText::tr("audit log BROKEN at entry %1: %2")
                      .arg(verification.firstBroken.value_or(0))
                      .arg(q(verification.problem)))
            << '\n';
    for (const std::string& problem : verification.recordProblems)
        out << u8(CliText::tr("cases differ from the audit trail: %1").arg(q(problem))) << '\n';
}

} // namespace lj::cli
