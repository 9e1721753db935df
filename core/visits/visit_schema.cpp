#include "visits/visit_schema.h"

namespace lj {

namespace {

const char* kVisitTables = R"sql(
CREATE TABLE visit_observations(
    id TEXT PRIMARY KEY,              -- V-<16 hex>, the same on every workstation
    kind TEXT NOT NULL CHECK(kind IN ('asset', 'project')),
    subject TEXT NOT NULL,
    org TEXT NOT NULL,
    state TEXT NOT NULL,
    occupant TEXT NOT NULL,
    notes TEXT NOT NULL,
    inspector TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    visit_date TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL CHECK(origin IN ('local', 'imported')),
    report_id TEXT,                   -- imported: the field report it came with
    signer TEXT,                      -- imported: the report's key fingerprint
    in_ledger INTEGER NOT NULL DEFAULT 1) WITHOUT ROWID;
CREATE INDEX visit_observations_by_subject ON visit_observations(subject);

CREATE TABLE visit_photos(
    sha256 TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    exif_date TEXT NOT NULL,
    data BLOB NOT NULL,
    added_at TEXT NOT NULL);

CREATE TABLE visit_observation_photos(
    observation TEXT NOT NULL REFERENCES visit_observations(id),
    sha256 TEXT NOT NULL REFERENCES visit_photos(sha256),
    file_name TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY(observation, sha256)) WITHOUT ROWID;

CREATE TABLE visit_reports(
    id TEXT PRIMARY KEY,              -- SHA-256 of the report's report.json
    direction TEXT NOT NULL CHECK(direction IN ('exported', 'imported')),
    path TEXT NOT NULL,
    inspector TEXT NOT NULL,
    created_at TEXT NOT NULL,
    signer TEXT NOT NULL,             -- key fingerprint; empty when unsigned
    signer_trusted INTEGER,           -- imported: checked against --trust-key (NULL: not checked)
    at TEXT NOT NULL,
    observations INTEGER NOT NULL,
    not_in_ledger TEXT NOT NULL) WITHOUT ROWID; -- JSON array of subjects the ledger lacks
)sql";

} // namespace

const std::string& visitTablesDdl() {
    static const std::string ddl = kVisitTables;
    return ddl;
}

} // namespace lj
