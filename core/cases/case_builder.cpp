#include "cases/case_builder.h"

#include "timeline/asset_timeline.h"

#include <set>

namespace lj {

CaseFinding caseFindingFrom(const RuleFinding& finding) {
    CaseFinding snapshot;
    snapshot.findingId = finding.id;
    snapshot.rule = finding.rule;
    snapshot.severity = std::string(severityName(finding.severity));
    snapshot.summary = finding.summary;
    snapshot.subjects = finding.subjects;
    snapshot.txs = finding.txs;
    json::Value entry = findingToJson(finding);
    entry.set("details", finding.details); // a case keeps the thresholds the rule used
    snapshot.snapshot = json::serialize(entry);
    return snapshot;
}

std::string entityKind(const Dataset& data, const std::string& id) {
    if (data.persons.count(id)) return "person";
    if (data.firms.count(id)) return "firm";
    if (data.orgs.count(id)) return "org";
    if (data.assets.count(id)) return "asset";
    if (data.accounts.count(id)) return "account";
    if (data.contracts.count(id)) return "contract";
    if (data.listings.count(id)) return "listing";
    if (data.projects.count(id)) return "project";
    if (data.payments.count(id)) return "payment";
    if (data.subsidies.count(id)) return "subsidy";
    if (data.receipts.count(id)) return "receipt";
    return "other";
}

std::vector<CaseEntity> caseEntitiesFrom(const Dataset& data, const std::vector<RuleFinding>& findings) {
    std::vector<CaseEntity> entities;
    std::set<std::string> seen;
    const auto add = [&](const std::string& id) {
        if (id.empty() || !seen.insert(id).second) return;
        entities.push_back({id, entityKind(data, id), data.nameOf(id), {}, {}});
    };
    for (const RuleFinding& finding : findings) {
        for (const std::string& id : finding.subjects)
            add(id);
        for (const std::string& id : finding.path)
            add(id);
    }
    return entities;
}

NewCase buildNewCase(const Dataset& data, const std::vector<RuleFinding>& findings, Date asOf,
                     const RuleSettings& settings, const std::string& title, const std::string& handler) {
    NewCase request;
    request.title = title.empty() ? defaultCaseTitle(findings) : title;
    request.handler = handler;
    for (const RuleFinding& finding : findings)
        request.findings.push_back(caseFindingFrom(finding));
    request.entities = caseEntitiesFrom(data, findings);
    for (const CaseEntity& entity : request.entities) {
        if (entity.kind != "asset") continue;
        const AssetTimeline timeline = buildAssetTimeline(data, entity.id, asOf, settings);
        CaseSnapshot snapshot;
        snapshot.kind = "timeline";
        snapshot.subject = entity.id;
        snapshot.format = "json";
        snapshot.data = json::serialize(timelineToJson(timeline, data));
        request.snapshots.push_back(std::move(snapshot));
    }
    return request;
}

std::string defaultCaseTitle(const std::vector<RuleFinding>& findings) {
    if (findings.empty()) return "新案件";
    if (findings.size() == 1) return findings.front().rule + " " + findings.front().summary;
    std::set<std::string> rules;
    for (const RuleFinding& finding : findings)
        rules.insert(finding.rule);
    std::string list;
    for (const std::string& rule : rules)
        list += (list.empty() ? "" : "、") + rule;
    return std::to_string(findings.size()) + "条线索：" + list;
}

} // namespace lj
