#pragma once
// Cases (案件/线索) kept in a workspace: created from rule findings, moved through the handling
// states (case_state.h), reviewed by a supervisor, annotated with versioned notes. Every change is
// one SQLite transaction that also appends its audit entry (audit_log.h), so the audit trail and
// the data can never disagree about what happened. `user` is who does it (the audit's "who").
#include "cases/audit_log.h"
#include "cases/case_types.h"
#include "util/result.h"
#include "workspace/workspace.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lj {

class CaseStore {
public:
    explicit CaseStore(Workspace& workspace)
        : m_workspace(workspace) {}

    Workspace& workspace() { return m_workspace; }

    // Numbered 链鉴〔YEAR〕N号, N counting the year's cases from 1 (year at +08:00).
    [[nodiscard]] Result<std::int64_t> create(const NewCase& request, const std::string& user);

    [[nodiscard]] Result<std::vector<CaseSummary>> list();
    [[nodiscard]] Result<CaseRecord> load(std::int64_t id);
    // A case by its id ("3") or its number ("链鉴〔2026〕3号").
    [[nodiscard]] Result<std::int64_t> find(const std::string& idOrNumber);

    [[nodiscard]] Status setTitle(std::int64_t id, const std::string& title, const std::string& user);
    [[nodiscard]] Status setHandler(std::int64_t id, const std::string& handler, const std::string& user);

    // The handler proposes a state; the review becomes pending. Refused per checkTransition.
    [[nodiscard]] Status changeState(std::int64_t id, CaseState to, const std::string& user,
                                     const std::string& reason = {});
    // A supervisor's comment, approval or return (per checkReview). Returning restores the state
    // before the proposal.
    [[nodiscard]] Status review(std::int64_t id, ReviewKind kind, const std::string& text,
                                const std::string& user);

    // A new version of the notes (returns its number); the same text as the newest version writes
    // nothing and returns that version. Saving also discards the draft.
    [[nodiscard]] Result<std::int64_t> saveNote(std::int64_t id, const std::string& text,
                                                const std::string& user);
    [[nodiscard]] Result<std::vector<CaseNote>> noteHistory(std::int64_t id);
    // The editor's autosave (not a version, not audited): recovered after a crash.
    [[nodiscard]] Status saveDraft(std::int64_t id, const std::string& text, const std::string& user);
    [[nodiscard]] Result<std::optional<CaseNote>> draft(std::int64_t id);
    [[nodiscard]] Status discardDraft(std::int64_t id);

    [[nodiscard]] Status addFinding(std::int64_t id, const CaseFinding& finding, const std::string& user);
    [[nodiscard]] Status removeFinding(std::int64_t id, const std::string& findingId,
                                       const std::string& user);
    [[nodiscard]] Status addEntity(std::int64_t id, const CaseEntity& entity, const std::string& user);
    [[nodiscard]] Status removeEntity(std::int64_t id, const std::string& entityId, const std::string& user);
    [[nodiscard]] Result<std::int64_t> addSnapshot(std::int64_t id, const CaseSnapshot& snapshot,
                                                   const std::string& user);
    [[nodiscard]] Result<std::string> snapshotData(std::int64_t snapshotId);

    // The case's audit entries, in order.
    [[nodiscard]] Result<std::vector<AuditEntry>> audit(std::int64_t id);

private:
    Workspace& m_workspace;
};

std::string caseObject(std::int64_t id); // "case:3", the audit log's object of a case

} // namespace lj
