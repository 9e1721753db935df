// D02: the chain's own alerts (alert.raise) compared with this workstation's findings, both ways
// (rules-v1 "Precise semantics" 27).
#include "rules/rule_groups.h"

#include <algorithm>

namespace lj {

namespace {

bool names(const RuleFinding& finding, const std::string& subject) {
    return std::find(finding.subjects.begin(), finding.subjects.end(), subject) != finding.subjects.end();
}

// What the ledger states about an alert's subject on the as-of date: the records of the entity with
// that id and, for a contract, the receipts that name it (whether rent came in is what rent alerts
// are about). The handler needs them to see why no rule reproduces the alert.
std::vector<TxRefId> subjectRecords(const RuleContext& context, const std::string& subject) {
    const Dataset& data = context.data;
    std::vector<TxRefId> refs;
    auto add = [&](const auto& table) {
        if (const auto it = table.find(subject); it != table.end())
            refs.insert(refs.end(), it->second.refs.begin(), it->second.refs.end());
    };
    add(data.contracts);
    add(data.payments);
    add(data.receipts);
    add(data.projects);
    add(data.assets);
    add(data.listings);
    add(data.subsidies);
    add(data.persons);
    add(data.firms);
    add(data.orgs);
    if (data.contracts.count(subject))
        for (const auto& [id, receipt] : data.receipts)
            if (receipt.contract == subject && receipt.date && *receipt.date <= context.asOf)
                refs.insert(refs.end(), receipt.refs.begin(), receipt.refs.end());
    std::erase_if(refs, [&](TxRefId ref) {
        const auto day = dateOfTimestamp(data.txs[ref].time);
        return day && context.asOf < *day;
    });
    return refs;
}

std::vector<const ChainAlert*> alertsAsOf(const RuleContext& context) {
    std::vector<const ChainAlert*> alerts;
    for (const auto& [id, alert] : context.data.alerts) {
        const auto day =
            alert.date ? alert.date
                       : (alert.refs.empty() ? std::nullopt
                                             : dateOfTimestamp(context.data.txs[alert.refs.front()].time));
        if (day && *day <= context.asOf) alerts.push_back(&alert);
    }
    return alerts;
}

} // namespace

void evaluateChainAlertRule(const RuleContext& context, const std::vector<RuleFinding>& findings,
                            std::vector<RuleFinding>& out) {
    const std::vector<const ChainAlert*> alerts = alertsAsOf(context);

    for (const ChainAlert* alert : alerts) {
        const bool reproduced =
            std::any_of(findings.begin(), findings.end(), [&](const RuleFinding& finding) {
                return finding.rule == alert->rule && names(finding, alert->subject);
            });
        if (reproduced) continue;
        std::vector<TxRefId> refs = alert->refs;
        const auto evidence = subjectRecords(context, alert->subject);
        refs.insert(refs.end(), evidence.begin(), evidence.end());
        const std::string raisedOn = alert->date ? alert->date->toString() : "";
        RuleFinding finding =
            context.makeFinding("D02", {alert->id, alert->subject}, std::move(refs),
                                "链上预警 " + alert->id + "（" + alert->rule + "，对象 " + alert->subject +
                                    (raisedOn.empty() ? "" : "，" + raisedOn) + "：" + alert->message +
                                    "）按本机规则截至 " + context.asOf.toString() + " 未能复现。");
        finding.details.set("kind", json::Value::string("alert_not_reproduced"))
            .set("alert_rule", json::Value::string(alert->rule))
            .set("alert_level", json::Value::string(alert->level));
        if (!raisedOn.empty()) finding.details.set("alert_date", json::Value::string(raisedOn));
        out.push_back(std::move(finding));
    }

    for (const RuleFinding& alarm : findings) {
        if (alarm.severity != Severity::Alarm || alarm.rule == "D02") continue;
        const bool raised = std::any_of(alerts.begin(), alerts.end(), [&](const ChainAlert* alert) {
            return alert->rule == alarm.rule && names(alarm, alert->subject);
        });
        if (raised) continue;
        RuleFinding finding =
            context.makeFinding("D02", alarm.subjects, {},
                                "本机规则 " + alarm.rule + " 的告警级发现链上从未预警：" + alarm.summary);
        finding.txs = alarm.txs; // the alarm's own proof, already in chain order
        finding.details.set("kind", json::Value::string("alarm_not_raised"))
            .set("finding_rule", json::Value::string(alarm.rule))
            .set("finding_id", json::Value::string(alarm.id));
        out.push_back(std::move(finding));
    }
}

} // namespace lj
