#pragma once
// UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
#include <cstddef>
#include <string_view>

namespace lj {

// Fast for ASCII-heavy text (checks several bytes at a time).
bool isValidUtf8(std::string_view text);

namespace utf8 {

// Length (2..4) of the well-formed multi-byte sequence starting at `p` (whose first byte is
// ≥ 0x80), or 0 when it is ill-formed or truncated by `end`. Follows RFC 3629's table, which
// excludes overlongs (C0, C1, E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and code points
// above U+10FFFF (F4 90.., F5..FF). Inline because the JSON scanner calls it per character.
inline std::size_t sequenceLength(const unsigned char* p, const unsigned char* end) {
    const unsigned char lead = p[0];
    const std::size_t available = static_cast<std::size_t>(end - p);
    auto isContinuation = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    // Three-byte sequences first: CJK text is made of them.
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (available < 3) return 0;
        // The second byte's range is narrowed for E0 (overlongs) and ED (surrogates).
        const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
        const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
        return p[1] >= low && p[1] <= high && isContinuation(p[2]) ? 3 : 0;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        return available >= 2 && isContinuation(p[1]) ? 2 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (available < 4) return 0;
        // Narrowed for F0 (overlongs) and F4 (beyond U+10FFFF).
        const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
        const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
        return p[1] >= low && p[1] <= high && isContinuation(p[2]) && isContinuation(p[3]) ? 4 : 0;
    }
    return 0; // stray continuation byte, C0/C1 overlong lead, or F5..FF
}

} // namespace utf8
} // namespace lj
