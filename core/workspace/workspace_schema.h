#pragma once
// The workspace file's schema: its identity (PRAGMA application_id), its version (PRAGMA
// user_version) and the migrations that bring a file of any older version up to the current one.
#include "util/result.h"
#include "workspace/sqlite_db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lj {

// "LJWS": marks an SQLite file as a Lianjian workspace.
inline constexpr std::int32_t kWorkspaceApplicationId = 0x4C4A5753;

struct WorkspaceMigration {
    int version;             // user_version after it ran
    std::string description; // what it adds, for the log and for tests
    std::string sql;         // DDL (and any data fix-ups) of this step
    // For a new, empty file, when it differs: what the step amounts to when nothing older exists
    // (version 1 creates record tables without the columns version 5 drops from older files).
    std::optional<std::string> freshSql;
};

// Version 1 upward, in order; the last one's version is the current schema version.
const std::vector<WorkspaceMigration>& workspaceMigrations();
int currentWorkspaceSchemaVersion();

// Runs every migration above `fromVersion` in one transaction, then sets user_version (and, from
// an empty file, application_id). On failure nothing is changed.
[[nodiscard]] Status migrateWorkspace(sql::Database& db, int fromVersion);

} // namespace lj
