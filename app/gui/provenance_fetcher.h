#pragma once
// Completes a transaction's provenance off the GUI thread: the raw record exactly as signed, and
// its proof re-checked now (Merkle path to the block's tx root, block hash, quorum signatures),
// cut from the workspace or read from the export. A browser first shows what the dataset knows
// (transactionHtml); the raw record and proof follow a moment later, unless the user has moved
// on to another transaction in the meantime.
#include "session.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

class QTextBrowser;

namespace lj {
class Workspace;
}

namespace lj::gui {

class ProvenanceFetcher : public QObject {
    Q_OBJECT

public:
    // Writes into `browser`, and lives as long as it does.
    explicit ProvenanceFetcher(QTextBrowser* browser);

    // Shows `html` at once, then appends the raw record and proof of each of `txIds`.
    void show(std::shared_ptr<const Session> session, const QString& html, std::vector<std::string> txIds);

private:
    // A workspace connection, opened by the first job that needs it and then used by one job at a
    // time (opening checks the whole file, too slow to repeat per click).
    struct CachedWorkspace {
        std::mutex mutex;
        std::shared_ptr<Workspace> workspace;
    };

    QPointer<QTextBrowser> m_browser;
    std::shared_ptr<CachedWorkspace> m_workspace;
    std::string m_workspacePath;
    quint64 m_generation = 0;
};

} // namespace lj::gui
