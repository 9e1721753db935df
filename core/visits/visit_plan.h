#pragma once
// A visit plan (核查清单): for a village, a set of assets and projects, or a case's entities, one
// checklist item per asset and project with its ledger state as of a date and the questions to
// answer on site.
#include "model/dataset.h"
#include "rules/rule_settings.h"
#include "util/result.h"
#include "visits/ledger_state.h"

#include "json/json.h"
#include <string>
#include <vector>

namespace lj {

struct VisitScope {
    std::string org;                 // every asset and project of this collective…
    std::vector<std::string> assets; // …and/or these
    std::vector<std::string> projects;
};

struct VisitItem {
    LedgerState state; // kind, subject, name… and the ledger's facts
    std::string ledgerText;
    std::vector<std::string> questions;
    std::string id() const { return state.kind + ":" + state.subject; } // "asset:A-12"
};

struct VisitPlan {
    std::string org, orgName; // empty when the scope is not a collective
    Date asOf;
    std::vector<VisitItem> items; // assets by id, then projects by id
};

// Assets of the org registered on or before `asOf` (disposed ones included, marked), projects
// approved on or before it. Fails when the org or a listed asset/project is unknown.
Result<VisitPlan> buildVisitPlan(const Dataset& data, const VisitScope& scope, Date asOf,
                                 const RuleSettings& settings);

// {"org","org_name","as_of","items":[{"item","asset"|"project","name","type","state":{…},
//   "ledger","questions":[…],"txs":[…]}]}
json::Value visitPlanJson(const VisitPlan& plan, const Dataset& data);

} // namespace lj
