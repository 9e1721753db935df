#include "rules/fund_rule_parts.h"
#include "rules/rule_groups.h"

#include <algorithm>

namespace lj {

std::vector<const Payment*> paymentsAsOf(const RuleContext& context) {
    std::vector<const Payment*> payments;
    for (const auto& [id, payment] : context.data.payments)
        if (payment.date && *payment.date <= context.asOf) payments.push_back(&payment);
    std::sort(payments.begin(), payments.end(), [](const Payment* a, const Payment* b) {
        return std::tie(*a->date, a->id) < std::tie(*b->date, b->id);
    });
    return payments;
}

void evaluateFundRules(const RuleContext& context, std::vector<RuleFinding>& out) {
    evaluateLargePayments(context, out);
    evaluateFrequentPayments(context, out);
    evaluateOverBudget(context, out);
    evaluateOverStandard(context, out);
    evaluateSplitPayments(context, out);
    evaluateCashSettlements(context, out);
}

} // namespace lj
