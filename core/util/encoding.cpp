#include "util/encoding.h"

#include <array>

namespace lj {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// 0..63 for alphabet characters, -1 for everything else (including '=' and whitespace).
constexpr std::array<std::int8_t, 256> makeBase64Table() {
    std::array<std::int8_t, 256> table{};
    table.fill(-1);
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(kBase64Alphabet[i])] = static_cast<std::int8_t>(i);
    return table;
}
constexpr auto kBase64Table = makeBase64Table();

int base64Value(char c) {
    return kBase64Table[static_cast<unsigned char>(c)];
}

} // namespace

std::string toHex(std::span<const std::uint8_t> bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (std::uint8_t b : bytes) {
        out.push_back(kHexDigits[b >> 4]);
        out.push_back(kHexDigits[b & 0x0f]);
    }
    return out;
}

std::optional<Bytes> fromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) return std::nullopt;
    Bytes out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = hexValue(hex[i]);
        const int low = hexValue(hex[i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        out.push_back(static_cast<std::uint8_t>((high << 4) | low));
    }
    return out;
}

bool isLowerHex(std::string_view text, std::size_t size) {
    if (text.size() != size * 2) return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::string toBase64(std::span<const std::uint8_t> bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t group = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
        out.push_back(kBase64Alphabet[(group >> 18) & 0x3f]);
        out.push_back(kBase64Alphabet[(group >> 12) & 0x3f]);
        out.push_back(kBase64Alphabet[(group >> 6) & 0x3f]);
        out.push_back(kBase64Alphabet[group & 0x3f]);
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t group = bytes[i] << 16;
        out.push_back(kBase64Alphabet[(group >> 18) & 0x3f]);
        out.push_back(kBase64Alphabet[(group >> 12) & 0x3f]);
        out.append("==");
    } else if (rest == 2) {
        const std::uint32_t group = (bytes[i] << 16) | (bytes[i + 1] << 8);
        out.push_back(kBase64Alphabet[(group >> 18) & 0x3f]);
        out.push_back(kBase64Alphabet[(group >> 12) & 0x3f]);
        out.push_back(kBase64Alphabet[(group >> 6) & 0x3f]);
        out.push_back('=');
    }
    return out;
}

std::optional<Bytes> fromBase64(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::size_t padding = 0;
    if (!text.empty() && text.back() == '=') padding = text[text.size() - 2] == '=' ? 2 : 1;

    Bytes out;
    out.reserve(text.size() / 4 * 3);
    const std::size_t dataChars = text.size() - padding;
    std::uint32_t group = 0;
    for (std::size_t i = 0; i < dataChars; ++i) {
        const int value = base64Value(text[i]);
        if (value < 0) return std::nullopt; // also catches '=' in the middle
        group = (group << 6) | static_cast<std::uint32_t>(value);
        if (i % 4 == 3) {
            out.push_back(static_cast<std::uint8_t>(group >> 16));
            out.push_back(static_cast<std::uint8_t>(group >> 8));
            out.push_back(static_cast<std::uint8_t>(group));
            group = 0;
        }
    }
    // Canonical form only: the bits below the last whole byte must be zero, so every byte
    // string has exactly one accepted encoding.
    if (padding == 2) {
        if ((group & 0x0f) != 0) return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(group >> 4));
    } else if (padding == 1) {
        if ((group & 0x03) != 0) return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(group >> 10));
        out.push_back(static_cast<std::uint8_t>(group >> 2));
    }
    return out;
}

} // namespace lj
