#pragma once
// Every sentence lianjian-cli prints for people, translatable with Qt Linguist (context CliText).
// Source strings are English; translations/lianjian_zh_CN.ts gives the Chinese.
#include "ledger/finding.h"

#include <QCoreApplication>
#include <string>

namespace lj::cli {

class CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)

public:
    // "zh_CN" or "en"; anything else falls back to the environment (LANGUAGE, LC_ALL, LC_MESSAGES,
    // LANG), then to Chinese, the workstation's default language.
    static void setLanguage(const std::string& language);
    static std::string language();

    static std::string codeDescription(FindingCode code);
    static std::string optionNeedsValue(const std::string& option);
    static std::string optionTakesNoValue(const std::string& option);
    static std::string unknownOption(const std::string& option);
};

// Conversions at the boundary between Qt's translated QString and the core's UTF-8 std::string.
inline std::string u8(const QString& text) { return text.toStdString(); }
inline QString q(const std::string& text) { return QString::fromStdString(text); }

} // namespace lj::cli
