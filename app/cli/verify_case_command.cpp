// lianjian-cli verify-case DIR [--trust FILE]...: checks a case package offline: every file against
// the manifest's hashes, the handler's signature, and every evidence item (Merkle path, block hash,
// quorum signatures, keys against the trust store). Exit 0 intact, 1 a problem, 2 usage or I/O.
#include "arguments.h"
#include "casefile/case_package.h"
#include "cli_text.h"
#include "commands.h"

namespace lj::cli {

namespace {

class VerifyCaseCommand final : public Command {
public:
    std::string_view name() const override { return "verify-case"; }
    std::string synopsis() const override {
        return u8(CliText::tr("verify-case DIR [--trust CONSORTIUM.json]...   check a case package: "
                              "manifest, signature, evidence"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override {
        const Arguments parsed = parseArguments(args, {{"--trust"}, {}, {}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (parsed.positional.size() != 1)
            return usageError(*this, u8(CliText::tr("give exactly one case folder")), context);
        TrustStore trust;
        if (!loadTrustFiles(parsed.all("--trust"), trust, context)) return kExitUsage;
        const std::string& dir = parsed.positional.front();
        auto report = verifyCasePackage(dir, trust.empty() ? nullptr : &trust);
        if (!report) {
            context.err << "lianjian-cli: " << report.error() << '\n';
            return kExitUsage;
        }
        context.out << u8(CliText::tr("%1: %2 file(s) checked (%3), %4 evidence item(s)")
                              .arg(q(dir))
                              .arg(report->filesChecked)
                              .arg(q(report->hash))
                              .arg(report->evidenceItems))
                    << '\n';
        if (report->signer.empty())
            context.out
                << u8(CliText::tr(
                       "not signed: the manifest proves integrity only together with a trusted copy of it"))
                << '\n';
        else
            context.out
                << u8(CliText::tr("signed with %1 key %2").arg(q(report->signerSuite), q(report->signer)))
                << '\n';
        if (report->trusted)
            context.out << u8(*report->trusted ? CliText::tr("evidence signed by trusted validator keys")
                                               : CliText::tr("evidence NOT signed by trusted validator keys"))
                        << '\n';
        for (const std::string& note : report->notes)
            context.out << "  · " << note << '\n';
        for (const std::string& problem : report->problems)
            context.out << "  ✗ " << problem << '\n';
        context.out << u8(report->ok() ? CliText::tr("case package intact")
                                       : CliText::tr("case package NOT intact"))
                    << '\n';
        return report->ok() ? kExitClean : kExitFindings;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCaseCommand() {
    return std::make_unique<VerifyCaseCommand>();
}

} // namespace lj::cli
