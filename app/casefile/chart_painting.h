#pragma once
// What the case file's pictures share: the fonts and a white, antialiased canvas.
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QStringList>

namespace lj::casefile {

inline QFont chartFont(double pointSize, bool bold = false) {
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(
        static_cast<int>(pointSize * 1.33 + 0.5)); // pixel sizes: the canvas has no DPI of its own
    font.setBold(bold);
    return font;
}

inline QImage blankCanvas(int width, int height, double scale) {
    QImage image(static_cast<int>(width * scale), static_cast<int>(height * scale), QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

inline void prepare(QPainter& painter, double scale) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
}

} // namespace lj::casefile
