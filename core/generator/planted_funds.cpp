// Planted cases of the fund rules F01–F07 and their look-alikes: thresholds hit exactly and missed
// by one fen, windows of 30 and 31 days, budgets exceeded, met exactly, or revised in time.
#include "generator/name_pools.h"
#include "generator/planted_common.h"

namespace lj::gen {

namespace {

void largePayments(Plant& p) {
    ProjectPlan plan;
    plan.name = "村级公路提档升级工程";
    plan.budget = 48000000;
    plan.price = 45600000;
    plan.procurement = "public_tender";
    plan.approved = p.month(20, 10);
    plan.awarded = p.month(19, 12);
    plan.plannedEnd = p.month(6);
    plan.completed = p.month(8, 20);
    plan.payments = false;
    plan.contractor = p.contractor(plan.approved.addDays(-30));
    const std::string project = p.project(plan);
    const std::string big =
        p.pay(plan.contractor, 15000000, p.month(18, 15), "工程款", "transfer", std::nullopt, project);
    p.fire("F01", "F01-1", {big, plan.contractor},
           "progress payment of 150,000 yuan for public-tender project " + project, {p.lastTx});
    const std::string exact =
        p.pay(plan.contractor, 10000000, p.month(15, 20), "工程款", "transfer", std::nullopt, project);
    p.fire("F01", "F01-2", {exact, plan.contractor}, "payment of exactly 100,000.00 yuan", {p.lastTx});

    const std::string supplier = p.firm("五金制品有限公司", p.month(12));
    const std::string below = p.pay(supplier, 9999999, p.month(11, 8), "设备采购");
    p.clean("F01", "F01-LA", {below, supplier}, "99,999.99 yuan, one fen below the threshold");
}

void frequentPayments(Plant& p) {
    struct Variant {
        const char* name;
        std::vector<int> days;
        bool fires;
    };
    const Variant variants[] = {{"F02-1", {0, 3, 7, 10, 14}, true},
                                {"F02-2", {0, 7, 15, 22, 30}, true},
                                {"F02-LA", {0, 8, 16, 24, 31}, false}};
    int monthsBack = 16;
    for (const Variant& variant : variants) {
        const Date first = p.month(monthsBack, 3);
        monthsBack += 3;
        const bool villager = variant.days.back() == 30;
        const std::string payee = villager ? p.villager(first.addDays(-30), Source::Platform)
                                           : p.firm("餐饮管理有限公司", first.addDays(-60));
        std::vector<std::string> subjects{payee};
        for (int day : variant.days) {
            const std::int64_t amount = p.d.rng().range(30, 80) * 10000;
            subjects.push_back(
                p.pay(payee, amount, first.addDays(day), villager ? "防疫值守补贴" : "劳务费"));
        }
        const std::string span = first.toString() + ".." + first.addDays(variant.days.back()).toString();
        if (variant.fires)
            p.fire("F02", variant.name, subjects,
                   "5 payments to one payee within " + std::to_string(variant.days.back()) + " days (" +
                       span + ")");
        else
            p.clean("F02", variant.name, {payee},
                    "5 payments to one payee spread over 31 days (" + span + ")");
    }
}

void overBudget(Plant& p) {
    const int year = p.end().year() - 2;
    const std::string supplier = p.firm("保洁服务有限公司", Date::fromCivil(year, 3, 1));
    p.pay(supplier, 4000000, Date::fromCivil(year, 6, 10), "河道保洁专项");
    p.pay(supplier, 3500000, Date::fromCivil(year, 9, 18), "河道保洁专项");
    p.d.budgetAgainstSpending(p.v().id, year, "环境整治", -4000000);
    p.fire(
        "F03", "F03-1", {p.v().id, std::to_string(year) + "/环境整治"},
        std::to_string(year) +
            " 环境整治: two river-cleaning payments (75,000 yuan) push spending 40,000 yuan over the budget");
}

void budgetMetExactly(Plant& p) {
    const int year = p.end().year() - 1;
    p.pay(p.firm("商贸有限公司", Date::fromCivil(year, 2, 1)), 2000000, Date::fromCivil(year, 5, 12),
          "村民代表会议费用");
    p.d.budgetAgainstSpending(p.v().id, year, "其他支出", 0);
    p.clean("F03", "F03-LA1", {p.v().id, std::to_string(year) + "/其他支出"},
            std::to_string(year) + " 其他支出: spending equals the approved amount exactly");
}

void budgetRevised(Plant& p) {
    const int year = p.end().year() - 2;
    p.pay(p.firm("药房有限公司", Date::fromCivil(year, 2, 1)), 5000000, Date::fromCivil(year, 7, 6),
          "防疫物资");
    p.d.budgetRevision(p.v().id, year, "公益事业支出", -3000000, Date::fromCivil(year, 9, 10));
    p.d.budgetAgainstSpending(p.v().id, year, "公益事业支出", 2000000);
    p.clean("F03", "F03-LA2", {p.v().id, std::to_string(year) + "/公益事业支出"},
            std::to_string(year) +
                " 公益事业支出: spending exceeds the first budget but not the revised one (approved " +
                Date::fromCivil(year, 9, 10).toString() + ")");
}

void overStandard(Plant& p) {
    const Date day = p.month(13, 18);
    const std::string worker = p.villager(day.addDays(-60), Source::Platform);
    const std::string labour = p.pay(worker, 216000, day, "误工补贴", "transfer", 12);
    p.fire("F04", "F04-1", {labour}, "12 person-days paid 2,160 yuan (180 yuan a day > 150)", {p.lastTx});
    const std::string elder = p.villager(day.addDays(-60), Source::Platform, 80, 90);
    const std::string gift = p.pay(elder, 200000, day.addDays(20), "慰问金");
    p.fire("F04", "F04-2", {gift}, "慰问金 of 2,000 yuan (standard 1,000)", {p.lastTx});
    const std::string worker2 = p.villager(day.addDays(-60), Source::Platform);
    const std::string exactLabour = p.pay(worker2, 150000, day.addDays(40), "误工补贴", "transfer", 10);
    p.clean("F04", "F04-LA1", {exactLabour}, "10 person-days, 1,500 yuan (exactly the standard)");
    const std::string elder2 = p.villager(day.addDays(-60), Source::Platform, 80, 90);
    const std::string exactGift = p.pay(elder2, 100000, day.addDays(25), "慰问金");
    p.clean("F04", "F04-LA2", {exactGift}, "慰问金 of exactly 1,000 yuan");
}

void splitPayments(Plant& p) {
    {
        const Date day = p.month(14, 5);
        const std::string payee = p.firm("电子科技有限公司", day.addDays(-90));
        const std::string first = p.pay(payee, 6000000, day, "设备采购");
        const std::string second = p.pay(payee, 5500000, day.addDays(10), "设备采购");
        p.alert("F05", payee, "同一收款人30日内多笔支付合计超过大额标准", day.addDays(12));
        p.fire("F05", "F05-1", {payee, first, second}, "60,000 + 55,000 yuan to one payee within 10 days");
    }
    {
        ProjectPlan plan;
        plan.name = "村民活动室改造工程";
        plan.budget = 12500000;
        plan.price = 11750000;
        plan.approved = p.month(24, 5);
        plan.plannedEnd = p.month(18);
        plan.completed = p.month(19, 10);
        plan.payments = false;
        plan.contractor = p.contractor(plan.approved.addDays(-30));
        const std::string project = p.project(plan);
        const std::string first =
            p.pay(plan.contractor, 7000000, p.month(19, 20), "工程款", "transfer", std::nullopt, project);
        const std::string second =
            p.pay(plan.contractor, 4500000, p.month(18, 9), "工程款", "transfer", std::nullopt, project);
        p.alert("F05", plan.contractor, "同一项目30日内多笔支付合计超过大额标准", p.month(18, 12));
        p.fire("F05", "F05-2", {plan.contractor, project, first, second},
               "two payments for project " + project + " within 20 days: 70,000 + 45,000 yuan");
    }
    const std::pair<int, std::int64_t> lookAlikes[] = {{10, 3999999}, {31, 5500000}};
    int monthsBack = 22;
    for (const auto& [days, second] : lookAlikes) {
        const Date day = p.month(monthsBack, 6);
        monthsBack += 4;
        const std::string payee = p.firm("包装材料有限公司", day.addDays(-90));
        p.pay(payee, 6000000, day, "设备采购");
        p.pay(payee, second, day.addDays(days), "设备采购");
        if (days == 10)
            p.clean("F05", "F05-LA1", {payee},
                    "60,000 + 39,999.99 yuan within 10 days: one fen short of 100,000");
        else
            p.clean("F05", "F05-LA2", {payee}, "60,000 + 55,000 yuan but 31 days apart");
    }
}

void cashSettlements(Plant& p) {
    const Date start = p.month(30);
    const std::string pond = p.asset("pond", start.addDays(-90));
    RentPlan plan;
    plan.cash = {1};
    p.direct(pond, p.villager(start.addDays(-40)), start, start.addMonths(36).addDays(-1), 1800000, "annual",
             plan);
    const std::string receipt = p.d.lastLeaseReceipts().at(1);
    p.fire("F06", "F06-1", {receipt}, "pond rent for the second year received in cash");
    p.clean("F06", "F06-LA", {p.d.lastLeaseReceipts().at(0)},
            "the same lessee's first-year rent, received by bank transfer");
    const Date day = p.month(9, 14);
    const std::string worker = p.villager(day.addDays(-40), Source::Platform);
    const std::string payment = p.pay(worker, 72000, day, "误工补贴", "cash", 6);
    p.fire("F06", "F06-2", {payment}, "误工补贴 paid in cash", {p.lastTx});
}

void relatedPayees(Plant& p) {
    const Date day = p.month(14, 10);
    {
        const std::string accountant = p.v().officialOn("accountant", day);
        const std::string spouse = p.d.relativeOf(accountant, "spouse", day.addDays(-300), p.village);
        FirmSpec spec;
        spec.village = p.village;
        spec.trade = "苗木专业合作社";
        spec.established = day.addDays(-800);
        spec.known = day.addDays(-200);
        spec.legalRep = spouse;
        const std::string firm = p.d.registerFirm(spec);
        const std::string payment = p.pay(firm, 2800000, day, "绿化养护费");
        p.alert("F07", payment, "向村干部关联方付款", day.addDays(2));
        p.fire("F07", "F07-1", {payment, firm, accountant},
               "payee's legal representative " + spouse + " is the village accountant's spouse", {p.lastTx});
    }
    {
        const std::string director = p.v().officialOn("director", day.addDays(30));
        const std::string son = p.d.relativeOf(director, "child", day.addDays(-300), p.village);
        const std::string account = p.d.openAccount(son, Source::Funds, day.addDays(-100), p.village);
        const std::string payee = p.villager(day.addDays(-60), Source::Platform);
        const std::string payment =
            p.pay(payee, 1500000, day.addDays(30), "劳务费", "transfer", std::nullopt, {}, account);
        p.alert("F07", payment, "收款账户户主为村干部近亲属", day.addDays(32));
        p.fire("F07", "F07-2", {payment, payee, director},
               "payee " + payee + " was paid into account " + account + " held by the director's child " +
                   son,
               {p.lastTx});
        p.fire("R02", "R02-ACCT-2", {son, payee}, "payee uses a bank account held by another person");
    }
    {
        const std::string cashier = p.v().officialOn("cashier", day.addDays(60));
        p.d.person(cashier).account = p.d.openAccount(cashier, Source::Funds, day.addDays(-30), p.village);
        const std::string payment = p.pay(cashier, 480000, day.addDays(60), "差旅费报销");
        p.alert("F07", payment, "向本村干部本人付款", day.addDays(62));
        p.fire("F07", "F07-3", {payment, cashier}, "payment to the village cashier in person", {p.lastTx});
    }
    {
        const int other = (p.village + 1) % static_cast<int>(p.d.villages().size());
        const std::string outsider = p.d.village(other).officialOn("accountant", day.addDays(90));
        p.d.person(outsider).account = p.d.openAccount(outsider, Source::Funds, day.addDays(-30), other);
        const std::string payment = p.pay(outsider, 30000, day.addDays(90), "误工补贴", "transfer", 2);
        p.clean("F07", "F07-LA", {payment, outsider},
                "payee is an official of another village (" + p.d.village(other).name +
                    "), unrelated to this village's officials");
    }
    {
        const Date served = Date::fromCivil(p.d.historyStart().year(), 1, 1);
        const std::string former = p.villager(served.addDays(-20), Source::Platform, 40, 55);
        p.d.assignRole(former, p.v().id, "deputy", served, Date::fromCivil(served.year() + 2, 12, 31),
                       p.village);
        const std::string payment = p.pay(former, 200000, day.addDays(120), "误工补贴", "transfer", 14);
        p.clean("F07", "F07-LA-FORMER", {payment, former},
                "payee was deputy director until " + Date::fromCivil(served.year() + 2, 12, 31).toString() +
                    ", long before the payment");
    }
}

} // namespace

void fundPlanters(std::vector<Planter>& out) {
    out.insert(out.end(), {largePayments, frequentPayments, overBudget, budgetMetExactly, budgetRevised,
                           overStandard, splitPayments, cashSettlements, relatedPayees});
}

} // namespace lj::gen
