#pragma once
// The words of field visits, translatable with Qt Linguist (context VisitText).
#include <QCoreApplication>
#include <QString>
#include <string>

namespace lj::visits {

class VisitText {
    Q_DECLARE_TR_FUNCTIONS(VisitText)

public:
    static QString stateName(const std::string& state); // "in_use" → 在用 / in use
    static QString kindName(const std::string& kind);   // asset / project
};

} // namespace lj::visits
