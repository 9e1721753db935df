#include "case_sections.h"

#include "case_text.h"
#include "format.h"
#include "html_parts.h"

namespace lj::casefile {

using namespace htmlparts;
using Text = CaseFileText;
using gui::Format;

namespace {

QString nameAndId(const CaseFileContent& content, const std::string& id) {
    const std::string name = content.data ? content.data->nameOf(id) : id;
    if (name == id) return html(id);
    return html(name) + QStringLiteral(" <span style=\"color:#666666; font-size:8pt;\">(") + html(id) +
           QStringLiteral(")</span>");
}

QString dash(const QString& text) {
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString detailValue(const json::Value& value) {
    if (value.isString()) return html(value.asString());
    return html(json::serialize(value));
}

} // namespace

QString evidenceNumber(const CaseFileContent& content, const std::string& tx) {
    for (std::size_t i = 0; i < content.facts.size(); ++i)
        if (content.facts[i].tx == tx) return QStringLiteral("[E%1]").arg(i + 1);
    return {};
}

QString coverSection(const CaseFileContent& content) {
    const bool hasCase = content.meta.has_value();
    const QString title =
        hasCase && !content.meta->title.empty()
            ? html(content.meta->title)
            : Text::tr("Findings on the three-capitals ledger of chain %1").arg(html(content.chain));
    QString out;
    out +=
        QStringLiteral("<p align=\"center\" style=\"margin-top:30pt; font-family:%1; font-size:10pt; "
                       "color:#555555;\">%2</p>")
            .arg(kSans, Text::tr("Lianjian · supervision of rural collective funds, assets and resources"));
    out += QStringLiteral("<p align=\"center\" style=\"margin-top:24pt; font-family:%1; font-size:30pt; "
                          "font-weight:bold; color:#b01c1c; letter-spacing:8pt;\">%2</p>")
               .arg(kSans, Text::tr("CASE FILE"));
    out += QStringLiteral("<hr style=\"height:2px; background-color:#b01c1c; border:none;\"/>");
    out += QStringLiteral("<p align=\"center\" style=\"margin-top:18pt; margin-bottom:30pt; font-family:%1; "
                          "font-size:14pt; font-weight:bold;\">%2</p>")
               .arg(kSans, title);
    QStringList exports;
    for (const CaseExport& entry : content.exports)
        exports << html(entry.fileName);
    const QString none = QStringLiteral("—");
    std::vector<std::pair<QString, QString>> rows = {
        {Text::tr("Case number"),
         hasCase ? dash(html(content.meta->number)) : Text::tr("none (assembled from findings)")},
        {Text::tr("Title"), title},
        {Text::tr("Handler"), hasCase ? dash(html(content.meta->handler)) : none},
        {Text::tr("Opened"), hasCase && content.meta->opened ? Format::date(content.meta->opened) : none},
        {Text::tr("Closed"), hasCase && content.meta->closed ? Format::date(content.meta->closed) : none},
        {Text::tr("State"), hasCase ? dash(html(content.meta->state)) : Text::tr("not registered as a case")},
        {Text::tr("Facts as of"), Format::date(content.asOf)},
        {Text::tr("District chain"),
         html(content.chain) + (content.chainName.empty()
                                    ? QString()
                                    : QStringLiteral("（") + html(content.chainName) + QStringLiteral("）"))},
        {Text::tr("Export(s)"), dash(exports.join(QStringLiteral("<br/>")))},
        {Text::tr("Findings"), QString::number(content.findings.size())},
        {Text::tr("Cited facts"), Text::tr("%1: %2 proven, %3 with untrusted keys, %4 unverified")
                                      .arg(content.facts.size())
                                      .arg(content.count(FactState::Proven))
                                      .arg(content.count(FactState::Untrusted))
                                      .arg(content.count(FactState::Unverified))},
        {Text::tr("Compiled"), html(content.generatedAt)},
    };
    out += keyValueTable(rows, QStringLiteral("26%"));
    out += paragraph(
        Text::tr("Compiled by Lianjian from the signed ledger exports of the district's supervision chain. "
                 "Every fact cited here carries its transaction id; the accompanying evidence.json proves "
                 "each one offline (see the verification appendix)."),
        QStringLiteral("margin-top:24pt; color:#555555; font-size:8.5pt;"));
    return out;
}

QString summarySection(const CaseFileContent& content) {
    QString out = heading(Text::tr("1. Lead summary"));
    if (content.meta && !content.meta->summary.empty()) {
        out += subheading(Text::tr("In the handler's words"));
        for (const QString& line : qs(content.meta->summary).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                out += paragraph(line.toHtmlEscaped(), QStringLiteral("text-indent:20pt;"));
    }
    out += subheading(Text::tr("Findings that started it"));
    std::vector<QStringList> rows;
    for (std::size_t i = 0; i < content.findings.size(); ++i) {
        const RuleFinding& finding = content.findings[i];
        rows.push_back({QString::number(i + 1), Format::ruleName(finding.rule).toHtmlEscaped(),
                        Format::severity(finding.severity), html(finding.summary)});
    }
    out += gridTable(
        {Text::tr("No."), Text::tr("Rule"), Text::tr("Severity"), Text::tr("Summary")}, rows,
        {QStringLiteral("6%"), QStringLiteral("22%"), QStringLiteral("10%"), QStringLiteral("62%")});
    return out;
}

QString partiesSection(const CaseFileContent& content, const QString& diagramHtml) {
    QString out = heading(Text::tr("2. Parties and relations"));
    std::vector<QStringList> rows;
    for (const CaseParty& party : content.parties) {
        QStringList roles;
        for (const std::string& role : party.roles)
            roles << html(role);
        QStringList details;
        for (const std::string& detail : party.details)
            details << html(detail);
        const QString name =
            party.onPath ? coloured(html(party.name), QStringLiteral("#b01c1c"), true) : html(party.name);
        rows.push_back({name, Text::partyKind(party.kind), mono(html(party.id)),
                        roles.join(QStringLiteral("<br/>")), details.join(QStringLiteral("<br/>"))});
    }
    out += gridTable({Text::tr("Name"), Text::tr("Kind"), Text::tr("Id"), Text::tr("Roles in this case"),
                      Text::tr("Details")},
                     rows,
                     {QStringLiteral("17%"), QStringLiteral("10%"), QStringLiteral("19%"),
                      QStringLiteral("30%"), QStringLiteral("24%")});
    out += subheading(Text::tr("Relationship diagram"));
    out += diagramHtml;
    out += paragraph(Text::tr("Red: the conflict path named by the findings (party … official)."),
                     QStringLiteral("color:#555555; font-size:8.5pt;"));
    QStringList lines;
    for (const CaseRelation& relation : content.relations) {
        QString line =
            nameAndId(content, relation.from) + QStringLiteral(" → ") + nameAndId(content, relation.to);
        if (!relation.label.empty()) line += QStringLiteral("：") + html(relation.label);
        lines << (relation.onPath ? coloured(line, QStringLiteral("#b01c1c"), true) : line);
    }
    if (!lines.isEmpty())
        out += subheading(Text::tr("Relations")) + paragraph(lines.join(QStringLiteral("<br/>")));
    for (const RuleFinding& finding : content.findings)
        if (!finding.path.empty()) {
            QStringList steps;
            for (const std::string& id : finding.path)
                steps << nameAndId(content, id);
            out += paragraph(
                Text::tr("Path of %1: %2").arg(html(finding.id), steps.join(QStringLiteral(" → "))));
        }
    return out;
}

QString timelinesSection(const CaseFileContent& content, const QStringList& chartsHtml) {
    QString out = heading(Text::tr("3. Asset timelines"));
    if (content.timelines.empty()) return out + paragraph(Text::tr("The findings name no asset."));
    for (std::size_t i = 0; i < content.timelines.size(); ++i) {
        const AssetTimeline& t = content.timelines[i];
        out += subheading(html(t.name.empty() ? t.asset : t.name) + QStringLiteral(" ") +
                          mono(html(t.asset), 8));
        out +=
            paragraph(Text::tr("Type %1, category %2, collective %3; acquired %4, registered %5; as of %6.")
                          .arg(dash(html(t.type)), dash(html(t.category)),
                               content.data ? html(content.data->nameOf(t.org)) : html(t.org),
                               Format::date(t.acquired), Format::date(t.registered), Format::date(t.asOf)),
                      QStringLiteral("font-size:8.5pt; color:#444444;"));
        if (i < static_cast<std::size_t>(chartsHtml.size())) out += chartsHtml[static_cast<int>(i)];
        std::vector<QStringList> rows;
        for (const TimelineLease& lease : t.leases)
            rows.push_back({html(lease.contract),
                            content.data ? html(content.data->nameOf(lease.lessee)) : html(lease.lessee),
                            Format::date(lease.start) + QStringLiteral(" – ") + Format::date(lease.end),
                            lease.annualRent ? Format::money(*lease.annualRent) : QStringLiteral("—"),
                            lease.listing.empty() ? Text::tr("not listed") : html(lease.listing)});
        if (!rows.empty())
            out += gridTable({Text::tr("Lease"), Text::tr("Lessee"), Text::tr("Term"),
                              Text::tr("Rent a year"), Text::tr("Listing")},
                             rows);
    }
    return out;
}

QString findingsSection(const CaseFileContent& content) {
    QString out = heading(Text::tr("4. Findings"));
    for (std::size_t i = 0; i < content.findings.size(); ++i) {
        const RuleFinding& finding = content.findings[i];
        out += subheading(QStringLiteral("%1. ").arg(i + 1) + Format::ruleName(finding.rule).toHtmlEscaped());
        QStringList subjects;
        for (const std::string& subject : finding.subjects)
            subjects << nameAndId(content, subject);
        QStringList details;
        for (const auto& [key, value] : finding.details.asObject())
            details << mono(html(key), 8) + QStringLiteral(" = ") + detailValue(value);
        QStringList proofs;
        for (const std::string& tx : finding.txs)
            proofs << evidenceNumber(content, tx) + QStringLiteral(" ") +
                          mono(html(tx.substr(0, 16)) + QStringLiteral("…"));
        std::vector<std::pair<QString, QString>> rows = {
            {Text::tr("Finding id"), mono(html(finding.id), 8.5)},
            {Text::tr("Rule"), Format::ruleName(finding.rule).toHtmlEscaped()},
            {Text::tr("What it checks"), Format::ruleMeaning(finding.rule).toHtmlEscaped()},
            {Text::tr("Severity"), Format::severity(finding.severity)},
            {Text::tr("As of"), Format::date(content.asOf)},
            {Text::tr("Summary"), html(finding.summary)},
            {Text::tr("Subjects"), subjects.join(QStringLiteral("<br/>"))},
        };
        if (finding.from || finding.to)
            rows.emplace_back(Text::tr("Period"),
                              Format::date(finding.from) + QStringLiteral(" – ") + Format::date(finding.to));
        if (!details.isEmpty())
            rows.emplace_back(Text::tr("Facts and thresholds used"), details.join(QStringLiteral("<br/>")));
        if (!finding.path.empty()) {
            QStringList steps;
            for (const std::string& id : finding.path)
                steps << nameAndId(content, id);
            rows.emplace_back(Text::tr("Relationship path"), steps.join(QStringLiteral(" → ")));
        }
        rows.emplace_back(Text::tr("Proving transactions"), proofs.join(QStringLiteral("<br/>")));
        out += keyValueTable(rows);
    }
    return out;
}

} // namespace lj::casefile
