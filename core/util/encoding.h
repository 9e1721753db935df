#pragma once
// Hex and base64 as the SLE format writes them (lower-case hex; standard base64 with padding).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lj {

using Bytes = std::vector<std::uint8_t>;

std::string toHex(std::span<const std::uint8_t> bytes);
// Accepts lower- or upper-case digits; nullopt on odd length or a non-hex character.
std::optional<Bytes> fromHex(std::string_view hex);
// Strict: only lower-case hex of exactly `size` bytes (hashes in SLE are written that way).
bool isLowerHex(std::string_view text, std::size_t size);

std::string toBase64(std::span<const std::uint8_t> bytes);
// Strict standard base64 with padding; nullopt on any other character, bad padding or length.
std::optional<Bytes> fromBase64(std::string_view text);

inline std::span<const std::uint8_t> asBytes(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

} // namespace lj
