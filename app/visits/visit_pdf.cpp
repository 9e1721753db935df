#include "visit_pdf.h"

#include "pdf_page.h"
#include "pdf_tounicode.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace lj::visits {

namespace {

constexpr double kFooterMm = 9;

} // namespace

QByteArray renderHtmlPdf(const QString& html, const QString& title) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        casefile::setUpA4Pdf(writer, QMarginsF(18, 15, 18, 12), title);
        const QRectF area(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        const QSizeF body(area.width(), area.height() - casefile::mmToPdfPixels(kFooterMm));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font;
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
        font.setPointSizeF(9.5);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.setPageSize(body);
        const int pages = document.pageCount();

        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0) writer.newPage();
            painter.save();
            painter.translate(0, -page * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(QPointF(0, page * body.height()), body);
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            QFont small = font;
            small.setPointSizeF(7.5);
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF footer(area.left(), area.bottom() - casefile::mmToPdfPixels(kFooterMm) * 0.6,
                                area.width(), casefile::mmToPdfPixels(kFooterMm) * 0.6);
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                             QStringLiteral("%1 · %2 / %3").arg(title).arg(page + 1).arg(pages));
        }
    }
    casefile::repairPdfToUnicode(bytes,
                                 {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")});
    return bytes;
}

} // namespace lj::visits
