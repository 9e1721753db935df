#include "rules/kinship_index.h"

#include <algorithm>
#include <queue>
#include <set>

namespace lj {

namespace {

bool onOrBefore(const std::optional<Date>& date, Date asOf) {
    return !date || *date <= asOf;
}

// Steps a link counts for in rules-v1's "≤ N edges": same-person hops are free (semantics 3), and so
// is an account's holder, who is a start node of F07 (semantics 5).
int stepsOf(LinkKind kind) {
    return kind == LinkKind::SamePerson || kind == LinkKind::AccountHolder ? 0 : 1;
}

} // namespace

std::vector<TxRefId> RelationPath::refs() const {
    std::vector<TxRefId> all;
    for (const PathLink* link : links)
        all.insert(all.end(), link->refs.begin(), link->refs.end());
    return all;
}

bool preferredPath(const RelationPath& a, const RelationPath& b) {
    const auto hopsA = a.links.size(), hopsB = b.links.size();
    const auto keyA = std::tie(a.steps, hopsA, a.seedRank, a.nodes),
               keyB = std::tie(b.steps, hopsB, b.seedRank, b.nodes);
    if (keyA != keyB) return keyA < keyB;
    // Same nodes through different links (a legal representative who also holds shares, a relation
    // declared twice): prefer the legal representative, then the earliest transaction.
    auto order = [](const PathLink* link) {
        const int kindRank = link->kind == LinkKind::LegalRep ? 0 : 1 + static_cast<int>(link->kind);
        return std::make_pair(kindRank, link->refs.empty() ? TxRefId{0} : link->refs.front());
    };
    return std::lexicographical_compare(
        a.links.begin(), a.links.end(), b.links.begin(), b.links.end(),
        [&](const PathLink* x, const PathLink* y) { return order(x) < order(y); });
}

KinshipIndex::KinshipIndex(const Dataset& data, Date asOf)
    : m_data(data) {
    // Node ids in sorted order, so that adjacency lists are visited in a stable order.
    std::set<std::string> ids;
    for (const Relation& relation : data.relations)
        if (onOrBefore(relation.declared, asOf)) ids.insert({relation.a, relation.b});
    for (const Shareholding& holding : data.shareholdings)
        ids.insert({holding.firm, holding.holder});
    for (const auto& [id, firm] : data.firms)
        if (!firm.legalRep.empty()) ids.insert({id, firm.legalRep});
    for (const auto& [id, person] : data.persons)
        if (!person.idDigest.empty()) {
            ids.insert(id);
            m_personsByDigest[person.idDigest].push_back(id);
        }
    ids.erase(std::string());
    m_nodeIds.assign(ids.begin(), ids.end());
    for (std::uint32_t i = 0; i < m_nodeIds.size(); ++i)
        m_nodeIndex.emplace(m_nodeIds[i], i);
    m_adjacency.resize(m_nodeIds.size());

    // Reserve so that the PathLink addresses handed out in paths stay valid.
    std::size_t sameLinks = 0;
    for (const auto& [digest, persons] : m_personsByDigest)
        sameLinks += persons.size() * persons.size();
    m_links.reserve(data.relations.size() + data.shareholdings.size() + data.firms.size() +
                    data.accounts.size() + sameLinks);

    for (const Relation& relation : data.relations) {
        if (!onOrBefore(relation.declared, asOf) || relation.a.empty() || relation.b.empty() ||
            relation.a == relation.b)
            continue;
        addLink({LinkKind::Kinship, relation.a, relation.b, relation.relation, 0, {relation.ref}}, true);
    }
    for (const Shareholding& holding : data.shareholdings) {
        if (!onOrBefore(holding.from, asOf) || holding.firm.empty() || holding.holder.empty()) continue;
        m_holdersOfFirm[holding.firm].push_back(&holding);
        m_holdingLink[&holding] = addLink(
            {LinkKind::Shareholding, holding.holder, holding.firm, {}, holding.shareBp, {holding.ref}}, true,
            holding.from, holding.to);
    }
    for (const auto& [id, firm] : data.firms)
        if (!firm.legalRep.empty() && firm.legalRep != id)
            m_legalRepLink[id] = addLink({LinkKind::LegalRep, firm.legalRep, id, {}, 0, firm.refs}, true);
    for (const auto& [digest, persons] : m_personsByDigest)
        for (const std::string& a : persons)
            for (const std::string& b : persons)
                if (a < b) {
                    std::vector<TxRefId> refs = personRefs(a);
                    const auto more = personRefs(b);
                    refs.insert(refs.end(), more.begin(), more.end());
                    addLink({LinkKind::SamePerson, a, b, {}, 0, std::move(refs)}, true);
                }
    // Account holders only ever start a search (F07's payee_account), so they join no adjacency list.
    for (const auto& [id, account] : data.accounts)
        if (!account.holder.empty())
            m_accountLink[id] =
                addLink({LinkKind::AccountHolder, id, account.holder, {}, 0, account.refs}, false);

    for (const Role& role : data.roles)
        if (onOrBefore(role.from, asOf)) m_rolesByOrg[role.org].push_back(&role);
}

std::uint32_t KinshipIndex::addLink(PathLink link, bool traversable, std::optional<Date> from,
                                    std::optional<Date> until) {
    const auto index = static_cast<std::uint32_t>(m_links.size());
    const std::uint32_t a = nodeOf(link.from), b = nodeOf(link.to);
    if (traversable && a != kNoNode && b != kNoNode) {
        m_adjacency[a].push_back({b, index});
        m_adjacency[b].push_back({a, index});
    }
    m_links.push_back(std::move(link));
    m_validity.push_back({from, until});
    return index;
}

std::uint32_t KinshipIndex::nodeOf(const std::string& id) const {
    const auto it = m_nodeIndex.find(id);
    return it == m_nodeIndex.end() ? kNoNode : it->second;
}

bool KinshipIndex::usable(std::uint32_t link, const Bounds& bounds) const {
    const LinkKind kind = m_links[link].kind;
    if (bounds.kinshipOnly) return kind == LinkKind::Kinship || kind == LinkKind::SamePerson;
    if (!bounds.on) return true;
    const LinkValidity& validity = m_validity[link];
    return (!validity.from || *validity.from <= *bounds.on) &&
           (!validity.until || *bounds.on <= *validity.until);
}

RelationPath KinshipIndex::seedPath(const std::string& start, int rank) const {
    RelationPath path;
    path.nodes.push_back(start);
    path.seedRank = rank;
    return path;
}

void KinshipIndex::extendSeed(const RelationPath& base, const std::string& firm, Date on,
                              std::vector<RelationPath>& out) const {
    auto hop = [&](std::uint32_t link, const std::string& to) {
        RelationPath path = base;
        path.nodes.push_back(to);
        path.links.push_back(&m_links[link]);
        out.push_back(std::move(path));
    };
    if (const auto it = m_legalRepLink.find(firm); it != m_legalRepLink.end())
        hop(it->second, m_links[it->second].from);
    if (const auto it = m_holdersOfFirm.find(firm); it != m_holdersOfFirm.end())
        for (const Shareholding* holding : it->second)
            if (holding->inForceOn(on)) hop(m_holdingLink.at(holding), holding->holder);
}

std::vector<RelationPath> KinshipIndex::partySeeds(const std::string& party, Date on, int rank) const {
    const RelationPath self = seedPath(party, rank); // not seeds.front(): extending reallocates
    std::vector<RelationPath> seeds{self};
    if (m_data.firms.count(party)) extendSeed(self, party, on, seeds);
    return seeds;
}

std::vector<RelationPath> KinshipIndex::accountSeeds(const std::string& account, Date on, int rank) const {
    std::vector<RelationPath> seeds;
    const auto it = m_accountLink.find(account);
    if (it == m_accountLink.end()) return seeds;
    RelationPath toHolder = seedPath(account, rank);
    const std::string& holder = m_links[it->second].to;
    toHolder.nodes.push_back(holder);
    toHolder.links.push_back(&m_links[it->second]);
    seeds.push_back(toHolder);
    if (m_data.firms.count(holder)) extendSeed(toHolder, holder, on, seeds);
    return seeds;
}

std::map<std::string, RelationPath> KinshipIndex::reach(const std::vector<RelationPath>& seeds,
                                                        const Bounds& bounds) const {
    // Dijkstra over (steps, hops, seed rank, node ids): extending a path never makes it preferable
    // to its prefix, so the first path settled for a node is its preferred one.
    auto worse = [](const RelationPath& a, const RelationPath& b) { return preferredPath(b, a); };
    std::priority_queue<RelationPath, std::vector<RelationPath>, decltype(worse)> queue(worse);
    for (const RelationPath& seed : seeds)
        if (seed.steps <= bounds.maxSteps) queue.push(seed);

    std::map<std::string, RelationPath> settled;
    while (!queue.empty()) {
        RelationPath path = queue.top();
        queue.pop();
        const std::string last = path.nodes.back();
        if (settled.count(last)) continue;
        const std::uint32_t node = nodeOf(last);
        if (node != kNoNode)
            for (const Edge& edge : m_adjacency[node]) {
                const std::string& next = m_nodeIds[edge.to];
                const int steps = path.steps + stepsOf(m_links[edge.link].kind);
                if (steps > bounds.maxSteps || settled.count(next) || !usable(edge.link, bounds)) continue;
                if (std::find(path.nodes.begin(), path.nodes.end(), next) != path.nodes.end()) continue;
                RelationPath longer = path;
                longer.nodes.push_back(next);
                longer.links.push_back(&m_links[edge.link]);
                longer.steps = steps;
                queue.push(std::move(longer));
            }
        settled.emplace(last, std::move(path));
    }
    return settled;
}

std::vector<std::string> KinshipIndex::samePersons(const std::string& person) const {
    std::vector<std::string> others;
    const auto found = m_data.persons.find(person);
    if (found == m_data.persons.end() || found->second.idDigest.empty()) return others;
    for (const std::string& id : m_personsByDigest.at(found->second.idDigest))
        if (id != person) others.push_back(id);
    return others;
}

std::vector<TxRefId> KinshipIndex::personRefs(const std::string& person) const {
    const auto found = m_data.persons.find(person);
    return found == m_data.persons.end() ? std::vector<TxRefId>{} : found->second.refs;
}

std::vector<const Role*> KinshipIndex::officialRoles(const std::string& org, Date first, Date last) const {
    std::vector<const Role*> roles;
    if (const auto it = m_rolesByOrg.find(org); it != m_rolesByOrg.end())
        for (const Role* role : it->second)
            if ((!role->from || *role->from <= last) && (!role->to || first <= *role->to))
                roles.push_back(role);
    return roles;
}

std::optional<OfficialConnection>
KinshipIndex::nearestOfficial(const std::map<std::string, RelationPath>& reached, const std::string& org,
                              Date first, Date last) const {
    std::optional<OfficialConnection> nearest;
    const std::vector<const Role*> roles = officialRoles(org, first, last);
    for (const Role* role : roles) {
        const auto it = reached.find(role->person);
        if (it == reached.end()) continue;
        if (nearest && nearest->path.nodes.back() == role->person)
            continue; // already chosen, roles added below
        if (!nearest || preferredPath(it->second, nearest->path))
            nearest = OfficialConnection{it->second, {}};
    }
    if (nearest)
        for (const Role* role : roles)
            if (role->person == nearest->path.nodes.back()) nearest->roles.push_back(role);
    return nearest;
}

} // namespace lj
