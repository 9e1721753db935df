#pragma once
// Validator sets: the header's claimed consortium (spec §3.1) and the trust store's distributed one (§6).
#include "crypto/keys.h"
#include "crypto/suite.h"
#include "json/json.h"
#include "util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace lj {

struct Validator {
    std::string id;
    std::string org;
    std::string keyBase64; // DER SubjectPublicKeyInfo, as written
    PublicKey key;         // parsed once
};

struct Consortium {
    std::string chain;
    std::string chainName; // optional
    Suite suite = Suite::Sha256Ed25519;
    std::vector<Validator> validators;
    int quorum = 0;

    const Validator* findValidator(std::string_view id) const;
    int validatorIndex(std::string_view id) const; // -1 when absent
};

bool isValidChainId(std::string_view id);     // [a-z0-9._-]{1,64}
bool isValidValidatorId(std::string_view id); // [a-z0-9._-]{1,32}

// Reads chain, chain_name, suite, validators and quorum from a header or a consortium file.
// Errors name the member at fault. `suiteError` is set when the failure is the suite itself
// (so the header check can report E_SUITE rather than E_HEADER).
Result<Consortium> parseConsortium(const json::Value& object, bool* suiteError = nullptr);

} // namespace lj
