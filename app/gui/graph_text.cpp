#include "graph_text.h"

#include "format.h"

#include <QCoreApplication>

namespace lj::gui {

namespace {

QString span(const graph::GraphEdge& edge) {
    if (!edge.from && !edge.to) return {};
    if (edge.from && edge.to && *edge.from == *edge.to) return Format::date(edge.from);
    return QStringLiteral("%1–%2").arg(edge.from ? Format::date(edge.from) : QString(),
                                       edge.to ? Format::date(edge.to) : QString());
}

} // namespace

QString nodeTypeText(graph::NodeType type) {
    switch (type) {
    case graph::NodeType::Person:
        return QCoreApplication::translate("GraphText", "Person");
    case graph::NodeType::Firm:
        return QCoreApplication::translate("GraphText", "Firm");
    case graph::NodeType::Account:
        return QCoreApplication::translate("GraphText", "Bank account");
    case graph::NodeType::Collective:
        return QCoreApplication::translate("GraphText", "Collective");
    case graph::NodeType::Organisation:
        return QCoreApplication::translate("GraphText", "Organisation");
    case graph::NodeType::Unknown:
        break;
    }
    return QCoreApplication::translate("GraphText", "Unregistered id");
}

QString edgeTypeText(graph::EdgeType type) {
    using graph::EdgeType;
    switch (type) {
    case EdgeType::Kinship:
        return QCoreApplication::translate("GraphText", "Kinship");
    case EdgeType::Shareholding:
        return QCoreApplication::translate("GraphText", "Shareholder");
    case EdgeType::LegalRep:
        return QCoreApplication::translate("GraphText", "Legal representative");
    case EdgeType::AccountHolder:
        return QCoreApplication::translate("GraphText", "Account holder");
    case EdgeType::OfficialRole:
        return QCoreApplication::translate("GraphText", "Official role");
    case EdgeType::SamePerson:
        return QCoreApplication::translate("GraphText", "Same person");
    case EdgeType::Shares:
        return QCoreApplication::translate("GraphText", "Shares");
    case EdgeType::Lessee:
        return QCoreApplication::translate("GraphText", "Lessee");
    case EdgeType::Contractor:
        return QCoreApplication::translate("GraphText", "Contractor");
    case EdgeType::Bidder:
        return QCoreApplication::translate("GraphText", "Bidder");
    case EdgeType::Payee:
        return QCoreApplication::translate("GraphText", "Payee");
    case EdgeType::SubsidyRecipient:
        return QCoreApplication::translate("GraphText", "Subsidy recipient");
    }
    return {};
}

QColor nodeTypeColor(graph::NodeType type) {
    switch (type) {
    case graph::NodeType::Person:
        return QColor(0x2f, 0x6d, 0xb5);
    case graph::NodeType::Firm:
        return QColor(0xc7, 0x7c, 0x11);
    case graph::NodeType::Account:
        return QColor(0x4e, 0x8a, 0x3e);
    case graph::NodeType::Collective:
        return QColor(0xb0, 0x3a, 0x2e);
    case graph::NodeType::Organisation:
        return QColor(0x7d, 0x5b, 0xa6);
    case graph::NodeType::Unknown:
        break;
    }
    return QColor(0x88, 0x88, 0x88);
}

QString roleOrRelationText(const std::string& code) {
    static const std::pair<const char*, const char*> kWords[] = {
        {"party_secretary", QT_TRANSLATE_NOOP("GraphText", "party secretary")},
        {"director", QT_TRANSLATE_NOOP("GraphText", "director")},
        {"deputy", QT_TRANSLATE_NOOP("GraphText", "deputy director")},
        {"accountant", QT_TRANSLATE_NOOP("GraphText", "accountant")},
        {"cashier", QT_TRANSLATE_NOOP("GraphText", "cashier")},
        {"committee_member", QT_TRANSLATE_NOOP("GraphText", "committee member")},
        {"supervisor", QT_TRANSLATE_NOOP("GraphText", "supervisory committee")},
        {"town_official", QT_TRANSLATE_NOOP("GraphText", "town official")},
        {"integrity_monitor", QT_TRANSLATE_NOOP("GraphText", "integrity monitor")},
        {"spouse", QT_TRANSLATE_NOOP("GraphText", "spouse")},
        {"parent", QT_TRANSLATE_NOOP("GraphText", "parent")},
        {"child", QT_TRANSLATE_NOOP("GraphText", "child")},
        {"sibling", QT_TRANSLATE_NOOP("GraphText", "sibling")},
        {"in_law", QT_TRANSLATE_NOOP("GraphText", "in-law")},
        {"other_kin", QT_TRANSLATE_NOOP("GraphText", "other kin")},
    };
    for (const auto& [known, words] : kWords)
        if (code == known) return QCoreApplication::translate("GraphText", words);
    return q(code);
}

QString edgeLabel(const graph::GraphEdge& edge) {
    using graph::EdgeType;
    QString text;
    switch (edge.type) {
    case EdgeType::Kinship:
    case EdgeType::OfficialRole:
        text = edge.detail.empty() ? edgeTypeText(edge.type) : roleOrRelationText(edge.detail);
        break;
    case EdgeType::Shareholding:
        text = QCoreApplication::translate("GraphText", "%1 %2%")
                   .arg(edgeTypeText(edge.type))
                   .arg(static_cast<double>(edge.shareBp) / 100.0, 0, 'f', 0);
        break;
    case EdgeType::Shares:
        text = QCoreApplication::translate("GraphText", "shares %1").arg(q(edge.detail));
        break;
    case EdgeType::Payee:
    case EdgeType::SubsidyRecipient:
        text = QStringLiteral("%1 %2").arg(edgeTypeText(edge.type), Format::money(edge.amountFen));
        break;
    case EdgeType::Lessee:
    case EdgeType::Contractor:
    case EdgeType::Bidder:
        text = edge.subjects.size() > 1
                   ? QStringLiteral("%1 ×%2").arg(edgeTypeText(edge.type)).arg(edge.subjects.size())
                   : edgeTypeText(edge.type);
        break;
    default:
        text = edgeTypeText(edge.type);
    }
    const QString dates = span(edge);
    return dates.isEmpty() ? text : text + QLatin1Char('\n') + dates;
}

} // namespace lj::gui
