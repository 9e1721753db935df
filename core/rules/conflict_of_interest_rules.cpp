// R01 (conflict of interest in a lease or award) and F07 (related-party payment), rules-v1
// "Precise semantics" 5: the party — plus a firm's legal representative and shareholders, and for
// a payment the holder of the account paid into — connected by at most N kinship/ownership steps
// to an official of the collective whose role is in force on the date of the dealing.
#include "rules/dealings.h"
#include "rules/relationship_rule_parts.h"
#include "rules/relationship_text.h"

#include <map>
#include <optional>
#include <set>

namespace lj {

namespace {

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

} // namespace

void evaluateConflictOfInterest(const RuleContext& context, const KinshipIndex& index,
                                std::vector<RuleFinding>& out) {
    reportConflicts(context, "R01", leaseAndAwardDealings(context.data, context.asOf), index, out);
}

void evaluateRelatedPartyPayments(const RuleContext& context, const KinshipIndex& index,
                                  std::vector<RuleFinding>& out) {
    reportConflicts(context, "F07", paymentDealings(context.data, context.asOf), index, out);
}

} // namespace lj
