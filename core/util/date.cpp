#include "util/date.h"

#include "util/rfc3339.h"

#include <cstdio>

namespace lj {

namespace {

struct Civil {
    int year;
    unsigned month;
    unsigned day;
};

// Inverse of daysFromCivil, with the same March-based era arithmetic.
Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const auto year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

bool readNumber(std::string_view text, std::size_t pos, std::size_t count, int& out)
{
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + (text[i] - '0');
    }
    out = value;
    return true;
}

unsigned monthLength(int year, unsigned month)
{
    for (unsigned day = 31; day >= 28; --day)
        if (isValidCivilDate(year, month, day)) return day;
    return 28;
}

} // namespace

std::optional<Date> Date::parse(std::string_view text)
{
    int year, month, day;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !readNumber(text, 0, 4, year) ||
        !readNumber(text, 5, 2, month) || !readNumber(text, 8, 2, day))
        return std::nullopt;
    if (!isValidCivilDate(year, static_cast<unsigned>(month), static_cast<unsigned>(day))) return std::nullopt;
    return fromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

Date Date::fromCivil(int year, unsigned month, unsigned day)
{
    return Date{static_cast<std::int32_t>(daysFromCivil(year, month, day))};
}

std::string Date::toString() const
{
    const Civil c = civilFromDays(days);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.year, c.month, c.day);
    return buffer;
}

int Date::year() const { return civilFromDays(days).year; }
unsigned Date::month() const { return civilFromDays(days).month; }
unsigned Date::day() const { return civilFromDays(days).day; }

Date Date::addMonths(int n) const
{
    const Civil c = civilFromDays(days);
    const int index = c.year * 12 + static_cast<int>(c.month) - 1 + n;
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    const auto month = static_cast<unsigned>(index - year * 12 + 1);
    const unsigned day = std::min(c.day, monthLength(year, month));
    return fromCivil(year, month, day);
}

std::optional<Date> parseMonth(std::string_view text)
{
    int year, month;
    if (text.size() != 7 || text[4] != '-' || !readNumber(text, 0, 4, year) || !readNumber(text, 5, 2, month) ||
        month < 1 || month > 12)
        return std::nullopt;
    return Date::fromCivil(year, static_cast<unsigned>(month), 1);
}

std::optional<Date> dateOfTimestamp(std::string_view rfc3339)
{
    if (!parseRfc3339(rfc3339)) return std::nullopt;
    return Date::parse(rfc3339.substr(0, 10));
}

} // namespace lj
