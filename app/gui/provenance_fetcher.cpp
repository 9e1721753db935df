#include "provenance_fetcher.h"

#include "casefile/workspace_evidence.h"
#include "format.h"

#include <QCoreApplication>
#include <QTextBrowser>
#include <QtConcurrent>

namespace lj::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProvenanceFetcher)
};

QString escape(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

WorkspaceEvidence collect(const Session& session, std::shared_ptr<Workspace>& workspace,
                          const std::vector<std::string>& txIds, QString& error) {
    if (session.hasWorkspace()) {
        if (!workspace) {
            auto opened = Workspace::open(session.workspacePath);
            if (!opened) {
                error = QString::fromStdString(opened.error());
                return {};
            }
            workspace = std::make_shared<Workspace>(std::move(*opened));
        }
        auto evidence = collectWorkspaceEvidence(*workspace, txIds, nullptr);
        if (evidence) return std::move(*evidence);
        error = QString::fromStdString(evidence.error());
        return {};
    }
    std::vector<const VerifyReport*> reports;
    for (const VerifyReport& report : session.reports)
        reports.push_back(&report);
    return collectExportEvidence(reports, txIds, nullptr);
}

QString proofText(const CaseFact& fact) {
    switch (fact.state) {
    case FactState::Proven:
        return QStringLiteral("<span style='color:#1b7f3b'>%1</span>")
            .arg(Text::tr("Proof re-checked just now: Merkle path to the block's tx root, block hash and "
                          "quorum signatures"));
    case FactState::Untrusted:
        return QStringLiteral("<span style='color:#a15c00'>%1</span>")
            .arg(Text::tr("The proof checks out, but against validator keys the trust store does not hold"));
    case FactState::Unverified:
        break;
    }
    return QStringLiteral("<span style='color:#b31b1b'>%1 %2</span>")
        .arg(Text::tr("No proof:"), escape(fact.reason));
}

QString rawRecordsHtml(const WorkspaceEvidence& evidence, const QString& error) {
    if (!error.isEmpty())
        return QStringLiteral("<p style='color:#b31b1b'>%1 %2</p>")
            .arg(Text::tr("The raw record could not be read:"), error.toHtmlEscaped());
    QString html;
    for (const CaseFact& fact : evidence.facts) {
        html += QStringLiteral("<p><b>%1</b> <code>%2…</code><br/>%3</p>")
                    .arg(Text::tr("Raw record as signed"), escape(fact.tx.substr(0, 16)), proofText(fact));
        if (!fact.line.empty())
            html += QStringLiteral("<pre style='white-space:pre-wrap; background:#f4f4f4'>%1</pre>")
                        .arg(escape(fact.line));
    }
    return html;
}

} // namespace

ProvenanceFetcher::ProvenanceFetcher(QTextBrowser* browser)
    : QObject(browser)
    , m_browser(browser)
    , m_workspace(std::make_shared<CachedWorkspace>()) {}

void ProvenanceFetcher::show(std::shared_ptr<const Session> session, const QString& html,
                             std::vector<std::string> txIds) {
    if (!m_browser) return;
    const quint64 generation = ++m_generation;
    m_browser->setHtml(html);
    if (!session || txIds.empty()) return;
    m_browser->append(
        QStringLiteral("<p style='color:#666'>%1</p>").arg(Text::tr("Reading the raw record…")));
    const QString shown = m_browser->toHtml();       // if the browser shows something else by then, leave it
    if (session->workspacePath != m_workspacePath) { // another workspace: do not reuse the connection
        m_workspacePath = session->workspacePath;
        m_workspace = std::make_shared<CachedWorkspace>();
    }
    // The job holds what it reads (session, connection), not this object, which may go first.
    auto future = QtConcurrent::run([session, cached = m_workspace, txIds = std::move(txIds)] {
        const std::lock_guard lock(cached->mutex);
        QString error;
        const WorkspaceEvidence evidence = collect(*session, cached->workspace, txIds, error);
        return rawRecordsHtml(evidence, error);
    });
    future.then(this, [this, generation, html, shown](const QString& records) {
        if (m_browser && generation == m_generation && m_browser->toHtml() == shown)
            m_browser->setHtml(html + records);
    });
}

} // namespace lj::gui
