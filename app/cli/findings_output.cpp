#include "findings_output.h"

#include "cli_text.h"

#include <map>

namespace lj::cli {

namespace {

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : separator) + item;
    return text;
}

} // namespace

std::string ruleTitle(const std::string& code) {
    // Names from rules-v1's catalogue; the Chinese ones are the catalogue's own.
    static const std::map<std::string, const char*> titles = {
        {"A01", QT_TRANSLATE_NOOP("CliText", "late registration")},
        {"A02", QT_TRANSLATE_NOOP("CliText", "idle asset")},
        {"A03", QT_TRANSLATE_NOOP("CliText", "long-term lease")},
        {"A04", QT_TRANSLATE_NOOP("CliText", "lease expiring")},
        {"A05", QT_TRANSLATE_NOOP("CliText", "expired lease still used")},
        {"A06", QT_TRANSLATE_NOOP("CliText", "rent overdue")},
        {"A07", QT_TRANSLATE_NOOP("CliText", "off-platform lease")},
        {"A08", QT_TRANSLATE_NOOP("CliText", "rent below reserve or lower renewal")},
        {"A09", QT_TRANSLATE_NOOP("CliText", "low participation")},
        {"A10", QT_TRANSLATE_NOOP("CliText", "bid collusion")},
        {"F01", QT_TRANSLATE_NOOP("CliText", "large payment")},
        {"F02", QT_TRANSLATE_NOOP("CliText", "frequent payments")},
        {"F03", QT_TRANSLATE_NOOP("CliText", "over budget")},
        {"F04", QT_TRANSLATE_NOOP("CliText", "over standard")},
        {"F05", QT_TRANSLATE_NOOP("CliText", "split payments")},
        {"F06", QT_TRANSLATE_NOOP("CliText", "cash settlement")},
        {"F07", QT_TRANSLATE_NOOP("CliText", "related-party payment")},
        {"P01", QT_TRANSLATE_NOOP("CliText", "project overdue")},
        {"P02", QT_TRANSLATE_NOOP("CliText", "contract splitting")},
        {"P03", QT_TRANSLATE_NOOP("CliText", "award anomaly")},
        {"P04", QT_TRANSLATE_NOOP("CliText", "cost overrun")},
        {"W01", QT_TRANSLATE_NOOP("CliText", "official's kin")},
        {"W02", QT_TRANSLATE_NOOP("CliText", "business owner")},
        {"W03", QT_TRANSLATE_NOOP("CliText", "asset holder")},
        {"W04", QT_TRANSLATE_NOOP("CliText", "duplicate payment")},
        {"R01", QT_TRANSLATE_NOOP("CliText", "conflict of interest")},
        {"R02", QT_TRANSLATE_NOOP("CliText", "shared identity")},
        {"D01", QT_TRANSLATE_NOOP("CliText", "cross-system mismatch")},
        {"D02", QT_TRANSLATE_NOOP("CliText", "chain alert not reproduced")},
        {"V01", QT_TRANSLATE_NOOP("CliText", "observation contradicts ledger")},
    };
    const auto it = titles.find(code);
    return it == titles.end() ? code : u8(CliText::tr(it->second));
}

std::string severityTitle(Severity severity) {
    switch (severity) {
    case Severity::Reminder:
        return u8(CliText::tr("reminder"));
    case Severity::Warning:
        return u8(CliText::tr("warning"));
    case Severity::Alarm:
        return u8(CliText::tr("alarm"));
    }
    return {};
}

json::Value findingsToJson(Date asOf, const std::vector<RuleFinding>& findings) {
    json::Value list = json::Value::array();
    for (const RuleFinding& finding : findings) {
        list.push(findingToJson(finding));
    }
    json::Value document = json::Value::object();
    document.set("as_of", json::Value::string(asOf.toString()));
    document.set("findings", std::move(list));
    return document;
}

void printFindings(Date asOf, const std::vector<RuleFinding>& findings, std::ostream& out) {
    const QString date = q(asOf.toString());
    if (findings.empty()) {
        out << u8(CliText::tr("no findings as of %1").arg(date)) << '\n';
        return;
    }
    out << u8(CliText::tr("findings as of %1: %2").arg(date).arg(findings.size())) << '\n';
    // The engine sorts by rule, so each rule's findings are consecutive.
    for (std::size_t first = 0; first < findings.size();) {
        std::size_t last = first;
        while (last < findings.size() && findings[last].rule == findings[first].rule)
            ++last;
        const RuleFinding& head = findings[first];
        out << '\n'
            << head.rule << ' ' << ruleTitle(head.rule) << " · " << severityTitle(head.severity) << " · "
            << u8(CliText::tr("findings: %1").arg(last - first)) << '\n';
        for (std::size_t i = first; i < last; ++i) {
            const RuleFinding& finding = findings[i];
            out << "  " << finding.id << "  " << joined(finding.subjects, ", ");
            if (finding.from || finding.to)
                out << "  " << (finding.from ? finding.from->toString() : "…") << " – "
                    << (finding.to ? finding.to->toString() : "…");
            out << '\n' << "      " << finding.summary << '\n';
            if (!finding.path.empty())
                out << "      " << u8(CliText::tr("path: %1").arg(q(joined(finding.path, " → ")))) << '\n';
        }
        first = last;
    }
}

} // namespace lj::cli
