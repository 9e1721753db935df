#include "format.h"

#include <QDate>
#include <map>

namespace lj::gui {

QString Format::date(std::optional<Date> day)
{
    if (!day) return QStringLiteral("—");
    const QDate qdate(day->year(), static_cast<int>(day->month()), static_cast<int>(day->day()));
    //: A QDate::toString format. Chinese: yyyy年M月d日
    return qdate.toString(tr("yyyy-MM-dd"));
}

QString Format::money(std::int64_t fen)
{
    const bool negative = fen < 0;
    const std::uint64_t value = static_cast<std::uint64_t>(negative ? -fen : fen);
    QString digits = QString::number(value / 100);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, QLatin1Char(','));
    return QStringLiteral("%1¥%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), digits)
        .arg(value % 100, 2, 10, QLatin1Char('0'));
}

QString Format::severity(Severity severity)
{
    switch (severity) {
    case Severity::Reminder: return tr("reminder");
    case Severity::Warning: return tr("warning");
    case Severity::Alarm: return tr("alarm");
    }
    return {};
}

QString Format::ruleName(const std::string& rule)
{
    static const std::map<std::string, const char*> names = {
        {"A01", QT_TR_NOOP("late registration")},       {"A02", QT_TR_NOOP("idle asset")},
        {"A03", QT_TR_NOOP("long-term lease")},         {"A04", QT_TR_NOOP("lease expiring")},
        {"A05", QT_TR_NOOP("expired lease still used")}, {"A06", QT_TR_NOOP("rent overdue")},
        {"A07", QT_TR_NOOP("off-platform lease")},      {"A08", QT_TR_NOOP("rent below reserve")},
        {"A09", QT_TR_NOOP("low participation")},       {"A10", QT_TR_NOOP("bid collusion")},
        {"F01", QT_TR_NOOP("large payment")},           {"F02", QT_TR_NOOP("frequent payments")},
        {"F03", QT_TR_NOOP("over budget")},             {"F04", QT_TR_NOOP("over standard")},
        {"F05", QT_TR_NOOP("split payments")},          {"F06", QT_TR_NOOP("cash settlement")},
        {"F07", QT_TR_NOOP("related-party payment")},   {"P01", QT_TR_NOOP("project overdue")},
        {"P02", QT_TR_NOOP("contract splitting")},      {"P03", QT_TR_NOOP("award anomaly")},
        {"P04", QT_TR_NOOP("cost overrun")},            {"W01", QT_TR_NOOP("subsidy to officials' kin")},
        {"W02", QT_TR_NOOP("subsidy to a business owner")}, {"W03", QT_TR_NOOP("subsidy to a lessee of collective assets")},
        {"W04", QT_TR_NOOP("duplicate subsidy")},       {"R01", QT_TR_NOOP("conflict of interest")},
        {"R02", QT_TR_NOOP("shared identity")},         {"D01", QT_TR_NOOP("cross-system mismatch")},
        {"D02", QT_TR_NOOP("chain alert not reproduced")}, {"V01", QT_TR_NOOP("observation contradicts ledger")},
    };
    const auto it = names.find(rule);
    return q(rule) + QLatin1Char(' ') + (it == names.end() ? QString() : tr(it->second));
}

QString Format::ruleMeaning(const std::string& rule)
{
    static const std::map<std::string, const char*> meanings = {
        {"A01", QT_TR_NOOP("A listing, contract or rent receipt is dated before the asset was registered.")},
        {"A02", QT_TR_NOOP("An operating or resource asset has had no lease in force and no own use for at least the threshold number of days.")},
        {"A03", QT_TR_NOOP("A lease runs longer than the threshold number of months.")},
        {"A04", QT_TR_NOOP("A lease in force ends within the threshold number of days.")},
        {"A05", QT_TR_NOOP("Rent was received, or the asset was in use, after its lease ended with no new lease in force.")},
        {"A06", QT_TR_NOOP("A rent instalment was not covered by receipts within the threshold number of days after it fell due.")},
        {"A07", QT_TR_NOOP("A lease above the rent threshold, or longer than 36 months, was not publicly listed.")},
        {"A08", QT_TR_NOOP("The rent is below the listing's reserve, or lower than the previous lease to the same lessee.")},
        {"A09", QT_TR_NOOP("A listing closed with fewer registered bidders than the threshold.")},
        {"A10", QT_TR_NOOP("Bidders on one listing or project share a phone, deposit account, address or legal representative.")},
        {"F01", QT_TR_NOOP("A single payment at or above the threshold.")},
        {"F02", QT_TR_NOOP("Many payments from one collective to one payee within a short window.")},
        {"F03", QT_TR_NOOP("A collective's payments in a budget category and year exceed the approved amount.")},
        {"F04", QT_TR_NOOP("A payment exceeds the standard set for its purpose.")},
        {"F05", QT_TR_NOOP("Payments each below the large-payment threshold that together reach it within a short window.")},
        {"F06", QT_TR_NOOP("A receipt or payment settled in cash.")},
        {"F07", QT_TR_NOOP("The payee, or the holder of the payee's account, is an official of the paying collective or related to one.")},
        {"P01", QT_TR_NOOP("A project was not completed by its planned end date.")},
        {"P02", QT_TR_NOOP("Projects below the tender threshold awarded to one contractor within a short window together reach the threshold.")},
        {"P03", QT_TR_NOOP("A single bidder, an award price within 1% of the budget, or one contractor winning most awards of a year.")},
        {"P04", QT_TR_NOOP("The final cost exceeds the budget by more than the threshold percentage.")},
        {"W01", QT_TR_NOOP("A subsidy recipient is an official of the paying village or a close relative of one.")},
        {"W02", QT_TR_NOOP("A subsistence allowance recipient is a legal representative or shareholder of a firm.")},
        {"W03", QT_TR_NOOP("A subsistence allowance recipient holds a lease of a collective asset.")},
        {"W04", QT_TR_NOOP("One programme paid one person twice for the same period.")},
        {"R01", QT_TR_NOOP("The lessee, contractor or winning bidder is connected to an official of the collective by kinship or ownership.")},
        {"R02", QT_TR_NOOP("Parties that present as independent share an identity number, phone, bank account or address.")},
        {"D01", QT_TR_NOOP("Records of different systems disagree, or name things that were never registered.")},
        {"D02", QT_TR_NOOP("The chain's own alerts and this workstation's findings disagree.")},
        {"V01", QT_TR_NOOP("What the inspection team saw on site contradicts the ledger.")},
    };
    const auto it = meanings.find(rule);
    return it == meanings.end() ? QString() : tr(it->second);
}

QString Format::findingCode(const std::string& code)
{
    static const std::map<std::string, const char*> codes = {
        {"E_LINE", QT_TR_NOOP("malformed line")},
        {"E_JSON", QT_TR_NOOP("not a valid JSON record")},
        {"E_VERSION", QT_TR_NOOP("unsupported format version")},
        {"E_SUITE", QT_TR_NOOP("unknown algorithm suite")},
        {"E_HEADER", QT_TR_NOOP("invalid header")},
        {"E_SEQUENCE", QT_TR_NOOP("block missing or out of sequence")},
        {"E_PREV", QT_TR_NOOP("hash chain broken")},
        {"E_TIME", QT_TR_NOOP("block time goes backwards")},
        {"E_TX_COUNT", QT_TR_NOOP("wrong number of transactions")},
        {"E_TX_ROOT", QT_TR_NOOP("transactions altered (Merkle root mismatch)")},
        {"E_BLOCK_HASH", QT_TR_NOOP("commit does not match its block")},
        {"E_UNKNOWN_VALIDATOR", QT_TR_NOOP("signature by a non-validator")},
        {"E_SIG", QT_TR_NOOP("invalid signature")},
        {"E_QUORUM", QT_TR_NOOP("not signed by a quorum")},
        {"E_END", QT_TR_NOOP("end line does not match the file")},
        {"E_DIGEST", QT_TR_NOOP("file digest mismatch (file altered)")},
        {"E_EXPORT_SIG", QT_TR_NOOP("exporter's signature invalid")},
        {"E_TRUNCATED", QT_TR_NOOP("file truncated")},
        {"E_TRAILING", QT_TR_NOOP("data after the end line")},
        {"W_UNTRUSTED", QT_TR_NOOP("keys not in the trust store")},
    };
    const auto it = codes.find(code);
    return it == codes.end() ? q(code) : tr(it->second);
}

} // namespace lj::gui
