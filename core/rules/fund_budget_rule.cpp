// F03: spending per (collective, calendar year, budget category) above the approved amount.
#include "rules/fund_rule_parts.h"

#include <map>
#include <tuple>

namespace lj {

namespace {

// budget.approve carries no business date: it counts from its transaction's chain date.
bool approvedBy(const Dataset& data, TxRefId ref, Date asOf) {
    const auto day = dateOfTimestamp(data.txs[ref].time);
    return !day || *day <= asOf;
}

// The latest statement for (org, year) approved on or before the as-of date, if any.
const BudgetStatement* budgetAsOf(const Dataset& data, const Budget& budget, Date asOf,
                                  BudgetStatement& latest) {
    if (approvedBy(data, budget.ref, asOf)) {
        latest = {budget.lines, budget.ref};
        return &latest;
    }
    for (auto it = budget.superseded.rbegin(); it != budget.superseded.rend(); ++it)
        if (approvedBy(data, it->ref, asOf)) return &*it;
    return nullptr;
}

struct Spending {
    std::int64_t spent = 0;
    std::vector<TxRefId> refs;
};

} // namespace

void evaluateOverBudget(const RuleContext& context, std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    std::map<std::tuple<std::string, int, std::string>, Spending> spending; // (org, year, category)
    for (const Payment* payment : paymentsAsOf(context)) {
        if (payment->category.empty()) continue;
        Spending& total = spending[{payment->org, payment->date->year(), payment->category}];
        total.spent += payment->amount;
        total.refs.insert(total.refs.end(), payment->refs.begin(), payment->refs.end());
    }

    for (const Budget& budget : data.budgets) {
        BudgetStatement latest;
        const BudgetStatement* approved = budgetAsOf(data, budget, context.asOf, latest);
        if (!approved) continue;
        for (const BudgetLine& line : approved->lines) {
            const auto it = spending.find({budget.org, budget.year, line.category});
            if (it == spending.end() || it->second.spent <= line.amount) continue;
            std::vector<TxRefId> refs = it->second.refs;
            refs.push_back(approved->ref);
            const std::string year = std::to_string(budget.year);
            RuleFinding finding = context.makeFinding(
                "F03", {budget.org, year + "/" + line.category}, std::move(refs),
                data.nameOf(budget.org) + " " + year + " 年“" + line.category + "”支出 " +
                    RuleContext::yuan(it->second.spent) + "，超过批准预算 " + RuleContext::yuan(line.amount) +
                    "（超出 " + RuleContext::yuan(it->second.spent - line.amount) + "）。");
            finding.details.set("year", json::Value::number(budget.year))
                .set("category", json::Value::string(line.category))
                .set("budget", json::Value::number(line.amount))
                .set("spent", json::Value::number(it->second.spent));
            out.push_back(std::move(finding));
        }
    }
}

} // namespace lj
