#include "visits/visit_plan.h"

#include <algorithm>
#include <set>

namespace lj {

namespace {

VisitItem makeItem(LedgerState state) {
    VisitItem item;
    item.ledgerText = ledgerStateText(state);
    item.questions = visitQuestions(state);
    item.state = std::move(state);
    return item;
}

bool onOrBefore(const std::optional<Date>& day, Date asOf) {
    return !day || *day <= asOf;
}

} // namespace

Result<VisitPlan> buildVisitPlan(const Dataset& data, const VisitScope& scope, Date asOf,
                                 const RuleSettings& settings) {
    VisitPlan plan;
    plan.asOf = asOf;
    std::set<std::string> assets(scope.assets.begin(), scope.assets.end());
    std::set<std::string> projects(scope.projects.begin(), scope.projects.end());
    for (const std::string& id : assets)
        if (!data.assets.count(id)) return fail("no asset " + id + " in the ledger");
    for (const std::string& id : projects)
        if (!data.projects.count(id)) return fail("no project " + id + " in the ledger");
    if (!scope.org.empty()) {
        const auto org = data.orgs.find(scope.org);
        if (org == data.orgs.end()) return fail("no collective " + scope.org + " in the ledger");
        plan.org = scope.org;
        plan.orgName = org->second.name;
        for (const auto& [id, asset] : data.assets)
            if (asset.org == scope.org &&
                onOrBefore(asset.registered ? asset.registered : asset.acquired, asOf))
                assets.insert(id);
        for (const auto& [id, project] : data.projects)
            if (project.org == scope.org && onOrBefore(project.approved, asOf)) projects.insert(id);
    }
    for (const std::string& id : assets)
        plan.items.push_back(makeItem(assetLedgerState(data, id, asOf, settings)));
    for (const std::string& id : projects)
        plan.items.push_back(makeItem(projectLedgerState(data, id, asOf)));
    return plan;
}

json::Value visitPlanJson(const VisitPlan& plan, const Dataset& data) {
    json::Value out = json::Value::object();
    out.set("org", plan.org.empty() ? json::Value() : json::Value::string(plan.org));
    out.set("org_name", plan.orgName.empty() ? json::Value() : json::Value::string(plan.orgName));
    out.set("as_of", json::Value::string(plan.asOf.toString()));
    json::Value items = json::Value::array();
    for (const VisitItem& item : plan.items) {
        json::Value entry = json::Value::object();
        entry.set("item", json::Value::string(item.id()));
        entry.set(item.state.kind, json::Value::string(item.state.subject));
        entry.set("name", json::Value::string(item.state.name));
        entry.set("type", json::Value::string(item.state.type));
        entry.set("state", ledgerStateJson(item.state));
        entry.set("ledger", json::Value::string(item.ledgerText));
        json::Value questions = json::Value::array();
        for (const std::string& question : item.questions)
            questions.push(json::Value::string(question));
        entry.set("questions", std::move(questions));
        json::Value txs = json::Value::array();
        for (const std::string& tx : data.txIds(item.state.refs))
            txs.push(json::Value::string(tx));
        entry.set("txs", std::move(txs));
        items.push(std::move(entry));
    }
    out.set("items", std::move(items));
    return out;
}

} // namespace lj
