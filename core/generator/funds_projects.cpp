// Funds and projects: routine payments of every village, village projects from approval through
// award, payments and completion, and the yearly budgets. Ordinary payments stay clean of the fund
// rules: below 100,000 yuan, spaced so that no payee gets five in 30 days or 100,000 yuan in
// smaller pieces within 30 days, within standards, never to officials or their kin, and covered
// by budgets approved with a margin.
#include "generator/district.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace lj::gen {

namespace {

constexpr std::int64_t kLargePayment = 10000000; // F01's 100,000 yuan, in fen
constexpr std::array<std::string_view, 5> kCategories = {"管理费用", "公益事业支出", "环境整治",
                                                         "工程建设支出", "其他支出"};
constexpr std::array<std::string_view, 10> kProjectNames = {
    "道路硬化工程",     "河道清淤工程", "村委会办公楼维修", "文体广场建设工程", "路灯安装工程",
    "农田水利设施改造", "公厕改造工程", "污水管网接户工程", "桥梁维修加固工程", "绿化提升工程"};

std::string windowKey(int village, const std::string& party) {
    return std::to_string(village) + "|" + party;
}

std::int64_t roundUp(std::int64_t fen, std::int64_t step) {
    return (fen + step - 1) / step * step;
}

} // namespace

std::string District::fundsCategory(std::string_view purpose) const {
    if (purpose == "工程款") return "工程建设支出";
    for (std::string_view environment : {"村庄保洁服务费", "绿化养护费", "河道保洁专项"})
        if (purpose == environment) return "环境整治";
    for (std::string_view welfare : {"慰问金", "防汛物资", "防疫物资", "防疫值守补贴"})
        if (purpose == welfare) return "公益事业支出";
    for (std::string_view running : {"电费", "水费", "办公用品", "误工补贴", "差旅费报销"})
        if (purpose == running) return "管理费用";
    return "其他支出";
}

std::string District::pay(PaymentSpec spec) {
    const Village& village = m_villages[static_cast<std::size_t>(spec.village)];
    if (spec.category.empty()) spec.category = fundsCategory(spec.purpose);
    if (spec.payeeAccount.empty())
        spec.payeeAccount =
            m_firms.count(spec.payee) ? m_firms.at(spec.payee).account : m_persons.at(spec.payee).account;
    if (spec.approvers.empty()) {
        for (std::string_view role : {"director", "accountant"})
            if (auto person = village.officialOn(role, spec.date); !person.empty())
                spec.approvers.push_back(person);
    }
    const std::string id = nextId("FK", spec.date.year(), 5);
    Body body;
    body.str("id", id)
        .str("org", village.id)
        .str("payee", spec.payee)
        .str("payee_account", spec.payeeAccount);
    body.num("amount", spec.amount)
        .date("date", spec.date)
        .str("purpose", spec.purpose)
        .str("category", spec.category);
    body.strIf("project", spec.project).list("approvers", spec.approvers).str("method", spec.method);
    if (spec.quantity) body.num("quantity", *spec.quantity).str("unit", "person_day");
    const std::string tx = m_sink.add(Source::Funds, actorFor(Source::Funds, spec.village), "payment.record",
                                      body, spec.date, m_rng);
    if (!tx.empty()) m_spending[village.id][spec.date.year()][spec.category] += spec.amount;
    m_paymentWindows[windowKey(spec.village, spec.payee)].emplace_back(spec.date, spec.amount);
    if (!spec.project.empty())
        m_paymentWindows[windowKey(spec.village, spec.project)].emplace_back(spec.date, spec.amount);
    return id;
}

Date District::clearPaymentDate(int village, const std::string& payee, const std::string& project, Date date,
                                std::int64_t amount) {
    auto crowded = [&](const std::string& key, Date day) {
        auto it = m_paymentWindows.find(key);
        if (it == m_paymentWindows.end()) return false;
        std::int64_t sum = amount;
        int count = 1;
        for (const auto& [paid, paidAmount] : it->second)
            if (std::abs(paid.days - day.days) <= 31) {
                sum += paidAmount;
                ++count;
            }
        return sum >= kLargePayment || count > 3;
    };
    for (int attempt = 0; attempt < 80; ++attempt, date = date.addDays(5))
        if (!crowded(windowKey(village, payee), date) &&
            (project.empty() || !crowded(windowKey(village, project), date)))
            break;
    return date;
}

std::string District::approveProject(const ProjectSpec& spec) {
    const Village& village = m_villages[static_cast<std::size_t>(spec.village)];
    const std::string id = nextId("GC", spec.approved.year(), 3);
    m_sink.add(Source::Platform, actorFor(Source::Platform, spec.village), "project.approve",
               Body()
                   .str("id", id)
                   .str("org", village.id)
                   .str("name", village.name + spec.name)
                   .num("budget", spec.budget)
                   .date("approved", spec.approved)
                   .date("planned_end", spec.plannedEnd)
                   .str("procurement", spec.procurement),
               spec.approved, m_rng);
    return id;
}

std::string District::awardProject(const std::string& project, int village, const std::string& contractor,
                                   std::int64_t price, Date date, const std::vector<std::string>& bidders) {
    m_awards[windowKey(village, contractor)].push_back(date);
    return m_sink.add(Source::Platform, actorFor(Source::Platform, village), "project.award",
                      Body()
                          .str("project", project)
                          .str("contractor", contractor)
                          .num("price", price)
                          .date("date", date)
                          .list("bidders", bidders),
                      date, m_rng);
}

std::string District::completeProject(const std::string& project, int village, Date date,
                                      std::int64_t finalCost) {
    return m_sink.add(
        Source::Platform, actorFor(Source::Platform, village), "project.complete",
        Body().str("project", project).date("date", date).num("final_cost", finalCost).flag("accepted", true),
        date, m_rng);
}

int District::awardsIn(int village, int year) const {
    const std::string prefix = std::to_string(village) + "|";
    int count = 0;
    for (auto it = m_awards.lower_bound(prefix); it != m_awards.end() && it->first.rfind(prefix, 0) == 0;
         ++it)
        for (Date awarded : it->second)
            count += awarded.year() == year ? 1 : 0;
    return count;
}

std::string District::pickContractor(int village, Date date, const std::vector<std::string>& exclude) {
    const Town& town = m_towns[static_cast<std::size_t>(m_villages[static_cast<std::size_t>(village)].town)];
    std::vector<std::string> eligible, fallback;
    for (const std::string& firm : town.contractors) {
        if (std::find(exclude.begin(), exclude.end(), firm) != exclude.end()) continue;
        fallback.push_back(firm);
        // Clean of P02 and P03: no other award here within 120 days, at most two in a year.
        int sameYear = 0;
        bool near = false;
        for (Date awarded : m_awards[windowKey(village, firm)]) {
            if (awarded.year() == date.year()) ++sameYear;
            if (std::abs(awarded.days - date.days) <= 120) near = true;
        }
        if (!near && sameYear < 2) eligible.push_back(firm);
    }
    const auto& pool = eligible.empty() ? fallback : eligible;
    return pool[m_rng.below(pool.size())];
}

void District::villageProjects(int village) {
    for (int year = from().year(); year <= to().year(); ++year) {
        const int projects = m_rng.chance(30) ? 3 : 2;
        for (int p = 0; p < projects; ++p) {
            ProjectSpec spec;
            spec.village = village;
            spec.name = std::string(kProjectNames[m_rng.below(kProjectNames.size())]);
            spec.budget = m_rng.range(50, 230) * 100000; // 50,000 … 230,000 yuan
            spec.approved = randomDay(Date::fromCivil(year, 2, 1), Date::fromCivil(year, 10, 31));
            spec.plannedEnd = spec.approved.addDays(m_rng.rangeInt(100, 240));
            spec.procurement =
                spec.budget < 10000000 ? "direct" : (m_rng.chance(70) ? "invited" : "public_tender");
            const std::string project = approveProject(spec);

            const Date awarded = spec.approved.addDays(m_rng.rangeInt(15, 40));
            std::vector<std::string> bidders{pickContractor(village, awarded, {})};
            while (bidders.size() < 3) {
                const Town& town =
                    m_towns[static_cast<std::size_t>(m_villages[static_cast<std::size_t>(village)].town)];
                const std::string& other = town.contractors[m_rng.below(town.contractors.size())];
                if (std::find(bidders.begin(), bidders.end(), other) == bidders.end())
                    bidders.push_back(other);
            }
            const std::string contractor = bidders.front();
            std::sort(bidders.begin(), bidders.end());
            const std::int64_t price = spec.budget * m_rng.rangeInt(85, 97) / 100 / 10000 * 10000;
            awardProject(project, village, contractor, price, awarded, bidders);

            const Date completed = spec.plannedEnd.addDays(-m_rng.rangeInt(5, 40));
            const std::int64_t finalCost = price * m_rng.rangeInt(100, 108) / 100;
            completeProject(project, village, completed, finalCost);

            // Advance, progress and final payments, each clear of the others by more than 30 days.
            const std::int64_t advance = price * 30 / 100;
            const std::int64_t progress = price * 40 / 100;
            const std::pair<Date, std::int64_t> plan[] = {
                {awarded.addDays(m_rng.rangeInt(10, 20)), advance},
                {awarded.addDays((completed.days - awarded.days) / 2 + 20), progress},
                {completed.addDays(m_rng.rangeInt(20, 45)), finalCost - advance - progress}};
            for (const auto& [date, amount] : plan) {
                PaymentSpec payment;
                payment.village = village;
                payment.payee = contractor;
                payment.amount = amount;
                payment.date = clearPaymentDate(village, contractor, project, date, amount);
                payment.purpose = "工程款";
                payment.project = project;
                pay(payment);
            }
        }
    }
}

void District::routinePayments(int village) {
    Village& v = m_villages[static_cast<std::size_t>(village)];
    const std::int64_t cleaning = m_rng.range(60, 120) * 10000; // 6,000 … 12,000 yuan a month
    const std::int64_t greening = m_rng.range(80, 200) * 10000;
    int workerTurn = 0;
    auto payment = [&](const std::string& payee, std::int64_t amount, Date date, std::string_view purpose) {
        PaymentSpec spec;
        spec.village = village;
        spec.payee = payee;
        spec.amount = amount;
        spec.date = date;
        spec.purpose = std::string(purpose);
        return spec;
    };
    for (Date month = Date::fromCivil(from().year(), from().month(), 1); month <= to();
         month = month.addMonths(1)) {
        const int yearsIn = month.year() - from().year();
        const unsigned m = month.month();
        const Date d1 = month.addDays(m_rng.rangeInt(4, 11));
        pay(payment(v.cleaningFirm, cleaning * (100 + 3 * yearsIn) / 100, d1, "村庄保洁服务费"));
        if (m % 2 == 0) { // electricity is billed every two months
            const Date d2 = month.addDays(m_rng.rangeInt(12, 20));
            const std::int64_t power = m_rng.range(200, 600) * 1000;
            pay(payment(m_grid, power + m_rng.range(0, 99) * 10, d2, "电费"));
        }
        if (m % 3 == 0) {
            const Date d3 = month.addDays(m_rng.rangeInt(14, 24));
            pay(payment(v.greeningFirm, greening, d3, "绿化养护费"));
        }
        if (m % 6 == 0) {
            const Date d4 = month.addDays(m_rng.rangeInt(8, 25));
            pay(payment(m_water, m_rng.range(60, 180) * 1000, d4, "水费"));
        }
        if (m == 3 || m == 9) {
            const Date d5 = month.addDays(m_rng.rangeInt(2, 25));
            pay(payment(m_stationer, m_rng.range(10, 50) * 10000, d5, "办公用品"));
        }
        if (m == 6) {
            const Date d6 = month.addDays(m_rng.rangeInt(2, 20));
            pay(payment(m_stationer, m_rng.range(30, 80) * 10000, d6, "防汛物资"));
        }
        // 误工补贴 for one of the village's workers every other month, within the standard.
        if (m % 2 == 1) {
            const std::string& worker = v.workers[static_cast<std::size_t>(workerTurn++) % v.workers.size()];
            const int days = m_rng.rangeInt(2, 10);
            const std::int64_t perDay = m_rng.range(10, 15) * 1000;
            PaymentSpec spec =
                payment(worker, perDay * days, month.addDays(m_rng.rangeInt(20, 26)), "误工补贴");
            spec.quantity = days;
            pay(spec);
        }
        // 慰问金 for the elderly before the Spring Festival, at most 1,000 yuan each.
        if (m == 1)
            for (const std::string& person : v.elderly) {
                const Date d7 = month.addDays(m_rng.rangeInt(10, 25));
                pay(payment(person, m_rng.range(5, 10) * 10000, d7, "慰问金"));
            }
    }
}

void District::budgetAgainstSpending(const std::string& org, int year, const std::string& category,
                                     std::int64_t delta) {
    m_fixedBudget[org][year][category] = delta;
}

void District::budgetRevision(const std::string& org, int year, const std::string& category,
                              std::int64_t firstDelta, Date revisedOn) {
    auto& first = m_firstBudget[org][year];
    first.first[category] = firstDelta;
    first.second = revisedOn;
}

std::int64_t District::spent(const std::string& org, int year, const std::string& category) const {
    auto orgIt = m_spending.find(org);
    if (orgIt == m_spending.end()) return 0;
    auto yearIt = orgIt->second.find(year);
    if (yearIt == orgIt->second.end()) return 0;
    auto it = yearIt->second.find(category);
    return it == yearIt->second.end() ? 0 : it->second;
}

void District::approveBudgets() {
    for (const Village& village : m_villages) {
        for (int year = from().year(); year <= to().year(); ++year) {
            std::map<std::string, std::int64_t> amounts;
            for (std::string_view category : kCategories) {
                const std::string name(category);
                std::int64_t amount =
                    roundUp(spent(village.id, year, name) * m_rng.rangeInt(110, 130) / 100, 1000000);
                if (amount == 0) amount = 1000000;
                if (auto fixed = m_fixedBudget[village.id][year].find(name);
                    fixed != m_fixedBudget[village.id][year].end())
                    amount = spent(village.id, year, name) + fixed->second;
                amounts[name] = amount;
            }
            auto linesOf = [&](const std::map<std::string, std::int64_t>& overrides) {
                json::Value array = json::Value::array();
                for (std::string_view category : kCategories) {
                    const std::string name(category);
                    const auto it = overrides.find(name);
                    json::Value line = json::Value::object();
                    line.set("category", json::Value::string(name));
                    const std::int64_t amount =
                        it != overrides.end() ? spent(village.id, year, name) + it->second : amounts[name];
                    line.set("amount", json::Value::number(amount));
                    array.push(std::move(line));
                }
                return array;
            };
            const Date approved =
                std::min(randomDay(Date::fromCivil(year, 1, 8), Date::fromCivil(year, 3, 20)), to());
            const auto revision = m_firstBudget[village.id].find(year);
            const std::map<std::string, std::int64_t> firstOverrides =
                revision != m_firstBudget[village.id].end() ? revision->second.first
                                                            : std::map<std::string, std::int64_t>{};
            m_sink.add(Source::Funds, actorFor(Source::Funds, village.index), "budget.approve",
                       Body().str("org", village.id).num("year", year).raw("lines", linesOf(firstOverrides)),
                       approved, m_rng);
            if (revision != m_firstBudget[village.id].end())
                m_sink.add(Source::Funds, actorFor(Source::Funds, village.index), "budget.approve",
                           Body().str("org", village.id).num("year", year).raw("lines", linesOf({})),
                           revision->second.second, m_rng);
        }
    }
}

} // namespace lj::gen
