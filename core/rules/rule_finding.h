#pragma once
// What a warning rule reports (rules-v1): a stable id, the rule, its severity, the subjects (ids)
// it names, the transactions that prove it, and for some rules an interval or a relationship path.
// json/json.h before util/date.h, as in model/dataset.h: moc fails on the other order.
// clang-format off
#include "json/json.h"
#include "util/date.h"
// clang-format on

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lj {

enum class Severity { Reminder, Warning, Alarm };

std::string_view severityName(Severity severity); // "reminder", "warning", "alarm"
std::optional<Severity> severityFromName(std::string_view name);

struct RuleFinding {
    std::string id;   // stable for the same rule and subjects (makeFindingId), so cases can cite it
    std::string rule; // "A03"
    Severity severity = Severity::Warning;
    std::vector<std::string> subjects; // ids, most specific first (e.g. contract, then asset)
    std::vector<std::string> txs;      // tx ids that prove the finding, in chain order, no duplicates
    std::string summary;               // one sentence in Chinese for the case handler
    std::optional<Date> from, to;      // for interval findings (idle runs, overdue periods…)
    std::vector<std::string> path;     // for relationship findings: party … official
    json::Value details = json::Value::object(); // rule-specific facts and the thresholds used
};

// "<rule>-<first 12 hex digits of SHA-256(rule ‖ '\n' ‖ subjects joined by '\n')>".
std::string makeFindingId(std::string_view rule, const std::vector<std::string>& subjects);

// The finding as `findings --json` prints it: id, rule, severity, subjects, txs, summary, from, to,
// path (the rule-specific details are left to callers that want them).
json::Value findingToJson(const RuleFinding& finding);

} // namespace lj
