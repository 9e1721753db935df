#include "workspace/sqlite_db.h"

#include <sqlite3.h>
#include <utility>

namespace lj::sql {

namespace {

std::string uriFor(const std::string& path, OpenFlags flags) {
    // A URI, so that "immutable" can be passed; characters that mean something in a URI are
    // percent-encoded (file names with '?' or '#' are legal on Linux).
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '?' || c == '#' || c == '%') {
            static const char* hex = "0123456789ABCDEF";
            uri += '%';
            uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            uri += hex[static_cast<unsigned char>(c) & 0xF];
        } else {
            uri += c;
        }
    }
    if (flags == OpenFlags::ReadOnlyImmutable) uri += "?immutable=1";
    return uri;
}

} // namespace

Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text) {
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Result<bool> Statement::next() {
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return fail(sqlite3_errmsg(m_db));
}

Status Statement::run() {
    for (;;) {
        auto row = next();
        if (!row) return fail(row.error());
        if (!*row) return Ok{};
    }
}

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

std::string Statement::text(int column) const {
    return std::string(textView(column));
}

std::string_view Statement::textView(int column) const {
    const auto* bytes = sqlite3_column_text(m_statement, column);
    if (!bytes) return {};
    return {reinterpret_cast<const char*>(bytes),
            static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))};
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_statement);
}

Database::Database(sqlite3* db)
    : m_db(db) {}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cache(std::move(other.m_cache)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Database::~Database() {
    close();
}

void Database::close() {
    m_cache.clear(); // statements must be finalized before the connection closes
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<Database> Database::open(const std::string& path, OpenFlags flags) {
    int mode = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    switch (flags) {
    case OpenFlags::ReadOnly:
    case OpenFlags::ReadOnlyImmutable:
        mode |= SQLITE_OPEN_READONLY;
        break;
    case OpenFlags::ReadWrite:
        mode |= SQLITE_OPEN_READWRITE;
        break;
    case OpenFlags::ReadWriteCreate:
        mode |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(uriFor(path, flags).c_str(), &db, mode, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        return fail(path + ": " + message);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000); // another process briefly holding the lock is not an error
    return Database(db);
}

Status Database::exec(std::string_view sql) {
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return Ok{};
    std::string error = message ? message : sqlite3_errmsg(m_db);
    sqlite3_free(message);
    return fail(error);
}

Result<std::unique_ptr<Statement>> Database::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
        return fail(std::string(sqlite3_errmsg(m_db)) + " in: " + std::string(sql));
    return std::make_unique<Statement>(statement, m_db);
}

Result<Statement*> Database::cached(const std::string& sql) {
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto statement = prepare(sql);
        if (!statement) return fail(statement.error());
        it = m_cache.emplace(sql, std::move(statement.value())).first;
    }
    it->second->reset();
    return it->second.get();
}

Result<std::int64_t> Database::queryInteger(std::string_view sql) {
    auto statement = prepare(sql);
    if (!statement) return fail(statement.error());
    auto row = (*statement)->next();
    if (!row) return fail(row.error());
    if (!*row) return fail("no result from: " + std::string(sql));
    return (*statement)->integer(0);
}

Result<std::string> Database::queryText(std::string_view sql) {
    auto statement = prepare(sql);
    if (!statement) return fail(statement.error());
    auto row = (*statement)->next();
    if (!row) return fail(row.error());
    if (!*row) return fail("no result from: " + std::string(sql));
    return (*statement)->text(0);
}

std::int64_t Database::changes() const {
    return sqlite3_changes64(m_db);
}

std::string Database::lastError() const {
    return sqlite3_errmsg(m_db);
}

Result<std::unique_ptr<Transaction>> Transaction::begin(Database& db) {
    if (auto status = db.exec("BEGIN IMMEDIATE"); !status) return fail(status.error());
    return std::unique_ptr<Transaction>(new Transaction(db));
}

Transaction::~Transaction() {
    rollback();
}

Status Transaction::commit() {
    if (!m_open) return fail("the transaction is no longer open");
    auto status = m_db.exec("COMMIT");
    if (status) m_open = false;
    return status;
}

void Transaction::rollback() {
    if (!m_open) return;
    m_open = false;
    (void)m_db.exec("ROLLBACK");
}

std::string quoteIdentifier(std::string_view name) {
    std::string quoted = "\"";
    for (const char c : name) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace lj::sql
