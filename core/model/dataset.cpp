#include "model/dataset.h"

#include "util/rfc3339.h"

#include <algorithm>
#include <set>

namespace lj {

namespace {

std::string str(const json::Value& body, std::string_view member) { return body.getString(member).value_or(""); }
std::optional<std::int64_t> integer(const json::Value& body, std::string_view member) { return body.getInt(member); }
std::optional<Date> date(const json::Value& body, std::string_view member)
{
    const auto text = body.getString(member);
    return text ? Date::parse(*text) : std::nullopt;
}

std::vector<std::string> strings(const json::Value& body, std::string_view member)
{
    std::vector<std::string> result;
    if (const json::Value* list = body.find(member); list && list->isArray())
        for (const json::Value& item : list->asArray())
            if (item.isString()) result.push_back(item.asString());
    return result;
}

const std::set<std::string, std::less<>> kMergedKinds = {
    "org.register",  "person.register", "firm.register",  "account.register", "actor.register",
    "asset.register", "listing.publish", "contract.sign", "receipt.record",   "payment.record",
    "project.approve", "subsidy.pay",    "alert.raise",
};

} // namespace

std::optional<Date> Contract::endAsOf(std::optional<Date> day) const
{
    std::optional<Date> result = end;
    for (const ContractAmendment& amendment : amendments)
        if (amendment.end && (!day || !amendment.date || *amendment.date <= *day)) result = amendment.end;
    return result;
}

std::optional<std::int64_t> Contract::rentAsOf(std::optional<Date> day) const
{
    std::optional<std::int64_t> result = annualRent;
    for (const ContractAmendment& amendment : amendments)
        if (amendment.annualRent && (!day || !amendment.date || *amendment.date <= *day)) result = amendment.annualRent;
    return result;
}

std::string Contract::lesseeAsOf(std::optional<Date> day) const
{
    std::string result = lessee;
    for (const ContractAmendment& amendment : amendments)
        if (!amendment.lessee.empty() && (!day || !amendment.date || *amendment.date <= *day)) result = amendment.lessee;
    return result;
}

bool Contract::inForceOn(Date day) const
{
    const auto last = endAsOf();
    if (!start || !last || day < *start || *last < day) return false;
    return !(termination && termination->date && *termination->date < day);
}

int Contract::payPeriodMonths() const
{
    if (payCycle == "semiannual") return 6;
    if (payCycle == "quarterly") return 3;
    if (payCycle == "monthly") return 1;
    return 12;
}

std::vector<std::string> Dataset::txIds(const std::vector<TxRefId>& refs) const
{
    std::vector<std::string> ids;
    ids.reserve(refs.size());
    for (TxRefId ref : refs) ids.push_back(txs[ref].tx);
    return ids;
}

std::string Dataset::nameOf(const std::string& id) const
{
    if (auto it = persons.find(id); it != persons.end() && !it->second.name.empty()) return it->second.name;
    if (auto it = firms.find(id); it != firms.end() && !it->second.name.empty()) return it->second.name;
    if (auto it = orgs.find(id); it != orgs.end() && !it->second.name.empty()) return it->second.name;
    if (auto it = assets.find(id); it != assets.end() && !it->second.name.empty()) return it->second.name;
    if (auto it = projects.find(id); it != projects.end() && !it->second.name.empty()) return it->second.name;
    if (auto it = accounts.find(id); it != accounts.end() && !it->second.number.empty())
        return it->second.bank + " " + it->second.number;
    return id;
}

void DatasetBuilder::merge(std::map<std::string, Merged>& table, const json::Value& body, TxRefId ref)
{
    Merged& merged = table[str(body, "id")];
    if (body.isObject())
        for (const auto& [member, value] : body.asObject()) merged.body.set(member, value);
    merged.refs.push_back(ref);
}

void DatasetBuilder::setLastBlockTime(std::string_view rfc3339)
{
    if (const auto instant = parseRfc3339(rfc3339))
        m_data.lastBlockDate = Date{static_cast<std::int32_t>((instant->seconds + 8 * 3600) / 86400)};
}

void DatasetBuilder::add(LedgerRecord record)
{
    const auto ref = static_cast<TxRefId>(m_data.txs.size());
    const std::string kind = record.ref.kind;
    m_data.txs.push_back(std::move(record.ref));
    const json::Value& body = record.body;

    if (kMergedKinds.count(kind) && body.getString("id")) {
        merge(m_merged[kind], body, ref);
        if (kind == "asset.register")
            m_data.assets[str(body, "id")].statements.push_back(
                {m_data.txs[ref].source, integer(body, "area_m2"), integer(body, "area_mu"), integer(body, "book_value"), ref});
        return;
    }
    m_events.push_back({kind, {body, ref}});
}

Dataset DatasetBuilder::finish()
{
    Dataset& d = m_data;
    for (auto& [id, m] : m_merged["org.register"])
        d.orgs[id] = {id, str(m.body, "name"), str(m.body, "level"), str(m.body, "parent"), m.refs};
    for (auto& [id, m] : m_merged["person.register"])
        d.persons[id] = {id, str(m.body, "name"), str(m.body, "id_digest"), str(m.body, "org"),
                         str(m.body, "phone"), str(m.body, "address"), m.refs};
    for (auto& [id, m] : m_merged["firm.register"])
        d.firms[id] = {id, str(m.body, "name"), str(m.body, "uscc"), str(m.body, "legal_rep"), str(m.body, "address"),
                       str(m.body, "phone"), date(m.body, "established"), m.refs};
    for (auto& [id, m] : m_merged["account.register"])
        d.accounts[id] = {id, str(m.body, "bank"), str(m.body, "number"), str(m.body, "holder"), m.refs};
    for (auto& [id, m] : m_merged["actor.register"])
        d.actors[id] = {id, str(m.body, "subject"), str(m.body, "system"), m.refs};
    for (auto& [id, m] : m_merged["asset.register"]) {
        Asset& asset = d.assets[id];
        asset.id = id;
        asset.org = str(m.body, "org");
        asset.name = str(m.body, "name");
        asset.category = str(m.body, "category");
        asset.type = str(m.body, "type");
        asset.areaM2 = integer(m.body, "area_m2");
        asset.areaMu = integer(m.body, "area_mu");
        asset.bookValue = integer(m.body, "book_value");
        asset.acquired = date(m.body, "acquired");
        asset.registered = date(m.body, "registered");
        asset.refs = m.refs;
    }
    for (auto& [id, m] : m_merged["listing.publish"])
        d.listings[id] = {id, str(m.body, "asset"), integer(m.body, "reserve_rent"), integer(m.body, "term_months"),
                          date(m.body, "open"), date(m.body, "close"), m.refs};
    for (auto& [id, m] : m_merged["contract.sign"]) {
        Contract& c = d.contracts[id];
        c.id = id;
        c.asset = str(m.body, "asset");
        c.lessor = str(m.body, "lessor");
        c.lessee = str(m.body, "lessee");
        c.payCycle = str(m.body, "pay_cycle");
        c.listing = str(m.body, "listing");
        c.signer = str(m.body, "signer");
        c.start = date(m.body, "start");
        c.end = date(m.body, "end");
        c.signedOn = date(m.body, "signed");
        c.annualRent = integer(m.body, "annual_rent");
        c.refs = m.refs;
    }
    for (auto& [id, m] : m_merged["receipt.record"])
        d.receipts[id] = {id, str(m.body, "org"), str(m.body, "payer"), str(m.body, "contract"), str(m.body, "method"),
                          integer(m.body, "amount").value_or(0), date(m.body, "date"), m.refs};
    for (auto& [id, m] : m_merged["payment.record"]) {
        Payment& p = d.payments[id];
        p.id = id;
        p.org = str(m.body, "org");
        p.payee = str(m.body, "payee");
        p.payeeAccount = str(m.body, "payee_account");
        p.purpose = str(m.body, "purpose");
        p.category = str(m.body, "category");
        p.project = str(m.body, "project");
        p.method = str(m.body, "method");
        p.unit = str(m.body, "unit");
        p.approvers = strings(m.body, "approvers");
        p.amount = integer(m.body, "amount").value_or(0);
        p.quantity = integer(m.body, "quantity");
        p.date = date(m.body, "date");
        p.refs = m.refs;
    }
    for (auto& [id, m] : m_merged["project.approve"]) {
        Project& p = d.projects[id];
        p.id = id;
        p.org = str(m.body, "org");
        p.name = str(m.body, "name");
        p.procurement = str(m.body, "procurement");
        p.budget = integer(m.body, "budget");
        p.approved = date(m.body, "approved");
        p.plannedEnd = date(m.body, "planned_end");
        p.refs = m.refs;
    }
    for (auto& [id, m] : m_merged["subsidy.pay"]) {
        const std::string period = str(m.body, "period");
        d.subsidies[id] = {id, str(m.body, "program"), str(m.body, "recipient"), str(m.body, "org"),
                           str(m.body, "account"), integer(m.body, "amount").value_or(0), parseMonth(period), period, m.refs};
    }
    for (auto& [id, m] : m_merged["alert.raise"])
        d.alerts[id] = {id, str(m.body, "rule"), str(m.body, "subject"), str(m.body, "level"), str(m.body, "message"),
                        date(m.body, "date"), m.refs};

    std::map<std::pair<std::string, int>, std::size_t> budgetIndex;
    for (auto& [kind, event] : m_events) {
        const json::Value& body = event.first;
        const TxRefId ref = event.second;
        if (kind == "role.assign") {
            d.roles.push_back({str(body, "person"), str(body, "org"), str(body, "role"), date(body, "from"), date(body, "to"), ref});
        } else if (kind == "relation.declare") {
            d.relations.push_back({str(body, "a"), str(body, "b"), str(body, "relation"), str(body, "declared_by"),
                                   date(body, "declared"), ref});
        } else if (kind == "firm.shareholder") {
            d.shareholdings.push_back({str(body, "firm"), str(body, "holder"), integer(body, "share_bp").value_or(0),
                                       date(body, "from"), date(body, "to"), ref});
        } else if (kind == "asset.status") {
            d.statuses.push_back({str(body, "asset"), str(body, "status"), date(body, "as_of"), ref});
        } else if (kind == "asset.dispose") {
            d.disposals.push_back({str(body, "asset"), str(body, "method"), date(body, "date"), integer(body, "price"), ref});
        } else if (kind == "bid.register") {
            d.bids.push_back({str(body, "listing"), str(body, "bidder"), str(body, "phone"), str(body, "deposit_account"),
                              date(body, "date"), ref});
        } else if (kind == "listing.result") {
            d.results.push_back({str(body, "listing"), str(body, "winner"), integer(body, "rent"), integer(body, "bidders"),
                                 date(body, "date"), ref});
        } else if (kind == "contract.amend" && d.contracts.count(str(body, "contract"))) {
            Contract& c = d.contracts[str(body, "contract")];
            c.amendments.push_back({date(body, "date"), date(body, "end"), integer(body, "annual_rent"), str(body, "lessee"), ref});
            c.refs.push_back(ref);
        } else if (kind == "contract.terminate" && d.contracts.count(str(body, "contract"))) {
            Contract& c = d.contracts[str(body, "contract")];
            c.termination = ContractTermination{date(body, "date"), str(body, "reason"), ref};
            c.refs.push_back(ref);
        } else if (kind == "budget.approve") {
            Budget budget{str(body, "org"), static_cast<int>(integer(body, "year").value_or(0)), {}, ref, {}};
            if (const json::Value* lines = body.find("lines"); lines && lines->isArray())
                for (const json::Value& line : lines->asArray())
                    budget.lines.push_back({str(line, "category"), integer(line, "amount").value_or(0)});
            const auto key = std::make_pair(budget.org, budget.year);
            if (auto it = budgetIndex.find(key); it != budgetIndex.end()) {
                Budget& previous = d.budgets[it->second];
                budget.superseded = std::move(previous.superseded);
                budget.superseded.push_back({std::move(previous.lines), previous.ref});
                previous = std::move(budget);
            } else {
                budgetIndex[key] = d.budgets.size();
                d.budgets.push_back(std::move(budget));
            }
        } else if (kind == "project.award" && d.projects.count(str(body, "project"))) {
            Project& p = d.projects[str(body, "project")];
            p.award = ProjectAward{str(body, "contractor"), strings(body, "bidders"), integer(body, "price"), date(body, "date"), ref};
            p.refs.push_back(ref);
        } else if (kind == "project.complete" && d.projects.count(str(body, "project"))) {
            Project& p = d.projects[str(body, "project")];
            const json::Value* accepted = body.find("accepted");
            p.completion = ProjectCompletion{date(body, "date"), integer(body, "final_cost"),
                                             accepted && accepted->isBool() && accepted->asBool(), ref};
            p.refs.push_back(ref);
        } else {
            d.events.push_back({kind, body, ref});
        }
    }
    m_merged.clear();
    m_events.clear();
    return std::move(m_data);
}

} // namespace lj
