#pragma once
// The three algorithm suites of SLE v1 (spec §2).
#include <optional>
#include <string_view>

namespace lj {

enum class Suite { Sha256Ed25519, Sha256P256, Sm3Sm2 };
enum class HashAlgo { Sha256, Sm3 };

std::optional<Suite> suiteFromName(std::string_view name);
std::string_view suiteName(Suite suite);
HashAlgo hashAlgoOf(Suite suite);
std::string_view hashAlgoName(HashAlgo algo); // "SHA-256" or "SM3"

} // namespace lj
