// visit report / visit import: the signed field report package, and bringing one into another
// workspace (verified, de-duplicated, with provenance). Import exits 1 when the report is refused.
#include "arguments.h"
#include "cli_text.h"
#include "commands.h"
#include "crypto/key_files.h"
#include "findings_output.h"
#include "visit_actions.h"
#include "visit_documents.h"
#include "visits/field_report_import.h"
#include "visits/observation_store.h"
#include "visits/visit_compare.h"
#include "workspace/workspace_dataset.h"
#include "workspace_options.h"

#include <QGuiApplication>
#include <filesystem>
#include <set>

namespace lj::cli {

namespace {

// A .pub file of any suite.
Result<PublicKey> readAnyPublicKey(const std::string& path) {
    std::string errors;
    for (Suite suite : {Suite::Sm3Sm2, Suite::Sha256Ed25519, Suite::Sha256P256}) {
        auto key = readPublicKeyFile(suite, path);
        if (key) return key;
        errors = key.error();
    }
    return fail(path + ": " + errors);
}

} // namespace

int visitReport(const Command& command, const std::vector<std::string>& args, CliContext& context) {
    const Arguments parsed = parseArguments(args, {{"--out", "--sign", "--inspector"}, {}, {}});
    if (!parsed.error.empty()) return usageError(command, parsed.error, context);
    if (parsed.positional.size() != 1)
        return usageError(command, u8(CliText::tr("exactly one workspace is needed")), context);
    visits::FieldReportRequest request;
    request.dir = parsed.one("--out");
    if (request.dir.empty()) return usageError(command, u8(CliText::tr("no --out given")), context);
    request.inspector = inspectorName(parsed.one("--inspector"));
    if (request.inspector.empty())
        return usageError(command, u8(CliText::tr("who inspected? give --inspector NAME (USER is not set)")),
                          context);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        context.err << "lianjian-cli: " << u8(CliText::tr("rendering PDF needs a QGuiApplication")) << '\n';
        return kExitUsage;
    }
    std::optional<PrivateKey> signer;
    if (!readSigningKey(parsed.one("--sign"), signer, context)) return kExitUsage;
    if (signer) request.signer = &*signer;
    auto workspace = openExistingWorkspace(parsed.positional.front(), context);
    if (!workspace) return kExitUsage;
    auto data = loadWorkspaceDataset(*workspace, context);
    if (!data) return kExitUsage;
    auto written = visits::exportFieldReport(*workspace, *data, request);
    if (!written) {
        context.err << "lianjian-cli: " << written.error() << '\n';
        return kExitUsage;
    }
    context.out << u8(CliText::tr("Wrote field report %1 (id %2): %3 observation(s), %4 photo(s)")
                          .arg(q(request.dir), q(written->reportId))
                          .arg(written->observations)
                          .arg(written->photos))
                << '\n';
    if (signer)
        context.out
            << u8(CliText::tr("Manifest signed with key %1").arg(q(signer->publicKey().fingerprint())))
            << '\n';
    else
        context.out << u8(CliText::tr(
                           "Not signed: another workstation will refuse to import it (use --sign KEY)"))
                    << '\n';
    return kExitClean;
}

int visitImport(const Command& command, const std::vector<std::string>& args, CliContext& context) {
    const Arguments parsed = parseArguments(args, {{"--trust-key"}, {}, {}});
    if (!parsed.error.empty()) return usageError(command, parsed.error, context);
    if (parsed.positional.size() != 2)
        return usageError(command, u8(CliText::tr("give a workspace and a field report folder")), context);
    std::optional<PublicKey> trusted;
    if (const std::string path = parsed.one("--trust-key"); !path.empty()) {
        auto key = readAnyPublicKey(path);
        if (!key) {
            context.err << "lianjian-cli: " << key.error() << '\n';
            return kExitUsage;
        }
        trusted = std::move(*key);
    }
    const std::string dir = parsed.positional[1];
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
        context.err << "lianjian-cli: " << u8(CliText::tr("%1 is not a folder").arg(q(dir))) << '\n';
        return kExitUsage;
    }
    auto workspace = openExistingWorkspace(parsed.positional.front(), context);
    if (!workspace) return kExitUsage;
    auto data = loadWorkspaceDataset(*workspace, context);
    if (!data) return kExitUsage;
    auto imported = importFieldReport(*workspace, *data, dir, trusted ? &*trusted : nullptr);
    if (!imported) {
        context.err << "lianjian-cli: " << imported.error() << '\n';
        return kExitFindings;
    }
    if (imported->alreadyImported) {
        context.out << u8(CliText::tr("Field report %1 was already imported: nothing added")
                              .arg(q(imported->reportId)))
                    << '\n';
        return kExitClean;
    }
    context.out << u8(CliText::tr("Imported field report %1 by %2, signed with key %3: %4 observation(s) "
                                  "added, %5 already here")
                          .arg(q(imported->reportId), q(imported->inspector), q(imported->signer))
                          .arg(imported->added)
                          .arg(imported->skipped))
                << '\n';
    if (!trusted)
        context.out
            << u8(CliText::tr(
                   "The signing key was not compared with a trusted inspector key (use --trust-key PUB)"))
            << '\n';
    for (const std::string& subject : imported->notInLedger)
        context.out
            << "  ⚠ "
            << u8(CliText::tr("%1 is not in this workspace's ledger: observation kept").arg(q(subject)))
            << '\n';
    // What the imported observations say against this ledger.
    ObservationStore store(*workspace);
    auto all = store.list();
    if (all) {
        std::vector<Observation> mine;
        for (const Observation& o : *all)
            if (o.reportId == imported->reportId) mine.push_back(o);
        const auto findings = compareObservations(*data, mine, RuleSettings::defaults());
        if (!findings.empty()) printFindings(todayInChina(), findings, context.out);
    }
    return kExitClean;
}

} // namespace lj::cli
