// lianjian-cli casefile WORKSPACE (--case ID | --finding ID...) --out DIR [--sign KEY] [--trust FILE]...
//   [--as-of DATE] [--settings FILE] [--force]: a case package (case.pdf, case.odt, evidence.json,
// manifest.json). Exit 0 when every cited fact is proven (and trusted when --trust is given), 1 when
// the package was written but some fact is unverified or untrusted, 2 for usage and I/O errors.
#include "arguments.h"
#include "case_export.h"
#include "casefile/case_file_assembly.h"
#include "casefile/case_record_source.h"
#include "cli_text.h"
#include "commands.h"
#include "workspace_options.h"

#include <QGuiApplication>
#include <filesystem>

namespace lj::cli {

namespace {

class CaseFileCommand final : public Command {
public:
    std::string_view name() const override { return "casefile"; }
    std::string synopsis() const override {
        return u8(CliText::tr(
            "casefile WORKSPACE (--case ID | --finding ID...) --out DIR [--sign KEY] [--trust FILE]... "
            "[--as-of DATE] [--settings FILE] [--force]   write a case file with its evidence"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override {
        const Arguments parsed = parseArguments(
            args, {{"--case", "--finding", "--out", "--sign", "--trust", "--as-of", "--settings"},
                   {"--finding"},
                   {"--force"}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (parsed.positional.size() != 1)
            return usageError(*this, u8(CliText::tr("exactly one workspace is needed")), context);
        const bool byCase = !parsed.one("--case").empty();
        if (byCase == !parsed.all("--finding").empty())
            return usageError(*this, u8(CliText::tr("give either --case or --finding")), context);
        const std::string out = parsed.one("--out");
        if (out.empty()) return usageError(*this, u8(CliText::tr("no --out given")), context);
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            context.err << "lianjian-cli: " << u8(CliText::tr("rendering case files needs a QGuiApplication"))
                        << '\n';
            return kExitUsage;
        }

        // Everything that can be refused cheaply is refused before the workspace is read.
        std::optional<PrivateKey> signer;
        if (!readSigningKey(parsed.one("--sign"), signer, context)) return kExitUsage;
        TrustStore trust;
        if (!loadTrustFiles(parsed.all("--trust"), trust, context)) return kExitUsage;
        CaseFileRequest request;
        auto settings = ruleSettingsOption(parsed.one("--settings"), context);
        if (!settings) return kExitUsage;
        request.settings = std::move(*settings);
        if (const std::string asOf = parsed.one("--as-of"); !asOf.empty()) {
            request.asOf = Date::parse(asOf);
            if (!request.asOf)
                return usageError(
                    *this, u8(CliText::tr("--as-of needs a date written YYYY-MM-DD, not %1").arg(q(asOf))),
                    context);
        }
        if (!parsed.has("--force")) {
            std::error_code error;
            if (std::filesystem::exists(out, error)) {
                context.err << "lianjian-cli: "
                            << u8(CliText::tr("%1 already exists (use --force to replace it)").arg(q(out)))
                            << '\n';
                return kExitUsage;
            }
        }

        auto workspace = openExistingWorkspace(parsed.positional.front(), context);
        if (!workspace) return kExitUsage;
        if (byCase) {
            if (auto status = requestFromCase(*workspace, parsed.one("--case"), request); !status) {
                context.err << "lianjian-cli: " << status.error() << '\n';
                return kExitUsage;
            }
        } else {
            request.findingIds = parsed.all("--finding");
        }
        if (!trust.empty()) request.trust = &trust;
        auto content = assembleCaseFile(*workspace, request);
        if (!content) {
            context.err << "lianjian-cli: " << content.error() << '\n';
            return kExitUsage;
        }

        casefile::CaseExportOptions options;
        options.outDir = out;
        options.force = parsed.has("--force");
        options.signer = signer ? &*signer : nullptr;
        if (auto written = casefile::exportCasePackage(*content, options); !written) {
            context.err << "lianjian-cli: " << written.error() << '\n';
            return kExitUsage;
        }
        return report(*content, out, signer ? &*signer : nullptr, context);
    }

private:
    static int report(const CaseFileContent& content, const std::string& out, const PrivateKey* signer,
                      CliContext& context) {
        const std::size_t unverified = content.count(FactState::Unverified);
        const std::size_t untrusted = content.count(FactState::Untrusted);
        context.out << u8(CliText::tr("Wrote case file %1: case.pdf, case.odt, evidence.json, manifest.json")
                              .arg(q(out)))
                    << '\n';
        context.out
            << u8(CliText::tr(
                      "%1 finding(s), %2 part(ies), %3 asset timeline(s), %4 cited fact(s): %5 proven, "
                      "%6 with untrusted keys, %7 unverified")
                      .arg(content.findings.size())
                      .arg(content.parties.size())
                      .arg(content.timelines.size())
                      .arg(content.facts.size())
                      .arg(content.count(FactState::Proven))
                      .arg(untrusted)
                      .arg(unverified))
            << '\n';
        if (signer)
            context.out
                << u8(CliText::tr("Manifest signed with key %1").arg(q(signer->publicKey().fingerprint())))
                << '\n';
        for (const CaseFact& fact : content.facts)
            if (fact.state != FactState::Proven)
                context.out << "  ⚠ " << fact.tx << "  "
                            << u8(fact.state == FactState::Unverified
                                      ? CliText::tr("UNVERIFIED: %1").arg(q(fact.reason))
                                      : CliText::tr("untrusted: %1").arg(q(fact.reason)))
                            << '\n';
        return unverified + untrusted == 0 ? kExitClean : kExitFindings;
    }
};

} // namespace

std::unique_ptr<Command> makeCaseFileCommand() {
    return std::make_unique<CaseFileCommand>();
}

} // namespace lj::cli
