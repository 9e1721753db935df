#include "visits/ledger_state.h"

#include "timeline/asset_timeline.h"

#include <algorithm>

namespace lj {

namespace {

json::Value text(const std::string& value) {
    return value.empty() ? json::Value() : json::Value::string(value);
}

json::Value number(const std::optional<std::int64_t>& value) {
    return value ? json::Value::number(*value) : json::Value();
}

json::Value date(const std::optional<Date>& value) {
    return value ? json::Value::string(value->toString()) : json::Value();
}

void addRefs(std::vector<TxRefId>& refs, const std::vector<TxRefId>& more) {
    refs.insert(refs.end(), more.begin(), more.end());
}

void normaliseRefs(std::vector<TxRefId>& refs) {
    std::sort(refs.begin(), refs.end()); // TxRefIds are in chain order
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
}

std::string withName(const std::string& name, const std::string& id) {
    return name.empty() || name == id ? id : name + "（" + id + "）";
}

const char* statusName(const std::string& status) {
    if (status == "idle") return "闲置";
    if (status == "in_use") return "在用";
    if (status == "self_use") return "自用";
    if (status == "under_construction") return "在建";
    if (status == "disposed") return "已处置";
    if (status == "leased") return "出租";
    return nullptr;
}

// "1,234.56 元"
std::string yuanText(std::int64_t fen) {
    const bool negative = fen < 0;
    std::uint64_t value = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
    std::string whole = std::to_string(value / 100);
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(static_cast<std::size_t>(i), ",");
    const unsigned cents = static_cast<unsigned>(value % 100);
    return std::string(negative ? "-" : "") + whole + "." + (cents < 10 ? "0" : "") + std::to_string(cents) +
           " 元";
}

} // namespace

LedgerState assetLedgerState(const Dataset& data, const std::string& assetId, Date asOf,
                             const RuleSettings& settings) {
    const AssetTimeline timeline = buildAssetTimeline(data, assetId, asOf, settings);
    LedgerState state;
    state.kind = "asset";
    state.subject = assetId;
    state.asOf = asOf;
    state.found = timeline.found;
    state.name = timeline.name;
    state.type = timeline.type;
    state.org = timeline.org;
    if (auto asset = data.assets.find(assetId); asset != data.assets.end()) {
        state.areaM2 = asset->second.areaM2;
        state.areaMu = asset->second.areaMu;
        addRefs(state.refs, asset->second.refs);
    }
    if (!timeline.statuses.empty()) {
        const TimelineStatus& latest = timeline.statuses.back();
        state.status = latest.status;
        state.statusDate = latest.asOf;
        state.refs.push_back(latest.ref);
    }
    // The lease in force: the latest starting one when several overlap.
    for (const TimelineLease& lease : timeline.leases) {
        if (!lease.inForceAtAsOf) continue;
        state.contract = lease.contract;
        state.lessee = lease.lessee;
        state.rent = lease.annualRent;
        state.start = lease.start;
        state.end = lease.end;
    }
    if (!state.contract.empty()) {
        state.lesseeName = data.nameOf(state.lessee);
        if (auto contract = data.contracts.find(state.contract); contract != data.contracts.end())
            addRefs(state.refs, contract->second.refs);
    }
    for (const IdleRun& run : timeline.idle)
        if (run.open) {
            state.idleSince = run.from;
            addRefs(state.refs, run.refs);
        }
    for (const RentInstalment& instalment : timeline.instalments)
        if (instalment.overdue) {
            ++state.overdue;
            state.overdueAmount = std::max(state.overdueAmount, instalment.dueTotal - instalment.paidByLimit);
            if (auto contract = data.contracts.find(instalment.contract); contract != data.contracts.end())
                addRefs(state.refs, contract->second.refs);
        }
    if (timeline.disposal) {
        state.disposed = timeline.disposal->date;
        state.refs.push_back(timeline.disposal->ref);
    }
    normaliseRefs(state.refs);
    return state;
}

LedgerState projectLedgerState(const Dataset& data, const std::string& projectId, Date asOf) {
    LedgerState state;
    state.kind = "project";
    state.subject = projectId;
    state.asOf = asOf;
    const auto found = data.projects.find(projectId);
    if (found == data.projects.end()) return state;
    const Project& project = found->second;
    state.found = true;
    state.name = project.name;
    state.org = project.org;
    state.budget = project.budget;
    state.plannedEnd = project.plannedEnd;
    // Only what was recorded by the as-of date (rules-v1 semantics 1).
    if (project.award && (!project.award->date || *project.award->date <= asOf)) {
        state.contractor = project.award->contractor;
        state.contractorName = data.nameOf(project.award->contractor);
        state.awarded = project.award->date;
    }
    if (project.completion && project.completion->date && *project.completion->date <= asOf) {
        state.completed = project.completion->date;
        state.accepted = project.completion->accepted;
        state.finalCost = project.completion->finalCost;
    }
    addRefs(state.refs, project.refs);
    normaliseRefs(state.refs);
    return state;
}

json::Value ledgerStateJson(const LedgerState& state) {
    json::Value out = json::Value::object();
    if (state.kind == "asset") {
        out.set("status", text(state.status));
        out.set("lessee", text(state.lessee));
        out.set("lessee_name", text(state.lesseeName));
        out.set("contract", text(state.contract));
        out.set("rent", number(state.rent));
        out.set("start", date(state.start));
        out.set("end", date(state.end));
        out.set("idle_since", date(state.idleSince));
        out.set("overdue", json::Value::number(std::int64_t{state.overdue}));
        out.set("overdue_amount", json::Value::number(state.overdueAmount));
        out.set("disposed", date(state.disposed));
        out.set("area_m2", number(state.areaM2));
        out.set("area_mu", number(state.areaMu));
    } else {
        out.set("contractor", text(state.contractor));
        out.set("contractor_name", text(state.contractorName));
        out.set("budget", number(state.budget));
        out.set("awarded", date(state.awarded));
        out.set("planned_end", date(state.plannedEnd));
        out.set("completed", date(state.completed));
        out.set("accepted", json::Value::boolean(state.accepted));
        out.set("final_cost", number(state.finalCost));
    }
    return out;
}

std::string ledgerStateText(const LedgerState& state) {
    if (!state.found) return "台账中无此记录";
    std::string line;
    if (state.kind == "asset") {
        if (state.disposed) return "已于 " + state.disposed->toString() + " 处置";
        if (!state.contract.empty()) {
            line = "在租：" + withName(state.lesseeName, state.lessee) + "，合同 " + state.contract;
            if (state.rent) line += "，年租金 " + yuanText(*state.rent);
            line += "，" + state.start->toString() + " 至 " + state.end->toString();
        } else if (state.idleSince) {
            line = "闲置，自 " + state.idleSince->toString() + " 起无在租合同";
        } else {
            line = "无在租合同";
        }
        if (const char* status = statusName(state.status))
            line += "；状态：" + std::string(status) + "（" + state.statusDate->toString() + "）";
        if (state.overdue > 0)
            line +=
                "；逾期租金 " + std::to_string(state.overdue) + " 期，欠 " + yuanText(state.overdueAmount);
        return line;
    }
    if (state.completed)
        line = std::string(state.accepted ? "已验收" : "已完工") + "（" + state.completed->toString() + "）";
    else if (!state.contractor.empty())
        line = "在建";
    else
        line = "未发包";
    if (!state.contractor.empty()) line += "；施工单位：" + withName(state.contractorName, state.contractor);
    if (state.plannedEnd) line += "；计划完工 " + state.plannedEnd->toString();
    if (state.budget) line += "；预算 " + yuanText(*state.budget);
    return line;
}

std::vector<std::string> visitQuestions(const LedgerState& state) {
    std::vector<std::string> questions;
    if (state.kind == "asset") {
        if (state.disposed)
            questions.push_back("台账记载已于 " + state.disposed->toString() +
                                " 处置，现场是否已移交、拆除？");
        questions.push_back("现场是否在使用？由谁使用？");
        if (!state.contract.empty())
            questions.push_back("使用人是否为承租人" + withName(state.lesseeName, state.lessee) +
                                "？用途、范围与合同 " + state.contract + " 是否相符？");
        else if (state.idleSince)
            questions.push_back("台账记载自 " + state.idleSince->toString() +
                                " 起闲置：是否确实闲置？有无他人占用或私下出租？");
        else
            questions.push_back("台账无在租合同：有无他人占用或私下出租？");
        if (state.overdue > 0)
            questions.push_back("租金逾期 " + std::to_string(state.overdue) + " 期：承租人是否仍在使用？");
        questions.push_back("资产现状如何（完好、损坏、改建、拆除）？");
        if (state.areaM2)
            questions.push_back("面积是否与台账 " + std::to_string(*state.areaM2) + " 平方米大致相符？");
        else if (state.areaMu)
            questions.push_back("面积是否与台账 " + std::to_string(*state.areaMu) + " 亩大致相符？");
        return questions;
    }
    if (state.completed)
        questions.push_back("台账记载已于 " + state.completed->toString() +
                            (state.accepted ? " 验收" : " 完工") +
                            "：现场是否确已完工？工程量、质量是否相符？");
    else if (state.plannedEnd && *state.plannedEnd < state.asOf)
        questions.push_back("计划 " + state.plannedEnd->toString() + " 完工，台账无完工记录：现场进度如何？");
    else
        questions.push_back("工程是否已开工？实际进度如何？");
    if (!state.contractor.empty())
        questions.push_back("现场施工单位是否为中标人" + withName(state.contractorName, state.contractor) +
                            "？");
    questions.push_back("工程现状如何（质量、损坏、是否在用）？");
    return questions;
}

} // namespace lj
