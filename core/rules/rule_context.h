#pragma once
// What every rule evaluation gets: the merged data, the settings and the as-of date, and a helper
// that builds findings consistently (id, severity, tx ids in chain order without duplicates).
#include "model/dataset.h"
#include "rules/rule_finding.h"
#include "rules/rule_settings.h"

#include <string>
#include <vector>

namespace lj {

struct RuleContext {
    const Dataset& data;
    const RuleSettings& settings;
    Date asOf;

    // A finding of `rule` naming `subjects`, proven by `refs` (sorted into chain order, deduplicated).
    RuleFinding makeFinding(const std::string& rule, std::vector<std::string> subjects, std::vector<TxRefId> refs,
                            std::string summary) const;
    // "12,345.67 元" from fen, for summaries.
    static std::string yuan(std::int64_t fen);
};

} // namespace lj
