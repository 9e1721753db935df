#pragma once
// Identifiers of people and firms as the source systems hold them: names, resident ID numbers
// (hashed into id_digest), phones, addresses, bank account numbers and USCC codes. Everything a
// rule compares (phones, addresses, account numbers, digests) is unique by construction, so that
// two parties share one only when a planted case says so.
#include "crypto/hasher.h"
#include "crypto/suite.h"
#include "generator/prng.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace lj::gen {

// Check characters of the codes (exposed for tests).
char residentIdCheck(std::string_view first17);      // GB 11643
char organizationCodeCheck(std::string_view first8); // GB 11714
char usccCheck(std::string_view first17);            // GB 32100

class IdentityFactory {
public:
    IdentityFactory(Suite suite, std::uint64_t seed);

    std::string personName(Prng& rng, bool male);
    // A resident ID number (320507…, birth date, sequence, check digit), never issued twice.
    std::string residentId(Prng& rng, int birthYear, bool male);
    // The suite's hash of a resident ID, lower-case hex: what person.register calls id_digest.
    std::string idDigest(std::string_view residentId);

    std::string mobilePhone();
    std::string landline();
    // 相城区<town><village>N组M号, unique within the village.
    std::string homeAddress(std::string_view town, std::string_view village);
    // 相城区<town><village>工业园N号 (firms), unique within the village.
    std::string businessAddress(std::string_view town, std::string_view village);
    std::string accountNumber(std::string_view bank);
    // 18 characters: 91 (enterprise) or 93 (farmers' cooperative), 320507, organisation code, check.
    std::string uscc(bool cooperative);

private:
    std::uint64_t m_seed;
    Hasher m_hasher;
    std::unordered_set<std::string> m_residentIds;
    std::uint64_t m_phones = 0, m_landlines = 0, m_accounts = 0, m_usccs = 0;
    std::unordered_map<std::string, std::uint64_t> m_addresses; // per village and kind
};

} // namespace lj::gen
