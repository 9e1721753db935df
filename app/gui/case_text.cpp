#include "case_text.h"

#include <QSettings>
#include <map>

namespace lj::gui {

QString CaseText::state(CaseState state) {
    switch (state) {
    case CaseState::New:
        return tr("New");
    case CaseState::Inquiry:
        return tr("Talk or letter inquiry");
    case CaseState::Verification:
        return tr("Preliminary verification");
    case CaseState::Pending:
        return tr("Shelved pending investigation");
    case CaseState::Closed:
        return tr("Closed");
    case CaseState::Filed:
        return tr("Filed for review and investigation");
    }
    return {};
}

QString CaseText::review(ReviewStatus status) {
    switch (status) {
    case ReviewStatus::None:
        return tr("Not submitted");
    case ReviewStatus::Pending:
        return tr("Awaiting the supervisor");
    case ReviewStatus::Approved:
        return tr("Approved");
    case ReviewStatus::Returned:
        return tr("Returned to the handler");
    }
    return {};
}

QString CaseText::reviewKind(ReviewKind kind) {
    switch (kind) {
    case ReviewKind::Comment:
        return tr("commented");
    case ReviewKind::Approve:
        return tr("approved");
    case ReviewKind::Return:
        return tr("returned");
    }
    return {};
}

QString CaseText::action(const std::string& action) {
    static const std::map<std::string, const char*> names = {
        {"case.create", QT_TR_NOOP("Case created")},       {"case.title", QT_TR_NOOP("Title changed")},
        {"case.handler", QT_TR_NOOP("Handler changed")},   {"case.state", QT_TR_NOOP("State proposed")},
        {"case.review", QT_TR_NOOP("Supervisor review")},  {"note.save", QT_TR_NOOP("Notes saved")},
        {"finding.add", QT_TR_NOOP("Finding added")},      {"finding.remove", QT_TR_NOOP("Finding removed")},
        {"entity.add", QT_TR_NOOP("Entity added")},        {"entity.remove", QT_TR_NOOP("Entity removed")},
        {"snapshot.add", QT_TR_NOOP("Snapshot attached")},
    };
    const auto it = names.find(action);
    return it == names.end() ? QString::fromStdString(action) : tr(it->second);
}

QString CaseText::entityKind(const std::string& kind) {
    static const std::map<std::string, const char*> names = {
        {"person", QT_TR_NOOP("person")},    {"firm", QT_TR_NOOP("firm")},
        {"org", QT_TR_NOOP("organisation")}, {"asset", QT_TR_NOOP("asset")},
        {"account", QT_TR_NOOP("account")},  {"contract", QT_TR_NOOP("contract")},
        {"listing", QT_TR_NOOP("listing")},  {"project", QT_TR_NOOP("project")},
        {"payment", QT_TR_NOOP("payment")},  {"subsidy", QT_TR_NOOP("subsidy")},
        {"receipt", QT_TR_NOOP("receipt")},
    };
    const auto it = names.find(kind);
    return it == names.end() ? tr("other") : tr(it->second);
}

QString CaseText::userName() {
    const QString configured = QSettings().value(QStringLiteral("user/name")).toString();
    if (!configured.isEmpty()) return configured;
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty()) return name;
    return tr("unknown user");
}

} // namespace lj::gui
