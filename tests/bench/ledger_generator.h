#pragma once
// Deterministic synthetic tx lines for benchmarks: the record kinds of spec §4 with Chinese
// names, addresses and purposes, sized like real three-capitals records (250–600 bytes a line).
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace lj::bench {

// "2020-06-30T10:00:00+08:00" for a Unix time (China Standard Time, as the chain writes it).
std::string formatChinaTime(std::int64_t unixSeconds);

class TxGenerator {
public:
    explicit TxGenerator(std::uint64_t seed)
        : m_random(seed) {}

    // One tx line of a randomly chosen kind, written to the chain at `unixSeconds`.
    std::string next(std::int64_t unixSeconds);

private:
    std::uint64_t below(std::uint64_t bound) {
        return std::uniform_int_distribution<std::uint64_t>(0, bound - 1)(m_random);
    }
    template <std::size_t N> std::string_view pick(const std::string_view (&items)[N]) {
        return items[below(N)];
    }
    std::string personName();
    std::string village();
    std::string address();
    std::string phone();
    std::string date(int fromYear, int toYear);
    std::string hexDigest();
    std::string id(std::string_view prefix) { return std::string(prefix) + "-" + std::to_string(++m_serial); }

    std::mt19937_64 m_random;
    std::uint64_t m_serial = 0;
};

} // namespace lj::bench
