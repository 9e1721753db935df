#pragma once
// Small HTML builders for the case document (QTextDocument's HTML subset): headings, key–value
// tables, grid tables with a shaded header row.
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace lj::casefile::htmlparts {

inline const QString kSans = QStringLiteral("'DejaVu Sans', 'Noto Sans CJK SC'");
inline const QString kMono = QStringLiteral("'DejaVu Sans Mono', 'Noto Sans Mono CJK SC'");

inline QString heading(const QString& text, bool pageBreak = true) {
    return QStringLiteral("<h2 style=\"font-family:%1; font-size:15pt; color:#8b1a1a; margin-top:6pt; "
                          "margin-bottom:8pt;%2\">%3</h2>")
        .arg(kSans, pageBreak ? QStringLiteral(" page-break-before:always;") : QString(), text);
}

inline QString subheading(const QString& text) {
    return QStringLiteral(
               "<h3 style=\"font-family:%1; font-size:11.5pt; margin-top:12pt; margin-bottom:4pt;\">%2</h3>")
        .arg(kSans, text);
}

inline QString paragraph(const QString& text, const QString& style = {}) {
    return QStringLiteral("<p style=\"margin-top:2pt; margin-bottom:4pt; %1\">%2</p>").arg(style, text);
}

inline QString mono(const QString& text, double points = 7.5) {
    return QStringLiteral("<span style=\"font-family:%1; font-size:%2pt;\">%3</span>")
        .arg(kMono)
        .arg(points)
        .arg(text);
}

inline QString coloured(const QString& text, const QString& colour, bool bold = false) {
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(colour, bold ? QStringLiteral(" font-weight:bold;") : QString(), text);
}

// Label | value rows; labels shaded.
inline QString keyValueTable(const std::vector<std::pair<QString, QString>>& rows,
                             const QString& labelWidth = QStringLiteral("24%")) {
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                                  "style=\"border-collapse:collapse; border-color:#999999;\">");
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><td width=\"%1\" style=\"background-color:#f0ece4; "
                               "font-family:%2;\">%3</td><td>%4</td></tr>")
                    .arg(labelWidth, kSans, label, value);
    return html + QStringLiteral("</table>");
}

// A grid with a header row; cells are HTML. `widths` are percentages (may be empty).
inline QString gridTable(const QStringList& header, const std::vector<QStringList>& rows,
                         const QStringList& widths = {}) {
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                       "style=\"border-collapse:collapse; border-color:#999999; font-size:8.5pt;\"><tr>");
    for (int i = 0; i < header.size(); ++i)
        html += QStringLiteral("<th%1 style=\"background-color:#e4ddd0; font-family:%2;\">%3</th>")
                    .arg(i < widths.size() ? QStringLiteral(" width=\"%1\"").arg(widths[i]) : QString(),
                         kSans, header[i]);
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace lj::casefile::htmlparts
