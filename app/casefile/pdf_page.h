#pragma once
// The page set-up every Lianjian PDF shares (case files, field checklists and reports): A4 at
// 300 dpi, the given margins, a title, Lianjian as creator; lengths given in millimetres.
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QString>

namespace lj::casefile {

inline constexpr int kPdfDpi = 300;

inline double mmToPdfPixels(double mm) {
    return mm / 25.4 * kPdfDpi;
}

inline void setUpA4Pdf(QPdfWriter& writer, const QMarginsF& marginsMm, const QString& title) {
    writer.setResolution(kPdfDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(marginsMm, QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Lianjian"));
}

} // namespace lj::casefile
