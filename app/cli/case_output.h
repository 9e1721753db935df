#pragma once
// How `lianjian-cli case` prints cases and the audit trail for people.
#include "cases/audit_log.h"
#include "cases/case_types.h"

#include <ostream>
#include <vector>

namespace lj::cli {

std::string caseStateText(CaseState state);        // "inquiry (谈话函询)"
std::string reviewStatusText(ReviewStatus status); // translated
void printCaseList(const std::vector<CaseSummary>& cases, std::ostream& out);
void printCase(const CaseRecord& record, std::ostream& out);
void printAudit(const std::vector<AuditEntry>& entries, std::ostream& out);
void printAuditVerification(const AuditVerification& verification, std::ostream& out);

} // namespace lj::cli
