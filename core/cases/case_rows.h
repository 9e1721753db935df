#pragma once
// Internal to core/cases: row helpers shared by the store's writes and reads.
#include "cases/case_types.h"
#include "util/result.h"
#include "workspace/sqlite_db.h"

#include <string>
#include <vector>

namespace lj::case_rows {

[[nodiscard]] Result<CaseSummary> selectSummary(sql::Database& db, std::int64_t id);
[[nodiscard]] Result<std::vector<CaseSummary>> selectAllSummaries(sql::Database& db);
std::string stringArray(const std::vector<std::string>& items); // JSON text
std::vector<std::string> parseStringArray(const std::string& text);

} // namespace lj::case_rows
