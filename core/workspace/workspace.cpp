#include "workspace/workspace.h"

#include "util/utc_now.h"
#include "workspace/workspace_schema.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace lj {

namespace {

namespace fs = std::filesystem;

bool hasNonEmptyFile(const std::string& path) {
    std::error_code error;
    return fs::is_regular_file(path, error) && fs::file_size(path, error) > 0;
}

struct DatabaseHeader {
    std::int64_t userVersion = 0;
    std::int64_t applicationId = 0;
};

// The 100-byte SQLite header: magic, then big-endian fields (user_version at 60, application_id at 68).
std::optional<DatabaseHeader> readDatabaseHeader(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 100> bytes{};
    if (!in.read(reinterpret_cast<char*>(bytes.data()), bytes.size())) return std::nullopt;
    static constexpr char kMagic[] = "SQLite format 3";
    if (!std::equal(std::begin(kMagic), std::end(kMagic), bytes.begin()))
        return std::nullopt; // includes the NUL
    auto field = [&](std::size_t offset) {
        const std::uint32_t value =
            (std::uint32_t{bytes[offset]} << 24) | (std::uint32_t{bytes[offset + 1]} << 16) |
            (std::uint32_t{bytes[offset + 2]} << 8) | std::uint32_t{bytes[offset + 3]};
        return static_cast<std::int64_t>(static_cast<std::int32_t>(value));
    };
    return DatabaseHeader{field(60), field(68)};
}

Status checkVersion(const std::string& path, std::int64_t version) {
    if (version > currentWorkspaceSchemaVersion())
        return fail(path + ": the workspace was written by a newer version of Lianjian (schema " +
                    std::to_string(version) + "; this version reads up to " +
                    std::to_string(currentWorkspaceSchemaVersion()) + "); it was left unchanged");
    if (version < 1) return fail(path + ": not a Lianjian workspace (no schema version)");
    return Ok{};
}

// Connection settings of a workspace opened for work (not persistent, except journal_mode).
Status configure(sql::Database& db) {
    // A 64 MiB page cache keeps the tx-id and full-text indexes of a big import in memory rather
    // than spilling pages to the WAL and reading them back. A helper thread for large sorts lets
    // the indexes rebuilt after a bulk import (deferred_indexes.h) use the second core.
    return db.exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                   "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA threads = 2;");
}

std::size_t codePoints(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

std::string likePattern(std::string_view text) {
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    return pattern + '%';
}

std::string ftsPhrase(std::string_view text) {
    std::string phrase = "\"";
    for (const char c : text) {
        if (c == '"') phrase += '"';
        phrase += c;
    }
    return phrase + '"';
}

// Creates the file with the current schema; the connection is closed on return.
Status initialiseWorkspace(const std::string& path) {
    auto db = sql::Database::open(path, sql::OpenFlags::ReadWriteCreate);
    if (!db) return fail(db.error());
    if (auto status = configure(*db); !status) return status;
    if (auto status = migrateWorkspace(*db, 0); !status) return status;
    auto insert = db->prepare("INSERT INTO meta(key, value) VALUES ('created_at', ?), ('created_by', ?)");
    if (!insert) return fail(insert.error());
    (*insert)
        ->bind(1, utcNowRfc3339())
        .bind(2, "Lianjian, workspace schema " + std::to_string(currentWorkspaceSchemaVersion()));
    return (*insert)->run();
}

Result<Workspace> createWorkspace(const std::string& path) {
    if (auto status = initialiseWorkspace(path); !status) {
        std::error_code ignored; // a half-made file is no use to anyone
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove(path + suffix, ignored);
        return fail(path + ": cannot create the workspace: " + status.error());
    }
    return Workspace::open(path, WorkspaceOpenMode::OpenExisting);
}

} // namespace

Status inspectWorkspaceFile(const std::string& path) {
    std::error_code error;
    if (!fs::exists(path, error)) return fail(path + ": no such file");
    if (!fs::is_regular_file(path, error)) return fail(path + ": not a regular file");
    if (!hasNonEmptyFile(path)) return fail(path + ": not a Lianjian workspace (the file is empty)");

    // Identity and version come from the file header itself, before SQLite parses anything.
    const auto header = readDatabaseHeader(path);
    if (!header) return fail(path + ": not a Lianjian workspace (not an SQLite database)");
    if (header->applicationId != kWorkspaceApplicationId)
        return fail(path + ": not a Lianjian workspace (an SQLite database of another program)");
    if (auto status = checkVersion(path, header->userVersion); !status) return status;

    // Without a live -wal beside it the file is read as immutable: no locks, no -wal/-shm created.
    // With one (the workspace is open elsewhere, or was not closed cleanly) its contents count, so
    // it is read normally, still read-only.
    const auto flags =
        hasNonEmptyFile(path + "-wal") ? sql::OpenFlags::ReadOnly : sql::OpenFlags::ReadOnlyImmutable;
    auto db = sql::Database::open(path, flags);
    if (!db) return fail(db.error());
    auto version = db->queryInteger("PRAGMA user_version");
    if (!version) return fail(path + ": the workspace is damaged (" + version.error() + ")");
    if (auto status = checkVersion(path, *version); !status) return status;

    auto check = db->prepare("PRAGMA quick_check(5)");
    if (!check) return fail(path + ": the workspace is damaged (" + check.error() + ")");
    std::string problems;
    for (;;) {
        auto row = (*check)->next();
        if (!row) return fail(path + ": the workspace is damaged (" + row.error() + ")");
        if (!*row) break;
        const std::string line = (*check)->text(0);
        if (line == "ok") continue;
        problems += (problems.empty() ? "" : "; ") + line;
    }
    if (!problems.empty())
        return fail(path + ": the workspace is damaged (PRAGMA quick_check: " + problems + ")");
    return Ok{};
}

Result<Workspace> Workspace::open(const std::string& path, WorkspaceOpenMode mode) {
    std::error_code error;
    if (!fs::exists(path, error)) {
        if (mode == WorkspaceOpenMode::OpenExisting) return fail(path + ": no such workspace");
        return createWorkspace(path);
    }
    if (auto status = inspectWorkspaceFile(path); !status) return fail(status.error());

    auto db = sql::Database::open(path, sql::OpenFlags::ReadWrite);
    if (!db) return fail(db.error());
    if (auto status = configure(*db); !status) return fail(path + ": " + status.error());
    auto version = db->queryInteger("PRAGMA user_version");
    if (!version) return fail(path + ": " + version.error());
    if (*version < currentWorkspaceSchemaVersion())
        if (auto status = migrateWorkspace(*db, static_cast<int>(*version)); !status)
            return fail(path + ": " + status.error());
    return Workspace(path, std::move(*db));
}

Result<int> Workspace::schemaVersion() {
    auto version = m_db.queryInteger("PRAGMA user_version");
    if (!version) return fail(version.error());
    return static_cast<int>(*version);
}

Result<std::optional<std::string>> Workspace::meta(std::string_view key) {
    auto statement = m_db.cached("SELECT value FROM meta WHERE key = ?");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, key);
    auto row = (*statement)->next();
    if (!row) return fail(row.error());
    std::optional<std::string> value;
    if (*row) value = (*statement)->text(0);
    (*statement)->reset();
    return value;
}

Status Workspace::setMeta(std::string_view key, std::string_view value) {
    auto statement = m_db.cached("INSERT INTO meta(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, key).bind(2, value);
    return (*statement)->run();
}

Result<std::int64_t> Workspace::rowCount(std::string_view table) {
    return m_db.queryInteger("SELECT count(*) FROM " + sql::quoteIdentifier(table));
}

Result<std::optional<std::int64_t>> Workspace::lastHeight() {
    auto statement = m_db.cached("SELECT max(height) FROM blocks");
    if (!statement) return fail(statement.error());
    auto row = (*statement)->next();
    if (!row) return fail(row.error());
    std::optional<std::int64_t> height;
    if (*row && !(*statement)->isNull(0)) height = (*statement)->integer(0);
    (*statement)->reset();
    return height;
}

Result<std::vector<ImportedExport>> Workspace::exports() {
    auto statement = m_db.cached("SELECT id, path, file_name, chain, suite, imported_at, \"from\", \"to\", "
                                 "verified_through, trusted, blocks_imported, blocks_skipped, txs_imported "
                                 "FROM exports ORDER BY id");
    if (!statement) return fail(statement.error());
    sql::Statement& select = **statement;
    auto optionalInteger = [&](int column) {
        return select.isNull(column) ? std::nullopt : std::optional<std::int64_t>(select.integer(column));
    };
    std::vector<ImportedExport> result;
    for (;;) {
        auto row = select.next();
        if (!row) return fail(row.error());
        if (!*row) break;
        ImportedExport entry;
        entry.id = select.integer(0);
        entry.path = select.text(1);
        entry.fileName = select.text(2);
        entry.chain = select.text(3);
        entry.suite = select.text(4);
        entry.importedAt = select.text(5);
        entry.from = optionalInteger(6);
        entry.to = optionalInteger(7);
        entry.verifiedThrough = optionalInteger(8);
        if (!select.isNull(9)) entry.trusted = select.integer(9) != 0;
        entry.blocksImported = select.integer(10);
        entry.blocksSkipped = select.integer(11);
        entry.txsImported = select.integer(12);
        result.push_back(std::move(entry));
    }
    return result;
}

Result<std::vector<SearchHit>> Workspace::search(std::string_view query, std::size_t limit) {
    std::vector<SearchHit> hits;
    if (query.empty() || limit == 0) return hits;
    // The trigram index answers MATCH for 3+ characters (ranked); shorter text falls back to LIKE,
    // which scans the index table: still small, as only registrations and bids are indexed.
    const bool trigram = codePoints(query) >= 3;
    const std::string sql =
        std::string(
            "SELECT s.id, s.kind, s.label, t.tx_id FROM search_index s JOIN txs t ON t.seq = s.seq WHERE ") +
        (trigram ? "search_index MATCH ?1 ORDER BY rank, s.seq"
                 : "s.id LIKE ?1 ESCAPE '\\' OR s.label LIKE ?1 ESCAPE '\\' OR s.terms LIKE ?1 ESCAPE '\\' "
                   "ORDER BY s.seq") +
        " LIMIT ?2";
    auto statement = m_db.cached(sql);
    if (!statement) return fail(statement.error());
    sql::Statement& select = **statement;
    select.bind(1, trigram ? ftsPhrase(query) : likePattern(query)).bind(2, static_cast<std::int64_t>(limit));
    for (;;) {
        auto row = select.next();
        if (!row) return fail(row.error());
        if (!*row) break;
        hits.push_back({select.text(0), select.text(1), select.text(2), select.text(3)});
    }
    return hits;
}

} // namespace lj
