#pragma once
// Thresholds, severities and F04 standards of the warning rules (rules-v1 defaults), optionally
// overridden by a settings file — JSON, one section per rule code, money in yuan as in the
// catalogue:
//   {"A02": {"days": 180, "severity": "reminder"},
//    "F01": {"yuan": 100000},
//    "F04": {"standards": [{"purpose": "误工补贴", "max_yuan_per_unit": 150, "unit": "person_day"},
//                          {"purpose": "慰问金", "max_yuan_per_payment": 1000}]}}
// See docs/rule-settings.md for every key.
#include "rules/rule_finding.h"
#include "util/result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lj {

struct PaymentStandard {
    std::string purpose;                      // payment.record purpose it applies to
    std::optional<std::int64_t> maxPerUnit;   // fen per unit of `quantity`
    std::string unit;                         // e.g. person_day
    std::optional<std::int64_t> maxPerPayment; // fen per payment
};

struct RuleSettings {
    // Keys "A02.days", "A03.months", "A04.days", "A06.days", "A07.rent_fen", "A09.bidders",
    // "F01.fen", "F02.count", "F02.days", "F05.days", "P01.grace_days", "P02.days", "P02.fen",
    // "P04.percent", "R01.steps", "W01.steps" (money here in fen).
    std::map<std::string, std::int64_t> thresholds;
    std::map<std::string, Severity> severities; // rule code → severity
    std::vector<PaymentStandard> standards;

    static RuleSettings defaults();
    std::int64_t threshold(const std::string& key) const; // the default when unset
    Severity severityOf(const std::string& rule) const;
};

// Every rule code of rules-v1 (and V01), in catalogue order.
const std::vector<std::string>& allRuleCodes();

// Reads a settings file over the defaults. Fails — naming the file and the key — on a syntax
// error, an unknown rule code or key, a negative or non-integer threshold, or an unknown
// severity; nothing of a half-read file is used.
Result<RuleSettings> loadRuleSettings(const std::string& path);
Result<RuleSettings> parseRuleSettings(std::string_view jsonText, const std::string& nameForErrors);

} // namespace lj
