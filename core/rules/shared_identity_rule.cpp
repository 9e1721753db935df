// R02 (shared identity 身份混同), rules-v1 "Precise semantics" 25: two distinct parties that share
// an id_digest, a phone (registered or bid phone), a bank account (its holder, a bidder depositing
// from it, a payee or subsidy recipient paid into it; or two accounts with one unmasked number) or
// an address — unless they are directly linked (declared relation, firm–legal representative,
// firm–shareholder, firms with a common legal representative). One finding per pair.
#include "rules/relationship_rule_parts.h"

#include <array>
#include <map>
#include <set>

namespace lj {

namespace {

enum SharedKind { kIdDigest, kPhone, kAccount, kAddress, kKindCount };
constexpr std::array<const char*, kKindCount> kKindNames = {"id_digest", "phone", "account", "address"};
constexpr std::array<const char*, kKindCount> kKindTitles = {"身份证号摘要", "联系电话", "银行账户", "地址"};

using Pair = std::pair<std::string, std::string>; // ordered: first < second

Pair orderedPair(const std::string& a, const std::string& b) {
    return a < b ? Pair{a, b} : Pair{b, a};
}

// Who states which identifying value, and in which transactions.
class SharedValues {
public:
    void add(SharedKind kind, const std::string& value, const std::string& party,
             const std::vector<TxRefId>& refs) {
        if (value.empty() || party.empty()) return;
        auto& refsOfParty = m_statements[{kind, value}][party];
        refsOfParty.insert(refsOfParty.end(), refs.begin(), refs.end());
    }
    const auto& statements() const { return m_statements; }

private:
    std::map<std::pair<SharedKind, std::string>, std::map<std::string, std::vector<TxRefId>>> m_statements;
};

// Accounts are compared by their number when it is unmasked, else by id.
std::string accountKey(const Dataset& data, const std::string& account) {
    const auto it = data.accounts.find(account);
    if (it != data.accounts.end() && !it->second.number.empty() &&
        it->second.number.find('*') == std::string::npos)
        return "number:" + it->second.number;
    return "id:" + account;
}

SharedValues collectSharedValues(const RuleContext& context) {
    const Dataset& data = context.data;
    const Date asOf = context.asOf;
    SharedValues values;
    for (const auto& [id, person] : data.persons) {
        values.add(kIdDigest, person.idDigest, id, person.refs);
        values.add(kPhone, person.phone, id, person.refs);
        values.add(kAddress, person.address, id, person.refs);
    }
    for (const auto& [id, firm] : data.firms) {
        values.add(kPhone, firm.phone, id, firm.refs);
        values.add(kAddress, firm.address, id, firm.refs);
    }
    for (const Bid& bid : data.bids) {
        if (bid.date && asOf < *bid.date) continue;
        values.add(kPhone, bid.phone, bid.bidder, {bid.ref});
        if (!bid.depositAccount.empty())
            values.add(kAccount, accountKey(data, bid.depositAccount), bid.bidder, {bid.ref});
    }
    for (const auto& [id, account] : data.accounts)
        values.add(kAccount, accountKey(data, id), account.holder, account.refs);
    for (const auto& [id, payment] : data.payments)
        if (payment.date && *payment.date <= asOf && !payment.payeeAccount.empty())
            values.add(kAccount, accountKey(data, payment.payeeAccount), payment.payee, payment.refs);
    for (const auto& [id, subsidy] : data.subsidies)
        if (subsidy.period && *subsidy.period <= asOf && !subsidy.account.empty())
            values.add(kAccount, accountKey(data, subsidy.account), subsidy.recipient, subsidy.refs);
    return values;
}

std::set<Pair> directLinks(const RuleContext& context) {
    const Dataset& data = context.data;
    std::set<Pair> links;
    for (const Relation& relation : data.relations)
        if (!relation.declared || *relation.declared <= context.asOf)
            links.insert(orderedPair(relation.a, relation.b));
    std::map<std::string, std::vector<std::string>> firmsByLegalRep;
    for (const auto& [id, firm] : data.firms)
        if (!firm.legalRep.empty()) {
            links.insert(orderedPair(id, firm.legalRep));
            firmsByLegalRep[firm.legalRep].push_back(id);
        }
    for (const Shareholding& holding : data.shareholdings)
        if (!holding.from || *holding.from <= context.asOf)
            links.insert(orderedPair(holding.firm, holding.holder));
    for (const auto& [legalRep, firms] : firmsByLegalRep)
        for (const std::string& a : firms)
            for (const std::string& b : firms)
                if (a < b) links.insert({a, b});
    return links;
}

struct SharedPair {
    std::array<bool, kKindCount> kinds{};
    std::vector<TxRefId> refs;
};

} // namespace

void evaluateSharedIdentity(const RuleContext& context, std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    const std::set<Pair> links = directLinks(context);
    std::map<Pair, SharedPair> pairs;
    const SharedValues values = collectSharedValues(context);
    for (const auto& [kindAndValue, parties] : values.statements()) {
        if (parties.size() < 2) continue;
        for (auto a = parties.begin(); a != parties.end(); ++a)
            for (auto b = std::next(a); b != parties.end(); ++b) { // map order: a < b
                const Pair pair{a->first, b->first};
                if (links.count(pair)) continue;
                SharedPair& shared = pairs[pair];
                shared.kinds[kindAndValue.first] = true;
                shared.refs.insert(shared.refs.end(), a->second.begin(), a->second.end());
                shared.refs.insert(shared.refs.end(), b->second.begin(), b->second.end());
            }
    }

    for (const auto& [pair, shared] : pairs) {
        json::Value kinds = json::Value::array();
        std::string titles;
        for (int kind = 0; kind < kKindCount; ++kind)
            if (shared.kinds[kind]) {
                kinds.push(json::Value::string(kKindNames[kind]));
                titles += (titles.empty() ? "" : "、") + std::string(kKindTitles[kind]);
            }
        std::string summary = data.nameOf(pair.first) + "（" + pair.first + "）与" +
                              data.nameOf(pair.second) + "（" + pair.second + "）之间无申报关联，却共用" +
                              titles + "。";
        RuleFinding finding =
            context.makeFinding("R02", {pair.first, pair.second}, shared.refs, std::move(summary));
        finding.details.set("shared", std::move(kinds));
        out.push_back(std::move(finding));
    }
}

} // namespace lj
