#include "verify_output.h"

#include "cli_text.h"
#include "util/encoding.h"

namespace lj::cli {

namespace {

json::Value optionalInt(const std::optional<std::int64_t>& value)
{
    return value ? json::Value::number(*value) : json::Value();
}

json::Value reportToJson(const VerifyReport& report)
{
    json::Value file = json::Value::object();
    file.set("path", json::Value::string(report.path));
    const ExportHeader* header = report.header ? &*report.header : nullptr;
    file.set("chain", header ? json::Value::string(header->consortium.chain) : json::Value());
    file.set("suite", header ? json::Value::string(std::string(suiteName(header->consortium.suite))) : json::Value());
    file.set("from", optionalInt(report.fromHeight()));
    file.set("to", optionalInt(report.toHeight()));
    file.set("blocks", json::Value::number(static_cast<std::int64_t>(report.blocks)));
    file.set("txs", json::Value::number(static_cast<std::int64_t>(report.txs)));
    file.set("verified_blocks", json::Value::number(static_cast<std::int64_t>(report.verifiedBlocks)));
    file.set("verified_through", optionalInt(report.verifiedThrough));
    file.set("trusted", report.trusted ? json::Value::boolean(*report.trusted) : json::Value());
    json::Value findings = json::Value::array();
    for (const Finding& finding : report.findings) {
        json::Value entry = json::Value::object();
        entry.set("code", json::Value::string(std::string(findingCodeName(finding.code))));
        entry.set("line", json::Value::number(static_cast<std::int64_t>(finding.line)));
        entry.set("height", optionalInt(finding.height));
        entry.set("message", json::Value::string(finding.message));
        findings.push(std::move(entry));
    }
    file.set("findings", std::move(findings));
    file.set("findings_omitted", json::Value::number(static_cast<std::int64_t>(report.findingsOmitted)));
    file.set("lines", json::Value::number(static_cast<std::int64_t>(report.lines)));
    file.set("chain_name", header ? json::Value::string(header->consortium.chainName) : json::Value());
    file.set("exporter", header ? json::Value::string(header->exporter) : json::Value());
    file.set("exported_at", header ? json::Value::string(header->exportedAt) : json::Value());
    return file;
}

std::string verdict(const VerifyReport& report, bool trustGiven)
{
    if (!report.header) {
        const Finding& fatal = report.findings.front();
        return u8(CliText::tr("✘ UNREADABLE: %1").arg(q(CliText::codeDescription(fatal.code))));
    }
    if (const Finding* broken = firstBreakingFinding(report)) {
        if (report.verifiedThrough)
            return u8(CliText::tr("✘ BROKEN at line %1: only heights %2–%3 are verified")
                          .arg(broken->line)
                          .arg(report.header->from)
                          .arg(*report.verifiedThrough));
        return u8(CliText::tr("✘ BROKEN at line %1: no block is verified").arg(broken->line));
    }
    if (report.trusted == false) return u8(CliText::tr("⚠ VERIFIED BUT UNTRUSTED: the signing keys are not the district's"));
    const bool warnings = !report.findings.empty();
    if (trustGiven)
        return warnings ? u8(CliText::tr("✔ VERIFIED AND TRUSTED, with non-breaking findings"))
                        : u8(CliText::tr("✔ VERIFIED AND TRUSTED"));
    return warnings ? u8(CliText::tr("✔ VERIFIED, with non-breaking findings (origin not checked: no trust store given)"))
                    : u8(CliText::tr("✔ VERIFIED (origin not checked: no trust store given)"));
}

void printReport(const VerifyReport& report, bool trustGiven, std::ostream& out)
{
    out << u8(CliText::tr("File      %1").arg(q(report.path))) << '\n';
    if (report.header) {
        const Consortium& consortium = report.header->consortium;
        std::string chain = consortium.chain;
        if (!consortium.chainName.empty()) chain += "  " + consortium.chainName;
        out << u8(CliText::tr("  Chain   %1").arg(q(chain))) << '\n';
        out << u8(CliText::tr("  Suite   %1, quorum %2 of %3 validators")
                      .arg(q(std::string(suiteName(consortium.suite))))
                      .arg(consortium.quorum)
                      .arg(consortium.validators.size()))
            << '\n';
        if (report.toHeight())
            out << u8(CliText::tr("  Blocks  heights %1–%2: %3 blocks, %4 transactions")
                          .arg(report.header->from)
                          .arg(*report.toHeight())
                          .arg(report.blocks)
                          .arg(report.txs))
                << '\n';
        else
            out << u8(CliText::tr("  Blocks  none")) << '\n';
    }
    out << u8(CliText::tr("  Result  %1").arg(q(verdict(report, trustGiven)))) << '\n';
    if (report.findings.empty()) return;
    out << u8(CliText::tr("  Findings (%1)").arg(report.findings.size() + report.findingsOmitted)) << '\n';
    for (const Finding& finding : report.findings) {
        std::string where = u8(CliText::tr("line %1").arg(finding.line));
        if (finding.height) where += "  " + u8(CliText::tr("height %1").arg(*finding.height));
        out << "    " << where << "  [" << findingCodeName(finding.code) << "] " << CliText::codeDescription(finding.code)
            << '\n';
        if (!finding.message.empty()) out << "        " << finding.message << '\n';
    }
    if (report.findingsOmitted > 0)
        out << "    " << u8(CliText::tr("… and %1 more findings not shown").arg(report.findingsOmitted)) << '\n';
}

} // namespace

const Finding* firstBreakingFinding(const VerifyReport& report)
{
    for (const Finding& finding : report.findings)
        if (isBreaking(finding.code)) return &finding;
    return nullptr;
}

json::Value verifyRunToJson(const VerifyRun& run)
{
    json::Value files = json::Value::array();
    for (const VerifyReport& report : run.reports) files.push(reportToJson(report));
    json::Value forks = json::Value::array();
    json::Value continuations = json::Value::array();
    for (const PairOutcome& pair : run.pairs) {
        const VerifyReport& a = run.reports[pair.a];
        const VerifyReport& b = run.reports[pair.b];
        if (pair.result.relation == ExportRelation::Fork) {
            json::Value fork = json::Value::object();
            fork.set("chain", json::Value::string(a.header->consortium.chain));
            fork.set("height", json::Value::number(pair.result.forkHeight));
            fork.set("a", json::Value::string(pair.result.hashA));
            fork.set("b", json::Value::string(pair.result.hashB));
            fork.set("file_a", json::Value::string(a.path));
            fork.set("file_b", json::Value::string(b.path));
            forks.push(std::move(fork));
        } else {
            const bool bLater = pair.result.relation == ExportRelation::BContinuesA;
            json::Value link = json::Value::object();
            link.set("earlier", json::Value::string(bLater ? a.path : b.path));
            link.set("later", json::Value::string(bLater ? b.path : a.path));
            continuations.push(std::move(link));
        }
    }
    json::Value document = json::Value::object();
    document.set("files", std::move(files));
    document.set("forks", std::move(forks));
    document.set("continuations", std::move(continuations));
    return document;
}

void printVerifyRun(const VerifyRun& run, std::ostream& out)
{
    for (std::size_t i = 0; i < run.reports.size(); ++i) {
        if (i > 0) out << '\n';
        printReport(run.reports[i], run.trustGiven, out);
    }
    for (const PairOutcome& pair : run.pairs) {
        const VerifyReport& a = run.reports[pair.a];
        const VerifyReport& b = run.reports[pair.b];
        out << '\n';
        if (pair.result.relation == ExportRelation::Fork) {
            out << u8(CliText::tr("✘ FORK on chain %1 at height %2: the two exports hold different blocks there")
                          .arg(q(a.header->consortium.chain))
                          .arg(pair.result.forkHeight))
                << '\n';
            out << "    " << a.path << "  " << pair.result.hashA << '\n';
            out << "    " << b.path << "  " << pair.result.hashB << '\n';
            out << u8(CliText::tr("  Some node rewrote history: treat both exports as evidence.")) << '\n';
        } else {
            const bool bLater = pair.result.relation == ExportRelation::BContinuesA;
            out << u8(CliText::tr("%1 continues %2").arg(q(bLater ? b.path : a.path), q(bLater ? a.path : b.path))) << '\n';
        }
    }
}

} // namespace lj::cli
