// F01, F04 and F06: rules that look at one payment (or receipt) at a time.
#include "rules/fund_rule_parts.h"

#include <algorithm>

namespace lj {

namespace {

json::Value fen(std::int64_t amount) {
    return json::Value::number(amount);
}

// The limit a standard sets for one payment, or nullopt when the standard does not apply to it.
std::optional<std::int64_t> limitFor(const PaymentStandard& standard, const Payment& payment) {
    if (standard.purpose != payment.purpose) return std::nullopt;
    std::optional<std::int64_t> limit = standard.maxPerPayment;
    const bool unitMatches = standard.unit.empty() || standard.unit == payment.unit;
    if (standard.maxPerUnit && payment.quantity && unitMatches) {
        const std::int64_t perQuantity = *standard.maxPerUnit * *payment.quantity;
        limit = limit ? std::min(*limit, perQuantity) : perQuantity;
    }
    return limit;
}

// How a unit reads in a summary.
std::string unitName(const std::string& unit) {
    return unit == "person_day" ? "人日" : unit;
}

} // namespace

void evaluateLargePayments(const RuleContext& context, std::vector<RuleFinding>& out) {
    const std::int64_t threshold = context.settings.threshold("F01.fen");
    const Dataset& data = context.data;
    for (const Payment* payment : paymentsAsOf(context)) {
        if (payment->amount < threshold) continue;
        RuleFinding finding = context.makeFinding(
            "F01", {payment->id, payment->payee}, payment->refs,
            data.nameOf(payment->org) + "于 " + payment->date->toString() + " 向" +
                data.nameOf(payment->payee) + "支付 " + RuleContext::yuan(payment->amount) +
                "，达到大额支付标准 " + RuleContext::yuan(threshold) + "。");
        finding.details.set("amount", fen(payment->amount)).set("threshold", fen(threshold));
        finding.details.set("date", json::Value::string(payment->date->toString()));
        out.push_back(std::move(finding));
    }
}

void evaluateOverStandard(const RuleContext& context, std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    for (const Payment* payment : paymentsAsOf(context)) {
        for (const PaymentStandard& standard : context.settings.standards) {
            const auto limit = limitFor(standard, *payment);
            if (!limit || payment->amount <= *limit) continue;
            std::string basis;
            if (standard.maxPerUnit && payment->quantity)
                basis = "（" + std::to_string(*payment->quantity) + " " + unitName(payment->unit) + "，每" +
                        (payment->unit.empty() ? "单位" : unitName(payment->unit)) + "至多 " +
                        RuleContext::yuan(*standard.maxPerUnit) + "）";
            RuleFinding finding =
                context.makeFinding("F04", {payment->id, payment->payee}, payment->refs,
                                    data.nameOf(payment->org) + "于 " + payment->date->toString() + " 向" +
                                        data.nameOf(payment->payee) + "支付" + payment->purpose + " " +
                                        RuleContext::yuan(payment->amount) + "，超过标准上限 " +
                                        RuleContext::yuan(*limit) + basis + "。");
            finding.details.set("standard", json::Value::string(standard.purpose))
                .set("amount", fen(payment->amount))
                .set("limit", fen(*limit));
            if (payment->quantity) finding.details.set("quantity", fen(*payment->quantity));
            out.push_back(std::move(finding));
            break; // one finding per payment: the first standard it breaks
        }
    }
}

void evaluateCashSettlements(const RuleContext& context, std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    for (const auto& [id, receipt] : data.receipts) {
        if (receipt.method != "cash" || !receipt.date || context.asOf < *receipt.date) continue;
        RuleFinding finding = context.makeFinding(
            "F06", {receipt.id}, receipt.refs,
            data.nameOf(receipt.org) + "于 " + receipt.date->toString() + " 以现金收取" +
                data.nameOf(receipt.payer) + "交来的 " + RuleContext::yuan(receipt.amount) + "。");
        finding.details.set("direction", json::Value::string("receipt")).set("amount", fen(receipt.amount));
        out.push_back(std::move(finding));
    }
    for (const Payment* payment : paymentsAsOf(context)) {
        if (payment->method != "cash") continue;
        RuleFinding finding =
            context.makeFinding("F06", {payment->id}, payment->refs,
                                data.nameOf(payment->org) + "于 " + payment->date->toString() + " 以现金向" +
                                    data.nameOf(payment->payee) + "支付" + payment->purpose + " " +
                                    RuleContext::yuan(payment->amount) + "。");
        finding.details.set("direction", json::Value::string("payment")).set("amount", fen(payment->amount));
        out.push_back(std::move(finding));
    }
}

} // namespace lj
