#pragma once
// What the ledger says about one asset or project on a date: the facts an inspection team checks
// on site (lessee, rent, term, idle since, overdue instalments; contractor, completion) with the
// transactions that state them. Asset facts come from the asset timeline (buildAssetTimeline), so
// a visit plan never disagrees with the timeline or rules A02/A06.
#include "model/dataset.h"
#include "rules/rule_settings.h"

#include "json/json.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lj {

struct LedgerState {
    bool found = false; // the ledger registers the asset/project (or records name it)
    std::string kind;   // "asset" or "project"
    std::string subject, name, type, org;
    Date asOf;

    // Assets.
    std::string status; // the latest asset.status on or before asOf; empty when none
    std::optional<Date> statusDate;
    std::string contract, lessee, lesseeName; // the lease in force; empty when none
    std::optional<std::int64_t> rent;         // annual, fen, as amended
    std::optional<Date> start, end;
    std::optional<Date> idleSince;  // the open idle run's first day
    int overdue = 0;                // overdue rent instalments (A06)
    std::int64_t overdueAmount = 0; // fen not received by the latest overdue instalment's limit
    std::optional<Date> disposed;
    std::optional<std::int64_t> areaM2, areaMu;

    // Projects.
    std::string contractor, contractorName;
    std::optional<std::int64_t> budget, finalCost;
    std::optional<Date> awarded, plannedEnd, completed;
    bool accepted = false;

    std::vector<TxRefId> refs; // the transactions stating the facts above, chain order, no duplicates
};

LedgerState assetLedgerState(const Dataset& data, const std::string& assetId, Date asOf,
                             const RuleSettings& settings);
LedgerState projectLedgerState(const Dataset& data, const std::string& projectId, Date asOf);

// {"status","lessee","lessee_name","contract","rent","start","end","idle_since","overdue",
//  "overdue_amount","disposed","area_m2","area_mu"} for assets; {"contractor","contractor_name",
//  "budget","awarded","planned_end","completed","accepted","final_cost"} for projects; null when absent.
json::Value ledgerStateJson(const LedgerState& state);
// One line in Chinese for the checklist ("在租：张三，合同 C-1，年租金 1,200.00 元，2019-01-01 至
// 2021-12-31").
std::string ledgerStateText(const LedgerState& state);
// The questions to answer on site, in Chinese.
std::vector<std::string> visitQuestions(const LedgerState& state);

} // namespace lj
