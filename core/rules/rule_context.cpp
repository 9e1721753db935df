#include "rules/rule_context.h"

#include <algorithm>
#include <cstdio>

namespace lj {

RuleFinding RuleContext::makeFinding(const std::string& rule, std::vector<std::string> subjects,
                                     std::vector<TxRefId> refs, std::string summary) const
{
    std::sort(refs.begin(), refs.end()); // TxRefIds are assigned in chain order
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    RuleFinding finding;
    finding.rule = rule;
    finding.severity = settings.severityOf(rule);
    finding.id = makeFindingId(rule, subjects);
    finding.subjects = std::move(subjects);
    finding.txs = data.txIds(refs);
    finding.summary = std::move(summary);
    return finding;
}

std::string RuleContext::yuan(std::int64_t fen)
{
    const bool negative = fen < 0;
    std::uint64_t value = static_cast<std::uint64_t>(negative ? -fen : fen);
    std::string digits = std::to_string(value / 100);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    char cents[8];
    std::snprintf(cents, sizeof cents, ".%02u", static_cast<unsigned>(value % 100));
    std::string text = negative ? "-" : "";
    text += digits;
    text += cents;
    text += " 元";
    return text;
}

} // namespace lj
