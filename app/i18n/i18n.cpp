#include "i18n.h"

#include <QCoreApplication>
#include <QTranslator>
#include <cstdlib>
#include <memory>

namespace lj::i18n {

namespace {

std::string g_language;
std::unique_ptr<QTranslator> g_translator;

std::string languageFromEnvironment()
{
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value) continue;
        const std::string setting(value);
        if (setting.rfind("en", 0) == 0) return "en";
        if (setting.rfind("zh", 0) == 0) return "zh_CN";
    }
    return "zh_CN";
}

} // namespace

std::string install(const std::string& requested)
{
    const std::string chosen = (requested == "en" || requested == "zh_CN") ? requested : languageFromEnvironment();
    if (chosen == g_language) return g_language;
    if (g_translator) QCoreApplication::removeTranslator(g_translator.get());
    g_translator.reset();
    g_language = chosen;
    if (chosen == "en") return g_language; // the source strings are English
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/lianjian_") + QString::fromStdString(chosen)) &&
        QCoreApplication::installTranslator(translator.get()))
        g_translator = std::move(translator);
    return g_language;
}

std::string current() { return g_language; }

} // namespace lj::i18n
