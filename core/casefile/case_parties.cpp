#include "casefile/case_parties.h"

#include "rules/relationship_text.h"

#include <algorithm>
#include <map>
#include <set>

namespace lj {

namespace {

class Collector {
public:
    Collector(const Dataset& data, Date asOf)
        : m_data(data)
        , m_asOf(asOf) {}

    CaseParticipants result;

    // Adds `id` as a party (when it is one) and returns its entry; assets go to the asset list.
    CaseParty* mention(const std::string& id) {
        if (id.empty()) return nullptr;
        if (m_data.assets.count(id)) {
            if (std::find(result.assets.begin(), result.assets.end(), id) == result.assets.end())
                result.assets.push_back(id);
            return nullptr;
        }
        if (const auto it = m_index.find(id); it != m_index.end()) return &result.parties[it->second];
        CaseParty party;
        party.id = id;
        party.name = m_data.nameOf(id);
        if (const auto p = m_data.persons.find(id); p != m_data.persons.end()) {
            party.kind = PartyKind::Person;
            if (!p->second.phone.empty()) party.details.push_back("电话 " + p->second.phone);
            if (!p->second.org.empty()) party.details.push_back("户籍 " + m_data.nameOf(p->second.org));
        } else if (const auto f = m_data.firms.find(id); f != m_data.firms.end()) {
            party.kind = PartyKind::Firm;
            if (!f->second.uscc.empty()) party.details.push_back("统一社会信用代码 " + f->second.uscc);
            if (!f->second.address.empty()) party.details.push_back(f->second.address);
        } else if (const auto a = m_data.accounts.find(id); a != m_data.accounts.end()) {
            party.kind = PartyKind::Account;
            party.name = "账户 " + a->second.number;
            party.details.push_back(a->second.bank + " " + a->second.number);
        } else if (m_data.orgs.count(id)) {
            party.kind = PartyKind::Org;
        } else if (m_data.projects.count(id)) {
            party.kind = PartyKind::Project;
        } else {
            return nullptr; // contracts, listings, payments…: not parties themselves
        }
        m_index.emplace(id, result.parties.size());
        result.parties.push_back(std::move(party));
        return &result.parties.back();
    }

    void addRole(CaseParty* party, const std::string& role) {
        if (party && std::find(party->roles.begin(), party->roles.end(), role) == party->roles.end())
            party->roles.push_back(role);
    }

    void relate(const std::string& from, const std::string& to, const std::string& label) {
        for (const CaseRelation& relation : result.relations)
            if (relation.from == from && relation.to == to && relation.label == label) return;
        result.relations.push_back({from, to, label, false});
    }

    // The records a finding's subject stands for: the asset of a contract, the payee of a payment…
    void expandSubject(const std::string& id, const std::string& rule) {
        if (CaseParty* party = mention(id); party && !rule.empty()) addRole(party, "线索 " + rule + " 所涉");
        if (const auto c = m_data.contracts.find(id); c != m_data.contracts.end()) {
            mention(c->second.asset);
            const std::string lessee = c->second.lesseeAsOf(m_asOf);
            addRole(mention(lessee), "承租人（合同 " + id + "）");
            if (!lessee.empty() && !c->second.asset.empty()) relate(lessee, c->second.asset, "承租");
        }
        if (const auto l = m_data.listings.find(id); l != m_data.listings.end()) mention(l->second.asset);
        if (const auto p = m_data.payments.find(id); p != m_data.payments.end()) {
            addRole(mention(p->second.payee), "收款方（支付 " + id + "）");
            mention(p->second.org);
            if (!p->second.payee.empty() && !p->second.org.empty())
                relate(p->second.org, p->second.payee, "支付");
        }
        if (const auto r = m_data.receipts.find(id); r != m_data.receipts.end())
            addRole(mention(r->second.payer), "付款方（收款 " + id + "）");
        if (const auto s = m_data.subsidies.find(id); s != m_data.subsidies.end())
            addRole(mention(s->second.recipient),
                    "补贴领取人（" + subsidyProgramTitle(s->second.program) + "）");
        if (const auto p = m_data.projects.find(id); p != m_data.projects.end() && p->second.award)
            addRole(mention(p->second.award->contractor), "中标人（项目 " + id + "）");
    }

    void addRolesAndRelations() {
        const std::size_t named = result.parties.size();
        for (std::size_t i = 0; i < named; ++i) {
            const std::string id = result.parties[i].id;
            for (const Role& role : m_data.roles)
                if (role.person == id && role.inForceOn(m_asOf)) {
                    addRole(&result.parties[i], roleTitle(role.role) + "（" + m_data.nameOf(role.org) + "）");
                    relate(id, role.org, roleTitle(role.role));
                    mention(role.org);
                }
        }
        std::set<std::string> ids;
        for (const CaseParty& party : result.parties)
            ids.insert(party.id);
        for (const Relation& relation : m_data.relations)
            if (ids.count(relation.a) && ids.count(relation.b))
                relate(relation.a, relation.b, kinshipTitle(relation.relation));
        for (const Shareholding& holding : m_data.shareholdings)
            if (ids.count(holding.holder) && ids.count(holding.firm) && holding.inForceOn(m_asOf))
                relate(holding.holder, holding.firm, "股东");
        for (const auto& [id, firm] : m_data.firms)
            if (ids.count(id) && ids.count(firm.legalRep)) relate(firm.legalRep, id, "法定代表人");
        for (const auto& [id, account] : m_data.accounts)
            if (ids.count(id) && ids.count(account.holder)) relate(account.holder, id, "户主");
    }

    // Marks the links of every relationship path; a step with no stated relation still gets an edge.
    void markPaths(const std::vector<RuleFinding>& findings) {
        for (const RuleFinding& finding : findings)
            for (std::size_t i = 0; i + 1 < finding.path.size(); ++i) {
                const std::string& a = finding.path[i];
                const std::string& b = finding.path[i + 1];
                bool found = false;
                for (CaseRelation& relation : result.relations)
                    if ((relation.from == a && relation.to == b) ||
                        (relation.from == b && relation.to == a)) {
                        relation.onPath = true;
                        found = true;
                    }
                if (!found) result.relations.push_back({a, b, {}, true});
            }
    }

private:
    const Dataset& m_data;
    Date m_asOf;
    std::map<std::string, std::size_t> m_index;
};

} // namespace

CaseParticipants collectParticipants(const Dataset& data, const std::vector<RuleFinding>& findings, Date asOf,
                                     const std::vector<std::string>& extra) {
    Collector collector(data, asOf);
    // Path nodes first: they are the conflict the case is about.
    for (const RuleFinding& finding : findings)
        for (const std::string& id : finding.path)
            if (CaseParty* party = collector.mention(id)) party->onPath = true;
    for (const RuleFinding& finding : findings)
        for (const std::string& subject : finding.subjects)
            collector.expandSubject(subject, finding.rule);
    for (const std::string& id : extra)
        collector.expandSubject(id, "");
    collector.addRolesAndRelations();
    collector.markPaths(findings);
    return std::move(collector.result);
}

} // namespace lj
