#include "case_text.h"

namespace lj::casefile {

QString CaseFileText::partyKind(PartyKind kind) {
    switch (kind) {
    case PartyKind::Person:
        return tr("person");
    case PartyKind::Firm:
        return tr("firm");
    case PartyKind::Account:
        return tr("account");
    case PartyKind::Org:
        return tr("collective");
    case PartyKind::Project:
        return tr("project");
    case PartyKind::Other:
        break;
    }
    return tr("other");
}

QString CaseFileText::factState(FactState state) {
    switch (state) {
    case FactState::Proven:
        return tr("proven");
    case FactState::Untrusted:
        return tr("proven, keys not trusted");
    case FactState::Unverified:
        break;
    }
    return tr("UNVERIFIED");
}

QString CaseFileText::trusted(std::optional<bool> trusted) {
    if (!trusted) return tr("no trust store given: keys checked against the export's own header only");
    return *trusted ? tr("trusted: every key is in the trust store")
                    : tr("NOT trusted: keys are not in the trust store");
}

} // namespace lj::casefile
