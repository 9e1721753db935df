#include "casefile/case_file_assembly.h"

#include "casefile/case_facts.h"
#include "casefile/case_parties.h"
#include "rules/rule_engine.h"
#include "util/utc_now.h"
#include "workspace/workspace_dataset.h"

#include <algorithm>
#include <set>

namespace lj {

std::size_t CaseFileContent::count(FactState state) const {
    return static_cast<std::size_t>(
        std::count_if(facts.begin(), facts.end(), [&](const CaseFact& fact) { return fact.state == state; }));
}

std::vector<std::string> citedTransactions(const std::vector<RuleFinding>& findings,
                                           const std::vector<std::string>& extra) {
    std::vector<std::string> ids;
    std::set<std::string> seen;
    for (const RuleFinding& finding : findings)
        for (const std::string& tx : finding.txs)
            if (seen.insert(tx).second) ids.push_back(tx);
    for (const std::string& tx : extra)
        if (seen.insert(tx).second) ids.push_back(tx);
    return ids;
}

CaseFileContent assembleCaseFileContent(std::shared_ptr<const Dataset> data,
                                        std::vector<RuleFinding> findings, Date asOf,
                                        const RuleSettings& settings, WorkspaceEvidence evidence,
                                        std::size_t maxTimelines,
                                        const std::vector<std::string>& extraSubjects) {
    CaseFileContent content;
    content.asOf = asOf;
    content.generatedAt = utcNowRfc3339();
    CaseParticipants participants = collectParticipants(*data, findings, asOf, extraSubjects);
    content.parties = std::move(participants.parties);
    content.relations = std::move(participants.relations);
    for (const std::string& asset : participants.assets) {
        if (content.timelines.size() >= maxTimelines) break;
        content.timelines.push_back(buildAssetTimeline(*data, asset, asOf, settings));
    }
    for (CaseFact& fact : evidence.facts) {
        describeFact(*data, fact.line, fact);
        for (const RuleFinding& finding : findings)
            if (std::find(finding.txs.begin(), finding.txs.end(), fact.tx) != finding.txs.end())
                fact.citedBy.push_back(finding.id);
    }
    content.facts = std::move(evidence.facts);
    content.bundle = std::move(evidence.bundle);
    content.consortium = std::move(evidence.consortium);
    content.trusted = evidence.trusted;
    content.exports = std::move(evidence.exports);
    content.findings = std::move(findings);
    content.data = std::move(data);
    return content;
}

Result<CaseFileContent> assembleCaseFile(Workspace& workspace, const CaseFileRequest& request) {
    const auto progress = [&](int percent) {
        if (request.progress) request.progress(percent);
    };
    progress(0);
    auto loaded = loadDataset(workspace);
    if (!loaded) return fail(loaded.error());
    auto data = std::make_shared<const Dataset>(std::move(*loaded));
    if (!request.asOf && !data->lastBlockDate) return fail("the workspace is empty: import an export first");
    const Date asOf = request.asOf.value_or(*data->lastBlockDate);
    progress(30);

    std::vector<RuleFinding> chosen;
    if (!request.findingIds.empty()) {
        // Only the rules the ids name (an id starts with its rule's code): a case cites a few.
        std::set<std::string> rules;
        for (const std::string& id : request.findingIds) rules.insert(id.substr(0, id.find('-')));
        std::vector<RuleFinding> all = evaluateRules(*data, request.settings, asOf, rules);
        std::string unknown;
        for (const std::string& id : request.findingIds) {
            const auto it =
                std::find_if(all.begin(), all.end(), [&](const RuleFinding& f) { return f.id == id; });
            const auto snapshot = std::find_if(request.snapshots.begin(), request.snapshots.end(),
                                               [&](const RuleFinding& f) { return f.id == id; });
            if (it == all.end() && snapshot != request.snapshots.end()) {
                // A case keeps what its handler saw; say so rather than drop it.
                RuleFinding kept = *snapshot;
                kept.details.set("case_snapshot",
                                 json::Value::string("as recorded in the case; the rules no longer "
                                                     "report it as of " +
                                                     asOf.toString()));
                chosen.push_back(std::move(kept));
            } else if (it == all.end())
                unknown += (unknown.empty() ? "" : ", ") + id;
            else if (std::none_of(chosen.begin(), chosen.end(),
                                  [&](const RuleFinding& f) { return f.id == id; }))
                chosen.push_back(*it);
        }
        if (!unknown.empty())
            return fail("no finding with id " + unknown + " as of " + asOf.toString() +
                        " (ids as printed by findings --json)");
    }
    progress(60);

    auto evidence =
        collectWorkspaceEvidence(workspace, citedTransactions(chosen, request.extraTxs), request.trust);
    if (!evidence) return fail(evidence.error());
    progress(80);
    CaseFileContent content =
        assembleCaseFileContent(std::move(data), std::move(chosen), asOf, request.settings,
                                std::move(*evidence), request.maxTimelines, request.extraSubjects);
    content.meta = request.meta;
    content.workspace = workspace.path();
    if (auto chain = workspace.meta("chain"); chain && *chain) content.chain = **chain;
    if (auto name = workspace.meta("chain_name"); name && *name) content.chainName = **name;
    if (auto suite = workspace.meta("suite"); suite && *suite) content.suite = **suite;
    progress(100);
    return content;
}

} // namespace lj
