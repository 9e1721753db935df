#include "case_pdf.h"

#include "case_text.h"
#include "format.h"
#include "pdf_page.h"
#include "pdf_tounicode.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace lj::casefile {

namespace {

constexpr double kHeaderMm = 11, kFooterMm = 9;

// The DPI QTextDocument takes image sizes in (Qt's qt_defaultDpiY()).
double screenDpi() {
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi)) return 96;
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

void drawHeaderAndFooter(QPainter& painter, const QRectF& area, const CaseFileContent& content, int page,
                         int pages) {
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    if (page > 0) { // the cover page has no running header
        const QRectF header(area.left(), area.top(), area.width(), mmToPdfPixels(kHeaderMm) * 0.55);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, caseHeaderText(content));
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom,
                         CaseFileText::tr("facts as of %1").arg(gui::Format::date(content.asOf)));
        painter.setPen(QPen(QColor(0xb0, 0x1c, 0x1c), mmToPdfPixels(0.3)));
        painter.drawLine(QPointF(area.left(), header.bottom() + mmToPdfPixels(1.2)),
                         QPointF(area.right(), header.bottom() + mmToPdfPixels(1.2)));
        painter.setPen(QColor(0x55, 0x55, 0x55));
    }
    const QRectF footer(area.left(), area.bottom() - mmToPdfPixels(kFooterMm) * 0.6, area.width(),
                        mmToPdfPixels(kFooterMm) * 0.6);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                     CaseFileText::tr("Page %1 of %2").arg(page + 1).arg(pages));
}

} // namespace

QByteArray renderCasePdf(const CaseFileContent& content, const CaseImages& images,
                         const QString& packageName) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpA4Pdf(writer, QMarginsF(20, 15, 20, 12), caseHeaderText(content));

        const QRectF area(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        const double bodyTop = mmToPdfPixels(kHeaderMm);
        const QSizeF body(area.width(), area.height() - bodyTop - mmToPdfPixels(kFooterMm));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        buildCaseDocument(document, content, images, {body.width(), packageName, screenDpi() / kPdfDpi});
        document.setPageSize(body);
        const int pages = document.pageCount();

        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0) writer.newPage();
            painter.save();
            painter.translate(0, bodyTop - page * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(QPointF(0, page * body.height()), body);
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            drawHeaderAndFooter(painter, area, content, page, pages);
        }
    }
    repairPdfToUnicode(bytes, {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")});
    return bytes;
}

QByteArray renderCaseOdt(const CaseFileContent& content, const CaseImages& images,
                         const QString& packageName) {
    QTextDocument document;
    buildCaseDocument(document, content, images, {620, packageName}); // ≈ 16.4 cm at 96 dpi
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document)) return {};
    return bytes;
}

} // namespace lj::casefile
