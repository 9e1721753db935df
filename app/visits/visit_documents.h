#pragma once
// The field-visit documents: the checklist to print before going on site, and the field report
// package (report.json, report.pdf, photos, signed manifest) to bring back.
#include "crypto/keys.h"
#include "model/dataset.h"
#include "util/result.h"
#include "visits/visit_plan.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QString>
#include <string>

namespace lj::visits {

QString visitPlanHtml(const VisitPlan& plan);
QByteArray renderVisitPlanPdf(const VisitPlan& plan);
// report.pdf from report.json's bytes (field_report.h).
QByteArray renderFieldReportPdf(const std::string& reportJson);

struct FieldReportRequest {
    std::string dir, inspector;
    const PrivateKey* signer = nullptr;
};

struct FieldReportWritten {
    std::string reportId;
    std::size_t observations = 0, photos = 0;
};

// Every local observation of `workspace` as a field report in request.dir; the export is noted in
// the workspace. Fails when there is no local observation.
Result<FieldReportWritten> exportFieldReport(Workspace& workspace, const Dataset& data,
                                             const FieldReportRequest& request);

} // namespace lj::visits
