#include "util/rfc3339.h"

namespace lj {

namespace {

bool readDigits(std::string_view text, std::size_t pos, std::size_t count, int& out)
{
    if (pos + count > text.size()) return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

} // namespace

bool isValidCivilDate(int year, unsigned month, unsigned day)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    const unsigned limit = kDays[month - 1] + ((month == 2 && isLeap(year)) ? 1 : 0);
    return day <= limit;
}

// Era-based conversion: 400-year eras of 146097 days, years starting in March so leap days fall last.
std::int64_t daysFromCivil(int year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<Instant> parseRfc3339(std::string_view t)
{
    int year, month, day, hour, minute, second;
    if (t.size() < 20) return std::nullopt;
    if (!readDigits(t, 0, 4, year) || t[4] != '-' || !readDigits(t, 5, 2, month) || t[7] != '-' ||
        !readDigits(t, 8, 2, day) || (t[10] != 'T' && t[10] != 't') || !readDigits(t, 11, 2, hour) ||
        t[13] != ':' || !readDigits(t, 14, 2, minute) || t[16] != ':' || !readDigits(t, 17, 2, second))
        return std::nullopt;
    if (!isValidCivilDate(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) || hour > 23 ||
        minute > 59 || second > 60)
        return std::nullopt;

    std::size_t pos = 19;
    std::int64_t nanos = 0;
    if (pos < t.size() && t[pos] == '.') {
        ++pos;
        std::size_t digits = 0;
        while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') {
            if (digits < 9) nanos = nanos * 10 + (t[pos] - '0');
            ++digits;
            ++pos;
        }
        if (digits == 0) return std::nullopt;
        for (std::size_t i = digits; i < 9; ++i) nanos *= 10;
    }
    if (pos >= t.size()) return std::nullopt; // the offset is mandatory
    std::int64_t offsetSeconds = 0;
    if (t[pos] == 'Z' || t[pos] == 'z') {
        ++pos;
    } else if (t[pos] == '+' || t[pos] == '-') {
        int oh, om;
        if (!readDigits(t, pos + 1, 2, oh) || pos + 3 >= t.size() || t[pos + 3] != ':' ||
            !readDigits(t, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (t[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != t.size()) return std::nullopt;

    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    Instant instant;
    instant.seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    instant.nanos = nanos;
    return instant;
}

} // namespace lj
