// Welfare: 低保 (dibao), 尊老金 (elderly) and 惠农补贴 (agri) paid by the civil affairs system. Each
// recipient is a subsidy stream; the monthly subsidy.pay records are produced month by month while
// the export is written (they are most of a big export), from a hash of the seed, so that memory
// stays bounded. Ordinary recipients are plain villagers: no official, kin, firm or lease.
#include "generator/district.h"

#include <cstdio>

namespace lj::gen {

namespace {

Date monthStart(Date day) {
    return Date::fromCivil(day.year(), day.month(), 1);
}

int monthsBetween(Date first, Date last) // both month starts; inclusive count
{
    return (last.year() - first.year()) * 12 + static_cast<int>(last.month()) -
           static_cast<int>(first.month()) + 1;
}

std::string periodText(Date month) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u", month.year(), month.month());
    return text;
}

} // namespace

void District::addSubsidy(SubsidyStream stream) {
    m_subsidies.push_back(std::move(stream));
}

void District::villageWelfare(int village) {
    const Village& v = m_villages[static_cast<std::size_t>(village)];
    const Date firstMonth = monthStart(from());
    const Date lastMonth = monthStart(to());
    const int months = monthsBetween(firstMonth, lastMonth);
    auto stream = [&](std::string_view program, int minAge, int maxAge, Date first, Date last,
                      std::int64_t amount) {
        SubsidyStream s;
        s.recipient = newVillager(village, Source::Civil, first.addDays(-20), minAge, maxAge);
        s.program = std::string(program);
        s.org = v.id;
        s.account = m_persons.at(s.recipient).account;
        s.monthlyAmount = amount;
        s.firstMonth = first;
        s.lastMonth = last;
        s.everyMonths = program == "agri" ? 12 : 1;
        s.delayedBatch = m_rng.chance(3);
        addSubsidy(std::move(s));
    };
    for (int i = 0; i < 4; ++i) {
        const Date first = firstMonth.addMonths(m_rng.rangeInt(0, std::max(0, months - 7)));
        const Date last = std::min(first.addMonths(m_rng.rangeInt(6, 48)), lastMonth);
        const std::int64_t amount = m_rng.range(70, 90) * 1000;
        stream("dibao", 30, 75, first, last, amount);
    }
    for (int i = 0; i < 6; ++i) {
        const Date first =
            i < 4 ? firstMonth : firstMonth.addMonths(m_rng.rangeInt(1, std::max(1, months - 2)));
        const Date last =
            m_rng.chance(20) ? std::min(first.addMonths(m_rng.rangeInt(6, 40)), lastMonth) : lastMonth;
        const std::int64_t amount = m_rng.chance(70) ? 5000 : 10000; // 80–89 and 90+ years
        stream("elderly", 80, 93, first, last, amount);
    }
    Date firstApril = Date::fromCivil(firstMonth.year(), 4, 1);
    if (firstApril < firstMonth) firstApril = firstApril.addMonths(12);
    if (firstApril <= lastMonth)
        for (int i = 0; i < 10; ++i) {
            const std::int64_t amount = m_rng.range(30, 120) * 1000;
            stream("agri", 35, 70, firstApril, lastMonth, amount);
        }
}

std::uint64_t District::addBulkVillagers(std::uint64_t wantedTxs) {
    const Date firstMonth = monthStart(from());
    const Date lastMonth = monthStart(to());
    const int months = monthsBetween(firstMonth, lastMonth);
    std::uint64_t added = 0;
    for (int n = 0; added < wantedTxs; ++n) {
        const int village = n % static_cast<int>(m_villages.size());
        const Date first = firstMonth.addMonths(m_rng.rangeInt(0, std::min(11, months - 1)));
        SubsidyStream s;
        s.recipient = newVillager(village, Source::Civil, first.addDays(-15), 80, 95);
        s.program = "elderly";
        s.org = m_villages[static_cast<std::size_t>(village)].id;
        s.account = m_persons.at(s.recipient).account;
        s.monthlyAmount = m_rng.chance(70) ? 5000 : 10000;
        s.firstMonth = first;
        s.lastMonth = lastMonth;
        added += 2 + static_cast<std::uint64_t>(monthsBetween(first, lastMonth)); // person, account, payments
        addSubsidy(std::move(s));
    }
    return added;
}

std::uint64_t District::subsidyTxCount() const {
    const Date lastMonth = monthStart(to());
    std::uint64_t count = 0;
    for (const SubsidyStream& s : m_subsidies) {
        const Date last = std::min(s.lastMonth, lastMonth);
        if (last < s.firstMonth) continue;
        count += static_cast<std::uint64_t>((monthsBetween(s.firstMonth, last) - 1) / s.everyMonths + 1);
        for (int twice : s.paidTwice)
            if (Date{twice} <= last && Date{twice} >= s.firstMonth) ++count;
    }
    return count;
}

void District::subsidiesForMonth(Date month, std::vector<StaticTx>& out) const {
    const std::uint64_t seed = m_options.seed;
    int serial = 0;
    std::uint64_t sequence = (static_cast<std::uint64_t>(month.days) + 100000) << 24;
    for (std::size_t i = 0; i < m_subsidies.size(); ++i) {
        const SubsidyStream& s = m_subsidies[i];
        if (month < s.firstMonth || month > s.lastMonth || month > to()) continue;
        if (monthsBetween(s.firstMonth, month) % s.everyMonths != 1 % s.everyMonths) continue;
        // The org's batch for the month reaches the chain 10–20 days in, some batches weeks late.
        const std::uint64_t batch = mixHash(seed, static_cast<std::uint64_t>(month.days), fnv1a(s.org));
        int lag = 9 + static_cast<int>(batch % 11);
        if (batch / 11 % 100 < 8) lag += 35 + static_cast<int>(batch / 1100 % 46);
        if (s.delayedBatch) lag += 60;
        const Date day = std::min(month.addDays(lag), to());
        const int copies = s.paidTwice.count(month.days) ? 2 : 1;
        for (int copy = 0; copy < copies; ++copy) {
            char id[32];
            std::snprintf(id, sizeof id, "BZ%04d%02u-%05d", month.year(), month.month(), ++serial);
            const int yearsIn = month.year() - from().year();
            const std::int64_t amount =
                s.program == "dibao" ? s.monthlyAmount + 3000 * yearsIn : s.monthlyAmount;
            Body body;
            body.str("id", id).str("program", s.program).str("recipient", s.recipient).str("org", s.org);
            body.num("amount", amount).str("period", periodText(month)).str("account", s.account);
            const std::int64_t seconds = std::min(
                chinaSeconds(day, 9) + (serial * 7 + copy * 3600) % (7 * 3600), clock().lastRecordTime());
            out.push_back(
                {seconds, sequence++,
                 txLine(seconds, Source::Civil, districtActor(Source::Civil), "subsidy.pay", body.value())});
        }
    }
}

} // namespace lj::gen
