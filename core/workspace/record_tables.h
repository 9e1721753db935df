#pragma once
// The workspace's table for each record kind of sle-v1 §4: which body members get a typed column.
// One row per statement (per tx), so history is kept; the merged current state is what Dataset
// merging computes from them. Every row also carries its tx (seq: the tx's id, height, source and
// actor are in txs, and in the view <table>_with_tx) and the export it came from; body members
// without a column are kept in `extra` (JSON).
// Kinds not listed here go to the generic `events` table.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lj {

enum class ColumnType {
    Text,    // strings, dates (YYYY-MM-DD sorts as text)
    Integer, // money in fen, areas, counts
    Boolean, // stored 0/1
    Json,    // arrays (approvers, bidders, budget lines, clue subjects, disclosure items) as JSON text
};

struct RecordColumn {
    std::string member; // the body member; also the column name (quoted in SQL: "end", "from"…)
    ColumnType type = ColumnType::Text;
    int sinceVersion = 1; // the schema version whose migration adds the column
};

// How a record table's rows feed the full-text index: the id a hit names, the label a list shows
// (the id when empty) and further members whose text should be findable (phones, addresses…).
struct SearchFields {
    std::string idMember;
    std::string labelMember;
    std::vector<std::string> termMembers;
};

struct RecordTable {
    std::string kind;  // "contract.sign"
    std::string table; // "contracts"
    std::vector<RecordColumn> columns;
    std::optional<SearchFields> search; // absent: not indexed for search
};

// Every record kind of sle-v1 §4, in spec order.
const std::vector<RecordTable>& recordTables();
const RecordTable* recordTableForKind(std::string_view kind);

// The columns every record table (and `events`) starts with, before the member columns (schema
// version 5 on; version 1 also repeated the tx's id, height, source and actor).
inline constexpr std::string_view kRecordProvenanceColumns = "seq, export_id";

} // namespace lj
