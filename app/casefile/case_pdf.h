#pragma once
// The case document as files: an A4 PDF (QPdfWriter: running header from page 2, "page x of n"
// footer, fonts embedded, text extractable) and an ODT (QTextDocumentWriter "odf", editable in
// WPS and LibreOffice) with the same content.
#include "case_document.h"

#include <QByteArray>

namespace lj::casefile {

QByteArray renderCasePdf(const CaseFileContent& content, const CaseImages& images,
                         const QString& packageName);
QByteArray renderCaseOdt(const CaseFileContent& content, const CaseImages& images,
                         const QString& packageName);

} // namespace lj::casefile
