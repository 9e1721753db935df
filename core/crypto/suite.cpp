#include "crypto/suite.h"

namespace lj {

std::optional<Suite> suiteFromName(std::string_view name) {
    if (name == "sha256-ed25519") return Suite::Sha256Ed25519;
    if (name == "sha256-p256") return Suite::Sha256P256;
    if (name == "sm3-sm2") return Suite::Sm3Sm2;
    return std::nullopt;
}

std::string_view suiteName(Suite suite) {
    switch (suite) {
    case Suite::Sha256Ed25519:
        return "sha256-ed25519";
    case Suite::Sha256P256:
        return "sha256-p256";
    case Suite::Sm3Sm2:
        return "sm3-sm2";
    }
    return "unknown";
}

HashAlgo hashAlgoOf(Suite suite) {
    return suite == Suite::Sm3Sm2 ? HashAlgo::Sm3 : HashAlgo::Sha256;
}

std::string_view hashAlgoName(HashAlgo algo) {
    return algo == HashAlgo::Sm3 ? "SM3" : "SHA-256";
}

} // namespace lj
