#pragma once
// A field report (实地核查报告): the package an inspector brings back from a visit.
//   report.json    {"lianjian_field_report":1,"created_at","inspector","chain","observations":[
//                   observation (visit_compare.h's observationJson) + "subject_name","ledger"(state as
//                   of the visit date),"ledger_text"; each photo with "file": "photos/<sha256>.<ext>"]}
//   report.pdf     the same for people (rendered by the front end; optional)
//   photos/        every cited photo, named by its SHA-256
//   manifest.json  {"lianjian_field_report":1,"hash":"sha256","report":<SHA-256 of report.json>,
//                   "created_at","inspector","files":[{"name","bytes","hash"}],
//                   "signature":{"suite","key","fingerprint","sig"}}
// The signature covers "lianjian-visit-v1\n" followed by the compact manifest without "signature".
// The report's id is the SHA-256 of report.json, so the same report imported twice is recognised.
#include "crypto/keys.h"
#include "model/dataset.h"
#include "rules/rule_settings.h"
#include "util/result.h"
#include "visits/visit_photo.h"
#include "visits/visit_types.h"

#include <string>
#include <vector>

namespace lj {

inline constexpr const char* kFieldReportJson = "report.json";
inline constexpr const char* kFieldReportPdf = "report.pdf";
inline constexpr const char* kFieldReportManifest = "manifest.json";

// report.json's bytes for `observations` (ledger states as of each visit date).
std::string fieldReportJson(const Dataset& data, const std::vector<Observation>& observations,
                            const std::string& inspector, const std::string& createdAt,
                            const std::string& chain, const RuleSettings& settings);

// Writes the package into `dir`, which must not exist or be empty. `pdf` may be empty (then no
// report.pdf). Returns the report id.
Result<std::string> writeFieldReport(const std::string& dir, const std::string& reportJson,
                                     const std::string& pdf, const std::vector<PhotoFile>& photos,
                                     const std::string& inspector, const std::string& createdAt,
                                     const PrivateKey* signer);

} // namespace lj
