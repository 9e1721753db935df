// F02 (frequent payments) and F05 (split payments): bursts of payments within D days.
#include "rules/dated_windows.h"
#include "rules/fund_rule_parts.h"

#include <algorithm>
#include <map>
#include <set>

namespace lj {

namespace {

using PaymentGroup = std::vector<const Payment*>; // by date, then id

std::vector<Date> datesOf(const PaymentGroup& payments) {
    std::vector<Date> dates;
    for (const Payment* payment : payments)
        dates.push_back(*payment->date);
    return dates;
}

struct PaymentWindow {
    PaymentGroup payments;
    std::int64_t total = 0;
    std::vector<TxRefId> refs;
    std::vector<std::string> ids;
    Date from() const { return *payments.front()->date; }
    Date to() const { return *payments.back()->date; }
};

std::vector<PaymentWindow> windowsOf(const PaymentGroup& group, int maxSpanDays) {
    std::vector<PaymentWindow> windows;
    for (const IndexRange& range : maximalWindows(datesOf(group), maxSpanDays)) {
        PaymentWindow window;
        for (std::size_t i = range.first; i < range.last; ++i) {
            const Payment* payment = group[i];
            window.payments.push_back(payment);
            window.total += payment->amount;
            window.refs.insert(window.refs.end(), payment->refs.begin(), payment->refs.end());
            window.ids.push_back(payment->id);
        }
        windows.push_back(std::move(window));
    }
    return windows;
}

void setWindowFacts(RuleFinding& finding, const PaymentWindow& window) {
    finding.from = window.from();
    finding.to = window.to();
    finding.details.set("payments", json::Value::number(static_cast<std::int64_t>(window.payments.size())))
        .set("total", json::Value::number(window.total));
}

std::string span(const PaymentWindow& window) {
    return window.from().toString() + " 至 " + window.to().toString();
}

// Distinct payees of a window, in the order they were first paid.
std::vector<std::string> payeesOf(const PaymentWindow& window) {
    std::vector<std::string> payees;
    for (const Payment* payment : window.payments)
        if (std::find(payees.begin(), payees.end(), payment->payee) == payees.end())
            payees.push_back(payment->payee);
    return payees;
}

} // namespace

void evaluateFrequentPayments(const RuleContext& context, std::vector<RuleFinding>& out) {
    const auto minCount = static_cast<std::size_t>(context.settings.threshold("F02.count"));
    const int days = static_cast<int>(context.settings.threshold("F02.days"));
    std::map<std::pair<std::string, std::string>, PaymentGroup> byOrgAndPayee;
    for (const Payment* payment : paymentsAsOf(context))
        if (!payment->payee.empty()) byOrgAndPayee[{payment->org, payment->payee}].push_back(payment);

    const Dataset& data = context.data;
    for (const auto& [key, group] : byOrgAndPayee) {
        const auto& [org, payee] = key;
        for (const PaymentWindow& window : windowsOf(group, days)) {
            if (window.payments.size() < minCount) continue;
            std::vector<std::string> subjects{payee, org};
            subjects.insert(subjects.end(), window.ids.begin(), window.ids.end());
            RuleFinding finding =
                context.makeFinding("F02", std::move(subjects), window.refs,
                                    data.nameOf(org) + "在 " + span(window) + " 向" + data.nameOf(payee) +
                                        "支付 " + std::to_string(window.payments.size()) + " 笔，合计 " +
                                        RuleContext::yuan(window.total) + "（" + std::to_string(days) +
                                        " 天内不少于 " + std::to_string(minCount) + " 笔即提醒）。");
            setWindowFacts(finding, window);
            finding.details.set("count_threshold", json::Value::number(static_cast<std::int64_t>(minCount)))
                .set("days", json::Value::number(days));
            out.push_back(std::move(finding));
        }
    }
}

void evaluateSplitPayments(const RuleContext& context, std::vector<RuleFinding>& out) {
    const std::int64_t threshold = context.settings.threshold("F01.fen");
    const int days = static_cast<int>(context.settings.threshold("F05.days"));
    // Only payments that stay below the large-payment threshold can be parts of a split one.
    std::map<std::pair<std::string, std::string>, PaymentGroup> byOrgAndProject, byOrgAndPayee;
    for (const Payment* payment : paymentsAsOf(context)) {
        if (payment->amount >= threshold) continue;
        if (!payment->project.empty()) byOrgAndProject[{payment->org, payment->project}].push_back(payment);
        if (!payment->payee.empty()) byOrgAndPayee[{payment->org, payment->payee}].push_back(payment);
    }

    const Dataset& data = context.data;
    std::set<std::vector<std::string>> reported; // payment id sets already reported
    auto report = [&](const PaymentWindow& window, std::vector<std::string> subjects,
                      const std::string& what) {
        if (window.payments.size() < 2 || window.total < threshold || !reported.insert(window.ids).second)
            return;
        subjects.insert(subjects.end(), window.ids.begin(), window.ids.end());
        RuleFinding finding = context.makeFinding(
            "F05", std::move(subjects), window.refs,
            data.nameOf(window.payments.front()->org) + "在 " + span(window) + " " + what + "分 " +
                std::to_string(window.payments.size()) + " 笔支付合计 " + RuleContext::yuan(window.total) +
                "，每笔均低于大额支付标准 " + RuleContext::yuan(threshold) + "，疑似拆分支付。");
        setWindowFacts(finding, window);
        finding.details.set("threshold", json::Value::number(threshold))
            .set("days", json::Value::number(days));
        out.push_back(std::move(finding));
    };
    // Project groups first: when a project's burst is also the payee's, it is reported once, naming the
    // project.
    for (const auto& [key, group] : byOrgAndProject)
        for (const PaymentWindow& window : windowsOf(group, days)) {
            std::vector<std::string> subjects = payeesOf(window);
            std::string payeeNames;
            for (const std::string& payee : subjects)
                payeeNames += (payeeNames.empty() ? "" : "、") + data.nameOf(payee);
            subjects.push_back(key.second);
            report(window, std::move(subjects), "为项目“" + data.nameOf(key.second) + "”向" + payeeNames);
        }
    for (const auto& [key, group] : byOrgAndPayee)
        for (const PaymentWindow& window : windowsOf(group, days))
            report(window, {key.second}, "向" + data.nameOf(key.second));
}

} // namespace lj
