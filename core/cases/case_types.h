#pragma once
// What a case holds, as CaseStore reads and writes it.
#include "cases/case_state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lj {

// A finding as it was when it was added to the case (rules may change later; ids are stable).
struct CaseFinding {
    std::string findingId, rule, severity, summary;
    std::vector<std::string> subjects, txs;
    std::string snapshot; // the finding as JSON (findings --json's form)
    std::string addedAt, addedBy;
};

struct CaseEntity {
    std::string id, kind, label; // kind: person, firm, org, asset, account, contract, listing…
    std::string addedAt, addedBy;
};

struct CaseSnapshot {
    std::int64_t id = 0;
    std::string kind;    // "timeline" or "graph"
    std::string subject; // the asset, village or entity it shows
    std::string format;  // "json" or "png"
    std::string data;    // the JSON text or the PNG bytes
    std::string sha256, takenAt, takenBy;
};

struct CaseNote {
    std::int64_t version = 0; // 1, 2, …; 0: no note yet
    std::string text, savedAt, savedBy;
};

struct CaseReview {
    std::int64_t id = 0;
    std::string at, reviewer;
    ReviewKind kind = ReviewKind::Comment;
    CaseState state = CaseState::New; // the case's state when reviewed
    std::string text;
};

struct CaseSummary {
    std::int64_t id = 0;
    std::string number; // 链鉴〔2026〕1号
    std::string title, handler;
    CaseStatus status;
    std::optional<CaseState> previousState; // while a proposal awaits review
    std::string createdAt, createdBy, updatedAt;
    std::int64_t findingCount = 0;
};

struct CaseRecord {
    CaseSummary summary;
    std::vector<CaseFinding> findings;
    std::vector<CaseEntity> entities;
    std::vector<CaseSnapshot> snapshots; // data left empty by CaseStore::load (see snapshotData)
    std::vector<CaseReview> reviews;
    CaseNote note; // the newest version
};

// What a new case starts with.
struct NewCase {
    std::string title;
    std::string handler; // the user creating it when empty
    std::vector<CaseFinding> findings;
    std::vector<CaseEntity> entities;
    std::vector<CaseSnapshot> snapshots;
};

} // namespace lj
