#pragma once
// DDL of the cases tables and the audit log: one workspace migration (workspace_schema.cpp).
#include <string>

namespace lj {

// Cases, their findings, entities, snapshots, note versions and note drafts, reviews, and the
// append-only hash-chained audit log (triggers refuse UPDATE and DELETE on the append-only tables).
const std::string& caseTablesDdl();

} // namespace lj
