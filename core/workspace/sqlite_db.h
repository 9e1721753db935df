#pragma once
// Thin RAII wrappers over the SQLite C API, just what the workspace needs: a connection that owns
// its prepared statements (cached by SQL text, so hot inserts are compiled once), statements with
// typed binds and columns, and a transaction guard that rolls back unless committed. Every call
// that can fail returns a Result/Status whose message carries SQLite's own explanation.
#include "util/result.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace lj::sql {

class Statement {
public:
    Statement(sqlite3_stmt* statement, sqlite3* db)
        : m_statement(statement)
        , m_db(db) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite. Text is copied by SQLite, so temporaries are fine.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::optional<std::string>& text);
    Statement& bindNull(int index);

    // Steps once: true when a row is available, false when done.
    [[nodiscard]] Result<bool> next();
    // Runs a statement that returns no rows (or whose rows are ignored) to completion.
    [[nodiscard]] Status run();
    // Rewinds and forgets the binds, so that a cached statement starts clean.
    void reset();

    // Columns are 0-based, as in SQLite.
    std::int64_t integer(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const; // valid until the next step or reset
    bool isNull(int column) const;
    int columnCount() const;

private:
    sqlite3_stmt* m_statement;
    sqlite3* m_db;
};

enum class OpenFlags { ReadOnly, ReadOnlyImmutable, ReadWrite, ReadWriteCreate };

class Database {
public:
    // `path` is a file path; ReadOnlyImmutable promises SQLite that nobody writes the file while
    // it is open, so it takes no locks and creates no -wal/-shm files beside it.
    [[nodiscard]] static Result<Database> open(const std::string& path, OpenFlags flags);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // One or more statements, no results.
    [[nodiscard]] Status exec(std::string_view sql);
    // A statement compiled once and kept for the life of the connection; reset and unbound on
    // each call. The pointer stays valid until the Database is closed.
    [[nodiscard]] Result<Statement*> cached(const std::string& sql);
    // A one-off statement owned by the caller.
    [[nodiscard]] Result<std::unique_ptr<Statement>> prepare(std::string_view sql);

    // The first column of the first row of `sql` (no parameters) as an integer / text.
    [[nodiscard]] Result<std::int64_t> queryInteger(std::string_view sql);
    [[nodiscard]] Result<std::string> queryText(std::string_view sql);

    std::int64_t changes() const;
    std::string lastError() const;
    sqlite3* handle() const { return m_db; }

private:
    explicit Database(sqlite3* db);
    void close();

    sqlite3* m_db = nullptr;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_cache;
};

// BEGIN IMMEDIATE (takes the write lock now, so a busy workspace fails at the start rather than
// midway); rolls back on destruction unless commit() succeeded.
class Transaction {
public:
    [[nodiscard]] static Result<std::unique_ptr<Transaction>> begin(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Status commit();
    void rollback();

private:
    explicit Transaction(Database& db)
        : m_db(db) {}
    Database& m_db;
    bool m_open = true;
};

// "name" with inner quotes doubled: for identifiers built from the schema description.
std::string quoteIdentifier(std::string_view name);

} // namespace lj::sql
