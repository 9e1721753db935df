#include "workspace/record_writer.h"

namespace lj {

namespace {

bool matchesType(const json::Value& value, ColumnType type) {
    switch (type) {
    case ColumnType::Text:
        return value.isString();
    case ColumnType::Integer:
        return value.isNumber() && value.asInt64().has_value();
    case ColumnType::Boolean:
        return value.isBool();
    case ColumnType::Json:
        return !value.isNull();
    }
    return false;
}

void bindValue(sql::Statement& statement, int index, const json::Value& value, ColumnType type) {
    switch (type) {
    case ColumnType::Text:
        statement.bind(index, value.asString());
        break;
    case ColumnType::Integer:
        statement.bind(index, *value.asInt64());
        break;
    case ColumnType::Boolean:
        statement.bind(index, std::int64_t{value.asBool() ? 1 : 0});
        break;
    case ColumnType::Json:
        statement.bind(index, json::serialize(value));
        break;
    }
}

const RecordColumn* findColumn(const RecordTable& table, std::string_view member) {
    for (const RecordColumn& column : table.columns)
        if (column.member == member) return &column;
    return nullptr;
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
    auto statement = prepared(
        m_insertTx, "INSERT INTO txs(seq, tx_id, height, idx, kind, time, source, actor, export_id, line) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!statement) return fail(statement.error());
    const TxRef& ref = record.ref;
    (*statement)->bind(1, seq).bind(2, ref.tx).bind(3, ref.height).bind(4, std::int64_t{ref.index});
    (*statement)->bind(5, ref.kind).bind(6, ref.time).bind(7, ref.source).bind(8, ref.actor);
    (*statement)->bind(9, m_exportId).bind(10, tx.line);
    if (auto status = (*statement)->run(); !status) return status;
    ++m_txsWritten;

    const RecordTable* table = recordTableForKind(ref.kind);
    if (!table || !record.body.isObject()) return writeEvent(record, seq);
    if (auto status = writeRecord(*table, record, seq); !status) return status;
    if (table->search) return writeSearchRow(*table->search, ref.kind, record.body, seq);
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

Status RecordWriter::writeRecord(const RecordTable& table, const LedgerRecord& record, std::int64_t seq) {
    sql::Statement*& slot = m_insertRecord[&table];
    auto statement = prepared(slot, slot ? std::string() : insertSql(table)); // the SQL only once
    if (!statement) return fail(statement.error());
    sql::Statement& insert = **statement;
    bindProvenance(insert, seq, m_exportId);

    // Members without a column, or whose value is not of the column's type, are kept in `extra`.
    json::Value extra = json::Value::object();
    for (const auto& [member, value] : record.body.asObject()) {
        const RecordColumn* column = findColumn(table, member);
        if (!column || !matchesType(value, column->type)) extra.set(member, value);
    }
    int index = 3;
    for (const RecordColumn& column : table.columns) {
        const json::Value* value = record.body.find(column.member);
        if (value && matchesType(*value, column.type))
            bindValue(insert, index, *value, column.type);
        else
            insert.bindNull(index);
        ++index;
    }
    if (extra.asObject().empty())
        insert.bindNull(index);
    else
        insert.bind(index, json::serialize(extra));
    return insert.run();
}

Status RecordWriter::writeEvent(const LedgerRecord& record, std::int64_t seq) {
    auto statement =
        prepared(m_insertEvent, "INSERT INTO events(seq, export_id, kind, body) VALUES (?, ?, ?, ?)");
    if (!statement) return fail(statement.error());
    bindProvenance(**statement, seq, m_exportId);
    (*statement)->bind(3, record.ref.kind);
    if (record.body.isNull())
        (*statement)->bindNull(4);
    else
        (*statement)->bind(4, json::serialize(record.body));
    return (*statement)->run();
}

Status RecordWriter::writeSearchRow(const SearchFields& fields, const std::string& kind,
                                    const json::Value& body, std::int64_t seq) {
    const auto id = body.getString(fields.idMember);
    if (!id || id->empty()) return Ok{};
    std::string label = fields.labelMember.empty() ? "" : body.getString(fields.labelMember).value_or("");
    if (label.empty()) label = *id;
    std::string terms;
    for (const std::string& member : fields.termMembers)
        if (const auto value = body.getString(member); value && !value->empty()) {
            if (!terms.empty()) terms += ' ';
            terms += *value;
        }
    auto statement = prepared(m_insertSearchRow,
                              "INSERT INTO search_index(id, kind, label, terms, seq) VALUES (?, ?, ?, ?, ?)");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, *id).bind(2, kind).bind(3, label).bind(4, terms).bind(5, seq);
    return (*statement)->run();
}

} // namespace lj
