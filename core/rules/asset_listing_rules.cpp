// A09 (low participation) and A10 (bid collusion): who took part in a listing or a project tender.
#include "rules/asset_rule_parts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace lj {

namespace {

// One listing's (bid.register) or one project's (award bidders) set of bidders.
struct BidderGroup {
    std::string id;
    bool isProject = false;
    std::vector<TxRefId> refs;        // the listing or the project's approval and award
    std::vector<std::string> bidders; // distinct, sorted
    std::map<std::string, std::set<std::string>> bidPhones, depositAccounts;
};

std::string digitsOf(const std::string& phone) {
    std::string digits;
    for (char c : phone)
        if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    return digits;
}

struct Registration {
    std::string phone, address, legalRep;
    bool isPerson = false;
    const std::vector<TxRefId>* refs = nullptr;
};

Registration registrationOf(const Dataset& data, const std::string& id) {
    if (const auto person = data.persons.find(id); person != data.persons.end())
        return {person->second.phone, person->second.address, "", true, &person->second.refs};
    if (const auto firm = data.firms.find(id); firm != data.firms.end())
        return {firm->second.phone, firm->second.address, firm->second.legalRep, false, &firm->second.refs};
    return {};
}

std::set<std::string> phonesOf(const Dataset& data, const BidderGroup& group, const std::string& bidder) {
    std::set<std::string> phones;
    if (const auto it = group.bidPhones.find(bidder); it != group.bidPhones.end())
        for (const std::string& phone : it->second)
            phones.insert(digitsOf(phone));
    phones.insert(digitsOf(registrationOf(data, bidder).phone));
    phones.erase("");
    return phones;
}

// Deposit accounts as "id:<account>" and, when the number is not masked, "no:<number>".
std::set<std::string> accountKeysOf(const Dataset& data, const BidderGroup& group,
                                    const std::string& bidder) {
    std::set<std::string> keys;
    const auto it = group.depositAccounts.find(bidder);
    if (it == group.depositAccounts.end()) return keys;
    for (const std::string& account : it->second) {
        keys.insert("id:" + account);
        const auto registered = data.accounts.find(account);
        if (registered != data.accounts.end() && !registered->second.number.empty() &&
            registered->second.number.find('*') == std::string::npos)
            keys.insert("no:" + registered->second.number);
    }
    return keys;
}

bool intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
    return std::any_of(a.begin(), a.end(), [&](const std::string& item) { return b.count(item) > 0; });
}

struct SharedTies {
    std::vector<std::string> kinds; // "phone", "account", "address", "rep", in this order
    std::vector<TxRefId> refs;      // registrations and accounts that show them
};

// rules-v1 semantics 16. Phones compare by their digits (bid phones on this listing and registered
// phones alike); account numbers only when unmasked; addresses as registered, exactly.
SharedTies sharedTies(const Dataset& data, const BidderGroup& group, const std::string& a,
                      const std::string& b) {
    SharedTies ties;
    const Registration first = registrationOf(data, a), second = registrationOf(data, b);
    if (intersects(phonesOf(data, group, a), phonesOf(data, group, b))) ties.kinds.push_back("phone");
    const auto accountsA = accountKeysOf(data, group, a), accountsB = accountKeysOf(data, group, b);
    if (intersects(accountsA, accountsB)) {
        ties.kinds.push_back("account");
        for (const std::string& key : accountsA)
            if (key.starts_with("id:") && accountsB.count(key))
                if (const auto account = data.accounts.find(key.substr(3)); account != data.accounts.end())
                    ties.refs.insert(ties.refs.end(), account->second.refs.begin(),
                                     account->second.refs.end());
    }
    if (!first.address.empty() && first.address == second.address) ties.kinds.push_back("address");
    // Two firms with one legal representative, or a person bidding against the firm he represents.
    std::string rep;
    if (!first.legalRep.empty() && first.legalRep == second.legalRep) rep = first.legalRep;
    if (second.legalRep == a && first.isPerson) rep = a;
    if (first.legalRep == b && second.isPerson) rep = b;
    if (!rep.empty()) {
        ties.kinds.push_back("rep");
        if (const auto person = data.persons.find(rep); person != data.persons.end())
            ties.refs.insert(ties.refs.end(), person->second.refs.begin(), person->second.refs.end());
    }
    if (!ties.kinds.empty())
        for (const Registration* registration : {&first, &second})
            if (registration->refs)
                ties.refs.insert(ties.refs.end(), registration->refs->begin(), registration->refs->end());
    return ties;
}

std::vector<BidderGroup> bidderGroups(const RuleContext& context, const AssetIndex& index) {
    std::vector<BidderGroup> groups;
    for (const auto& [listingId, bids] : index.bidsByListing) {
        BidderGroup group;
        group.id = listingId;
        if (const auto listing = context.data.listings.find(listingId);
            listing != context.data.listings.end())
            group.refs = listing->second.refs;
        for (const Bid* bid : bids) {
            if (bid->bidder.empty()) continue;
            group.refs.push_back(bid->ref);
            group.bidders.push_back(bid->bidder);
            if (!bid->phone.empty()) group.bidPhones[bid->bidder].insert(bid->phone);
            if (!bid->depositAccount.empty()) group.depositAccounts[bid->bidder].insert(bid->depositAccount);
        }
        groups.push_back(std::move(group));
    }
    for (const auto& [projectId, project] : context.data.projects) {
        const auto& award = project.award;
        if (!award || !award->date || context.asOf < *award->date) continue;
        BidderGroup group;
        group.id = projectId;
        group.isProject = true;
        for (TxRefId ref : project.refs)
            if (context.data.txs[ref].kind == "project.approve") group.refs.push_back(ref);
        group.refs.push_back(award->ref);
        for (const std::string& bidder : award->bidders)
            if (!bidder.empty()) group.bidders.push_back(bidder);
        groups.push_back(std::move(group));
    }
    for (BidderGroup& group : groups) {
        std::sort(group.bidders.begin(), group.bidders.end());
        group.bidders.erase(std::unique(group.bidders.begin(), group.bidders.end()), group.bidders.end());
    }
    return groups;
}

std::string tieName(const std::string& kind) {
    if (kind == "phone") return "联系电话";
    if (kind == "account") return "保证金账户";
    if (kind == "address") return "登记地址";
    return "法定代表人";
}

} // namespace

void evaluateLowParticipation(const RuleContext& context, const AssetIndex& index,
                              std::vector<RuleFinding>& out) {
    const auto minimum = context.settings.threshold("A09.bidders");
    const Dataset& data = context.data;
    for (const auto& [id, listing] : data.listings) {
        if (!listing.close || context.asOf < *listing.close) continue;
        std::set<std::string> bidders;
        std::vector<TxRefId> refs = listing.refs;
        for (const Bid* bid : index.bidsOf(id))
            if (!bid->bidder.empty()) {
                bidders.insert(bid->bidder);
                refs.push_back(bid->ref);
            }
        const auto count = static_cast<std::int64_t>(bidders.size());
        if (count >= minimum) continue;
        for (const ListingResult* result : index.resultsOf(id))
            refs.push_back(result->ref);
        std::vector<std::string> subjects = {id};
        if (!listing.asset.empty()) subjects.push_back(listing.asset);
        const std::string turnout =
            count == 0 ? "无人报名（流拍）" : "仅 " + std::to_string(count) + " 名竞租人报名";
        RuleFinding finding = context.makeFinding(
            "A09", std::move(subjects), std::move(refs),
            "挂牌 " + id + (listing.asset.empty() ? " " : "（" + data.nameOf(listing.asset) + "）") + "于 " +
                listing.close->toString() + " 截止，" + turnout + "，少于 " + std::to_string(minimum) +
                " 名。");
        finding.from = listing.open;
        finding.to = listing.close;
        finding.details.set("bidders", json::Value::number(count))
            .set("close", json::Value::string(listing.close->toString()))
            .set("threshold_bidders", json::Value::number(minimum));
        out.push_back(std::move(finding));
    }
}

void evaluateBidCollusion(const RuleContext& context, const AssetIndex& index,
                          std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    for (const BidderGroup& group : bidderGroups(context, index)) {
        std::set<std::string> implicated;
        std::vector<TxRefId> refs = group.refs;
        json::Value pairs = json::Value::array();
        std::string ties;
        for (std::size_t i = 0; i < group.bidders.size(); ++i)
            for (std::size_t j = i + 1; j < group.bidders.size(); ++j) {
                const std::string &a = group.bidders[i], &b = group.bidders[j];
                const SharedTies shared = sharedTies(data, group, a, b);
                if (shared.kinds.empty()) continue;
                implicated.insert({a, b});
                refs.insert(refs.end(), shared.refs.begin(), shared.refs.end());
                json::Value kinds = json::Value::array();
                std::string names;
                for (const std::string& kind : shared.kinds) {
                    kinds.push(json::Value::string(kind));
                    names += (names.empty() ? "" : "、") + tieName(kind);
                }
                pairs.push(json::Value::object()
                               .set("a", json::Value::string(a))
                               .set("b", json::Value::string(b))
                               .set("shared", std::move(kinds)));
                ties +=
                    (ties.empty() ? "" : "；") + labelOf(data, a) + "与 " + labelOf(data, b) + "共用" + names;
            }
        if (implicated.empty()) continue;
        // One finding per listing or project, naming every bidder in a suspicious pair (sorted).
        std::vector<std::string> subjects = {group.id};
        subjects.insert(subjects.end(), implicated.begin(), implicated.end());
        RuleFinding finding =
            context.makeFinding("A10", std::move(subjects), std::move(refs),
                                (group.isProject ? "工程项目 " + labelOf(data, group.id) + "的投标人中，"
                                                 : "挂牌 " + group.id + " 的竞租人中，") +
                                    ties + "，存在围标串标迹象。");
        finding.details.set("kind", json::Value::string(group.isProject ? "project" : "listing"))
            .set("pairs", std::move(pairs));
        out.push_back(std::move(finding));
    }
}

} // namespace lj
