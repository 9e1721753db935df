#pragma once
// The fund rules of rules-v1 ("Funds"), one function each; evaluateFundRules runs them in catalogue
// order. F07 (related-party payment) belongs to the relationship rules.
#include "rules/rule_context.h"

#include <vector>

namespace lj {

void evaluateLargePayments(const RuleContext& context, std::vector<RuleFinding>& out);    // F01
void evaluateFrequentPayments(const RuleContext& context, std::vector<RuleFinding>& out); // F02
void evaluateOverBudget(const RuleContext& context, std::vector<RuleFinding>& out);       // F03
void evaluateOverStandard(const RuleContext& context, std::vector<RuleFinding>& out);     // F04
void evaluateSplitPayments(const RuleContext& context, std::vector<RuleFinding>& out);    // F05
void evaluateCashSettlements(const RuleContext& context, std::vector<RuleFinding>& out);  // F06

// Payments dated on or before the as-of date (undated ones cannot be placed in time), by date then id.
std::vector<const Payment*> paymentsAsOf(const RuleContext& context);

} // namespace lj
