#include "workspace/record_row.h"

#include "json/json.h"

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

RowValue columnValue(const json::Value& value, ColumnType type) {
    switch (type) {
    case ColumnType::Text:
        return value.asString();
    case ColumnType::Integer:
        return *value.asInt64();
    case ColumnType::Boolean:
        return std::int64_t{value.asBool() ? 1 : 0};
    case ColumnType::Json:
        return json::serialize(value);
    }
    return std::monostate{};
}

const RecordColumn* findColumn(const RecordTable& table, std::string_view member) {
    for (const RecordColumn& column : table.columns)
        if (column.member == member) return &column;
    return nullptr;
}

std::optional<SearchRow> searchRow(const SearchFields& fields, const json::Value& body) {
    const auto id = body.getString(fields.idMember);
    if (!id || id->empty()) return std::nullopt;
    SearchRow row;
    row.id = *id;
    row.label = fields.labelMember.empty() ? "" : body.getString(fields.labelMember).value_or("");
    if (row.label.empty()) row.label = *id;
    for (const std::string& member : fields.termMembers)
        if (const auto value = body.getString(member); value && !value->empty()) {
            if (!row.terms.empty()) row.terms += ' ';
            row.terms += *value;
        }
    return row;
}

} // namespace

RecordRow makeRecordRow(const LedgerRecord& record) {
    RecordRow row;
    const RecordTable* table = recordTableForKind(record.ref.kind);
    if (!table || !record.body.isObject()) {
        if (!record.body.isNull()) row.body = json::serialize(record.body);
        return row;
    }
    row.table = table;
    row.values.reserve(table->columns.size());
    for (const RecordColumn& column : table->columns) {
        const json::Value* value = record.body.find(column.member);
        row.values.push_back(value && matchesType(*value, column.type) ? columnValue(*value, column.type)
                                                                       : RowValue{});
    }
    // Members without a column, or whose value is not of the column's type, are kept in `extra`.
    json::Value extra = json::Value::object();
    for (const auto& [member, value] : record.body.asObject()) {
        const RecordColumn* column = findColumn(*table, member);
        if (!column || !matchesType(value, column->type)) extra.set(member, value);
    }
    if (!extra.asObject().empty()) row.extra = json::serialize(extra);
    if (table->search) row.search = searchRow(*table->search, record.body);
    return row;
}

} // namespace lj
