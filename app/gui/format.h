#pragma once
// How the workstation writes dates, money and rule names for people: "2020年6月30日" and
// "¥1,234.56" in Chinese, "30 Jun 2020" and "¥1,234.56" in English.
#include "rules/rule_finding.h"
#include "util/date.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>

namespace lj::gui {

class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    static QString date(std::optional<Date> day);
    static QString money(std::int64_t fen);
    static QString severity(Severity severity);
    static QString ruleName(const std::string& rule);    // "A03 超长期合同"
    static QString ruleMeaning(const std::string& rule); // what it checks, one sentence
    static QString findingCode(const std::string& code); // verification finding codes in words
};

inline QString q(const std::string& text) { return QString::fromStdString(text); }

} // namespace lj::gui
