#pragma once
// Calendar dates (YYYY-MM-DD), as the ledger's business records carry them. A Date is a day
// count, so intervals and comparisons are integer arithmetic.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lj {

struct Date {
    std::int32_t days = 0; // since 1970-01-01

    static std::optional<Date> parse(std::string_view text); // strict YYYY-MM-DD
    static Date fromCivil(int year, unsigned month, unsigned day);
    std::string toString() const;
    int year() const;
    unsigned month() const;
    unsigned day() const;

    Date addDays(int n) const { return Date{days + n}; }
    // Calendar months; the day is clamped to the target month's length (Jan 31 + 1 month = Feb 28/29).
    Date addMonths(int n) const;
    // Inclusive count of days from this date to `last` (same day = 1).
    int inclusiveDaysTo(Date last) const { return last.days - days + 1; }

    auto operator<=>(const Date&) const = default;
};

// "2020-08" → the first day of that month.
std::optional<Date> parseMonth(std::string_view text);
// The calendar date of an RFC 3339 time in its own offset ("2020-08-31T23:00:00+08:00" → 2020-08-31).
std::optional<Date> dateOfTimestamp(std::string_view rfc3339);

} // namespace lj
