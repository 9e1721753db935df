#pragma once
// A tx's row in its record table (or in `events`), with its full-text row, worked out from the
// parsed record before it reaches SQLite: the import's reader thread does this, so that the
// writer thread, which every import waits on, only binds and steps.
#include "model/dataset.h"
#include "workspace/record_tables.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lj {

using RowValue = std::variant<std::monostate, std::int64_t, std::string>; // NULL, integer, text

struct SearchRow {
    std::string id, label, terms;
};

struct RecordRow {
    const RecordTable* table = nullptr; // null: a generic event (unknown kind, or a body that is no object)
    std::vector<RowValue> values;       // one per table column, in the table's order
    std::optional<std::string> extra;   // members without a column, or not of its type (JSON)
    std::optional<SearchRow> search;    // for tables indexed for search, when the record names its id
    std::optional<std::string> body;    // events: the body as JSON; nullopt for a null body
};

RecordRow makeRecordRow(const LedgerRecord& record);

} // namespace lj
