#pragma once
// The relationship index behind R01, F07, W01 and W02/W03's same-person test (rules-v1 "Precise
// semantics" 2–5): a plain adjacency list over person, firm and account ids, searched by a bounded
// shortest-path search. Deliberately small and dependency-free; the full entity graph for the
// investigation views is built elsewhere.
//
// Links, each citing the transactions that prove it:
//   kinship        relation.declare a–b (undirected; declared on or before the as-of date)   1 step
//   shareholding   firm.shareholder holder–firm, only on dates within [from, to]            1 step
//   legal_rep      firm.register legal_rep–firm                                              1 step
//   same_person    two person records with one id_digest                                     0 steps
// A search starts from seed paths of 0 steps (partySeeds, accountSeeds): the party itself, a
// firm party's legal representative and shareholders, and the holder of an account it was paid into.
#include "model/dataset.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lj {

enum class LinkKind : std::uint8_t { Kinship, Shareholding, LegalRep, SamePerson, AccountHolder };

struct PathLink {
    LinkKind kind = LinkKind::Kinship;
    std::string from, to;      // as stated: relation a → b, holder → firm, legal rep → firm…
    std::string relation;      // kinship: b is a's <relation>
    std::int64_t shareBp = 0;  // shareholding
    std::vector<TxRefId> refs; // the transactions that prove the link
};

// A walk from a seed node to `nodes.back()`; links[i] joins nodes[i] and nodes[i + 1].
struct RelationPath {
    std::vector<std::string> nodes;
    std::vector<const PathLink*> links; // owned by the index
    int steps = 0;                      // counted links (0-step hops excluded)
    int seedRank = 0;                   // order of preference among the seeds (party before account)

    std::vector<TxRefId> refs() const; // every link's transactions
};

// Deterministic preference: fewer steps, then fewer hops, then the earlier seed, then node ids in
// lexicographic order, then legal-representative links before others and earlier transactions first.
bool preferredPath(const RelationPath& a, const RelationPath& b);

// An official reached by a search, and the role assignments that make them one.
struct OfficialConnection {
    RelationPath path;              // seed … official
    std::vector<const Role*> roles; // the official's roles in force in the period asked about
};

class KinshipIndex {
public:
    KinshipIndex(const Dataset& data, Date asOf);

    // The party (rank `rank`) and, when it is a firm, its legal representative and the shareholders
    // in force on `on`, as 0-step paths starting at the party.
    std::vector<RelationPath> partySeeds(const std::string& party, Date on, int rank) const;
    // The account's holder (and a firm holder's representative and shareholders), starting at the account.
    std::vector<RelationPath> accountSeeds(const std::string& account, Date on, int rank) const;

    struct Bounds {
        int maxSteps = 2;
        std::optional<Date> on;   // shareholdings must be in force on this date (ignored when kinshipOnly)
        bool kinshipOnly = false; // follow kinship and same-person links only (the seeds are the caller's)
    };
    // Every node within `bounds.maxSteps` steps of a seed, with its preferred path.
    std::map<std::string, RelationPath> reach(const std::vector<RelationPath>& seeds,
                                              const Bounds& bounds) const;

    // Other person records with the same non-empty id_digest, by id.
    std::vector<std::string> samePersons(const std::string& person) const;
    // The person.register transactions of `person`.
    std::vector<TxRefId> personRefs(const std::string& person) const;

    // Role assignments of `org` in force on at least one day of [first, last] (semantics 2), chain order.
    std::vector<const Role*> officialRoles(const std::string& org, Date first, Date last) const;
    // Among `reached` (from reach), the official of `org` in force in [first, last] with the
    // preferred path; nullopt when none was reached.
    std::optional<OfficialConnection> nearestOfficial(const std::map<std::string, RelationPath>& reached,
                                                      const std::string& org, Date first, Date last) const;

private:
    struct Edge {
        std::uint32_t to = 0;
        std::uint32_t link = 0;
    };
    std::uint32_t nodeOf(const std::string& id) const; // kNoNode when unknown
    // Stores a link; a traversable one joins both ends' adjacency lists. Returns its index.
    std::uint32_t addLink(PathLink link, bool traversable, std::optional<Date> from = {},
                          std::optional<Date> until = {});
    bool usable(std::uint32_t link, const Bounds& bounds) const;
    RelationPath seedPath(const std::string& start, int rank) const;
    void extendSeed(const RelationPath& base, const std::string& firm, Date on,
                    std::vector<RelationPath>& out) const;

    static constexpr std::uint32_t kNoNode = UINT32_MAX;

    const Dataset& m_data;
    std::vector<std::string> m_nodeIds; // sorted: index order is id order
    std::map<std::string, std::uint32_t> m_nodeIndex;
    std::vector<std::vector<Edge>> m_adjacency;
    struct LinkValidity {
        std::optional<Date> from, until;
    };
    std::vector<PathLink> m_links; // stable addresses: reserved up front
    std::vector<LinkValidity> m_validity;
    std::map<std::string, std::vector<const Shareholding*>> m_holdersOfFirm; // from on or before as-of
    std::map<std::string, std::vector<std::string>> m_personsByDigest;
    std::map<std::string, std::vector<const Role*>> m_rolesByOrg;
    std::map<std::string, std::uint32_t> m_legalRepLink; // firm → its legal_rep link
    std::map<std::string, std::uint32_t> m_accountLink;  // account → its holder link (seeds only)
    std::map<const Shareholding*, std::uint32_t> m_holdingLink;
};

} // namespace lj
