// D01: records of one system that another system's records contradict (rules-v1 "Precise semantics" 26).
#include "rules/rule_groups.h"

#include <algorithm>

namespace lj {

namespace {

// Register records count from their chain date: whether the ledger knew them on the as-of date.
bool onLedgerBy(const Dataset& data, TxRefId ref, Date asOf) {
    const auto day = dateOfTimestamp(data.txs[ref].time);
    return !day || *day <= asOf;
}

std::vector<TxRefId> refsOnLedgerBy(const Dataset& data, const std::vector<TxRefId>& refs, Date asOf) {
    std::vector<TxRefId> known;
    for (TxRefId ref : refs)
        if (onLedgerBy(data, ref, asOf)) known.push_back(ref);
    return known;
}

bool assetRegisteredBy(const Dataset& data, const std::string& assetId, Date asOf) {
    const auto it = data.assets.find(assetId);
    if (it == data.assets.end()) return false;
    const auto& statements = it->second.statements;
    return std::any_of(statements.begin(), statements.end(),
                       [&](const AssetStatement& s) { return onLedgerBy(data, s.ref, asOf); });
}

bool contractSignedBy(const Dataset& data, const std::string& contractId, Date asOf) {
    const auto it = data.contracts.find(contractId);
    return it != data.contracts.end() && !it->second.refs.empty() &&
           onLedgerBy(data, it->second.refs.front(), asOf);
}

void reportUnregisteredAssets(const RuleContext& context, std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    for (const auto& [id, contract] : data.contracts) {
        const auto dated = contract.signedOn ? contract.signedOn : contract.start;
        if (contract.asset.empty() || !dated || context.asOf < *dated) continue;
        if (assetRegisteredBy(data, contract.asset, context.asOf)) continue;
        RuleFinding finding = context.makeFinding(
            "D01", {contract.id, contract.asset}, refsOnLedgerBy(data, contract.refs, context.asOf),
            "合同 " + contract.id + " 出租的资产 " + contract.asset + " 在资产台账中没有登记记录。");
        finding.details.set("kind", json::Value::string("unregistered_asset"));
        out.push_back(std::move(finding));
    }
}

void reportUnknownContracts(const RuleContext& context, std::vector<RuleFinding>& out) {
    const Dataset& data = context.data;
    for (const auto& [id, receipt] : data.receipts) {
        if (receipt.contract.empty() || !receipt.date || context.asOf < *receipt.date) continue;
        if (contractSignedBy(data, receipt.contract, context.asOf)) continue;
        RuleFinding finding =
            context.makeFinding("D01", {receipt.id, receipt.contract}, receipt.refs,
                                data.nameOf(receipt.org) + "于 " + receipt.date->toString() + " 收取的 " +
                                    RuleContext::yuan(receipt.amount) + "（" + receipt.id + "）所列合同 " +
                                    receipt.contract + " 不存在。");
        finding.details.set("kind", json::Value::string("unknown_contract"));
        out.push_back(std::move(finding));
    }
}

struct MeasuredMember {
    const char* name;  // as in asset.register
    const char* label; // for the summary
    std::optional<std::int64_t> AssetStatement::*value;
};

std::string describe(const MeasuredMember& member, std::int64_t value) {
    if (member.value == &AssetStatement::bookValue) return RuleContext::yuan(value);
    return std::to_string(value) + (member.value == &AssetStatement::areaMu ? " 亩" : " 平方米");
}

// Each source system's latest statement of one member known on the as-of date, in order of the
// systems' first statements. A system restating its own figure (a revaluation) updates it; only
// two systems disagreeing is a mismatch.
std::vector<const AssetStatement*> latestPerSource(const Dataset& data, const Asset& asset,
                                                   const MeasuredMember& member, Date asOf) {
    std::vector<const AssetStatement*> latest;
    for (const AssetStatement& statement : asset.statements) {
        if (!(statement.*member.value) || !onLedgerBy(data, statement.ref, asOf)) continue;
        const auto same = std::find_if(latest.begin(), latest.end(), [&](const AssetStatement* s) {
            return s->source == statement.source;
        });
        if (same == latest.end())
            latest.push_back(&statement);
        else
            *same = &statement;
    }
    return latest;
}

void reportCrossSystemDifferences(const RuleContext& context, std::vector<RuleFinding>& out) {
    static const MeasuredMember members[] = {{"area_m2", "面积", &AssetStatement::areaM2},
                                             {"area_mu", "面积", &AssetStatement::areaMu},
                                             {"book_value", "账面价值", &AssetStatement::bookValue}};
    const Dataset& data = context.data;
    for (const auto& [id, asset] : data.assets) {
        json::Value diffs = json::Value::array();
        std::vector<TxRefId> refs;
        std::string described;
        for (const MeasuredMember& member : members) {
            const auto stating = latestPerSource(data, asset, member, context.asOf);
            const bool differ = std::any_of(stating.begin(), stating.end(), [&](const AssetStatement* s) {
                return *(s->*member.value) != *(stating.front()->*member.value);
            });
            if (!differ) continue;
            json::Value values = json::Value::object();
            std::string text;
            for (const AssetStatement* statement : stating) {
                const std::int64_t value = *(statement->*member.value);
                values.set(statement->source, json::Value::number(value));
                refs.push_back(statement->ref);
                text += (text.empty() ? "" : "、") + statement->source + "记为 " + describe(member, value);
            }
            diffs.push(json::Value::object()
                           .set("member", json::Value::string(member.name))
                           .set("values", std::move(values)));
            described += (described.empty() ? "" : "；") + std::string(member.label) + "：" + text;
        }
        if (diffs.asArray().empty()) continue;
        RuleFinding finding = context.makeFinding("D01", {asset.id}, std::move(refs),
                                                  "不同系统对资产“" + data.nameOf(asset.id) +
                                                      "”的记载不一致（" + described + "）。");
        finding.details.set("kind", json::Value::string("cross_system")).set("diffs", std::move(diffs));
        out.push_back(std::move(finding));
    }
}

} // namespace

void evaluateIntegrityRules(const RuleContext& context, std::vector<RuleFinding>& out) {
    reportUnregisteredAssets(context, out);
    reportUnknownContracts(context, out);
    reportCrossSystemDifferences(context, out);
}

} // namespace lj
