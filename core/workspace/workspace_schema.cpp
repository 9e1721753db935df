#include "workspace/workspace_schema.h"

#include "cases/case_schema.h"
#include "visits/visit_schema.h"
#include "workspace/record_tables.h"

namespace lj {

namespace {

using sql::quoteIdentifier;

std::string columnDeclaration(const RecordColumn& column) {
    const char* type = "TEXT";
    if (column.type == ColumnType::Integer || column.type == ColumnType::Boolean) type = "INTEGER";
    return quoteIdentifier(column.member) + " " + type;
}

bool hasIdColumn(const RecordTable& table) {
    for (const RecordColumn& column : table.columns)
        if (column.member == "id") return true;
    return false;
}

// Bookkeeping tables, the tx store and the full-text index.
const char* kCoreTablesV1Template = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE exports(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    file_name TEXT NOT NULL,
    chain TEXT NOT NULL,
    suite TEXT NOT NULL,
    exporter TEXT,
    exported_at TEXT,
    "from" INTEGER,
    "to" INTEGER,
    verified_through INTEGER,
    trusted INTEGER,               -- NULL when imported without a trust store
    findings TEXT NOT NULL,        -- JSON: verification findings summary
    blocks_imported INTEGER NOT NULL,
    blocks_skipped INTEGER NOT NULL,
    txs_imported INTEGER NOT NULL,
    imported_at TEXT NOT NULL);

CREATE TABLE blocks(
    height INTEGER PRIMARY KEY,
    hash TEXT NOT NULL,
    time TEXT NOT NULL,
    tx_count INTEGER NOT NULL,
    block_line TEXT NOT NULL,
    commit_line TEXT NOT NULL,
    export_id INTEGER NOT NULL REFERENCES exports(id));

-- seq is the chain order. tx_id is not the key: two byte-identical tx lines in different blocks
-- share an id, and both are statements of the ledger.
%TXS%
-- Names, ids, phones, addresses and account numbers; trigram, so any 3+ character substring
-- (Chinese included) matches. seq is the tx that stated the row.
CREATE VIRTUAL TABLE search_index USING fts5(
    id, kind UNINDEXED, label, terms, seq UNINDEXED, tokenize = 'trigram');
)sql";

// The tx store. Version 1 also kept each tx's kind, time, source and actor in columns; version 6
// dropped them, as the raw line states them (json_extract reads them where a query needs them).
std::string coreTablesV1(bool txColumns) {
    std::string txs = "CREATE TABLE txs(\n"
                      "    seq INTEGER PRIMARY KEY,\n"
                      "    tx_id TEXT NOT NULL,\n"
                      "    height INTEGER NOT NULL REFERENCES blocks(height),\n"
                      "    idx INTEGER NOT NULL,\n";
    if (txColumns) txs += "    kind TEXT NOT NULL,\n    time TEXT,\n    source TEXT,\n    actor TEXT,\n";
    txs += "    export_id INTEGER NOT NULL REFERENCES exports(id),\n"
           "    line TEXT NOT NULL);\n"
           "CREATE INDEX txs_by_tx_id ON txs(tx_id);\n";
    std::string ddl = kCoreTablesV1Template;
    ddl.replace(ddl.find("%TXS%"), 5, txs);
    return ddl;
}

// The provenance columns a record table (or `events`) starts with. Version 1 repeated the tx's id,
// height, source and actor in every row; version 5 dropped them (see leanRecordProvenanceV5), and a
// new file is created without them.
std::string provenanceColumns(bool repeatTx) {
    std::string ddl = "    seq INTEGER PRIMARY KEY REFERENCES txs(seq),\n";
    if (repeatTx)
        ddl += "    tx_id TEXT NOT NULL,\n    height INTEGER NOT NULL,\n    source TEXT,\n    actor TEXT,\n";
    return ddl + "    export_id INTEGER NOT NULL REFERENCES exports(id)";
}

std::string recordTablesV1(bool repeatTx) {
    // Records of kinds sle-v1 does not define (and bodies that are not objects): kept as they came.
    std::string ddl = "CREATE TABLE events(\n" + provenanceColumns(repeatTx) +
                      ",\n    kind TEXT NOT NULL,\n    body TEXT);\n";
    for (const RecordTable& table : recordTables()) {
        const std::string name = quoteIdentifier(table.table);
        ddl += "CREATE TABLE " + name + "(\n" + provenanceColumns(repeatTx);
        for (const RecordColumn& column : table.columns)
            if (column.sinceVersion <= 1) ddl += ",\n    " + columnDeclaration(column);
        ddl += ",\n    extra TEXT);\n";
        if (hasIdColumn(table))
            ddl += "CREATE INDEX " + quoteIdentifier(table.table + "_by_id") + " ON " + name + "(id);\n";
    }
    return ddl;
}

// Version 2: the indexes behind one asset's timeline (loadAssetDataset) and party look-ups.
const char* kTimelineIndexesV2 = R"sql(
CREATE INDEX asset_statuses_by_asset ON asset_statuses(asset);
CREATE INDEX asset_disposals_by_asset ON asset_disposals(asset);
CREATE INDEX listings_by_asset ON listings(asset);
CREATE INDEX contracts_by_asset ON contracts(asset);
CREATE INDEX contracts_by_listing ON contracts(listing);
CREATE INDEX contracts_by_lessee ON contracts(lessee);
CREATE INDEX bids_by_listing ON bids(listing);
CREATE INDEX listing_results_by_listing ON listing_results(listing);
CREATE INDEX contract_amendments_by_contract ON contract_amendments(contract);
CREATE INDEX contract_terminations_by_contract ON contract_terminations(contract);
CREATE INDEX receipts_by_contract ON receipts(contract);
CREATE INDEX alerts_by_subject ON alerts(subject);
)sql";

// Columns a later version added to a record table (none yet): ALTER TABLE for those of `version`.
std::string addedColumns(int version) {
    std::string ddl;
    for (const RecordTable& table : recordTables())
        for (const RecordColumn& column : table.columns)
            if (column.sinceVersion == version)
                ddl += "ALTER TABLE " + quoteIdentifier(table.table) + " ADD COLUMN " +
                       columnDeclaration(column) + ";\n";
    return ddl;
}

// Version 5: record tables and `events` keep only `seq` and `export_id` of their provenance; the
// tx id, height, source and actor are the tx's (txs, by seq), and repeating them in every record
// row made the workspace a third larger and its import slower. A view per table, `<table>_with_tx`,
// shows each row with them, as the earlier schema did.
std::vector<std::string> provenanceTables() {
    std::vector<std::string> tables{"events"};
    for (const RecordTable& table : recordTables())
        tables.push_back(table.table);
    return tables;
}

// The views read source and actor from the tx's raw line, which works before and after version 6.
std::string withTxViewsV5() {
    std::string ddl;
    for (const std::string& table : provenanceTables())
        ddl += "CREATE VIEW " + quoteIdentifier(table + "_with_tx") +
               " AS SELECT t.tx_id, t.height, json_extract(t.line, '$.source') AS source, "
               "json_extract(t.line, '$.actor') AS actor, r.* FROM " +
               quoteIdentifier(table) + " r JOIN txs t ON t.seq = r.seq;\n";
    return ddl;
}

// Version 6: txs keeps its raw line, not copies of the line's kind, time, source and actor. The
// views are made again (a file at version 5 may hold views naming those columns).
std::string leanTxsV6() {
    std::string ddl;
    for (const std::string& table : provenanceTables())
        ddl += "DROP VIEW IF EXISTS " + quoteIdentifier(table + "_with_tx") + ";\n";
    for (const char* column : {"kind", "time", "source", "actor"})
        ddl += "ALTER TABLE txs DROP COLUMN " + std::string(column) + ";\n";
    return ddl + withTxViewsV5();
}

std::string leanRecordProvenanceV5() {
    std::string ddl;
    for (const std::string& table : provenanceTables())
        for (const char* column : {"tx_id", "height", "source", "actor"})
            ddl += "ALTER TABLE " + quoteIdentifier(table) + " DROP COLUMN " + column + ";\n";
    return ddl + withTxViewsV5();
}

// Version 7: tx ids are looked up through their first 16 hex digits (64 bits: ids that share them
// are the rare case the query's second test settles). A third of the index's bytes, and a faster
// rebuild after a bulk import. Queries say substr(tx_id, 1, 16) = ?1 AND +tx_id = ?2, binding the
// first 16 digits themselves: with a plain tx_id = ?2, SQLite propagates the constant into the
// substr() and no longer sees the index.
const char* kTxIdPrefixIndexV7 = R"sql(
DROP INDEX txs_by_tx_id;
CREATE INDEX txs_by_tx_prefix ON txs(substr(tx_id, 1, 16));
)sql";

std::vector<WorkspaceMigration> makeMigrations() {
    return {
        {1, "tables for exports, blocks, txs, every record kind, generic events; full-text index",
         coreTablesV1(true) + recordTablesV1(true), coreTablesV1(false) + recordTablesV1(false)},
        {2, "indexes for asset timelines", kTimelineIndexesV2 + addedColumns(2)},
        {3, "cases, findings, entities, snapshots, notes, reviews; the hash-chained audit log",
         caseTablesDdl() + addedColumns(3)},
        {4, "field visits: observations, photos, field reports", visitTablesDdl() + addedColumns(4)},
        {5, "record tables keep seq and export_id; tx id, height, source and actor via <table>_with_tx",
         leanRecordProvenanceV5() + addedColumns(5), withTxViewsV5() + addedColumns(5)},
        {6, "txs keeps the raw line, not copies of its kind, time, source and actor",
         leanTxsV6() + addedColumns(6), addedColumns(6)},
        {7, "tx ids indexed by their first 16 hex digits", kTxIdPrefixIndexV7 + addedColumns(7)},
    };
}

} // namespace

const std::vector<WorkspaceMigration>& workspaceMigrations() {
    static const std::vector<WorkspaceMigration> migrations = makeMigrations();
    return migrations;
}

int currentWorkspaceSchemaVersion() {
    return workspaceMigrations().back().version;
}

Status migrateWorkspace(sql::Database& db, int fromVersion) {
    auto transaction = sql::Transaction::begin(db);
    if (!transaction) return fail(transaction.error());
    for (const WorkspaceMigration& migration : workspaceMigrations()) {
        if (migration.version <= fromVersion) continue;
        const std::string& sql = fromVersion == 0 && migration.freshSql ? *migration.freshSql : migration.sql;
        if (auto status = db.exec(sql); !status)
            return fail("schema migration to version " + std::to_string(migration.version) +
                        " failed: " + status.error());
    }
    std::string pragmas = "PRAGMA user_version = " + std::to_string(currentWorkspaceSchemaVersion()) + ";";
    if (fromVersion == 0)
        pragmas += "PRAGMA application_id = " + std::to_string(kWorkspaceApplicationId) + ";";
    if (auto status = db.exec(pragmas); !status) return fail(status.error());
    return (*transaction)->commit();
}

} // namespace lj
