#pragma once
// The interface language of the workstation and the CLI: Simplified Chinese by default, English
// on request. Translations come from translations/*.ts, compiled into the program.
#include <string>

namespace lj::i18n {

// `requested`: "zh_CN", "en", or empty to follow the environment (LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG: English only when it says en…) and otherwise Chinese. Needs a QCoreApplication.
// Returns the language in use.
std::string install(const std::string& requested);
std::string current();

} // namespace lj::i18n
