#pragma once
// What the workstation has open: the verified exports, the data of their verified blocks, and the
// rule findings. Built off the GUI thread by loadSession(); immutable once built, so views can
// share it freely.
#include "ledger/continuity.h"
#include "ledger/trust_store.h"
#include "ledger/verifier.h"
#include "model/dataset.h"
#include "rules/rule_finding.h"
#include "rules/rule_settings.h"
#include "workspace/workspace.h"

#include <QString>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace lj::gui {

struct ExportPair {
    std::size_t a = 0, b = 0;
    ContinuityResult result;
};

struct Session {
    std::vector<VerifyReport> reports;
    std::vector<ExportPair> pairs;    // forks and continuations between the reports
    std::vector<QString> openErrors;  // files that could not be read, with the reason
    std::shared_ptr<const Dataset> dataset;
    std::vector<RuleFinding> findings;
    Date asOf;
    bool trustGiven = false;

    // Set when the session is an investigation workspace (.lianjian), which also holds the cases.
    std::string workspacePath;
    std::vector<ImportedExport> workspaceExports;
    bool failed = false; // nothing could be loaded (openErrors says why): keep the previous session

    std::unordered_map<std::string, TxRefId> txIndex; // tx id → dataset.txs

    bool empty() const { return reports.empty() && workspacePath.empty(); }
    bool hasWorkspace() const { return !workspacePath.empty(); }
    const TxRef* findTx(const std::string& txId) const;
    bool anyFork() const;
    // One line for the status bar: what is loaded and whether it is verified.
    QString statusText() const;
    QString workspaceStatusText() const; // workspace_session.cpp
};

// Reports stage and percent (0–100); returns false to cancel.
using LoadProgress = std::function<bool(int percent, const QString& stage)>;

// Verifies the exports, loads the data of their verified blocks and evaluates the rules as of
// the last verified block (or `asOf` when given). Runs on a worker thread.
std::shared_ptr<Session> loadSession(const std::vector<std::string>& paths, const TrustStore& trust,
                                     const RuleSettings& settings, std::optional<Date> asOf,
                                     const LoadProgress& progress);

} // namespace lj::gui
