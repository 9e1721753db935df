#pragma once
// A case file as one QTextDocument, for both the PDF and the ODT: cover page; lead summary with
// the findings that started it; parties with the relationship diagram; each asset's timeline
// chart; the findings with what each rule checks and the thresholds used; the evidence table
// (every cited fact with its proof state); notes and the review trail; and the verification
// appendix (chain, suite, validators and fingerprints, quorum, exports, how to re-verify).
#include "casefile/case_file_content.h"

#include <QImage>
#include <QString>
#include <vector>

class QTextDocument;

namespace lj::casefile {

struct CaseImages {
    QImage diagram;
    std::vector<QImage> timelines; // one per content.timelines
};

// The pictures, drawn once for both formats.
CaseImages renderCaseImages(const CaseFileContent& content);

struct CaseDocumentOptions {
    double textWidth = 640; // the document's text width, in its own units (images fit it)
    QString packageName;    // the folder's name, for the re-verification commands
    // Image sizes are in screen pixels that QTextDocument scales by the paint device's DPI over
    // the screen's: this turns text-width units into those pixels (1 without a paint device).
    double imageUnits = 1.0;
};

// The running header's text: "案卷 … · chain".
QString caseHeaderText(const CaseFileContent& content);

void buildCaseDocument(QTextDocument& document, const CaseFileContent& content, const CaseImages& images,
                       const CaseDocumentOptions& options);

} // namespace lj::casefile
