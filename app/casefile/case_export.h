#pragma once
// Writes a case package (core/casefile/case_package.h) from assembled content: renders the
// pictures once, then case.pdf and case.odt, cuts evidence.json from the content's proofs, and
// writes the lot with its manifest, signed when a key is given.
#include "casefile/case_file_content.h"
#include "crypto/keys.h"
#include "util/result.h"

#include <QString>
#include <functional>

namespace lj::casefile {

struct CaseExportOptions {
    std::string outDir;
    bool force = false;                                              // replace an existing case package
    const PrivateKey* signer = nullptr;                              // the handler's key
    std::function<bool(int percent, const QString& stage)> progress; // false cancels
};

struct CaseExportTimings {
    double images = 0, pdf = 0, odt = 0, write = 0; // seconds
    std::size_t pdfBytes = 0, odtBytes = 0, evidenceBytes = 0;
};

Status exportCasePackage(const CaseFileContent& content, const CaseExportOptions& options,
                         CaseExportTimings* timings = nullptr);

} // namespace lj::casefile
