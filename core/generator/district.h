#pragma once
// The synthetic district while it is being built: its organisations, people, firms and the
// bookkeeping that keeps ordinary ("noise") records clean of every warning rule — unique contact
// data, rents paid on time, payments spaced out, budgets that cover spending — so that findings
// come only from the planted cases. The builder's methods are defined by topic in
// people_orgs.cpp, assets_leases.cpp, funds_projects.cpp, welfare.cpp and supervision.cpp.
#include "generator/generator.h"
#include "generator/identity.h"
#include "generator/prng.h"
#include "generator/tx_sink.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lj::gen {

struct Official {
    std::string person;
    std::string role;
    Date from, to;
};

struct PersonInfo {
    std::string id, name, digest, phone, address, account;
    int village = -1;
};

struct FirmInfo {
    std::string id, name, brand, legalRep, phone, address, account;
};

struct Town {
    std::string id, name, validatorId;
    std::string disciplineOrg; // 纪工委 of the town, where clues go
    std::vector<std::string> villages;
    std::vector<std::string> contractors; // construction firms that bid for its villages' projects
    std::string tradingActor, fundsActor, inventoryActor;
};

struct Village {
    int index = 0;
    int town = 0;
    std::string id, name, townName;
    std::string account;       // the collective's basic account
    std::string platformActor; // the village's own account on the supervision platform
    std::vector<Official> officials;
    int assetSerial = 0;
    // Suppliers paid every month or quarter.
    std::string cleaningFirm, greeningFirm;
    std::vector<std::string> workers;                    // villagers paid 误工补贴
    std::vector<std::string> elderly;                    // villagers visited with 慰问金
    std::vector<std::string> bidderPersons, bidderFirms; // who bids and loses, again and again

    // The person holding `role` on `day` (first match), or empty.
    std::string officialOn(std::string_view role, Date day) const;
};

struct PersonSpec {
    int village = 0;
    bool male = true;
    int birthYear = 1970;
    Source source = Source::Platform;
    Date known;
    bool withAccount = true;
    // Overrides for planted cases; empty: a fresh name, digest, phone, address.
    std::string name, digest, phone, address;
};

struct FirmSpec {
    int village = 0;
    std::string trade;
    Date established, known;
    std::string legalRep;       // empty: a new business person who also holds the shares
    std::string brand;          // empty: a random brand
    std::string fullName;       // overrides the composed name
    std::string address, phone; // overrides for planted cases
    bool founderHolds = true;   // the legal representative holds shares (when created here)
};

// A payment as the funds system records it.
struct PaymentSpec {
    int village = 0;
    std::string payee, payeeAccount;
    std::int64_t amount = 0;
    Date date;
    std::string purpose, category, project;
    std::string method = "transfer";
    std::optional<std::int64_t> quantity; // with unit person_day
    std::vector<std::string> approvers;   // default: the village's director and accountant that day
};

struct AssetSpec {
    int village = 0;
    std::string name, category, type;
    std::optional<std::int64_t> areaM2, areaMu;
    std::int64_t bookValue = 0;
    Date acquired, registered;
    std::string idOverride; // for records naming an asset that is never registered
};

struct BidSpec {
    std::string bidder;
    Date date;
    std::string phone, account; // default: the bidder's own
};

struct ListingSpec {
    std::string asset;
    int village = 0;
    std::int64_t reserveRent = 0;
    int termMonths = 36;
    Date open, close;
    std::vector<BidSpec> bids;
    std::string winner; // empty: no bid succeeded (流拍)
    std::int64_t rent = 0;
    bool publishResult = true;
};

// Rent receipts of a lease: instalment k (0-based) may be skipped, delayed or paid in cash.
struct RentPlan {
    std::set<int> missing;
    std::map<int, int> delayDays;
    std::set<int> cash;
    bool none = false; // no receipts at all (written separately)
};

struct LeaseSpec {
    int village = 0;
    std::string asset, lessee;
    Date start, end, signedOn;
    std::int64_t annualRent = 0;
    std::string payCycle = "annual";
    std::string listing;
    Source source = Source::Trading;
    RentPlan rent;
    std::optional<Date> paidThrough; // receipts for instalments due until then (default: end)
    std::string idOverride;
};

struct ProjectSpec {
    int village = 0;
    std::string name;
    std::int64_t budget = 0;
    Date approved, plannedEnd;
    std::string procurement = "invited";
};

// One person's monthly (or yearly) subsidy: written month by month while the export streams.
struct SubsidyStream {
    std::string recipient, program, org, account;
    std::int64_t monthlyAmount = 0;
    Date firstMonth, lastMonth; // first days of months, inclusive
    int everyMonths = 1;        // 12: paid once a year (惠农补贴)
    std::set<int> paidTwice;    // month indexes (days since epoch of the month start) paid twice
    bool delayedBatch = false;  // this recipient's records arrive months late
};

class District {
public:
    District(const GeneratorOptions& options, Date historyStart);

    const GeneratorOptions& options() const { return m_options; }
    Prng& rng() { return m_rng; }
    TxSink& sink() { return m_sink; }
    IdentityFactory& identity() { return m_identity; }
    const ChainClock& clock() const { return m_sink.clock(); }
    Date from() const { return clock().from(); }
    Date to() const { return clock().to(); }
    Date historyStart() const { return clock().historyStart(); }

    std::vector<Town>& towns() { return m_towns; }
    std::vector<Village>& villages() { return m_villages; }
    Village& village(int index) { return m_villages[static_cast<std::size_t>(index)]; }
    const PersonInfo& person(const std::string& id) const { return m_persons.at(id); }
    const FirmInfo& firm(const std::string& id) const { return m_firms.at(id); }
    PersonInfo& person(const std::string& id) { return m_persons.at(id); }

    // ---- people_orgs.cpp
    void buildOrganisations();
    void appointOfficials();
    // Registers a person (and, unless `withAccount` is false, a bank account) known from `known`.
    std::string registerPerson(int village, bool male, int birthYear, Source source, Date known,
                               bool withAccount = true);
    std::string registerPerson(const PersonSpec& spec);
    // The same individual registered again by another system: same name and id_digest.
    std::string registerDuplicate(const std::string& original, Source source, Date known, bool withAccount);
    std::string openAccount(const std::string& holder, Source source, Date opened, int village);
    // A relative of `person`, registered and declared by `declaredBy` on `declared`.
    std::string addRelative(const std::string& person, std::string_view relation,
                            const std::string& declaredBy, Date declared, int village, bool male,
                            int birthYear);
    std::string declareRelation(const std::string& a, const std::string& b, std::string_view relation,
                                const std::string& declaredBy, Date declared);
    std::string assignRole(const std::string& person, const std::string& org, std::string_view role,
                           Date from, Date to, int village);
    // A firm with its legal representative (a new business person unless given) and shareholders.
    std::string registerFirm(int village, std::string_view trade, Date established, Date known);
    std::string registerFirm(const FirmSpec& spec);
    // A relative of an official as declared: the first one with that relation, else a new one.
    std::string relativeOf(const std::string& official, std::string_view relation, Date declared,
                           int village);
    // The term of `person` in `role` at `day` in the village.
    std::optional<Official> officialTerm(int village, std::string_view role, Date day) const;
    std::string addShareholder(const std::string& firm, const std::string& holder, int shareBp, Date from,
                               Date known);
    // Villagers with no ties to officials or firms: the clean pools.
    std::string newVillager(int village, Source source, Date known, int minAge = 25, int maxAge = 65);

    // ---- assets_leases.cpp
    std::string registerAsset(const AssetSpec& spec);
    std::string restateAsset(const AssetSpec& spec, const std::string& id, Source source, Date when);
    void assetStatus(int village, const std::string& asset, std::string_view status, Date asOf);
    std::string publishListing(const ListingSpec& spec);
    std::string signLease(const LeaseSpec& spec);
    std::string amendLease(const std::string& contract, Date date, std::optional<Date> end,
                           std::optional<std::int64_t> annualRent, int village);
    std::string terminateLease(const std::string& contract, Date date, const std::string& reason,
                               int village);
    std::string recordReceipt(int village, const std::string& payer, std::int64_t amount, Date date,
                              const std::string& contract, std::string_view method,
                              std::string idOverride = {});
    void villageAssets(int village);
    // An asset of `type` with a typical name, size and value for the village (not yet registered).
    AssetSpec typicalAsset(int village, std::string_view type, Date registered);
    // A typical yearly reserve rent for the asset (fen).
    std::int64_t typicalRent(const AssetSpec& spec);
    // Clean leases of `asset` from `firstStart` until after the export's end (fresh lessees).
    void continueLeasing(int village, const std::string& asset, std::string_view type,
                         std::string_view category, std::int64_t reserve, Date firstStart);
    // Receipt ids of the last lease signed, by instalment index.
    const std::map<int, std::string>& lastLeaseReceipts() const { return m_lastReceipts; }
    // Reserve rent for an asset (fen per year, a multiple of 1,200 so that instalments are whole fen).
    static std::int64_t roundRent(std::int64_t fen) { return (fen + 1199) / 1200 * 1200; }
    // Bidders who lose: fresh villagers or firms, with their own phones and accounts.
    std::vector<BidSpec> losingBidders(int village, int count, Date open, Date close, bool firms);
    std::string newLessee(int village, std::string_view assetType, Date known);

    // ---- funds_projects.cpp
    std::string pay(PaymentSpec spec);
    // Moves `date` forward until a payment of `amount` to `payee` stays clear of F02/F05 windows.
    Date clearPaymentDate(int village, const std::string& payee, const std::string& project, Date date,
                          std::int64_t amount);
    std::string approveProject(const ProjectSpec& spec);
    std::string awardProject(const std::string& project, int village, const std::string& contractor,
                             std::int64_t price, Date date, const std::vector<std::string>& bidders);
    std::string completeProject(const std::string& project, int village, Date date, std::int64_t finalCost);
    void villageProjects(int village);
    void routinePayments(int village);
    // Budgets: each (village, year) gets lines covering what it spends with a margin, unless a case
    // sets a line to spending + `delta` (negative: overspent). Resolved in approveBudgets, after
    // every payment is known.
    void budgetAgainstSpending(const std::string& org, int year, const std::string& category,
                               std::int64_t delta);
    // The first budget.approve of (org, year) states spending + `firstDelta` for `category`; a
    // second one on `revisedOn` replaces the whole lines array with the final amounts.
    void budgetRevision(const std::string& org, int year, const std::string& category,
                        std::int64_t firstDelta, Date revisedOn);
    void approveBudgets();
    std::int64_t spent(const std::string& org, int year, const std::string& category) const;
    std::string pickContractor(int village, Date date, const std::vector<std::string>& exclude);
    int awardsIn(int village, int year) const; // project awards of the village in a calendar year

    // ---- welfare.cpp
    void villageWelfare(int village);
    void addSubsidy(SubsidyStream stream);
    std::vector<SubsidyStream>& subsidyStreams() { return m_subsidies; }
    // Extra elderly villagers for big exports, until they add at least `wantedTxs` transactions
    // (registrations and monthly subsidies); returns how many they add.
    std::uint64_t addBulkVillagers(std::uint64_t wantedTxs);
    std::uint64_t subsidyTxCount() const;
    // The subsidy.pay records for the month starting `month` (written while the export streams).
    void subsidiesForMonth(Date month, std::vector<StaticTx>& out) const;
    // `count` operation-log records (queries of the supervision systems) spread over the month.
    void fillerLogsForMonth(Date month, std::uint64_t count, std::vector<StaticTx>& out) const;

    // ---- supervision.cpp
    std::string raiseAlert(std::string_view rule, const std::string& subject, std::string_view level,
                           const std::string& message, Date date);
    void transferClue(const std::vector<std::string>& subjects, int village, const std::string& summary,
                      Date date, const std::string& feedback, Date feedbackDate);
    void disclosures();
    void operationLogs();
    void finalRecords();

    Date randomDay(Date first, Date last); // uniform, inclusive

    // ---- ids
    std::string nextId(std::string_view prefix, int year, int width);
    const std::string& districtActor(Source source) const {
        return m_districtActors.at(static_cast<int>(source));
    }
    const std::string& actorFor(Source source, int village) const;
    std::string fundsCategory(std::string_view purpose) const;

private:
    std::string newActor(const std::string& subject, Source system, Date known);
    void appointVillage(Village& village);
    std::string registerOfficial(Village& village, Date known);
    void declareFamily(const std::string& official, Village& village, Date declared);

    GeneratorOptions m_options;
    Prng m_rng;
    TxSink m_sink;
    IdentityFactory m_identity;
    std::vector<Town> m_towns;
    std::vector<Village> m_villages;
    std::map<std::string, PersonInfo> m_persons;
    std::map<std::string, FirmInfo> m_firms;
    std::map<std::string, int> m_counters; // id prefix (with year) → last number
    std::map<int, std::string> m_districtActors;
    std::string m_grid, m_water, m_stationer; // district-wide suppliers

    // F02/F05 bookkeeping: payments per (village, payee) and per (village, project).
    std::map<std::string, std::vector<std::pair<Date, std::int64_t>>> m_paymentWindows;
    // F03 bookkeeping: spending per org, year and category; budget lines fixed or revised by cases.
    std::map<std::string, std::map<int, std::map<std::string, std::int64_t>>> m_spending;
    std::map<std::string, std::map<int, std::map<std::string, std::int64_t>>> m_fixedBudget;
    std::map<std::string, std::map<int, std::pair<std::map<std::string, std::int64_t>, Date>>> m_firstBudget;
    std::map<std::string, std::vector<std::pair<std::string, std::string>>>
        m_family; // person → (relation, relative)
    // P02/P03 bookkeeping: awards per (village, contractor).
    std::map<std::string, std::vector<Date>> m_awards;
    std::vector<SubsidyStream> m_subsidies;
    std::map<std::string, int> m_assetNames; // village and type → last number used in names
    std::map<int, std::string> m_lastReceipts;
};

} // namespace lj::gen
