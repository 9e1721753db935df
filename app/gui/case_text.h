#pragma once
// The workstation's words for case states, reviews and audit actions, and who the user is.
#include "cases/case_state.h"

#include <QCoreApplication>
#include <QString>

namespace lj::gui {

class CaseText {
    Q_DECLARE_TR_FUNCTIONS(CaseText)

public:
    static QString state(CaseState state);            // "Preliminary verification"
    static QString review(ReviewStatus status);       // "Awaiting the supervisor"
    static QString reviewKind(ReviewKind kind);       // "approved"
    static QString action(const std::string& action); // audit actions, "case.state" → "State proposed"
    static QString entityKind(const std::string& kind);
    // The user name recorded in the audit log: the "user/name" setting, else the login name.
    static QString userName();
};

} // namespace lj::gui
