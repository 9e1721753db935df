#pragma once
// Private to core/json: the lexical pieces shared by the tree parser (parse), the allocation-free
// validator (validateObject) and Value::number, so that all of them accept exactly the same text.
#include "util/utf8.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lj::json::detail {

inline bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
inline bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
inline bool isAsciiAlnum(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline const char* skipSpace(const char* p, const char* end) {
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

// Reports a failure: remembers where and why, and yields nullptr so scanners can `return fail(..)`.
class Failure {
public:
    Failure(const char* begin, std::size_t& offset, std::string& reason)
        : m_begin(begin)
        , m_offset(offset)
        , m_reason(reason) {}
    std::nullptr_t operator()(const char* at, std::string reason) const {
        m_offset = static_cast<std::size_t>(at - m_begin);
        m_reason = std::move(reason);
        return nullptr;
    }

private:
    const char* m_begin;
    std::size_t& m_offset;
    std::string& m_reason;
};

// First byte in [p, end) that interrupts a plain run inside a string: '"', '\\', a control
// character (< 0x20) or, with kStopAtNonAscii, a byte ≥ 0x80 (so UTF-8 can be checked); end if
// none. This is where validateObject spends most of its time, hence 16 or 8 bytes per step.
template <bool kStopAtNonAscii> inline const char* findStringSpecial(const char* p, const char* end) {
#if defined(__SSE2__)
    while (end - p >= 16) {
        __m128i bytes;
        std::memcpy(&bytes, p, sizeof bytes);
        __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                                    _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\')));
        if constexpr (kStopAtNonAscii) {
            // A signed compare sees bytes ≥ 0x80 as negative: one test catches them and controls.
            hits = _mm_or_si128(hits, _mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20)));
        } else {
            // Unsigned "byte ≤ 0x1F": min(byte, 0x1F) == byte.
            hits = _mm_or_si128(hits, _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(0x1F)), bytes));
        }
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
        if (mask != 0) return p + std::countr_zero(mask);
        p += 16;
    }
#endif
    if constexpr (std::endian::native == std::endian::little) {
        // SWAR: in each test the lowest flagged byte is exact (borrows only run upwards from a
        // real hit), so the lowest bit of the union is the first special byte.
        constexpr std::uint64_t ones = 0x0101010101010101ULL;
        constexpr std::uint64_t high = 0x8080808080808080ULL;
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, sizeof word);
            const std::uint64_t quotes = word ^ (ones * '"');
            const std::uint64_t backslashes = word ^ (ones * '\\');
            std::uint64_t hits = ((quotes - ones) & ~quotes) | ((backslashes - ones) & ~backslashes) |
                                 ((word - ones * 0x20) & ~word);
            hits &= high;
            if constexpr (kStopAtNonAscii) hits |= word & high;
            if (hits != 0) return p + std::countr_zero(hits) / 8;
            p += 8;
        }
    }
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20 || (kStopAtNonAscii && c >= 0x80)) return p;
    }
    return end;
}

// Value of four hex digits at p (caller ensures 4 bytes), or -1.
inline int hex4(const char* p) {
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

inline bool isHighSurrogate(int unit) {
    return unit >= 0xD800 && unit <= 0xDBFF;
}
inline bool isLowSurrogate(int unit) {
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

// Checks the escape at `p` (a backslash); returns the position after it or nullptr.
inline const char* scanEscape(const char* p, const char* end, const Failure& fail) {
    if (end - p < 2) return nullptr; // the caller reports the unterminated string
    switch (p[1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        return p + 2;
    case 'u':
        break;
    default:
        return fail(p, "invalid escape");
    }
    const int unit = end - p >= 6 ? hex4(p + 2) : -1;
    if (unit < 0) return fail(p, "invalid \\u escape");
    if (isLowSurrogate(unit)) return fail(p, "lone surrogate in \\u escape");
    if (!isHighSurrogate(unit)) return p + 6;
    // A high surrogate must be followed at once by an escaped low one.
    if (end - p < 12 || p[6] != '\\' || p[7] != 'u' || !isLowSurrogate(hex4(p + 8))) {
        return fail(p, "lone surrogate in \\u escape");
    }
    return p + 12;
}

// Continues scanString after `p`, the first byte that is not plain string content. Out of line:
// keeping escapes and UTF-8 out of the caller keeps the common case (a plain string) cheap.
template <bool kCheckUtf8>
[[gnu::noinline]] const char* scanStringSlowly(const char* quote, const char* p, const char* end,
                                               bool& hasEscape, const Failure& fail) {
    for (;;) {
        if (p == end) return fail(quote, "unterminated string");
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') return p;
        if (c == '\\') {
            if (end - p < 2) return fail(quote, "unterminated string");
            p = scanEscape(p, end, fail);
            if (p == nullptr) return nullptr;
            hasEscape = true;
        } else if (c < 0x20) {
            return fail(p, "control character in string");
        } else {
            // Non-ASCII (only reached with kCheckUtf8); such text usually comes in runs.
            const auto* u = reinterpret_cast<const unsigned char*>(p);
            const auto* uend = reinterpret_cast<const unsigned char*>(end);
            do {
                const std::size_t length = utf8::sequenceLength(u, uend);
                if (length == 0) return fail(reinterpret_cast<const char*>(u), "invalid UTF-8");
                u += length;
            } while (u < uend && *u >= 0x80);
            p = reinterpret_cast<const char*>(u);
        }
        p = findStringSpecial<kCheckUtf8>(p, end);
    }
}

// Scans a string starting at its opening quote `quote`: checks escapes, raw control characters
// and (with kCheckUtf8) UTF-8. Returns the position of the closing quote, or nullptr after
// reporting. Sets hasEscape when the content contains a backslash.
template <bool kCheckUtf8>
inline const char* scanString(const char* quote, const char* end, bool& hasEscape, const Failure& fail) {
    const char* p = findStringSpecial<kCheckUtf8>(quote + 1, end);
    if (p < end && *p == '"') [[likely]]
        return p;
    return scanStringSlowly<kCheckUtf8>(quote, p, end, hasEscape, fail);
}

inline void appendUtf8(std::string& out, std::uint32_t codePoint) {
    if (codePoint < 0x80) {
        out.push_back(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (codePoint >> 18)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

// Appends the unescaped form of string content [p, end) that scanString has accepted.
inline void appendUnescaped(std::string& out, const char* p, const char* end) {
    while (p < end) {
        const auto* backslash =
            static_cast<const char*>(std::memchr(p, '\\', static_cast<std::size_t>(end - p)));
        if (backslash == nullptr) backslash = end;
        out.append(p, backslash);
        if (backslash == end) return;
        p = backslash + 2;
        switch (backslash[1]) {
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            auto codePoint = static_cast<std::uint32_t>(hex4(p));
            p += 4;
            if (isHighSurrogate(static_cast<int>(codePoint))) {
                const auto low = static_cast<std::uint32_t>(hex4(p + 2));
                codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
                p += 6;
            }
            appendUtf8(out, codePoint);
            break;
        }
        default:
            out.push_back(backslash[1]);
            break; // " \ /
        }
    }
}

// End of the JSON number starting at p, or nullptr when the text there is not a JSON number.
// A number glued to more number-like characters (01, 0x1F, 1.2.3, 1e5e5) is one bad token.
inline const char* scanNumber(const char* p, const char* end) {
    auto digits = [&] {
        if (p == end || !isDigit(*p)) return false;
        do
            ++p;
        while (p < end && isDigit(*p));
        return true;
    };
    if (p < end && *p == '-') ++p;
    if (p < end && *p == '0') {
        ++p;
    } else if (!digits()) {
        return nullptr;
    }
    if (p < end && *p == '.') {
        ++p;
        if (!digits()) return nullptr;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-')) ++p;
        if (!digits()) return nullptr;
    }
    if (p < end && (isAsciiAlnum(*p) || *p == '.' || *p == '+' || *p == '-')) return nullptr;
    return p;
}

inline bool isNumberText(std::string_view text) {
    const char* end = text.data() + text.size();
    return scanNumber(text.data(), end) == end;
}

} // namespace lj::json::detail
