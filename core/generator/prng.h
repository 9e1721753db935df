#pragma once
// The generator's random numbers: xoshiro256** seeded through SplitMix64. Our own small PRNG rather
// than <random>'s distributions, whose output differs between standard libraries: a seed must give
// the same district everywhere.
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace lj::gen {

// One SplitMix64 step: also a good 64-bit mixing function for hashing (seed, a, b) tuples.
inline std::uint64_t splitMix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// A stateless hash of a few numbers: for streams generated month by month (subsidies, operation
// logs) whose values must not depend on how many random numbers were drawn before.
inline std::uint64_t mixHash(std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0, std::uint64_t d = 0) {
    std::uint64_t state = a;
    std::uint64_t h = splitMix64(state);
    for (std::uint64_t part : {b, c, d}) {
        state = h ^ part;
        h = splitMix64(state);
    }
    return h;
}

// FNV-1a of a string: a portable hash (std::hash differs between standard libraries).
inline std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : text)
        h = (h ^ c) * 0x100000001b3ull;
    return h;
}

class Prng {
public:
    explicit Prng(std::uint64_t seed) {
        std::uint64_t state = seed;
        for (auto& word : m_state)
            word = splitMix64(state);
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, bound) by rejection (no modulo bias); bound 0 gives 0.
    std::uint64_t below(std::uint64_t bound) {
        if (bound == 0) return 0;
        const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % bound);
        std::uint64_t value;
        do
            value = next();
        while (value >= limit);
        return value % bound;
    }
    // Uniform in [low, high] (inclusive).
    std::int64_t range(std::int64_t low, std::int64_t high) {
        return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low) + 1));
    }
    int rangeInt(int low, int high) { return static_cast<int>(range(low, high)); }
    // True with probability percent/100.
    bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }

    template <class T> const T& pick(std::span<const T> items) { return items[below(items.size())]; }
    template <class T, std::size_t N> const T& pick(const std::array<T, N>& items) { return items[below(N)]; }

    // A child generator for one independent part of the district, so that adding draws to one
    // part does not reshuffle the others.
    Prng fork(std::uint64_t salt) { return Prng(mixHash(next(), salt)); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_state{};
};

} // namespace lj::gen
