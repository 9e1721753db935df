#pragma once
// Qt's PDF engine writes each embedded font's ToUnicode map from a reverse cmap lookup that keeps
// the lowest code point of each glyph. In CJK fonts many ideographs share their glyph with a
// Kangxi or supplementary radical, so 高 is extracted as ⾼ (U+2FBC), 黄 as ⻩ and a space as a
// tab: text copied or extracted (pdftotext) from the PDF would not match the ledger's names.
// This rewrites those entries to the ideograph (or space) in place. Entries keep their byte
// length, so the PDF's object offsets stay valid. Qt writes ToUnicode streams uncompressed.
#include <QByteArray>
#include <QStringList>

namespace lj::casefile {

// `cjkFamilies`: the font families whose radicals are to be resolved. Returns the entries changed.
int repairPdfToUnicode(QByteArray& pdf, const QStringList& cjkFamilies);

} // namespace lj::casefile
