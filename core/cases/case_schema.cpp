#include "cases/case_schema.h"

namespace lj {

namespace {

// Finding snapshots keep what the rule said when the case was made (rule, subjects, txs, the whole
// finding as JSON), so that a case still reads the same after the rules or their settings change.
const char* kCaseTables = R"sql(
CREATE TABLE cases(
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,      -- 链鉴〔2026〕1号
    year INTEGER NOT NULL,
    serial INTEGER NOT NULL,
    title TEXT NOT NULL,
    handler TEXT NOT NULL,
    state TEXT NOT NULL,              -- case_state.h
    previous_state TEXT,              -- before the proposal under review; restored on return
    review TEXT NOT NULL DEFAULT 'none', -- none, pending, approved, returned
    proposed_by TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE(year, serial));

CREATE TABLE case_findings(
    case_id INTEGER NOT NULL REFERENCES cases(id),
    finding_id TEXT NOT NULL,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    summary TEXT NOT NULL,
    subjects TEXT NOT NULL,           -- JSON array
    txs TEXT NOT NULL,                -- JSON array
    snapshot TEXT NOT NULL,           -- the finding as findings --json printed it
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    PRIMARY KEY(case_id, finding_id)) WITHOUT ROWID;

CREATE TABLE case_entities(
    case_id INTEGER NOT NULL REFERENCES cases(id),
    entity_id TEXT NOT NULL,
    kind TEXT NOT NULL,               -- person, firm, org, asset, contract…
    label TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    PRIMARY KEY(case_id, entity_id)) WITHOUT ROWID;

CREATE TABLE case_snapshots(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL CHECK(kind IN ('timeline', 'graph')),
    subject TEXT NOT NULL,
    format TEXT NOT NULL CHECK(format IN ('json', 'png')),
    data BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    taken_by TEXT NOT NULL);
CREATE INDEX case_snapshots_by_case ON case_snapshots(case_id);

-- Every saved version of a case's notes; the newest is the current text.
CREATE TABLE case_notes(
    case_id INTEGER NOT NULL REFERENCES cases(id),
    version INTEGER NOT NULL,
    text TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    PRIMARY KEY(case_id, version)) WITHOUT ROWID;

-- The editor's autosave between saves (crash recovery): not a version, not audited.
CREATE TABLE case_note_drafts(
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    text TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL);

CREATE TABLE case_reviews(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    at TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    kind TEXT NOT NULL CHECK(kind IN ('comment', 'approve', 'return')),
    state TEXT NOT NULL,              -- the case's state when reviewed
    text TEXT NOT NULL);
CREATE INDEX case_reviews_by_case ON case_reviews(case_id);

-- The workstation's own audit trail: hash = H(canonical entry including prev_hash), see audit_log.h.
CREATE TABLE audit_log(
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL);

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER case_notes_append_only_update BEFORE UPDATE ON case_notes
BEGIN SELECT RAISE(ABORT, 'note versions are kept: save a new version'); END;
CREATE TRIGGER case_notes_append_only_delete BEFORE DELETE ON case_notes
BEGIN SELECT RAISE(ABORT, 'note versions are kept: save a new version'); END;
CREATE TRIGGER case_reviews_append_only_update BEFORE UPDATE ON case_reviews
BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TRIGGER case_reviews_append_only_delete BEFORE DELETE ON case_reviews
BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
)sql";

} // namespace

const std::string& caseTablesDdl() {
    static const std::string ddl = kCaseTables;
    return ddl;
}

} // namespace lj
