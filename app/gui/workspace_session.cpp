#include "workspace_session.h"

#include "rules/rule_engine.h"
#include "workspace/workspace_dataset.h"
#include "workspace/workspace_import.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lj::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Session)
};

std::shared_ptr<Session> failedSession(const std::string& path, const std::string& reason) {
    auto session = std::make_shared<Session>();
    session->failed = true;
    session->workspacePath = path;
    session->openErrors.push_back(
        Text::tr("Cannot open the workspace: %1").arg(QString::fromStdString(reason)));
    return session;
}

} // namespace

bool isWorkspacePath(const QString& path) {
    return path.endsWith(QStringLiteral(".lianjian"), Qt::CaseInsensitive);
}

QString Session::workspaceStatusText() const {
    const QString name = QFileInfo(QString::fromStdString(workspacePath)).fileName();
    const std::size_t txs = dataset ? dataset->txs.size() : 0;
    int untrusted = 0, unknown = 0;
    for (const ImportedExport& imported : workspaceExports) {
        if (!imported.trusted)
            ++unknown;
        else if (!*imported.trusted)
            ++untrusted;
    }
    QString text = Text::tr("Workspace %1: %2 verified transactions from %n export(s)", nullptr,
                            static_cast<int>(workspaceExports.size()))
                       .arg(name)
                       .arg(txs);
    if (untrusted > 0) return text + Text::tr(" — some not signed by trusted keys");
    if (unknown > 0) return text + Text::tr(" — verified when imported (no trust store)");
    return text + Text::tr(" — verified and trusted when imported");
}

std::shared_ptr<Session> loadWorkspaceSession(const std::string& path, const RuleSettings& settings,
                                              const LoadProgress& progress) {
    if (!progress(5, Text::tr("Opening workspace %1").arg(QString::fromStdString(path)))) return nullptr;
    // Opening inspects the file read-only first: a damaged or foreign file is refused untouched.
    auto workspace = Workspace::open(path, WorkspaceOpenMode::OpenExisting);
    if (!workspace) return failedSession(path, workspace.error());
    auto session = std::make_shared<Session>();
    session->workspacePath = path;
    if (auto exports = workspace->exports()) {
        session->workspaceExports = std::move(*exports);
        for (const ImportedExport& imported : session->workspaceExports)
            session->trustGiven = session->trustGiven || imported.trusted.has_value();
    }
    if (!progress(15, Text::tr("Loading verified records"))) return nullptr;
    auto dataset = loadDataset(*workspace);
    if (!dataset) return failedSession(path, dataset.error());
    session->dataset = std::make_shared<Dataset>(std::move(*dataset));
    for (TxRefId i = 0; i < session->dataset->txs.size(); ++i)
        session->txIndex.emplace(session->dataset->txs[i].tx, i);

    if (!progress(70, Text::tr("Evaluating warning rules"))) return nullptr;
    session->asOf = session->dataset->lastBlockDate.value_or(Date{});
    session->findings = evaluateRules(*session->dataset, settings, session->asOf);
    progress(100, Text::tr("Done"));
    return session;
}

std::shared_ptr<Session> importIntoWorkspace(const std::vector<std::string>& exports,
                                             const std::string& workspacePath, const TrustStore& trust,
                                             const RuleSettings& settings, const LoadProgress& progress) {
    std::vector<QString> problems;
    {
        auto workspace = Workspace::open(workspacePath, WorkspaceOpenMode::CreateIfMissing);
        if (!workspace) return failedSession(workspacePath, workspace.error());
        for (std::size_t i = 0; i < exports.size(); ++i) {
            const QString name = QFileInfo(QString::fromStdString(exports[i])).fileName();
            ImportOptions options;
            options.trust = trust.empty() ? nullptr : &trust;
            options.progress = [&](const ImportProgress& step) {
                const int share = step.total ? static_cast<int>(50 * step.done / step.total) : 0;
                const int percent =
                    static_cast<int>(50 * i / exports.size()) + share / static_cast<int>(exports.size());
                return progress(percent, Text::tr("Importing %1 into the workspace").arg(name));
            };
            auto report = importExport(*workspace, exports[i], options);
            if (!report) {
                problems.push_back(QString::fromStdString(report.error()));
                continue;
            }
            if (report->outcome == ImportOutcome::Cancelled) return nullptr;
            if (report->outcome == ImportOutcome::Refused)
                problems.push_back(
                    Text::tr("%1 was not imported: %2").arg(name, QString::fromStdString(report->message)));
        }
    }
    auto session = loadWorkspaceSession(workspacePath, settings, [&](int percent, const QString& stage) {
        return progress(50 + percent / 2, stage);
    });
    if (session) session->openErrors.insert(session->openErrors.end(), problems.begin(), problems.end());
    return session;
}

} // namespace lj::gui
