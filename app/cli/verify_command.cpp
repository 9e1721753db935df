#include "arguments.h"
#include "cli_text.h"
#include "commands.h"
#include "verify_output.h"

#include "ledger/trust_store.h"

namespace lj::cli {

namespace {

class VerifyCommand final : public Command {
public:
    std::string_view name() const override { return "verify"; }
    std::string synopsis() const override
    {
        return u8(CliText::tr("verify FILE... [--trust CONSORTIUM.json]... [--json]   check exports: signatures, hash chain, completeness, forks"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override
    {
        const Arguments parsed = parseArguments(args, {{"--trust"}, {}, {"--json"}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (parsed.positional.empty()) return usageError(*this, u8(CliText::tr("no export file given")), context);

        TrustStore trust;
        if (!loadTrustFiles(parsed.all("--trust"), trust, context)) return kExitUsage;
        VerifyOptions options;
        if (!trust.empty()) options.trust = &trust;

        VerifyRun run;
        run.trustGiven = !trust.empty();
        bool ioError = false;
        for (const std::string& path : parsed.positional) {
            auto report = verifyExportFile(path, options);
            if (!report) {
                context.err << "lianjian-cli: " << report.error() << '\n';
                ioError = true;
                continue;
            }
            run.reports.push_back(std::move(report.value()));
        }
        for (std::size_t a = 0; a < run.reports.size(); ++a)
            for (std::size_t b = a + 1; b < run.reports.size(); ++b) {
                ContinuityResult result = compareExports(run.reports[a], run.reports[b]);
                if (result.relation == ExportRelation::Fork || result.relation == ExportRelation::BContinuesA ||
                    result.relation == ExportRelation::AContinuesB)
                    run.pairs.push_back({a, b, std::move(result)});
            }

        if (parsed.has("--json"))
            context.out << json::serializePretty(verifyRunToJson(run)) << '\n';
        else
            printVerifyRun(run, context.out);

        if (ioError) return kExitUsage;
        bool problems = false;
        for (const VerifyReport& report : run.reports)
            problems = problems || !report.clean() || (run.trustGiven && report.trusted != true);
        for (const PairOutcome& pair : run.pairs) problems = problems || pair.result.relation == ExportRelation::Fork;
        return problems ? kExitFindings : kExitClean;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand() { return std::make_unique<VerifyCommand>(); }

} // namespace lj::cli
