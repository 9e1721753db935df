#include "visit_documents.h"

#include "crypto/keys.h"
#include "html_parts.h"
#include "util/utc_now.h"
#include "visit_pdf.h"
#include "visit_text.h"
#include "visits/field_report.h"
#include "visits/observation_store.h"

#include "json/json.h"
#include <QStringList>
#include <set>

namespace lj::visits {

namespace hp = casefile::htmlparts;

namespace {

QString h(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QString checkboxes(const std::string& kind) {
    QStringList boxes;
    for (const std::string& state : observedStates(kind))
        boxes << QStringLiteral("□ ") + VisitText::stateName(state);
    return boxes.join(QStringLiteral("　"));
}

QString blank() {
    return QStringLiteral("&nbsp;<br/>&nbsp;");
}

} // namespace

QString visitPlanHtml(const VisitPlan& plan) {
    const QString place = plan.orgName.empty() ? QString() : h(plan.orgName) + QStringLiteral(" · ");
    QString html = QStringLiteral("<h1 style=\"font-family:%1; font-size:18pt; color:#8b1a1a;\">%2</h1>")
                       .arg(hp::kSans, VisitText::tr("Field visit checklist"));
    html += hp::paragraph(place + VisitText::tr("ledger facts as of %1; %2 item(s)")
                                      .arg(QString::fromStdString(plan.asOf.toString()))
                                      .arg(plan.items.size()));
    html += hp::paragraph(VisitText::tr("Inspectors: ________________　Date on site: ____________"));
    int number = 0;
    for (const VisitItem& item : plan.items) {
        const LedgerState& state = item.state;
        html += hp::subheading(QStringLiteral("%1. %2 %3（%4）")
                                   .arg(++number)
                                   .arg(VisitText::kindName(state.kind), h(state.name), h(state.subject)));
        QString questions;
        for (const std::string& question : item.questions)
            questions += QStringLiteral("□ ") + h(question) + QStringLiteral("<br/>");
        html += hp::keyValueTable({
            {VisitText::tr("Ledger"), h(item.ledgerText)},
            {VisitText::tr("To check"), questions},
            {VisitText::tr("Observed"), checkboxes(state.kind)},
            {VisitText::tr("Occupant"), blank()},
            {VisitText::tr("Notes"), blank() + QStringLiteral("<br/>&nbsp;")},
            {VisitText::tr("Photos"), blank()},
        });
    }
    return html;
}

QByteArray renderVisitPlanPdf(const VisitPlan& plan) {
    return renderHtmlPdf(visitPlanHtml(plan), VisitText::tr("Field visit checklist"));
}

QByteArray renderFieldReportPdf(const std::string& reportJson) {
    auto report = json::parse(reportJson);
    if (!report) return {};
    QString html = QStringLiteral("<h1 style=\"font-family:%1; font-size:18pt; color:#8b1a1a;\">%2</h1>")
                       .arg(hp::kSans, VisitText::tr("Field report"));
    html += hp::paragraph(VisitText::tr("Inspector: %1; made %2; chain %3")
                              .arg(h(report->getString("inspector").value_or("")),
                                   h(report->getString("created_at").value_or("")),
                                   h(report->getString("chain").value_or(""))));
    int number = 0;
    for (const json::Value& o : report->find("observations")->asArray()) {
        const std::string kind = o.getString("kind").value_or("");
        html +=
            hp::subheading(QStringLiteral("%1. %2 %3（%4）")
                               .arg(++number)
                               .arg(VisitText::kindName(kind), h(o.getString("subject_name").value_or("")),
                                    h(o.getString("subject").value_or(""))));
        QString photos;
        for (const json::Value& photo : o.find("photos")->asArray())
            photos += hp::mono(h(photo.getString("file").value_or(""))) + QStringLiteral(" ") +
                      h(photo.getString("exif_date").value_or("")) + QStringLiteral("<br/>");
        html += hp::keyValueTable({
            {VisitText::tr("Observation"), h(o.getString("id").value_or(""))},
            {VisitText::tr("Visit date"), h(o.getString("visit_date").value_or(""))},
            {VisitText::tr("Inspector"), h(o.getString("inspector").value_or(""))},
            {VisitText::tr("Ledger"), h(o.getString("ledger_text").value_or(""))},
            {VisitText::tr("Observed"), VisitText::stateName(o.getString("state").value_or(""))},
            {VisitText::tr("Occupant"), h(o.getString("occupant").value_or(""))},
            {VisitText::tr("Notes"), h(o.getString("notes").value_or(""))},
            {VisitText::tr("Photos (SHA-256)"), photos},
        });
    }
    return renderHtmlPdf(html, VisitText::tr("Field report"));
}

Result<FieldReportWritten> exportFieldReport(Workspace& workspace, const Dataset& data,
                                             const FieldReportRequest& request) {
    ObservationStore store(workspace);
    auto all = store.list();
    if (!all) return fail(all.error());
    std::vector<Observation> local;
    for (const Observation& o : *all)
        if (o.origin == "local") local.push_back(o);
    if (local.empty()) return fail("no observation recorded in this workspace: nothing to report");
    std::vector<PhotoFile> photos;
    std::set<std::string> seen;
    for (const Observation& o : local)
        for (const VisitPhoto& cited : o.photos) {
            if (!seen.insert(cited.sha256).second) continue;
            auto bytes = store.photoBytes(cited.sha256);
            if (!bytes) return fail(bytes.error());
            auto checked = checkPhoto(cited.fileName, std::move(*bytes));
            if (!checked) return fail(checked.error());
            photos.push_back(std::move(*checked));
        }
    auto chain = workspace.meta("chain");
    const std::string createdAt = utcNowRfc3339();
    const std::string reportJson =
        fieldReportJson(data, local, request.inspector, createdAt, chain && *chain ? **chain : std::string(),
                        RuleSettings::defaults());
    const QByteArray pdf = renderFieldReportPdf(reportJson);
    auto id = writeFieldReport(request.dir, reportJson, pdf.toStdString(), photos, request.inspector,
                               createdAt, request.signer);
    if (!id) return fail(id.error());
    FieldReportRecord record;
    record.id = *id;
    record.direction = "exported";
    record.path = request.dir;
    record.inspector = request.inspector;
    record.createdAt = createdAt;
    record.signer = request.signer ? request.signer->publicKey().fingerprint() : std::string();
    record.observations = static_cast<std::int64_t>(local.size());
    if (auto status = store.noteExportedReport(record); !status) return fail(status.error());
    return FieldReportWritten{*id, local.size(), photos.size()};
}

} // namespace lj::visits
