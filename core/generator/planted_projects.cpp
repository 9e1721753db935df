// Planted cases of the project rules P01–P04 and their look-alikes: completion on the planned day,
// contracts 91 days apart or one fen short of the tender threshold, prices 1.0% and 1.1% off the
// budget, a final cost exactly 10% over.
#include "generator/planted_common.h"

#include <algorithm>

namespace lj::gen {

namespace {

void overdueProjects(Plant& p) {
    {
        ProjectPlan plan;
        plan.name = "农村生活污水治理工程";
        plan.budget = 18000000;
        plan.approved = p.month(14, 6);
        plan.plannedEnd = p.month(5).addDays(-1);
        const std::string project = p.project(plan);
        p.fire("P01", "P01-1", {project}, "planned end " + plan.plannedEnd.toString() + ", no completion");
    }
    {
        ProjectPlan plan;
        plan.name = "村内道路拓宽工程";
        plan.budget = 15000000;
        plan.approved = p.month(22, 6);
        plan.plannedEnd = p.month(14);
        plan.completed = plan.plannedEnd.addDays(25);
        const std::string project = p.project(plan);
        p.fire("P01", "P01-2", {project},
               "planned end " + plan.plannedEnd.toString() + ", completed 25 days late");
    }
    {
        ProjectPlan plan;
        plan.name = "公共厕所改造工程";
        plan.budget = 9000000;
        plan.approved = p.month(24, 6);
        plan.plannedEnd = p.month(16, 20);
        plan.completed = plan.plannedEnd;
        const std::string project = p.project(plan);
        p.clean("P01", "P01-LA1", {project}, "completed exactly on the planned end date");
    }
    for (int days : {61, 0}) {
        ProjectPlan plan;
        plan.name = days ? "文化礼堂建设工程" : "健身步道建设工程";
        plan.budget = 16000000;
        plan.approved = p.end().addDays(days - 150);
        plan.plannedEnd = p.end().addDays(days);
        const std::string project = p.project(plan);
        p.clean("P01", days ? "P01-LA2" : "P01-LA3", {project},
                "not completed, planned end " + plan.plannedEnd.toString() +
                    (days ? " is after the as-of date" : " is the as-of date itself"));
    }
}

void splitContracts(Plant& p) {
    struct Variant {
        const char* name;
        std::int64_t first, second;
        int daysApart;
        bool fires;
        int monthsBack;
    };
    const Variant variants[] = {{"P02-1", 25000000, 23000000, 40, true, 26},
                                {"P02-2", 22000000, 20000000, 45, true, 38},
                                {"P02-LA1", 20000000, 19999999, 40, false, 32},
                                {"P02-LA2", 25000000, 23000000, 91, false, 44}};
    for (const Variant& variant : variants) {
        const Date firstAward = p.month(variant.monthsBack, 10);
        const std::string contractor = p.contractor(firstAward.addDays(-60));
        std::vector<std::string> subjects{contractor};
        const std::pair<Date, std::int64_t> awards[] = {
            {firstAward, variant.first}, {firstAward.addDays(variant.daysApart), variant.second}};
        for (const auto& [awarded, price] : awards) {
            ProjectPlan plan;
            plan.name = subjects.size() == 1 ? "农田水利设施改造工程" : "村内河道护坡工程";
            plan.budget = (price + 1500000) / 100000 * 100000;
            plan.price = price;
            plan.approved = awarded.addDays(-20);
            plan.awarded = awarded;
            plan.plannedEnd = awarded.addDays(200);
            plan.completed = awarded.addDays(180);
            plan.contractor = contractor;
            subjects.push_back(p.project(plan));
        }
        const std::string sums = std::to_string(variant.first / 100) + " + " +
                                 std::to_string(variant.second / 100) + " yuan to one contractor, awards " +
                                 std::to_string(variant.daysApart) + " days apart";
        if (variant.fires) {
            p.alert("P02", contractor, "同一施工单位90日内承接多个项目合计超过招标限额",
                    firstAward.addDays(variant.daysApart + 3));
            p.fire("P02", variant.name, subjects, sums);
        } else {
            p.clean("P02", variant.name, {contractor}, sums);
        }
    }
}

void awardAnomalies(Plant& p) {
    {
        ProjectPlan plan;
        plan.name = "村委会屋面防水维修";
        plan.budget = 6000000;
        plan.approved = p.month(20, 3);
        plan.plannedEnd = p.month(16);
        plan.completed = p.month(16, -10);
        plan.contractor = p.contractor(plan.approved.addDays(-30));
        plan.bidders = {plan.contractor};
        const std::string project = p.project(plan);
        p.fire("P03", "P03-1", {project, plan.contractor}, "invited procurement with a single bidder");
    }
    const std::pair<std::int64_t, const char*> prices[] = {
        {9960000, "P03-2"}, {14850000, "P03-3"}, {9890000, "P03-LA1"}};
    int monthsBack = 26;
    for (const auto& [price, name] : prices) {
        ProjectPlan plan;
        plan.name = "村内排涝泵站改造工程";
        plan.budget = price == 14850000 ? 15000000 : 10000000;
        plan.price = price;
        plan.approved = p.month(monthsBack, 5);
        monthsBack += 5;
        plan.plannedEnd = plan.approved.addDays(200);
        plan.completed = plan.approved.addDays(170);
        plan.contractor = p.contractor(plan.approved.addDays(-30));
        const std::string project = p.project(plan);
        const std::string note = "award price " + std::to_string(price / 100) + " for a budget of " +
                                 std::to_string(plan.budget / 100);
        if (std::string(name) == "P03-LA1")
            p.clean("P03", name, {project, plan.contractor}, note + " (1.1% below)");
        else
            p.fire("P03", name, {project, plan.contractor}, note);
    }
    {
        const int year = p.end().year() - 2;
        const std::string contractor = p.contractor(Date::fromCivil(year, 1, 10));
        for (int k = 0; k < 2; ++k) {
            ProjectPlan plan;
            plan.name = k ? "村庄亮化工程" : "河道驳岸修复工程";
            plan.budget = 6000000 - 1000000 * k;
            plan.approved = Date::fromCivil(year, 3 + 5 * k, 10);
            plan.plannedEnd = plan.approved.addDays(150);
            plan.completed = plan.approved.addDays(130);
            plan.contractor = contractor;
            p.project(plan);
        }
        p.clean("P03", "P03-LA2", {contractor},
                "one contractor won two of the village's awards in " + std::to_string(year) +
                    " (needs at least three)");
    }
}

void costOverruns(Plant& p) {
    struct Variant {
        const char* name;
        std::int64_t budget, finalCost;
        bool fires;
        const char* note;
    };
    const Variant variants[] = {
        {"P04-1", 10000000, 11800000, true, "budget 100,000, final cost 118,000 yuan"},
        {"P04-2", 8000000, 9500000, true, "budget 80,000, final cost 95,000 yuan (+18.75%)"},
        {"P04-3", 10000000, 11000001, true, "budget 100,000, final cost 110,000.01 yuan (one fen over +10%)"},
        {"P04-LA", 10000000, 11000000, false, "budget 100,000, final cost 110,000 yuan (exactly +10%)"}};
    int monthsBack = 30;
    for (const Variant& variant : variants) {
        ProjectPlan plan;
        plan.name = "村级道路养护工程";
        plan.budget = variant.budget;
        plan.approved = p.month(monthsBack, 12);
        monthsBack += 6;
        plan.plannedEnd = plan.approved.addDays(210);
        plan.completed = plan.approved.addDays(190);
        plan.finalCost = variant.finalCost;
        const std::string project = p.project(plan);
        if (variant.fires)
            p.fire("P04", variant.name, {project}, variant.note);
        else
            p.clean("P04", variant.name, {project}, variant.note);
    }
}

// One contractor wins at least three of the village's awards in a year and at least half of them:
// planted after every other case, so that it can count the year's other awards.
void dominantContractor(Plant& p) {
    const int year = p.end().year() - 1;
    const int others = p.d.awardsIn(p.village, year);
    const int wins = std::max(3, others);
    const std::string contractor = p.contractor(Date::fromCivil(year, 1, 5));
    std::vector<std::string> subjects{contractor};
    for (int k = 0; k < wins; ++k) {
        ProjectPlan plan;
        plan.name = "村内小型水利修缮工程";
        plan.budget = 4000000 + 500000 * (k % 4);
        plan.approved = Date::fromCivil(year, 1, 20).addDays(k * 300 / wins);
        plan.awarded = plan.approved.addDays(12);
        plan.plannedEnd = plan.approved.addDays(120);
        plan.completed = plan.approved.addDays(100);
        plan.contractor = contractor;
        subjects.push_back(p.project(plan));
    }
    p.fire("P03", "P03-4", subjects,
           "one contractor won " + std::to_string(wins) + " of the village's " +
               std::to_string(wins + others) + " awards in " + std::to_string(year));
}

} // namespace

void projectPlanters(std::vector<Planter>& out) {
    out.insert(out.end(), {overdueProjects, splitContracts, awardAnomalies, costOverruns});
}

void latePlanters(std::vector<Planter>& out) {
    out.push_back(dominantContractor);
}

} // namespace lj::gen
