#pragma once
// The ledger's business records (spec §4), merged into entities: what rules, timelines and the
// relationship graph read. Every entity keeps the transactions that stated it (TxRefId into
// Dataset::txs), so that every fact traces back to its proof.
//
// Merging (rules-v1 "Precise semantics" 1): records with an id are merged by id, a later record
// superseding only the members it states. Records without an id (roles, relations, statuses,
// bids, results, amendments…) are kept as events in chain order.
// json/json.h before util/date.h: with <compare> first, moc (which reads this header through the
// GUI's graph headers) fails to parse the standard library.
// clang-format off
#include "json/json.h"
#include "util/date.h"
// clang-format on

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace lj {

using TxRefId = std::uint32_t;

struct TxRef {
    std::string tx; // tx id, lower-case hex
    std::int64_t height = 0;
    std::uint32_t index = 0; // position in its block
    std::string time;        // chain time of the block line's tx (RFC 3339)
    std::string kind;
    std::string source;
    std::string actor;
    bool verified = true; // false only for data a caller loaded from an unverified source
};

struct Org {
    std::string id, name, level, parent;
    std::vector<TxRefId> refs;
};

struct Person {
    std::string id, name, idDigest, org, phone, address;
    std::vector<TxRefId> refs;
};

struct Role {
    std::string person, org, role;
    std::optional<Date> from, to; // to absent: still in office
    TxRefId ref = 0;
    bool inForceOn(Date day) const { return (!from || *from <= day) && (!to || day <= *to); }
};

struct Relation {
    std::string a, b, relation, declaredBy; // b is a's <relation>
    std::optional<Date> declared;
    TxRefId ref = 0;
};

struct Firm {
    std::string id, name, uscc, legalRep, address, phone;
    std::optional<Date> established;
    std::vector<TxRefId> refs;
};

struct Shareholding {
    std::string firm, holder;
    std::int64_t shareBp = 0;
    std::optional<Date> from, to;
    TxRefId ref = 0;
    bool inForceOn(Date day) const { return (!from || *from <= day) && (!to || day <= *to); }
};

struct Account {
    std::string id, bank, number, holder;
    std::vector<TxRefId> refs;
};

struct ChainActor {
    std::string id, subject, system;
    std::vector<TxRefId> refs;
};

// One source system's statement of an asset's measures (for D01's cross-system comparison).
struct AssetStatement {
    std::string source;
    std::optional<std::int64_t> areaM2, areaMu, bookValue;
    TxRefId ref = 0;
};

struct Asset {
    std::string id, org, name, category, type;
    std::optional<std::int64_t> areaM2, areaMu, bookValue;
    std::optional<Date> acquired, registered;
    std::vector<AssetStatement> statements;
    std::vector<TxRefId> refs;
};

struct AssetStatus {
    std::string asset, status;
    std::optional<Date> asOf;
    TxRefId ref = 0;
};

struct AssetDisposal {
    std::string asset, method;
    std::optional<Date> date;
    std::optional<std::int64_t> price;
    TxRefId ref = 0;
};

struct Listing {
    std::string id, asset;
    std::optional<std::int64_t> reserveRent, termMonths;
    std::optional<Date> open, close;
    std::vector<TxRefId> refs;
};

struct Bid {
    std::string listing, bidder, phone, depositAccount;
    std::optional<Date> date;
    TxRefId ref = 0;
};

struct ListingResult {
    std::string listing, winner; // winner empty when no bid succeeded
    std::optional<std::int64_t> rent, bidders;
    std::optional<Date> date;
    TxRefId ref = 0;
};

struct ContractAmendment {
    std::optional<Date> date, end;
    std::optional<std::int64_t> annualRent;
    std::string lessee;
    TxRefId ref = 0;
};

struct ContractTermination {
    std::optional<Date> date;
    std::string reason;
    TxRefId ref = 0;
};

struct Contract {
    std::string id, asset, lessor, lessee, payCycle, listing, signer;
    std::optional<Date> start, end, signedOn;
    std::optional<std::int64_t> annualRent;
    std::vector<ContractAmendment> amendments; // in chain order
    std::optional<ContractTermination> termination;
    std::vector<TxRefId> refs;

    // End, rent and lessee as amended by amendments dated on or before `day` (all when nullopt).
    std::optional<Date> endAsOf(std::optional<Date> day = std::nullopt) const;
    std::optional<std::int64_t> rentAsOf(std::optional<Date> day = std::nullopt) const;
    std::string lesseeAsOf(std::optional<Date> day = std::nullopt) const;
    // In force on `day`: start ≤ day ≤ end (as amended); a terminated contract until its termination date.
    bool inForceOn(Date day) const;
    int payPeriodMonths() const; // 12, 6, 3 or 1; 12 when unknown
};

struct BudgetLine {
    std::string category;
    std::int64_t amount = 0;
};

// An approved budget's lines and the transaction that approved them (its chain time dates it).
struct BudgetStatement {
    std::vector<BudgetLine> lines;
    TxRefId ref = 0;
};

struct Budget {
    std::string org;
    int year = 0;
    std::vector<BudgetLine> lines; // the latest budget.approve for (org, year) replaces the whole array
    TxRefId ref = 0;
    // The statements the latest one replaced, oldest first: what was approved as of an earlier date.
    std::vector<BudgetStatement> superseded;
};

struct Receipt {
    std::string id, org, payer, contract, method;
    std::int64_t amount = 0;
    std::optional<Date> date;
    std::vector<TxRefId> refs;
};

struct Payment {
    std::string id, org, payee, payeeAccount, purpose, category, project, method, unit;
    std::vector<std::string> approvers;
    std::int64_t amount = 0;
    std::optional<std::int64_t> quantity;
    std::optional<Date> date;
    std::vector<TxRefId> refs;
};

struct ProjectAward {
    std::string contractor;
    std::vector<std::string> bidders;
    std::optional<std::int64_t> price;
    std::optional<Date> date;
    TxRefId ref = 0;
};

struct ProjectCompletion {
    std::optional<Date> date;
    std::optional<std::int64_t> finalCost;
    bool accepted = false;
    TxRefId ref = 0;
};

struct Project {
    std::string id, org, name, procurement;
    std::optional<std::int64_t> budget;
    std::optional<Date> approved, plannedEnd;
    std::optional<ProjectAward> award;           // the latest award
    std::optional<ProjectCompletion> completion; // the latest completion
    std::vector<TxRefId> refs;
};

struct Subsidy {
    std::string id, program, recipient, org, account;
    std::int64_t amount = 0;
    std::optional<Date> period; // first day of the paid month
    std::string periodText;     // "YYYY-MM"
    std::vector<TxRefId> refs;
};

struct ChainAlert {
    std::string id, rule, subject, level, message;
    std::optional<Date> date;
    std::vector<TxRefId> refs;
};

// Records of other kinds (clues, disclosures, op logs, unknown kinds): kept, shown as events.
struct GenericEvent {
    std::string kind;
    json::Value body;
    TxRefId ref = 0;
};

struct Dataset {
    std::vector<TxRef> txs;

    std::map<std::string, Org> orgs;
    std::map<std::string, Person> persons;
    std::vector<Role> roles;
    std::vector<Relation> relations;
    std::map<std::string, Firm> firms;
    std::vector<Shareholding> shareholdings;
    std::map<std::string, Account> accounts;
    std::map<std::string, ChainActor> actors;
    std::map<std::string, Asset> assets;
    std::vector<AssetStatus> statuses;
    std::vector<AssetDisposal> disposals;
    std::map<std::string, Listing> listings;
    std::vector<Bid> bids;
    std::vector<ListingResult> results;
    std::map<std::string, Contract> contracts;
    std::vector<Budget> budgets; // one per (org, year), the latest statement
    std::map<std::string, Receipt> receipts;
    std::map<std::string, Payment> payments;
    std::map<std::string, Project> projects;
    std::map<std::string, Subsidy> subsidies;
    std::map<std::string, ChainAlert> alerts;
    std::vector<GenericEvent> events;

    // Records that name an id of their kind's target which no register record defines are still
    // kept above; this lists what was referenced but never defined, for D01 and for display.
    std::optional<Date> lastBlockDate; // the default as-of date (rules-v1 §General)

    const std::string& txId(TxRefId ref) const { return txs[ref].tx; }
    std::vector<std::string> txIds(const std::vector<TxRefId>& refs) const;
    // Display name of any id: person, firm, org, asset, account number; the id itself otherwise.
    std::string nameOf(const std::string& id) const;
};

// One transaction's record, as read from an export or a workspace.
struct LedgerRecord {
    TxRef ref;
    json::Value body;
};

class DatasetBuilder {
public:
    // Records must arrive in chain order (height, then index).
    void add(LedgerRecord record);
    // Room for `txs` transactions, when the caller knows how many will come (no regrowth).
    void reserve(std::size_t txs) { m_data.txs.reserve(txs); }
    // The time of the last verified block: its date at +08:00 is the default as-of date.
    void setLastBlockTime(std::string_view rfc3339);
    Dataset finish();

private:
    struct Merged {
        json::Value body = json::Value::object();
        std::vector<TxRefId> refs;
    };
    void merge(std::map<std::string, Merged>& table, const json::Value& body, TxRefId ref);

    Dataset m_data;
    std::map<std::string, std::map<std::string, Merged>> m_merged; // kind → id → merged body
    std::vector<std::pair<std::string, std::pair<json::Value, TxRefId>>> m_events; // kind, body, ref
};

} // namespace lj
