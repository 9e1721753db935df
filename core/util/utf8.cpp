#include "util/utf8.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace lj {
namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

std::uint64_t load64(const unsigned char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word); // unaligned load; compiles to a single mov
    return word;
}

// Index of the first byte with its high bit set in a word whose high-bit mask is non-zero.
std::size_t firstHighByte(std::uint64_t highMask) {
    if constexpr (std::endian::native == std::endian::little) {
        return static_cast<std::size_t>(std::countr_zero(highMask)) / 8;
    } else {
        return static_cast<std::size_t>(std::countl_zero(highMask)) / 8;
    }
}

} // namespace

bool isValidUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    while (p < end) {
        // ASCII runs: 16 bytes per step, then 8, then jump straight to the first non-ASCII byte.
        while (end - p >= 16 && ((load64(p) | load64(p + 8)) & kHighBits) == 0)
            p += 16;
        if (end - p >= 8) {
            const std::uint64_t high = load64(p) & kHighBits;
            if (high == 0) {
                p += 8;
                continue;
            }
            p += firstHighByte(high);
        } else {
            while (p < end && *p < 0x80)
                ++p;
            if (p == end) return true;
        }
        // p is at a non-ASCII byte; multi-byte text (e.g. Chinese) tends to come in runs.
        do {
            const std::size_t length = utf8::sequenceLength(p, end);
            if (length == 0) return false;
            p += length;
        } while (p < end && *p >= 0x80);
    }
    return true;
}

} // namespace lj
