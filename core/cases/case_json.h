#pragma once
// Cases, audit entries and audit verification as JSON (lianjian-cli case … --json).
#include "cases/audit_log.h"
#include "cases/case_types.h"

#include "json/json.h"

namespace lj {

// {"id","number","title","handler","state","state_zh","review","proposed_by","previous_state",
//  "created_at","created_by","updated_at","findings"(count)}
json::Value caseSummaryToJson(const CaseSummary& summary);
// The summary plus "findings" (array), "entities", "snapshots" (without data), "reviews", "note",
// "allowed_states".
json::Value caseRecordToJson(const CaseRecord& record);
json::Value auditEntryToJson(const AuditEntry& entry);
// {"intact","entries","algorithm","first_broken","problem","record_problems"}
json::Value auditVerificationToJson(const AuditVerification& verification);

} // namespace lj
