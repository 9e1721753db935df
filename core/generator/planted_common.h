#pragma once
// What the planted cases share: a working context (the village a case lives in, dates counted back
// from the export's end so that cases fit any period) and helpers that build clean surroundings
// — a registered asset, a listed or direct lease, a project with its award and payments — so that
// each case breaks exactly the rule it is about. Random draws are made one per statement (the
// order in which a call's arguments are evaluated is unspecified), so that a seed gives the same
// district whatever the compiler.
#include "generator/answer_key.h"
#include "generator/district.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lj::gen {

struct LeaseResult {
    std::string contract, listing;
};

struct ProjectPlan {
    std::string name = "道路维修工程";
    std::int64_t budget = 0;
    Date approved, plannedEnd;
    std::string procurement = "invited";
    std::string contractor; // empty: a new construction firm
    std::int64_t price = 0; // 0: 94% of the budget
    std::optional<Date> awarded;
    std::vector<std::string> bidders; // empty: the contractor and two new firms
    std::optional<Date> completed;    // absent: never completed
    std::optional<std::int64_t> finalCost;
    bool payments = true; // advance (and final when completed), spaced clear of the fund rules
};

class Plant {
public:
    Plant(District& district, CaseBook& book, int village, std::string suffix);

    District& d;
    CaseBook& book;
    const int village;

    const Village& v() const { return d.village(village); }
    Date end() const { return d.to(); } // the default as-of date
    // The day `day` of the month `monthsBack` months before the export's last month.
    Date month(int monthsBack, int day = 1) const;

    void fire(const std::string& rule, const std::string& name, std::vector<std::string> subjects,
              std::string note, std::vector<std::string> txs = {}, std::optional<Date> asOf = std::nullopt);
    void clean(const std::string& rule, const std::string& name, std::vector<std::string> subjects,
               std::string note, std::optional<Date> asOf = std::nullopt);

    // People and firms with no ties to anything else.
    std::string villager(Date known, Source source = Source::Trading, int minAge = 28, int maxAge = 60);
    std::string firm(std::string_view trade, Date known);
    std::string contractor(Date known);

    // A registered asset of `type`; its spec is kept for continueLeasing.
    std::string asset(std::string_view type, Date registered);
    AssetSpec lastAsset;
    // A lease of the last asset through a public listing with the lessee and `losers` others
    // bidding; reserve 0: the rent. The listing opens 50 days before the start.
    LeaseResult listed(const std::string& asset, const std::string& lessee, Date start, Date endDate,
                       std::int64_t rent, std::string_view cycle, std::int64_t reserve = 0, int losers = 2,
                       RentPlan plan = {});
    // A lease signed directly with the collective, 20 days before the start.
    std::string direct(const std::string& asset, const std::string& lessee, Date start, Date endDate,
                       std::int64_t rent, std::string_view cycle, RentPlan plan = {},
                       std::optional<Date> signedOn = std::nullopt);
    // Clean leases of the last asset from `from` on.
    void carryOn(const std::string& asset, Date from);

    // A project from approval through award, payments and (optional) completion; returns its id.
    std::string project(ProjectPlan plan);
    // A payment of the village (approved by the director and accountant of the day).
    std::string pay(const std::string& payee, std::int64_t amount, Date date, std::string_view purpose,
                    std::string_view method = "transfer", std::optional<std::int64_t> quantity = std::nullopt,
                    const std::string& project = {}, const std::string& account = {});
    // A chain alert of `rule` (level: the rule's default severity).
    std::string alert(const std::string& rule, const std::string& subject, const std::string& message,
                      Date date);

    // Last tx id of a payment/receipt made through pay().
    std::string lastTx;

private:
    std::string m_suffix;
};

// One planted case (or a case and its look-alikes) built in a village.
using Planter = std::function<void(Plant&)>;

// The planters of each rule family, in a fixed order.
void assetPlanters(std::vector<Planter>& out);
void fundPlanters(std::vector<Planter>& out);
void projectPlanters(std::vector<Planter>& out);
void welfarePlanters(std::vector<Planter>& out);
void relationPlanters(std::vector<Planter>& out);
void integrityPlanters(std::vector<Planter>& out);
// Planters that must see every other case first (P03's share of a year's awards).
void latePlanters(std::vector<Planter>& out);

// Plants every case into the district's villages (more than once for larger districts) and
// returns the answer key's cases.
std::vector<PlantedCase> plantCases(District& district);

} // namespace lj::gen
