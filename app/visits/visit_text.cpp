#include "visit_text.h"

#include <map>

namespace lj::visits {

QString VisitText::stateName(const std::string& state) {
    static const std::map<std::string, const char*> names = {
        {"in_use", QT_TR_NOOP("in use")},
        {"self_use", QT_TR_NOOP("used by the collective")},
        {"idle", QT_TR_NOOP("idle")},
        {"missing", QT_TR_NOOP("not found on site")},
        {"not_started", QT_TR_NOOP("not started")},
        {"unfinished", QT_TR_NOOP("unfinished")},
        {"complete", QT_TR_NOOP("complete")},
    };
    const auto it = names.find(state);
    return it == names.end() ? QString::fromStdString(state) : tr(it->second);
}

QString VisitText::kindName(const std::string& kind) {
    return kind == "project" ? tr("project") : tr("asset");
}

} // namespace lj::visits
