#include "finding_details.h"

#include "format.h"

#include <QCoreApplication>

namespace lj::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(FindingDetails)
};

QString escape(const std::string& text) { return q(text).toHtmlEscaped(); }

QString subjectLink(const Dataset& data, const std::string& id)
{
    const QString scheme = data.assets.count(id) ? QStringLiteral("asset") : QStringLiteral("entity");
    const std::string name = data.nameOf(id);
    QString label = escape(id);
    if (name != id) label = escape(name) + QStringLiteral(" <span style='color:#666'>(") + escape(id) + QStringLiteral(")</span>");
    return QStringLiteral("<a href='%1:%2'>%3</a>").arg(scheme, q(id).toHtmlEscaped(), label);
}

} // namespace

QString findingHtml(const Session& session, const RuleFinding& finding)
{
    const Dataset& data = *session.dataset;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(Format::ruleName(finding.rule).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                .arg(Format::severity(finding.severity), Text::tr("as of %1").arg(Format::date(session.asOf)),
                     escape(finding.id));
    html += QStringLiteral("<p style='font-size:larger'>%1</p>").arg(escape(finding.summary));
    html += QStringLiteral("<p><i>%1</i> %2</p>").arg(Text::tr("What the rule checks:"), Format::ruleMeaning(finding.rule).toHtmlEscaped());
    if (finding.from || finding.to)
        html += QStringLiteral("<p>%1 %2 – %3</p>").arg(Text::tr("Period:"), Format::date(finding.from), Format::date(finding.to));

    if (finding.details.isObject() && !finding.details.asObject().empty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellpadding='2'>").arg(Text::tr("Facts and thresholds used"));
        for (const auto& [key, value] : finding.details.asObject())
            html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>")
                        .arg(escape(key), escape(value.isString() ? value.asString() : json::serialize(value)));
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<p><b>%1</b><br/>").arg(Text::tr("Subjects"));
    for (const std::string& subject : finding.subjects) html += subjectLink(data, subject) + QStringLiteral("<br/>");
    html += QStringLiteral("</p>");
    if (!finding.path.empty()) {
        QStringList steps;
        for (const std::string& id : finding.path) steps << subjectLink(data, id);
        html += QStringLiteral("<p><b>%1</b><br/>%2<br/><a href='path:%3|%4'>%5</a></p>")
                    .arg(Text::tr("Relationship path"), steps.join(QStringLiteral(" → ")),
                         q(finding.path.front()).toHtmlEscaped(), q(finding.path.back()).toHtmlEscaped(),
                         Text::tr("Show it on the relationship graph"));
    }

    html += QStringLiteral("<p><b>%1</b></p><table cellpadding='2' width='100%'>").arg(Text::tr("Proofs on the chain"));
    html += QStringLiteral("<tr style='color:#555'><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                .arg(Text::tr("Transaction"), Text::tr("Height"), Text::tr("Record"), Text::tr("Source system"), Text::tr("State"));
    for (const std::string& tx : finding.txs) {
        const TxRef* ref = session.findTx(tx);
        html += QStringLiteral("<tr><td><a href='tx:%1'><code>%2…</code></a></td><td>%3</td><td>%4</td><td>%5</td><td style='color:%6'>%7</td></tr>")
                    .arg(q(tx), q(tx.substr(0, 16)), ref ? QString::number(ref->height) : QStringLiteral("?"),
                         ref ? escape(ref->kind) : QString(), ref ? escape(ref->source) : QString(),
                         ref && ref->verified ? QStringLiteral("#1b7f3b") : QStringLiteral("#b31b1b"),
                         ref && ref->verified ? Text::tr("verified") : Text::tr("NOT verified"));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString transactionHtml(const Session& session, const std::string& txId)
{
    const TxRef* ref = session.findTx(txId);
    if (!ref) return Text::tr("<p>Transaction %1 is not among the verified records.</p>").arg(escape(txId));
    QString html = QStringLiteral("<h3>%1</h3>").arg(Text::tr("Transaction"));
    html += QStringLiteral("<p><code>%1</code></p><table cellpadding='2'>").arg(escape(ref->tx));
    const auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    row(Text::tr("Block height"), QString::number(ref->height));
    row(Text::tr("Position in block"), QString::number(ref->index));
    row(Text::tr("Record kind"), escape(ref->kind));
    row(Text::tr("Source system"), escape(ref->source));
    row(Text::tr("Chain account"), escape(ref->actor));
    row(Text::tr("Written to the chain"), escape(ref->time));
    row(Text::tr("Verification"), ref->verified ? Text::tr("in a verified block: hash chain, Merkle root and quorum signatures checked")
                                                : Text::tr("NOT verified"));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace lj::gui
