// R01 (conflict of interest in a lease or award) and F07 (related-party payment), rules-v1
// "Precise semantics" 5: the party — plus a firm's legal representative and shareholders, and for
// a payment the holder of the account paid into — connected by at most N kinship/ownership steps
// to an official of the collective whose role is in force on the date of the dealing.
#include "rules/relationship_rule_parts.h"
#include "rules/relationship_text.h"

#include <map>
#include <optional>
#include <set>

namespace lj {

namespace {

// One occasion on which a collective dealt with a party.
struct Dealing {
    std::string subject; // contract, listing, project or payment id
    std::string party;
    std::string account; // the account paid into (F07), else empty
    std::string org;     // the collective that signed, awarded or paid
    Date on;             // the date the relation must hold on
    std::vector<TxRefId> refs;
    std::string description; // "合同HT2018-0025（某厂房）的承租方"
};

struct Conflict {
    const Dealing* dealing = nullptr;
    OfficialConnection connection;
};

std::optional<Conflict> findConflict(const KinshipIndex& index, const Dealing& dealing, int maxSteps) {
    std::vector<RelationPath> seeds = index.partySeeds(dealing.party, dealing.on, 0);
    if (!dealing.account.empty()) {
        const auto viaAccount = index.accountSeeds(dealing.account, dealing.on, 1);
        seeds.insert(seeds.end(), viaAccount.begin(), viaAccount.end());
    }
    const auto reached = index.reach(seeds, {maxSteps, dealing.on, false});
    auto connection = index.nearestOfficial(reached, dealing.org, dealing.on, dealing.on);
    if (!connection) return std::nullopt;
    return Conflict{&dealing, std::move(*connection)};
}

RuleFinding conflictFinding(const RuleContext& context, const std::string& rule, const Conflict& conflict) {
    const Dealing& dealing = *conflict.dealing;
    const RelationPath& path = conflict.connection.path;
    const std::string& official = path.nodes.back();
    std::vector<std::string> subjects{dealing.subject, dealing.party};
    if (official != dealing.party) subjects.push_back(official);

    std::vector<TxRefId> refs = dealing.refs;
    for (TxRefId ref : path.refs())
        refs.push_back(ref);
    for (const Role* role : conflict.connection.roles)
        refs.push_back(role->ref);

    const Dataset& data = context.data;
    const std::string who = officialWithTitle(data, official, conflict.connection.roles);
    std::string summary = dealing.description + data.nameOf(dealing.party);
    if (path.links.empty())
        summary += "本人即为" + data.nameOf(dealing.org) + "在任干部" + who + "。";
    else
        summary += "与" + data.nameOf(dealing.org) + "在任干部" + who + "存在关联：" +
                   describePath(data, path) + "。";

    RuleFinding finding = context.makeFinding(rule, std::move(subjects), std::move(refs), std::move(summary));
    finding.path = path.nodes;
    finding.details.set("date", json::Value::string(dealing.on.toString()));
    finding.details.set("steps", json::Value::number(static_cast<std::int64_t>(path.steps)));
    finding.details.set("max_steps", json::Value::number(context.settings.threshold("R01.steps")));
    return finding;
}

// Reports, per subject, the dealing whose conflict has the preferred path (on ties the first listed:
// the signing before amendments and listing results).
void reportConflicts(const RuleContext& context, const std::string& rule,
                     const std::vector<Dealing>& dealings, const KinshipIndex& index,
                     std::vector<RuleFinding>& out) {
    const int maxSteps = static_cast<int>(context.settings.threshold("R01.steps"));
    std::map<std::string, Conflict> bySubject;
    for (const Dealing& dealing : dealings) {
        auto conflict = findConflict(index, dealing, maxSteps);
        if (!conflict) continue;
        auto [it, added] = bySubject.try_emplace(dealing.subject, *conflict);
        if (!added && preferredPath(conflict->connection.path, it->second.connection.path))
            it->second = *conflict;
    }
    for (const auto& [subject, conflict] : bySubject)
        out.push_back(conflictFinding(context, rule, conflict));
}

std::vector<TxRefId> refsOfKind(const Dataset& data, const std::vector<TxRefId>& refs,
                                std::string_view kind) {
    std::vector<TxRefId> matching;
    for (TxRefId ref : refs)
        if (data.txs[ref].kind == kind) matching.push_back(ref);
    return matching;
}

std::string assetLabel(const Dataset& data, const std::string& asset) {
    return asset.empty() || data.nameOf(asset) == asset ? std::string() : "（" + data.nameOf(asset) + "）";
}

// Leases: the lessee on the signing date, a new lessee on its amendment's date, and the winner of
// the listing the contract names on the result date (listing results merge into their contract).
void addLeaseDealings(const RuleContext& context, std::vector<Dealing>& dealings) {
    const Dataset& data = context.data;
    std::set<std::string> listingsWithContract; // signed by the as-of date
    for (const auto& [id, contract] : data.contracts) {
        const auto signedOn = contract.signedOn ? contract.signedOn : contract.start;
        if (!contract.listing.empty() && signedOn && *signedOn <= context.asOf)
            listingsWithContract.insert(contract.listing);
    }

    for (const auto& [id, contract] : data.contracts) {
        const auto signedOn = contract.signedOn ? contract.signedOn : contract.start;
        if (!signedOn || context.asOf < *signedOn) continue;
        std::vector<TxRefId> refs = refsOfKind(data, contract.refs, "contract.sign");
        std::vector<const ListingResult*> results;
        for (const ListingResult& result : data.results)
            if (!contract.listing.empty() && result.listing == contract.listing && result.date &&
                *result.date <= context.asOf) {
                results.push_back(&result);
                refs.push_back(result.ref);
            }
        const std::string description = "合同" + id + assetLabel(data, contract.asset) + "的承租方";
        dealings.push_back({id, contract.lessee, {}, contract.lessor, *signedOn, refs, description});
        for (const ContractAmendment& amendment : contract.amendments)
            if (!amendment.lessee.empty() && amendment.date && *amendment.date <= context.asOf) {
                std::vector<TxRefId> amended = refs;
                amended.push_back(amendment.ref);
                dealings.push_back(
                    {id, amendment.lessee, {}, contract.lessor, *amendment.date, amended, description});
            }
        for (const ListingResult* result : results)
            if (!result->winner.empty())
                dealings.push_back(
                    {id, result->winner, {}, contract.lessor, *result->date, refs, description});
    }

    // A result no contract names yet still binds the collective that owns the listed asset.
    for (const ListingResult& result : data.results) {
        if (result.winner.empty() || !result.date || context.asOf < *result.date) continue;
        if (listingsWithContract.count(result.listing)) continue;
        const auto listing = data.listings.find(result.listing);
        if (listing == data.listings.end()) continue;
        const auto asset = data.assets.find(listing->second.asset);
        if (asset == data.assets.end() || asset->second.org.empty()) continue;
        std::vector<TxRefId> refs = listing->second.refs;
        refs.push_back(result.ref);
        dealings.push_back(
            {result.listing,
             result.winner,
             {},
             asset->second.org,
             *result.date,
             refs,
             "挂牌项目" + result.listing + assetLabel(data, listing->second.asset) + "的竞得人"});
    }
}

void addAwardDealings(const RuleContext& context, std::vector<Dealing>& dealings) {
    const Dataset& data = context.data;
    for (const auto& [id, project] : data.projects) {
        if (!project.award || !project.award->date || context.asOf < *project.award->date) continue;
        if (project.award->contractor.empty()) continue;
        std::vector<TxRefId> refs = refsOfKind(data, project.refs, "project.approve");
        refs.push_back(project.award->ref);
        dealings.push_back({id,
                            project.award->contractor,
                            {},
                            project.org,
                            *project.award->date,
                            refs,
                            "工程" + data.nameOf(id) + "（" + id + "）的中标单位"});
    }
}

} // namespace

void evaluateConflictOfInterest(const RuleContext& context, const KinshipIndex& index,
                                std::vector<RuleFinding>& out) {
    std::vector<Dealing> dealings;
    addLeaseDealings(context, dealings);
    addAwardDealings(context, dealings);
    reportConflicts(context, "R01", dealings, index, out);
}

void evaluateRelatedPartyPayments(const RuleContext& context, const KinshipIndex& index,
                                  std::vector<RuleFinding>& out) {
    std::vector<Dealing> dealings;
    for (const auto& [id, payment] : context.data.payments) {
        if (!payment.date || context.asOf < *payment.date || payment.payee.empty()) continue;
        std::string description = "付款" + id + "（" + RuleContext::yuan(payment.amount);
        if (!payment.purpose.empty()) description += "，" + payment.purpose;
        description += "）的收款方";
        dealings.push_back({id, payment.payee, payment.payeeAccount, payment.org, *payment.date, payment.refs,
                            std::move(description)});
    }
    reportConflicts(context, "F07", dealings, index, out);
}

} // namespace lj
