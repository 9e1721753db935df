#pragma once
// An HTML document (QTextDocument's subset) as an A4 PDF: fonts embedded (Noto CJK, DejaVu), text
// extractable (ToUnicode repaired as for case files), "title · page x of n" footer.
#include <QByteArray>
#include <QString>

namespace lj::visits {

QByteArray renderHtmlPdf(const QString& html, const QString& title);

} // namespace lj::visits
