// W02 (dibao recipient runs a business), W03 (dibao recipient leases collective assets) and W04
// (duplicate payment), rules-v1 "Precise semantics" 3, 23 and 24. Person records with one
// id_digest are one individual: a lease or a firm of the recipient's twin record counts, and the
// twin is named among the subjects.
#include "rules/relationship_rule_parts.h"
#include "rules/relationship_text.h"

#include <algorithm>
#include <map>
#include <set>

namespace lj {

namespace {

// Dibao payments dated on or before the as-of date, per recipient, in month order.
std::map<std::string, std::vector<const Subsidy*>> dibaoByRecipient(const RuleContext& context) {
    std::map<std::string, std::vector<const Subsidy*>> byRecipient;
    for (const auto& [id, subsidy] : context.data.subsidies)
        if (subsidy.program == "dibao" && subsidy.period && *subsidy.period <= context.asOf &&
            !subsidy.recipient.empty())
            byRecipient[subsidy.recipient].push_back(&subsidy);
    for (auto& [recipient, payments] : byRecipient)
        std::stable_sort(payments.begin(), payments.end(),
                         [](const Subsidy* a, const Subsidy* b) { return *a->period < *b->period; });
    return byRecipient;
}

// The recipient first, then the twin records that were needed, by id.
std::vector<std::string> recipientAndTwins(const std::string& recipient, const std::set<std::string>& used) {
    std::vector<std::string> subjects{recipient};
    for (const std::string& person : used)
        if (person != recipient) subjects.push_back(person);
    return subjects;
}

// The recipient and the other person records with its id_digest: its same-person edges in the graph.
std::set<std::string> oneIndividual(const graph::EntityGraph& graph, const std::string& recipient) {
    std::set<std::string> self{recipient};
    const graph::NodeId node = graph.find(recipient);
    if (node == graph::kNoNode) return self;
    graph.forEachEdge(node, [&](graph::NodeId twin, graph::EdgeId edge) {
        if (graph.edge(edge).type == graph::EdgeType::SamePerson) self.insert(graph.node(twin).id);
    });
    return self;
}

void addTwinRefs(const Dataset& data, const std::vector<std::string>& persons, std::vector<TxRefId>& refs) {
    if (persons.size() < 2) return; // the same-person hop is proven by both person records
    for (const std::string& person : persons)
        if (const auto found = data.persons.find(person); found != data.persons.end())
            refs.insert(refs.end(), found->second.refs.begin(), found->second.refs.end());
}

std::string twinsText(const Dataset& data, const std::vector<std::string>& persons) {
    if (persons.size() < 2) return {};
    std::string ids;
    for (const std::string& person : persons)
        ids += (ids.empty() ? "" : "、") + person;
    return "（" + ids + "为同一身份证号摘要的" + data.nameOf(persons.front()) + "）";
}

struct FirmTie {
    std::set<std::string> persons; // recipient or twin records tied to the firm
    std::vector<std::string> ties; // "法定代表人", "股东（持股30%）"
    std::vector<TxRefId> refs;
};

std::string shareText(std::int64_t shareBp) {
    if (shareBp <= 0) return "股东";
    std::string percent = std::to_string(shareBp / 100);
    if (shareBp % 100) percent += "." + std::to_string(shareBp % 100 / 10) + std::to_string(shareBp % 10);
    return "股东（持股" + percent + "%）";
}

// A contract's in-force interval as known on the as-of date; nullopt when it has no usable dates.
std::optional<std::pair<Date, Date>> leaseInterval(const Contract& contract, Date asOf) {
    auto last = contract.endAsOf(asOf);
    if (!contract.start || !last) return std::nullopt;
    if (contract.termination && contract.termination->date && *contract.termination->date <= asOf)
        last = std::min(*last, *contract.termination->date);
    return std::make_pair(*contract.start, *last);
}

std::set<std::string> lesseesOf(const Contract& contract, Date asOf) {
    std::set<std::string> lessees{contract.lessee};
    for (const ContractAmendment& amendment : contract.amendments)
        if (!amendment.lessee.empty() && amendment.date && *amendment.date <= asOf)
            lessees.insert(amendment.lessee);
    lessees.erase(std::string());
    return lessees;
}

} // namespace

void evaluateBusinessOwners(const RuleContext& context, const graph::EntityGraph& graph,
                            std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    for (const auto& [recipient, payments] : dibaoByRecipient(context)) {
        const std::set<std::string> self = oneIndividual(graph, recipient);

        std::map<std::string, FirmTie> firms;
        for (const auto& [id, firm] : data.firms)
            if (self.count(firm.legalRep)) {
                FirmTie& tie = firms[id];
                tie.persons.insert(firm.legalRep);
                tie.ties.push_back("法定代表人");
                tie.refs.insert(tie.refs.end(), firm.refs.begin(), firm.refs.end());
            }
        for (const Shareholding& holding : data.shareholdings)
            if (self.count(holding.holder) && (!holding.from || *holding.from <= context.asOf)) {
                FirmTie& tie = firms[holding.firm];
                tie.persons.insert(holding.holder);
                tie.ties.push_back(shareText(holding.shareBp));
                tie.refs.push_back(holding.ref);
            }

        for (const auto& [firm, tie] : firms) {
            const std::vector<std::string> persons = recipientAndTwins(recipient, tie.persons);
            std::vector<TxRefId> refs = tie.refs;
            refs.insert(refs.end(), payments.front()->refs.begin(), payments.front()->refs.end());
            addTwinRefs(data, persons, refs);
            std::string ties;
            for (const std::string& text : tie.ties)
                ties += (ties.empty() ? "" : "、") + text;
            std::string summary = "低保对象" + data.nameOf(recipient) + twinsText(data, persons) + "是" +
                                  data.nameOf(firm) + "的" + ties + "，自" + payments.front()->periodText +
                                  "起领取低保金。";
            std::vector<std::string> subjects = persons;
            subjects.push_back(firm);
            RuleFinding finding =
                context.makeFinding("W02", std::move(subjects), std::move(refs), std::move(summary));
            finding.details.set("payments", json::Value::number(static_cast<std::int64_t>(payments.size())));
            out.push_back(std::move(finding));
        }
    }
}

void evaluateAssetHolders(const RuleContext& context, const graph::EntityGraph& graph,
                          std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    struct HeldLease {
        const Contract* contract;
        std::string lessee;
        const Subsidy* firstPaymentDuring;
    };
    for (const auto& [recipient, payments] : dibaoByRecipient(context)) {
        const std::set<std::string> self = oneIndividual(graph, recipient);

        std::vector<HeldLease> leases; // by contract id
        for (const auto& [id, contract] : data.contracts) {
            const auto signedOn = contract.signedOn ? contract.signedOn : contract.start;
            const auto interval = leaseInterval(contract, context.asOf);
            if (!signedOn || context.asOf < *signedOn || !interval) continue;
            std::string lessee;
            for (const std::string& candidate : lesseesOf(contract, context.asOf))
                if (self.count(candidate) && (lessee.empty() || candidate == recipient)) lessee = candidate;
            if (lessee.empty()) continue;
            // Semantics 24: in force on at least one day of a month in which dibao was paid.
            const auto during = std::find_if(payments.begin(), payments.end(), [&](const Subsidy* payment) {
                const Date monthEnd = payment->period->addMonths(1).addDays(-1);
                return interval->first <= monthEnd && *payment->period <= interval->second;
            });
            if (during != payments.end()) leases.push_back({&contract, lessee, *during});
        }
        if (leases.empty()) continue;

        std::set<std::string> usedPersons;
        std::vector<TxRefId> refs;
        std::string contracts;
        for (const HeldLease& lease : leases) {
            usedPersons.insert(lease.lessee);
            for (TxRefId ref : lease.contract->refs)
                if (data.txs[ref].kind == "contract.sign") refs.push_back(ref);
            refs.insert(refs.end(), lease.firstPaymentDuring->refs.begin(),
                        lease.firstPaymentDuring->refs.end());
            contracts += (contracts.empty() ? "合同" : "、合同") + lease.contract->id;
            if (const std::string asset = data.nameOf(lease.contract->asset); asset != lease.contract->asset)
                contracts += "（" + asset + "）";
        }
        const std::vector<std::string> persons = recipientAndTwins(recipient, usedPersons);
        addTwinRefs(data, persons, refs);

        std::vector<std::string> subjects = persons;
        for (const HeldLease& lease : leases)
            subjects.push_back(lease.contract->id);
        std::string summary = "低保对象" + data.nameOf(recipient) + twinsText(data, persons) +
                              "在领取低保金期间承租集体资产：" + contracts + "。";
        RuleFinding finding =
            context.makeFinding("W03", std::move(subjects), std::move(refs), std::move(summary));
        // The path to the first lease: recipient, the twin record that signed it when not the recipient,
        // contract.
        finding.path.push_back(recipient);
        if (leases.front().lessee != recipient) finding.path.push_back(leases.front().lessee);
        finding.path.push_back(leases.front().contract->id);
        out.push_back(std::move(finding));
    }
}

void evaluateDuplicateSubsidies(const RuleContext& context, std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    // One individual: the id_digest when the recipient's record has one, else the record itself.
    auto individual = [&](const std::string& recipient) {
        const auto person = data.persons.find(recipient);
        return person != data.persons.end() && !person->second.idDigest.empty()
                   ? "digest:" + person->second.idDigest
                   : "id:" + recipient;
    };
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<const Subsidy*>> groups;
    for (const auto& [id, subsidy] : data.subsidies)
        if (subsidy.period && *subsidy.period <= context.asOf && !subsidy.recipient.empty())
            groups[{subsidy.program, subsidy.periodText, individual(subsidy.recipient)}].push_back(&subsidy);

    for (const auto& [key, payments] : groups) {
        if (payments.size() < 2) continue;
        const auto& [program, period, who] = key;
        std::set<std::string> recipients;
        std::vector<std::string> ids; // map order: by id
        std::vector<TxRefId> refs;
        std::int64_t total = 0;
        for (const Subsidy* payment : payments) {
            recipients.insert(payment->recipient);
            ids.push_back(payment->id);
            refs.insert(refs.end(), payment->refs.begin(), payment->refs.end());
            total += payment->amount;
        }
        std::vector<std::string> subjects(recipients.begin(), recipients.end());
        if (recipients.size() > 1)
            for (const std::string& person : recipients) {
                const auto& personRefs = data.persons.at(person).refs;
                refs.insert(refs.end(), personRefs.begin(), personRefs.end());
            }
        std::string names;
        for (const std::string& person : recipients)
            names += (names.empty() ? "" : "、") + data.nameOf(person) + "（" + person + "）";
        std::string summary = subsidyProgramTitle(program) + period + "期向" + names +
                              (recipients.size() > 1 ? "（同一身份证号摘要）" : "") + "重复发放" +
                              std::to_string(payments.size()) + "次，合计" + RuleContext::yuan(total) + "。";
        subjects.insert(subjects.end(), ids.begin(), ids.end());
        RuleFinding finding =
            context.makeFinding("W04", std::move(subjects), std::move(refs), std::move(summary));
        finding.from = payments.front()->period;
        finding.to = payments.front()->period->addMonths(1).addDays(-1);
        finding.details.set("program", json::Value::string(program));
        finding.details.set("period", json::Value::string(period));
        out.push_back(std::move(finding));
    }
}

} // namespace lj
