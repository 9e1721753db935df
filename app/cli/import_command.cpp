// lianjian-cli import WORKSPACE FILE... [--trust FILE]...: verified exports into a workspace.
#include "arguments.h"
#include "cli_text.h"
#include "commands.h"
#include "ledger/trust_store.h"
#include "verify_output.h"
#include "workspace/workspace_import.h"

#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace lj::cli {

namespace {

std::string fileName(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

// "\r…" progress on a terminal; nothing when stderr is redirected or captured by a test.
class ProgressLine {
public:
    explicit ProgressLine(CliContext& context)
        : m_err(context.err) {
        m_enabled = &context.err == &std::cerr && ::isatty(STDERR_FILENO) == 1;
    }

    std::function<bool(const ImportProgress&)> callback(const std::string& file) {
        if (!m_enabled) return {};
        return [this, file](const ImportProgress& progress) {
            const int percent = progress.total ? static_cast<int>(progress.done * 100 / progress.total) : 0;
            const QString text = progress.phase == ImportProgress::Phase::Verifying
                                     ? CliText::tr("verifying %1: %2%").arg(q(file)).arg(percent)
                                     : CliText::tr("importing %1: %2%").arg(q(file)).arg(percent);
            m_err << '\r' << u8(text) << "\x1b[K" << std::flush;
            m_dirty = true;
            return true;
        };
    }

    void clear() {
        if (m_dirty) m_err << "\r\x1b[K" << std::flush;
        m_dirty = false;
    }

private:
    std::ostream& m_err;
    bool m_enabled = false;
    bool m_dirty = false;
};

std::string refusalText(const ImportReport& report) {
    const QString file = q(fileName(report.path));
    switch (report.refusal) {
    case RefusalReason::Fork:
        return u8(
            CliText::tr("%1: REFUSED, fork at height %2: the workspace holds block hash %3, this export %4")
                .arg(file)
                .arg(report.forkHeight.value_or(0))
                .arg(q(report.workspaceHash), q(report.exportHash)));
    case RefusalReason::OtherChain:
        return u8(CliText::tr("%1: refused: the workspace holds chain %2, this export is of chain %3 (%4)")
                      .arg(file, q(report.workspaceChain), q(report.verification.header->consortium.chain),
                           q(std::string(suiteName(report.verification.header->consortium.suite)))));
    case RefusalReason::Gap:
        if (!report.workspaceLastHeight)
            return u8(CliText::tr("%1: refused: the workspace is empty and this export starts at height %2; "
                                  "import the export that starts at height 0 first")
                          .arg(file)
                          .arg(report.verification.header->from));
        return u8(
            CliText::tr("%1: refused: blocks %2 to %3 are missing between the workspace and this export; "
                        "import the export that holds them first")
                .arg(file)
                .arg(*report.workspaceLastHeight + 1)
                .arg(report.verification.header->from - 1));
    case RefusalReason::NothingVerified:
    case RefusalReason::None:
        break;
    }
    if (const Finding* broken = firstBreakingFinding(report.verification))
        return u8(CliText::tr("%1: refused: no block verified (line %2: %3)")
                      .arg(file)
                      .arg(broken->line)
                      .arg(q(CliText::codeDescription(broken->code))));
    return u8(CliText::tr("%1: refused: no block verified").arg(file));
}

// Prints what happened to one export; returns true when it was all good news.
bool printReport(const ImportReport& report, bool trustGiven, std::ostream& out) {
    const QString file = q(fileName(report.path));
    switch (report.outcome) {
    case ImportOutcome::Refused:
        out << refusalText(report) << '\n';
        return false;
    case ImportOutcome::Cancelled:
        out << u8(CliText::tr("%1: cancelled; the workspace is unchanged").arg(file)) << '\n';
        return false;
    case ImportOutcome::NothingNew:
        out << u8(CliText::tr("%1: nothing new: its %2 verified blocks are already in the workspace")
                      .arg(file)
                      .arg(report.blocksSkipped))
            << '\n';
        break;
    case ImportOutcome::Imported:
        out << u8(CliText::tr("%1: imported blocks %2–%3 (%4 blocks, %5 transactions)")
                      .arg(file)
                      .arg(report.firstImported.value_or(0))
                      .arg(report.lastImported.value_or(0))
                      .arg(report.blocksImported)
                      .arg(report.txsImported))
            << '\n';
        if (report.blocksSkipped > 0)
            out << u8(CliText::tr("%1: %2 blocks already in the workspace were skipped")
                          .arg(file)
                          .arg(report.blocksSkipped))
                << '\n';
        break;
    }
    bool good = true;
    if (const Finding* broken = firstBreakingFinding(report.verification);
        broken && report.verification.verifiedThrough) {
        out << u8(CliText::tr("%1: verification broke at line %2 (%3): %4 later blocks were not imported")
                      .arg(file)
                      .arg(broken->line)
                      .arg(q(CliText::codeDescription(broken->code)))
                      .arg(report.blocksUnverified))
            << '\n';
        good = false;
    } else if (!report.verification.clean()) {
        out << u8(CliText::tr("%1: the export has findings; run lianjian-cli verify for details").arg(file))
            << '\n';
        good = false;
    }
    if (trustGiven && report.verification.trusted != true) {
        out << u8(CliText::tr("%1: warning: signed by keys that are not in the trust store (origin unproven)")
                      .arg(file))
            << '\n';
        good = false;
    }
    return good;
}

class ImportCommand final : public Command {
public:
    std::string_view name() const override { return "import"; }
    std::string synopsis() const override {
        return u8(CliText::tr(
            "import WORKSPACE FILE... [--trust CONSORTIUM.json]...   verify exports and add their "
            "verified blocks to a workspace (created when absent); refuses forks"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override {
        const Arguments parsed = parseArguments(args, {{"--trust"}, {}, {}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (parsed.positional.size() < 2)
            return usageError(*this, u8(CliText::tr("a workspace and at least one export file are needed")),
                              context);

        TrustStore trust;
        if (!loadTrustFiles(parsed.all("--trust"), trust, context)) return kExitUsage;
        const std::string& workspacePath = parsed.positional.front();
        auto workspace = Workspace::open(workspacePath, WorkspaceOpenMode::CreateIfMissing);
        if (!workspace) {
            context.err << "lianjian-cli: " << workspace.error() << '\n';
            return kExitUsage;
        }

        ProgressLine progress(context);
        bool allGood = true;
        bool ioError = false;
        for (auto file = parsed.positional.begin() + 1; file != parsed.positional.end(); ++file) {
            ImportOptions options;
            if (!trust.empty()) options.trust = &trust;
            options.progress = progress.callback(fileName(*file));
            auto report = importExport(*workspace, *file, options);
            progress.clear();
            if (!report) {
                context.err << "lianjian-cli: " << report.error() << '\n';
                ioError = true;
                continue;
            }
            allGood = printReport(*report, !trust.empty(), context.out) && allGood;
        }
        printSummary(*workspace, context);
        if (ioError) return kExitUsage;
        return allGood ? kExitClean : kExitFindings;
    }

private:
    static void printSummary(Workspace& workspace, CliContext& context) {
        auto blocks = workspace.rowCount("blocks");
        auto txs = workspace.rowCount("txs");
        auto last = workspace.lastHeight();
        if (!blocks || !txs || !last) return;
        if (!*last) {
            context.out << u8(CliText::tr("workspace %1: empty").arg(q(workspace.path()))) << '\n';
            return;
        }
        context.out << u8(CliText::tr("workspace %1: %2 blocks (heights 0–%3), %4 transactions")
                              .arg(q(workspace.path()))
                              .arg(*blocks)
                              .arg(**last)
                              .arg(*txs))
                    << '\n';
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand() {
    return std::make_unique<ImportCommand>();
}

} // namespace lj::cli
