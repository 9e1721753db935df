// Identity (rules-v1 §3, §25): person records with one id_digest are one individual — a
// same_person edge (0 steps in conflict paths) and a common identity key on both vertices; two
// parties sharing a phone, an address or a bank account get an explicit "shares" edge, the R02
// evidence. Accounts are compared by unmasked number, else by id; an account's users are its
// holder, bidders depositing from it, payees and subsidy recipients paid into it.
#include "graph/graph_builder.h"

#include <map>
#include <set>
#include <unordered_map>

namespace lj::graph {

namespace {

struct SharedValue {
    std::map<std::string, std::vector<TxRefId>> parties; // party → txs stating the value
    std::set<std::string> accounts;                      // for accounts: the account ids
};
using SharedValues = std::map<std::pair<std::string, std::string>, SharedValue>; // (kind, value)

void state(SharedValues& values, const char* kind, const std::string& value, const std::string& party,
           const std::vector<TxRefId>& refs, const std::string& account = {}) {
    if (value.empty() || party.empty()) return;
    SharedValue& shared = values[{kind, value}];
    auto found = shared.parties.find(party); // most calls repeat a known party: no key copy then
    if (found == shared.parties.end()) found = shared.parties.emplace(party, std::vector<TxRefId>{}).first;
    auto& partyRefs = found->second;
    partyRefs.insert(partyRefs.end(), refs.begin(), refs.end());
    if (!account.empty()) shared.accounts.insert(account);
}

// Accounts are compared by unmasked number, else by id; each account's key is worked out once
// (hundreds of thousands of subsidies name a few thousand accounts).
class AccountKeys {
public:
    explicit AccountKeys(const Dataset& data)
        : m_data(data) {}
    const std::string& of(const std::string& account) {
        const auto cached = m_keys.find(account);
        if (cached != m_keys.end()) return cached->second;
        const auto it = m_data.accounts.find(account);
        const bool unmasked = it != m_data.accounts.end() && !it->second.number.empty() &&
                              it->second.number.find('*') == std::string::npos;
        return m_keys.emplace(account, unmasked ? "number:" + it->second.number : "id:" + account)
            .first->second;
    }

private:
    const Dataset& m_data;
    std::unordered_map<std::string, std::string> m_keys;
};

void stateAccount(SharedValues& values, AccountKeys& keys, const std::string& account,
                  const std::string& party, const std::vector<TxRefId>& refs) {
    if (account.empty()) return;
    state(values, "account", keys.of(account), party, refs, account);
}

SharedValues collect(const Dataset& data, Date asOf) {
    SharedValues values;
    AccountKeys keys(data);
    for (const auto& [id, person] : data.persons) {
        state(values, "phone", person.phone, id, person.refs);
        state(values, "address", person.address, id, person.refs);
    }
    for (const auto& [id, firm] : data.firms) {
        state(values, "phone", firm.phone, id, firm.refs);
        state(values, "address", firm.address, id, firm.refs);
    }
    for (const auto& [id, account] : data.accounts)
        stateAccount(values, keys, id, account.holder, account.refs);
    for (const Bid& bid : data.bids)
        if (statedBy(bid.date, asOf)) {
            state(values, "phone", bid.phone, bid.bidder, {bid.ref});
            stateAccount(values, keys, bid.depositAccount, bid.bidder, {bid.ref});
        }
    for (const auto& [id, payment] : data.payments)
        if (payment.date && *payment.date <= asOf)
            stateAccount(values, keys, payment.payeeAccount, payment.payee, payment.refs);
    for (const auto& [id, subsidy] : data.subsidies)
        if (subsidy.period && *subsidy.period <= asOf)
            stateAccount(values, keys, subsidy.account, subsidy.recipient, subsidy.refs);
    return values;
}

void addSamePersons(EntityGraph& graph) {
    std::map<std::string, std::vector<const std::pair<const std::string, Person>*>> byDigest;
    for (const auto& entry : graph.data().persons)
        if (!entry.second.idDigest.empty()) byDigest[entry.second.idDigest].push_back(&entry);
    for (const auto& [digest, persons] : byDigest) {
        if (persons.size() < 2) continue;
        const std::string& identity = persons.front()->first; // map order: the smallest id
        for (std::size_t i = 0; i < persons.size(); ++i) {
            const NodeId a = graph.find(persons[i]->first);
            graph.setIdentity(a, identity);
            for (std::size_t j = i + 1; j < persons.size(); ++j) {
                GraphEdge edge = makeEdge(a, graph.find(persons[j]->first), EdgeType::SamePerson);
                edge.detail = "id_digest";
                edge.refs = persons[i]->second.refs;
                edge.refs.insert(edge.refs.end(), persons[j]->second.refs.begin(),
                                 persons[j]->second.refs.end());
                graph.addEdge(std::move(edge));
            }
        }
    }
}

} // namespace

void addIdentityEdges(EntityGraph& graph, const BuildOptions& options) {
    addSamePersons(graph);
    if (options.relationsOnly) return;
    const SharedValues values = collect(graph.data(), graph.asOf());
    for (const auto& [kindAndValue, shared] : values) {
        if (shared.parties.size() < 2) continue;
        if (static_cast<int>(shared.parties.size()) > options.maxSharedParties) {
            ++graph.mutableStats().hubValuesSkipped;
            continue;
        }
        for (auto a = shared.parties.begin(); a != shared.parties.end(); ++a)
            for (auto b = std::next(a); b != shared.parties.end(); ++b) {
                GraphEdge edge = makeEdge(graph.nodeFor(a->first), graph.nodeFor(b->first), EdgeType::Shares);
                edge.detail = kindAndValue.first;
                edge.subjects.assign(shared.accounts.begin(), shared.accounts.end());
                edge.refs = a->second;
                edge.refs.insert(edge.refs.end(), b->second.begin(), b->second.end());
                graph.addEdge(std::move(edge));
            }
    }
}

} // namespace lj::graph
