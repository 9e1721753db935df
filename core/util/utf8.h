#pragma once
// UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
#include <string_view>

namespace lj {

// Fast for ASCII-heavy text (checks several bytes at a time).
bool isValidUtf8(std::string_view text);

} // namespace lj
