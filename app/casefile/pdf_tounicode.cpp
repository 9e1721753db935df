#include "pdf_tounicode.h"

#include <QFont>
#include <QHash>
#include <QRawFont>
#include <QVector>
#include <algorithm>

namespace lj::casefile {

namespace {

// Radical → the unified ideograph drawn with the same glyph, in any of the families.
QHash<uint, uint> radicalMap(const QStringList& families) {
    QHash<uint, uint> map;
    QString ideographs, radicals;
    for (uint c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(static_cast<char16_t>(c));
    for (uint c = 0x2E80; c <= 0x2FDF; ++c)
        radicals += QChar(static_cast<char16_t>(c));
    for (uint c = 0xF900; c <= 0xFAFF; ++c)
        radicals += QChar(static_cast<char16_t>(c));
    for (const QString& family : families) {
        const QRawFont font = QRawFont::fromFont(QFont(family));
        if (!font.isValid()) continue;
        const QVector<quint32> ideographGlyphs = font.glyphIndexesForString(ideographs);
        const QVector<quint32> radicalGlyphs = font.glyphIndexesForString(radicals);
        QHash<quint32, uint> byGlyph;
        for (int i = 0; i < ideographGlyphs.size(); ++i)
            if (ideographGlyphs[i] && !byGlyph.contains(ideographGlyphs[i]))
                byGlyph.insert(ideographGlyphs[i], 0x4E00 + i);
        for (int i = 0; i < radicalGlyphs.size(); ++i) {
            const uint radical = radicals.at(i).unicode();
            if (radicalGlyphs[i] && byGlyph.contains(radicalGlyphs[i]) && !map.contains(radical))
                map.insert(radical, byGlyph.value(radicalGlyphs[i]));
        }
    }
    for (uint control : {0x09u, 0x0Au, 0x0Du})
        map.insert(control, 0x20);
    return map;
}

bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Rewrites the 4-digit destination tokens of one bfrange/bfchar line; `skip` source tokens first.
int repairLine(char* begin, char* end, int skip, bool rangeSingle, const QHash<uint, uint>& map) {
    std::vector<char*> tokens;
    for (char* p = begin; p < end; ++p)
        if (*p == '<') {
            char* q = p + 1;
            while (q < end && isHex(*q))
                ++q;
            if (q < end && *q == '>') tokens.push_back(p);
            p = q;
        }
    const bool bracketed = std::find(begin, end, '[') != end;
    // "<a> <b> <dst>" maps a whole range from dst upwards: only safe to change when a == b.
    if (rangeSingle && !bracketed && tokens.size() == 3 &&
        std::string(tokens[0], 6) != std::string(tokens[1], 6))
        return 0;
    int changed = 0;
    for (std::size_t i = static_cast<std::size_t>(skip); i < tokens.size(); ++i) {
        char* token = tokens[i];
        if (token + 5 >= end || token[5] != '>') continue; // only 4-digit (BMP) destinations
        bool ok = false;
        const uint code = QByteArray(token + 1, 4).toUInt(&ok, 16);
        if (!ok || !map.contains(code)) continue;
        const QByteArray replacement =
            QByteArray::number(map.value(code), 16).toUpper().rightJustified(4, '0');
        std::copy(replacement.begin(), replacement.end(), token + 1);
        ++changed;
    }
    return changed;
}

int repairSections(QByteArray& pdf, const char* open, const char* close, int skip, bool range,
                   const QHash<uint, uint>& map) {
    int changed = 0;
    qsizetype from = 0;
    for (;;) {
        const qsizetype start = pdf.indexOf(open, from);
        if (start < 0) break;
        const qsizetype stop = pdf.indexOf(close, start);
        if (stop < 0) break;
        char* data = pdf.data();
        qsizetype line = pdf.indexOf('\n', start) + 1;
        while (line > 0 && line < stop) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > stop) next = stop;
            changed += repairLine(data + line, data + next, skip, range, map);
            line = next + 1;
        }
        from = stop;
    }
    return changed;
}

} // namespace

int repairPdfToUnicode(QByteArray& pdf, const QStringList& cjkFamilies) {
    static const QHash<uint, uint> map = radicalMap(cjkFamilies); // the families do not change in a run
    return repairSections(pdf, "beginbfrange", "endbfrange", 2, true, map) +
           repairSections(pdf, "beginbfchar", "endbfchar", 1, false, map);
}

} // namespace lj::casefile
