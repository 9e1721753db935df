#pragma once
// Bulk loading: maintaining secondary indexes row by row means random B-tree inserts, while
// building an index once over a finished table is a sort. For an import that at least doubles
// the workspace, the importer drops the indexes first and rebuilds them at the end — inside the
// same transaction, so a cancellation or error restores them with everything else.
#include "util/result.h"
#include "workspace/sqlite_db.h"

#include <string>
#include <vector>

namespace lj {

class DeferredIndexes {
public:
    // Drops every explicitly created index (those with SQL in sqlite_master), remembering their DDL.
    [[nodiscard]] static Result<DeferredIndexes> drop(sql::Database& db);

    // Creates the dropped indexes again.
    [[nodiscard]] Status rebuild(sql::Database& db);

    std::size_t count() const { return m_createStatements.size(); }

private:
    std::vector<std::string> m_createStatements;
};

} // namespace lj
