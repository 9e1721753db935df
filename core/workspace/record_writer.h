#pragma once
// Writes verified blocks and their transactions into the workspace's tables: the block row, the
// tx row (raw line kept), the row of the record kind's table (typed columns, unknown members in
// `extra`) or a generic event, and the full-text rows, as the reader worked them out (record_row.h).
// Runs inside the caller's transaction; every statement is prepared once per connection.
#include "model/dataset.h"
#include "util/result.h"
#include "workspace/import_reader.h"
#include "workspace/record_tables.h"
#include "workspace/sqlite_db.h"

#include <cstdint>
#include <map>
#include <string>

namespace lj {

class RecordWriter {
public:
    // `nextSeq`: the chain-order number of the next tx (the workspace's tx count).
    RecordWriter(sql::Database& db, std::int64_t exportId, std::int64_t nextSeq);

    [[nodiscard]] Status writeBlock(const PreparedBlock& block);
    // Writes the tx row, then its record (kind table, full-text row) or a generic event.
    [[nodiscard]] Status writeTx(const PreparedTx& tx);

    std::int64_t txsWritten() const { return m_txsWritten; }

private:
    [[nodiscard]] Status writeRecord(const RecordRow& row, std::int64_t seq);
    [[nodiscard]] Status writeEvent(const std::string& kind, const RecordRow& row, std::int64_t seq);
    [[nodiscard]] Status writeSearchRow(const SearchRow& search, const std::string& kind, std::int64_t seq);
    // The statement for `sql`, prepared on first use and kept in `slot`, reset for a new row.
    Result<sql::Statement*> prepared(sql::Statement*& slot, const std::string& sql);
    static std::string insertSql(const RecordTable& table);

    sql::Database& m_db;
    std::int64_t m_exportId;
    std::int64_t m_nextSeq;
    std::int64_t m_txsWritten = 0;
    // Statements looked up once per writer, not once per row: the writer steps millions of them.
    sql::Statement* m_insertBlock = nullptr;
    sql::Statement* m_insertTx = nullptr;
    sql::Statement* m_insertEvent = nullptr;
    sql::Statement* m_insertSearchRow = nullptr;
    std::map<const RecordTable*, sql::Statement*> m_insertRecord;
};

} // namespace lj
