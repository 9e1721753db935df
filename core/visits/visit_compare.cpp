#include "visits/visit_compare.h"

#include "visits/ledger_state.h"

#include <algorithm>

namespace lj {

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

struct Contradiction {
    std::string code, text;
};

std::vector<Contradiction> assetContradictions(const Observation& o, const LedgerState& ledger) {
    std::vector<Contradiction> found;
    const Date day = o.visitDate;
    if (o.state == "in_use" && !ledger.disposed) {
        if (ledger.contract.empty())
            found.push_back({"in_use_unleased",
                             "实地见在用，台账于 " + day.toString() + " 无在租合同" +
                                 (ledger.idleSince ? "（自 " + ledger.idleSince->toString() + " 起闲置）"
                                                   : std::string())});
        else if (ledger.status == "idle")
            found.push_back(
                {"in_use_unleased", "实地见在用，台账状态为闲置（" + ledger.statusDate->toString() + "）"});
    }
    const std::string occupant = trimmed(o.occupant);
    if (!occupant.empty() && !ledger.contract.empty() && occupant != ledger.lessee &&
        occupant != ledger.lesseeName && (o.state == "in_use" || o.state == "self_use"))
        found.push_back({"not_lessee", "实地使用人“" + occupant + "”不是合同 " + ledger.contract +
                                           " 的承租人" +
                                           (ledger.lesseeName.empty() ? ledger.lessee : ledger.lesseeName)});
    if (o.state == "missing" && !ledger.disposed)
        found.push_back({"missing", "实地未见该资产，台账未记载处置"});
    return found;
}

std::vector<Contradiction> projectContradictions(const Observation& o, const LedgerState& ledger) {
    if ((o.state == "not_started" || o.state == "unfinished") && ledger.completed)
        return {{"unfinished", std::string(o.state == "not_started" ? "实地见未开工" : "实地见未完工") +
                                   "，台账记载已于 " + ledger.completed->toString() +
                                   (ledger.accepted ? " 验收" : " 完工")}};
    return {};
}

} // namespace

json::Value observationJson(const Observation& o) {
    json::Value out = json::Value::object();
    out.set("id", json::Value::string(o.id));
    out.set("kind", json::Value::string(o.kind));
    out.set("subject", json::Value::string(o.subject));
    out.set("org", json::Value::string(o.org));
    out.set("state", json::Value::string(o.state));
    out.set("occupant", json::Value::string(o.occupant));
    out.set("notes", json::Value::string(o.notes));
    out.set("inspector", json::Value::string(o.inspector));
    out.set("observed_at", json::Value::string(o.observedAt));
    out.set("visit_date", json::Value::string(o.visitDate.toString()));
    json::Value photos = json::Value::array();
    for (const VisitPhoto& photo : o.photos) {
        json::Value entry = json::Value::object();
        entry.set("sha256", json::Value::string(photo.sha256));
        entry.set("mime", json::Value::string(photo.mime));
        entry.set("name", json::Value::string(photo.fileName));
        entry.set("bytes", json::Value::number(photo.bytes));
        entry.set("exif_date", photo.exifDate.empty() ? json::Value() : json::Value::string(photo.exifDate));
        photos.push(std::move(entry));
    }
    out.set("photos", std::move(photos));
    return out;
}

std::vector<RuleFinding> compareObservations(const Dataset& data,
                                             const std::vector<Observation>& observations,
                                             const RuleSettings& settings) {
    std::vector<RuleFinding> findings;
    for (const Observation& o : observations) {
        if (!o.inLedger) continue;
        const LedgerState ledger = o.kind == "asset"
                                       ? assetLedgerState(data, o.subject, o.visitDate, settings)
                                       : projectLedgerState(data, o.subject, o.visitDate);
        if (!ledger.found) continue;
        const auto contradictions =
            o.kind == "asset" ? assetContradictions(o, ledger) : projectContradictions(o, ledger);
        if (contradictions.empty()) continue;
        RuleFinding finding;
        finding.rule = "V01";
        finding.severity = settings.severityOf("V01");
        finding.subjects = {o.subject, o.id};
        finding.id = makeFindingId(finding.rule, finding.subjects);
        finding.txs = data.txIds(ledger.refs);
        finding.from = finding.to = o.visitDate;
        std::string summary =
            (ledger.name.empty() ? o.subject : ledger.name + "（" + o.subject + "）") + "：";
        json::Value codes = json::Value::array();
        for (std::size_t i = 0; i < contradictions.size(); ++i) {
            summary += (i ? "；" : "") + contradictions[i].text;
            codes.push(json::Value::string(contradictions[i].code));
        }
        finding.summary = summary + "（" + o.inspector + "，" + o.visitDate.toString() + " 实地核查）";
        finding.details.set("contradictions", std::move(codes));
        finding.details.set("observation", observationJson(o));
        finding.details.set("ledger", ledgerStateJson(ledger));
        json::Value provenance = json::Value::object();
        provenance.set("origin", json::Value::string(o.origin));
        provenance.set("report", o.reportId.empty() ? json::Value() : json::Value::string(o.reportId));
        provenance.set("signer", o.signer.empty() ? json::Value() : json::Value::string(o.signer));
        finding.details.set("provenance", std::move(provenance));
        findings.push_back(std::move(finding));
    }
    std::sort(findings.begin(), findings.end(),
              [](const RuleFinding& a, const RuleFinding& b) { return a.subjects < b.subjects; });
    return findings;
}

} // namespace lj
