#pragma once
// RFC 3339 date-times with a mandatory offset ("2020-06-30T10:00:00+08:00", "…Z", fractions allowed),
// turned into instants so that times written with different offsets compare correctly (§5.1 rule 5).
#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lj {

struct Instant {
    std::int64_t seconds = 0; // since 1970-01-01T00:00:00Z
    std::int64_t nanos = 0;   // 0 … 999'999'999
    auto operator<=>(const Instant&) const = default;
};

std::optional<Instant> parseRfc3339(std::string_view text);

// Days since 1970-01-01 for a valid civil date (proleptic Gregorian).
std::int64_t daysFromCivil(int year, unsigned month, unsigned day);
bool isValidCivilDate(int year, unsigned month, unsigned day);

} // namespace lj
