#include "case_sections.h"
#include "case_text.h"
#include "format.h"
#include "html_parts.h"

namespace lj::casefile {

using namespace htmlparts;
using Text = CaseFileText;
using gui::Format;

namespace {

QString stateCell(const CaseFact& fact) {
    switch (fact.state) {
    case FactState::Proven:
        return coloured(Text::factState(fact.state), QStringLiteral("#1b6e35"), true);
    case FactState::Untrusted:
        return coloured(Text::factState(fact.state), QStringLiteral("#a05a00"), true) +
               QStringLiteral("<br/>") + html(fact.reason);
    case FactState::Unverified:
        break;
    }
    return coloured(Text::factState(fact.state), QStringLiteral("#b01c1c"), true) + QStringLiteral("<br/>") +
           coloured(html(fact.reason), QStringLiteral("#b01c1c"));
}

QString fieldsText(const CaseFact& fact) {
    QStringList parts;
    for (const auto& [member, value] : fact.fields) {
        if (parts.size() == 10) {
            parts << QStringLiteral("…");
            break;
        }
        parts << QStringLiteral("<span style=\"color:#666666;\">%1</span> %2").arg(html(member), html(value));
    }
    return parts.join(QStringLiteral("；"));
}

QString exportResult(const CaseExport& entry) {
    QString result;
    if (entry.verifiedThrough)
        result = Text::tr("verified through block %1").arg(*entry.verifiedThrough);
    else
        result = Text::tr("no verified block");
    if (entry.to && entry.verifiedThrough && *entry.verifiedThrough < *entry.to)
        result +=
            QStringLiteral("; ") + coloured(Text::tr("broken after block %1").arg(*entry.verifiedThrough),
                                            QStringLiteral("#b01c1c"), true);
    if (entry.trusted)
        result += QStringLiteral("; ") +
                  (*entry.trusted ? Text::tr("keys trusted")
                                  : coloured(Text::tr("keys NOT trusted"), QStringLiteral("#b01c1c"), true));
    else
        result += QStringLiteral("; ") + Text::tr("imported without a trust store");
    // The import's findings summary: {"clean", "findings":[{"code","line"}], "omitted"}.
    const auto summary = json::parse(entry.findings);
    if (summary && summary->isObject()) {
        const json::Value* clean = summary->find("clean");
        if (clean && clean->isBool() && clean->asBool()) {
            result += QStringLiteral("; ") + Text::tr("no verification finding");
        } else if (const json::Value* list = summary->find("findings"); list && list->isArray()) {
            QStringList codes;
            for (const json::Value& finding : list->asArray())
                if (codes.size() < 4)
                    codes << QStringLiteral("%1 (%2 %3)")
                                 .arg(html(finding.getString("code").value_or("?")), Text::tr("line"))
                                 .arg(finding.getInt("line").value_or(0));
            if (!codes.isEmpty()) result += QStringLiteral("; ") + codes.join(QStringLiteral(", "));
        }
    }
    return result;
}

} // namespace

QString evidenceSection(const CaseFileContent& content) {
    QString out = heading(Text::tr("5. Evidence table"));
    out += paragraph(
        Text::tr(
            "Every fact the findings cite, with the transaction that states it on the chain. “Proven”: its "
            "Merkle path, block hash and the validators' quorum signatures were checked and the proof is "
            "in evidence.json. A fact that could not be proven is marked UNVERIFIED and must not be relied "
            "on without other proof."),
        QStringLiteral("font-size:8.5pt; color:#444444;"));
    QString table =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                       "style=\"border-collapse:collapse; border-color:#999999; font-size:8pt;\"><tr>");
    const QStringList header = {Text::tr("No."),           Text::tr("Block"),  Text::tr("Business date"),
                                Text::tr("Source system"), Text::tr("Record"), Text::tr("State")};
    const QStringList widths = {QStringLiteral("7%"),  QStringLiteral("9%"),  QStringLiteral("14%"),
                                QStringLiteral("20%"), QStringLiteral("20%"), QStringLiteral("30%")};
    for (int i = 0; i < header.size(); ++i)
        table +=
            QStringLiteral("<th width=\"%1\" style=\"background-color:#e4ddd0; font-family:%2;\">%3</th>")
                .arg(widths[i], kSans, header[i]);
    table += QStringLiteral("</tr>");
    for (std::size_t i = 0; i < content.facts.size(); ++i) {
        const CaseFact& fact = content.facts[i];
        const QString shade = i % 2 ? QStringLiteral(" style=\"background-color:#faf8f4;\"") : QString();
        table +=
            QStringLiteral("<tr%1><td rowspan=\"2\" "
                           "align=\"center\"><b>E%2</b></td><td>%3</td><td>%4</td><td>%5</td><td>%6</"
                           "td><td>%7</td></tr>")
                .arg(shade)
                .arg(i + 1)
                .arg(fact.height ? QString::number(*fact.height) : QStringLiteral("—"),
                     html(fact.businessDate), html(fact.source), mono(html(fact.kind), 7.5), stateCell(fact));
        table += QStringLiteral("<tr%1><td colspan=\"5\">%2 %3<br/>%4</td></tr>")
                     .arg(shade, Text::tr("tx"), mono(html(fact.tx), 7.5), fieldsText(fact));
    }
    out += table + QStringLiteral("</table>");
    return out;
}

QString notesSection(const CaseFileContent& content) {
    QString out = heading(Text::tr("6. Notes and review trail"));
    if (!content.meta) {
        return out + paragraph(Text::tr(
                         "This file was assembled straight from findings, not from a registered case: there "
                         "are no notes and no supervisor's review yet."));
    }
    out += subheading(Text::tr("Notes"));
    if (content.meta->notes.empty()) out += paragraph(Text::tr("No notes."));
    for (const CaseFileNote& note : content.meta->notes) {
        out += paragraph(QStringLiteral("<b>%1</b> %2").arg(html(note.author), html(note.time)),
                         QStringLiteral("color:#444444;"));
        for (const QString& line : qs(note.text).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                out += paragraph(line.toHtmlEscaped(), QStringLiteral("text-indent:20pt;"));
    }
    out += subheading(Text::tr("Supervisor's review trail"));
    std::vector<QStringList> rows;
    for (const CaseFileReview& review : content.meta->reviews)
        rows.push_back(
            {html(review.time), html(review.reviewer), html(review.decision), html(review.comment)});
    if (rows.empty())
        out += paragraph(Text::tr("Not reviewed yet."));
    else
        out += gridTable(
            {Text::tr("Time"), Text::tr("Reviewer"), Text::tr("Decision"), Text::tr("Comment")}, rows,
            {QStringLiteral("22%"), QStringLiteral("14%"), QStringLiteral("14%"), QStringLiteral("50%")});
    return out;
}

QString appendixSection(const CaseFileContent& content, const QString& packageName) {
    QString out = heading(Text::tr("Appendix: verification"));
    const QString suite =
        html(content.consortium ? std::string(suiteName(content.consortium->suite)) : content.suite);
    std::vector<std::pair<QString, QString>> rows = {
        {Text::tr("Chain"),
         html(content.chain) + (content.chainName.empty()
                                    ? QString()
                                    : QStringLiteral("（") + html(content.chainName) + QStringLiteral("）"))},
        {Text::tr("Algorithm suite"), suite},
        {Text::tr("Quorum"), content.consortium ? Text::tr("%1 of %2 validators")
                                                      .arg(content.consortium->quorum)
                                                      .arg(content.consortium->validators.size())
                                                : Text::tr("unknown: the validator keys were not available")},
        {Text::tr("Trust"), Text::trusted(content.trusted)},
        {Text::tr("Cited facts"), Text::tr("%1: %2 proven, %3 with untrusted keys, %4 unverified")
                                      .arg(content.facts.size())
                                      .arg(content.count(FactState::Proven))
                                      .arg(content.count(FactState::Untrusted))
                                      .arg(content.count(FactState::Unverified))},
    };
    out += keyValueTable(rows);
    if (content.consortium) {
        out += subheading(Text::tr("Validators"));
        std::vector<QStringList> validators;
        for (const Validator& validator : content.consortium->validators)
            validators.push_back({mono(html(validator.id), 8), html(validator.org),
                                  mono(html(validator.key.fingerprint()), 6.5)});
        out += gridTable({Text::tr("Id"), Text::tr("Organisation"), Text::tr("Key fingerprint")}, validators,
                         {QStringLiteral("10%"), QStringLiteral("30%"), QStringLiteral("60%")});
    }
    out += subheading(Text::tr("Exports"));
    std::vector<QStringList> exports;
    for (const CaseExport& entry : content.exports)
        exports.push_back(
            {html(entry.fileName) +
                 (entry.fileAvailable
                      ? QString()
                      : QStringLiteral("<br/>") + Text::tr("(file no longer at %1)").arg(html(entry.path))),
             QStringLiteral("%1 – %2").arg(entry.from ? QString::number(*entry.from) : QStringLiteral("?"),
                                           entry.to ? QString::number(*entry.to) : QStringLiteral("?")),
             html(entry.exporter) + QStringLiteral("<br/>") + html(entry.exportedAt), exportResult(entry),
             html(entry.importedAt)});
    out += gridTable({Text::tr("File"), Text::tr("Blocks"), Text::tr("Exporter"),
                      Text::tr("Verification result"), Text::tr("Imported")},
                     exports,
                     {QStringLiteral("24%"), QStringLiteral("10%"), QStringLiteral("20%"),
                      QStringLiteral("30%"), QStringLiteral("16%")});
    out += subheading(Text::tr("How to re-verify"));
    out += paragraph(
        Text::tr("On any computer with Lianjian, with no network, and with the district's consortium file "
                 "obtained separately (never from this package):"));
    const QString folder =
        packageName.isEmpty() ? QStringLiteral("CASE-FOLDER") : packageName.toHtmlEscaped();
    out += QStringLiteral("<pre style=\"font-family:%1; font-size:8.5pt; background-color:#f3f3f3;\">"
                          "lianjian-cli verify-case %2 --trust CONSORTIUM.json\n"
                          "lianjian-cli verify-evidence %2/evidence.json --trust CONSORTIUM.json</pre>")
               .arg(kMono, folder);
    out += paragraph(
        Text::tr("The first checks manifest.json (each file's hash and the handler's signature) and every "
                 "evidence item; the second re-checks each transaction's Merkle path to its block, the block "
                 "hash and the validators' signatures and quorum, and the keys against the consortium file."),
        QStringLiteral("font-size:8.5pt; color:#444444;"));
    return out;
}

} // namespace lj::casefile
