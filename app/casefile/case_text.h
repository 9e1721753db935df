#pragma once
// The words of case files, translatable with Qt Linguist (context CaseFileText), and the
// conversions between the core's UTF-8 and Qt's strings.
#include "casefile/case_file_content.h"

#include <QCoreApplication>
#include <QString>

namespace lj::casefile {

class CaseFileText {
    Q_DECLARE_TR_FUNCTIONS(CaseFileText)

public:
    static QString partyKind(PartyKind kind);
    static QString factState(FactState state);
    static QString trusted(std::optional<bool> trusted);
};

inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}
inline QString html(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace lj::casefile
