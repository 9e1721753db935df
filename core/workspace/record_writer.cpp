#include "workspace/record_writer.h"

namespace lj {

namespace {

void bindRowValue(sql::Statement& statement, int index, const RowValue& value) {
    if (const auto* number = std::get_if<std::int64_t>(&value))
        statement.bind(index, *number);
    else if (const auto* text = std::get_if<std::string>(&value))
        statement.bind(index, *text);
    else
        statement.bindNull(index);
}

// The provenance binds shared by record tables and events: seq (the tx, which holds its id,
// height, source and actor) and export_id.
void bindProvenance(sql::Statement& statement, std::int64_t seq, std::int64_t exportId) {
    statement.bind(1, seq).bind(2, exportId);
}

} // namespace

RecordWriter::RecordWriter(sql::Database& db, std::int64_t exportId, std::int64_t nextSeq)
    : m_db(db)
    , m_exportId(exportId)
    , m_nextSeq(nextSeq) {}

Status RecordWriter::writeBlock(const PreparedBlock& block) {
    auto statement = prepared(
        m_insertBlock, "INSERT INTO blocks(height, hash, time, tx_count, block_line, commit_line, export_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, block.height).bind(2, block.hash).bind(3, block.time);
    (*statement)->bind(4, static_cast<std::int64_t>(block.txs.size()));
    (*statement)->bind(5, block.blockLine).bind(6, block.commitLine).bind(7, m_exportId);
    return (*statement)->run();
}

Status RecordWriter::writeTx(const PreparedTx& tx) {
    const std::int64_t seq = m_nextSeq++;
    const LedgerRecord& record = tx.record;
    auto statement = prepared(m_insertTx, "INSERT INTO txs(seq, tx_id, height, idx, export_id, line) "
                                          "VALUES (?, ?, ?, ?, ?, ?)");
    if (!statement) return fail(statement.error());
    const TxRef& ref = record.ref;
    (*statement)->bind(1, seq).bind(2, ref.tx).bind(3, ref.height).bind(4, std::int64_t{ref.index});
    (*statement)->bind(5, m_exportId).bind(6, tx.line);
    if (auto status = (*statement)->run(); !status) return status;
    ++m_txsWritten;

    const RecordRow& row = tx.row;
    if (!row.table) return writeEvent(ref.kind, row, seq);
    if (auto status = writeRecord(row, seq); !status) return status;
    if (row.search) return writeSearchRow(*row.search, ref.kind, seq);
    return Ok{};
}

Result<sql::Statement*> RecordWriter::prepared(sql::Statement*& slot, const std::string& sql) {
    if (!slot) {
        auto statement = m_db.cached(sql); // prepared and reset
        if (!statement) return fail(statement.error());
        slot = *statement;
        return slot;
    }
    slot->reset();
    return slot;
}

std::string RecordWriter::insertSql(const RecordTable& table) {
    std::string columns(kRecordProvenanceColumns);
    std::string values = "?, ?";
    for (const RecordColumn& column : table.columns) {
        columns += ", " + sql::quoteIdentifier(column.member);
        values += ", ?";
    }
    return "INSERT INTO " + sql::quoteIdentifier(table.table) + "(" + columns + ", extra) VALUES (" + values +
           ", ?)";
}

Status RecordWriter::writeRecord(const RecordRow& row, std::int64_t seq) {
    sql::Statement*& slot = m_insertRecord[row.table];
    auto statement = prepared(slot, slot ? std::string() : insertSql(*row.table)); // the SQL only once
    if (!statement) return fail(statement.error());
    sql::Statement& insert = **statement;
    bindProvenance(insert, seq, m_exportId);
    int index = 3;
    for (const RowValue& value : row.values)
        bindRowValue(insert, index++, value);
    if (row.extra)
        insert.bind(index, *row.extra);
    else
        insert.bindNull(index);
    return insert.run();
}

Status RecordWriter::writeEvent(const std::string& kind, const RecordRow& row, std::int64_t seq) {
    auto statement =
        prepared(m_insertEvent, "INSERT INTO events(seq, export_id, kind, body) VALUES (?, ?, ?, ?)");
    if (!statement) return fail(statement.error());
    bindProvenance(**statement, seq, m_exportId);
    (*statement)->bind(3, kind);
    if (row.body)
        (*statement)->bind(4, *row.body);
    else
        (*statement)->bindNull(4);
    return (*statement)->run();
}

Status RecordWriter::writeSearchRow(const SearchRow& search, const std::string& kind, std::int64_t seq) {
    auto statement = prepared(m_insertSearchRow,
                              "INSERT INTO search_index(id, kind, label, terms, seq) VALUES (?, ?, ?, ?, ?)");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, search.id).bind(2, kind).bind(3, search.label).bind(4, search.terms).bind(5, seq);
    return (*statement)->run();
}

} // namespace lj
