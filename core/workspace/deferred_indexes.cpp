#include "workspace/deferred_indexes.h"

namespace lj {

Result<DeferredIndexes> DeferredIndexes::drop(sql::Database& db) {
    DeferredIndexes deferred;
    std::vector<std::string> names;
    auto statement =
        db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                   "ORDER BY name");
    if (!statement) return fail(statement.error());
    for (;;) {
        auto row = (*statement)->next();
        if (!row) return fail(row.error());
        if (!*row) break;
        names.push_back((*statement)->text(0));
        deferred.m_createStatements.push_back((*statement)->text(1));
    }
    for (const std::string& name : names)
        if (auto status = db.exec("DROP INDEX " + sql::quoteIdentifier(name)); !status)
            return fail(status.error());
    return deferred;
}

Status DeferredIndexes::rebuild(sql::Database& db) {
    for (const std::string& create : m_createStatements)
        if (auto status = db.exec(create); !status) return status;
    m_createStatements.clear();
    return Ok{};
}

} // namespace lj
