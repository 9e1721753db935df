#pragma once
// An investigation's workspace: one SQLite file (conventionally *.lianjian) holding the verified
// blocks and transactions of one chain, imported from one or more exports, with a table per
// record kind and a full-text index. Import: workspace_import.h; datasets: workspace_dataset.h.
//
// Opening never harms a file that is not ours: it is first inspected read-only (without even the
// -wal/-shm files SQLite would create), and a file that is not a Lianjian workspace, was written by
// a newer version, or fails PRAGMA quick_check is refused unchanged. An older workspace is migrated.
#include "util/result.h"
#include "workspace/sqlite_db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lj {

enum class WorkspaceOpenMode {
    OpenExisting,    // the file must exist
    CreateIfMissing, // a new, empty workspace when the file does not exist
};

struct SearchHit {
    std::string id;    // the record's id (for bids: the bidder)
    std::string kind;  // record kind, e.g. "person.register"
    std::string label; // name, account number… what a list shows
    std::string tx;    // the tx that stated the matching row
};

// One export as the workspace recorded it.
struct ImportedExport {
    std::int64_t id = 0;
    std::string path, fileName, chain, suite, importedAt;
    std::optional<std::int64_t> from, to, verifiedThrough;
    std::optional<bool> trusted;
    std::int64_t blocksImported = 0, blocksSkipped = 0, txsImported = 0;
};

class Workspace {
public:
    [[nodiscard]] static Result<Workspace> open(const std::string& path,
                                                WorkspaceOpenMode mode = WorkspaceOpenMode::OpenExisting);

    Workspace(Workspace&&) noexcept = default;
    Workspace& operator=(Workspace&&) noexcept = default;

    const std::string& path() const { return m_path; }
    sql::Database& database() { return m_db; }

    [[nodiscard]] Result<int> schemaVersion();
    // Values of the meta table ("chain", "suite", "created_at", …); nullopt when unset.
    [[nodiscard]] Result<std::optional<std::string>> meta(std::string_view key);
    [[nodiscard]] Status setMeta(std::string_view key, std::string_view value);

    [[nodiscard]] Result<std::int64_t> rowCount(std::string_view table);
    // Height of the last block held; nullopt for an empty workspace.
    [[nodiscard]] Result<std::optional<std::int64_t>> lastHeight();
    [[nodiscard]] Result<std::vector<ImportedExport>> exports();

    // Substring search (3+ characters use the trigram index; shorter ones scan it) over names,
    // ids, phones, addresses and account numbers; best matches first, one hit per matching row.
    [[nodiscard]] Result<std::vector<SearchHit>> search(std::string_view query, std::size_t limit = 100);

private:
    Workspace(std::string path, sql::Database db)
        : m_path(std::move(path))
        , m_db(std::move(db)) {}

    std::string m_path;
    sql::Database m_db;
};

// What opening would say about `path`, without opening it for writing: Ok for a healthy workspace
// of this or an older version; otherwise why it would be refused. Never changes the file.
[[nodiscard]] Status inspectWorkspaceFile(const std::string& path);

} // namespace lj
