#include "session.h"

#include "model/export_loader.h"
#include "rules/rule_engine.h"

#include <QCoreApplication>

namespace lj::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Session)
};

} // namespace

bool Session::anyFork() const
{
    for (const ExportPair& pair : pairs)
        if (pair.result.relation == ExportRelation::Fork) return true;
    return false;
}

const TxRef* Session::findTx(const std::string& txId) const
{
    const auto it = txIndex.find(txId);
    return it == txIndex.end() ? nullptr : &dataset->txs[it->second];
}

QString Session::statusText() const
{
    if (hasWorkspace()) return workspaceStatusText();
    if (reports.empty()) return Text::tr("No export open");
    std::uint64_t verifiedTxs = 0;
    int broken = 0, untrusted = 0;
    for (const VerifyReport& report : reports) {
        verifiedTxs += report.verifiedTxs;
        bool breaking = false;
        for (const Finding& finding : report.findings) breaking = breaking || isBreaking(finding.code);
        if (breaking || !report.header) ++broken;
        if (report.trusted == false) ++untrusted;
    }
    QString text = Text::tr("%n export(s), %1 verified transactions", nullptr, static_cast<int>(reports.size()))
                       .arg(verifiedTxs);
    if (anyFork()) return text + Text::tr(" — FORK DETECTED");
    if (broken > 0) return text + Text::tr(" — %n export(s) broken", nullptr, broken);
    if (untrusted > 0) return text + Text::tr(" — not signed by trusted keys");
    if (!trustGiven) return text + Text::tr(" — verified (no trust store)");
    return text + Text::tr(" — verified and trusted");
}

std::shared_ptr<Session> loadSession(const std::vector<std::string>& paths, const TrustStore& trust,
                                     const RuleSettings& settings, std::optional<Date> asOf,
                                     const LoadProgress& progress)
{
    auto session = std::make_shared<Session>();
    session->trustGiven = !trust.empty();
    std::vector<std::string> readPaths;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        VerifyOptions options;
        options.trust = trust.empty() ? nullptr : &trust;
        bool cancelled = false;
        options.progress = [&](std::uint64_t done, std::uint64_t total) {
            const int share = total ? static_cast<int>(40 * done / total) : 0;
            const int percent = static_cast<int>(40 * i / paths.size()) + share / static_cast<int>(paths.size());
            cancelled = !progress(percent, Text::tr("Verifying %1").arg(QString::fromStdString(paths[i])));
            return !cancelled;
        };
        auto report = verifyExportFile(paths[i], options);
        if (cancelled) return nullptr;
        if (!report) {
            session->openErrors.push_back(QString::fromStdString(report.error()));
            continue;
        }
        readPaths.push_back(paths[i]);
        session->reports.push_back(std::move(report.value()));
    }
    for (std::size_t a = 0; a < session->reports.size(); ++a)
        for (std::size_t b = a + 1; b < session->reports.size(); ++b) {
            ContinuityResult result = compareExports(session->reports[a], session->reports[b]);
            if (result.relation == ExportRelation::Fork || result.relation == ExportRelation::BContinuesA ||
                result.relation == ExportRelation::AContinuesB)
                session->pairs.push_back({a, b, std::move(result)});
        }

    if (!progress(40, Text::tr("Loading verified records"))) return nullptr;
    std::vector<const VerifyReport*> reports;
    for (const VerifyReport& report : session->reports) reports.push_back(&report);
    auto dataset = loadDatasetFromVerifiedExports(readPaths, reports, [&](std::uint64_t) {
        return progress(60, Text::tr("Loading verified records"));
    });
    if (!dataset) {
        if (dataset.error() == "cancelled") return nullptr;
        session->openErrors.push_back(QString::fromStdString(dataset.error()));
        session->dataset = std::make_shared<Dataset>();
    } else {
        session->dataset = std::make_shared<Dataset>(std::move(dataset.value()));
    }

    for (TxRefId i = 0; i < session->dataset->txs.size(); ++i) session->txIndex.emplace(session->dataset->txs[i].tx, i);

    if (!progress(80, Text::tr("Evaluating warning rules"))) return nullptr;
    session->asOf = asOf.value_or(session->dataset->lastBlockDate.value_or(Date{}));
    session->findings = evaluateRules(*session->dataset, settings, session->asOf);
    progress(100, Text::tr("Done"));
    return session;
}

} // namespace lj::gui
