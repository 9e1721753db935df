#include "arguments.h"
#include "cli_text.h"
#include "commands.h"

#include "ledger/evidence.h"
#include "ledger/trust_store.h"
#include "util/file_write.h"

namespace lj::cli {

namespace {

class EvidenceCommand final : public Command {
public:
    std::string_view name() const override { return "evidence"; }
    std::string synopsis() const override
    {
        return u8(CliText::tr("evidence FILE --tx TXID... --out BUNDLE.json [--trust CONSORTIUM.json]...   cut verifiable evidence for transactions"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override
    {
        const Arguments parsed = parseArguments(args, {{"--tx", "--out", "--trust"}, {"--tx"}, {}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (parsed.positional.size() != 1) return usageError(*this, u8(CliText::tr("give exactly one export file")), context);
        if (parsed.all("--tx").empty()) return usageError(*this, u8(CliText::tr("no --tx given")), context);
        if (parsed.one("--out").empty()) return usageError(*this, u8(CliText::tr("no --out given")), context);

        TrustStore trust;
        if (!loadTrustFiles(parsed.all("--trust"), trust, context)) return kExitUsage;
        VerifyOptions options;
        if (!trust.empty()) options.trust = &trust;
        const std::string& path = parsed.positional.front();
        auto report = verifyExportFile(path, options);
        if (!report) {
            context.err << "lianjian-cli: " << report.error() << '\n';
            return kExitUsage;
        }
        auto bundle = collectEvidence(path, *report, parsed.all("--tx"));
        if (!bundle) {
            context.err << "lianjian-cli: " << bundle.error() << '\n';
            return kExitFindings;
        }
        const std::string out = parsed.one("--out");
        if (auto written = writeWholeFile(out, json::serializePretty(evidenceToJson(*bundle)) + "\n"); !written) {
            context.err << "lianjian-cli: " << written.error() << '\n';
            return kExitUsage;
        }
        context.out << u8(CliText::tr("Wrote %1 transaction(s) with their proofs to %2").arg(bundle->items.size()).arg(q(out)))
                    << '\n';
        if (options.trust && report->trusted != true) {
            context.out << u8(CliText::tr("⚠ The export is not signed by trusted keys: the evidence proves consistency, not origin."))
                        << '\n';
            return kExitFindings;
        }
        return kExitClean;
    }
};

class VerifyEvidenceCommand final : public Command {
public:
    std::string_view name() const override { return "verify-evidence"; }
    std::string synopsis() const override
    {
        return u8(CliText::tr("verify-evidence BUNDLE.json [--trust CONSORTIUM.json]... [--json]   check an evidence bundle offline"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override
    {
        const Arguments parsed = parseArguments(args, {{"--trust"}, {}, {"--json"}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (parsed.positional.size() != 1) return usageError(*this, u8(CliText::tr("give exactly one bundle file")), context);
        TrustStore trust;
        if (!loadTrustFiles(parsed.all("--trust"), trust, context)) return kExitUsage;
        const std::string& path = parsed.positional.front();
        auto bundle = loadEvidenceFile(path);
        if (!bundle) {
            context.err << "lianjian-cli: " << bundle.error() << '\n';
            return kExitUsage;
        }
        const EvidenceReport report = verifyEvidence(*bundle, trust.empty() ? nullptr : &trust);
        if (parsed.has("--json"))
            printJson(path, report, context.out);
        else
            printText(path, report, context.out);
        return report.ok() ? kExitClean : kExitFindings;
    }

private:
    static void printJson(const std::string& path, const EvidenceReport& report, std::ostream& out)
    {
        json::Value items = json::Value::array();
        for (const EvidenceItemResult& item : report.items) {
            json::Value entry = json::Value::object();
            entry.set("item", json::Value::number(static_cast<std::int64_t>(item.item)));
            entry.set("tx", json::Value::string(item.txId));
            entry.set("height", item.height ? json::Value::number(*item.height) : json::Value());
            entry.set("kind", json::Value::string(item.kind));
            entry.set("ok", json::Value::boolean(item.ok()));
            json::Value findings = json::Value::array();
            for (const Finding& finding : item.findings) {
                json::Value f = json::Value::object();
                f.set("code", json::Value::string(std::string(findingCodeName(finding.code))));
                f.set("message", json::Value::string(finding.message));
                findings.push(std::move(f));
            }
            entry.set("findings", std::move(findings));
            items.push(std::move(entry));
        }
        json::Value document = json::Value::object();
        document.set("bundle", json::Value::string(path));
        document.set("chain", json::Value::string(report.chain));
        document.set("suite", json::Value::string(report.suite));
        document.set("trusted", report.trusted ? json::Value::boolean(*report.trusted) : json::Value());
        document.set("ok", json::Value::boolean(report.ok()));
        document.set("items", std::move(items));
        out << json::serializePretty(document) << '\n';
    }

    static void printText(const std::string& path, const EvidenceReport& report, std::ostream& out)
    {
        out << u8(CliText::tr("Bundle    %1").arg(q(path))) << '\n';
        out << u8(CliText::tr("  Chain   %1").arg(q(report.chain))) << '\n';
        out << u8(CliText::tr("  Suite   %1").arg(q(report.suite))) << '\n';
        for (const EvidenceItemResult& item : report.items) {
            const std::string height = item.height ? std::to_string(*item.height) : "?";
            out << "    #" << item.item << "  " << item.txId << "  " << u8(CliText::tr("height %1").arg(q(height))) << "  "
                << item.kind << "  " << (item.ok() ? u8(CliText::tr("✔ proven")) : u8(CliText::tr("✘ NOT proven"))) << '\n';
            for (const Finding& finding : item.findings)
                out << "        [" << findingCodeName(finding.code) << "] " << CliText::codeDescription(finding.code) << '\n';
        }
        if (report.trusted == false)
            out << u8(CliText::tr("  ⚠ Not signed by trusted keys: %1").arg(q(report.untrustedReason))) << '\n';
        out << u8(CliText::tr("  Result  %1")
                      .arg(report.ok() ? CliText::tr("✔ every item is proven") : CliText::tr("✘ the bundle does not prove its items")))
            << '\n';
    }
};

} // namespace

std::unique_ptr<Command> makeEvidenceCommand() { return std::make_unique<EvidenceCommand>(); }
std::unique_ptr<Command> makeVerifyEvidenceCommand() { return std::make_unique<VerifyEvidenceCommand>(); }

} // namespace lj::cli
