#include "generator/identity.h"

#include "generator/name_pools.h"
#include "util/encoding.h"

#include <array>
#include <cstdio>

namespace lj::gen {

namespace {

constexpr std::string_view kUsccCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// x ↦ (x·multiplier + offset) mod modulus is a bijection when gcd(multiplier, modulus) = 1: it
// scatters consecutive counters over the number space while keeping them distinct.
std::uint64_t scatter(std::uint64_t counter, std::uint64_t multiplier, std::uint64_t offset,
                      std::uint64_t modulus) {
    // No overflow for the counters of a district (below a few million) and the moduli used here.
    return (counter % modulus * multiplier + offset) % modulus;
}

std::string digits(std::uint64_t value, int width) {
    std::string text(static_cast<std::size_t>(width), '0');
    for (int i = width - 1; i >= 0 && value > 0; --i, value /= 10)
        text[static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    return text;
}

int alnumValue(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10;
}

std::string_view bankPrefix(std::string_view bank) {
    if (bank.find("农业银行") != std::string_view::npos) return "622848";
    if (bank.find("农村商业") != std::string_view::npos) return "623069";
    if (bank.find("工商银行") != std::string_view::npos) return "622202";
    if (bank.find("建设银行") != std::string_view::npos) return "621700";
    if (bank.find("江苏银行") != std::string_view::npos) return "622173";
    if (bank.find("邮政") != std::string_view::npos) return "621799";
    return "622260";
}

} // namespace

char residentIdCheck(std::string_view first17) {
    static constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr std::string_view kCodes = "10X98765432";
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i)
        sum += (first17[i] - '0') * kWeights[i];
    return kCodes[static_cast<std::size_t>(sum % 11)];
}

char organizationCodeCheck(std::string_view first8) {
    static constexpr std::array<int, 8> kWeights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i)
        sum += alnumValue(first8[i]) * kWeights[i];
    const int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);
}

char usccCheck(std::string_view first17) {
    int sum = 0, weight = 1;
    for (std::size_t i = 0; i < 17; ++i, weight = weight * 3 % 31)
        sum += static_cast<int>(kUsccCharset.find(first17[i])) * weight;
    return kUsccCharset[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

IdentityFactory::IdentityFactory(Suite suite, std::uint64_t seed)
    : m_seed(seed)
    , m_hasher(hashAlgoOf(suite)) {}

std::string IdentityFactory::personName(Prng& rng, bool male) {
    std::string name(rng.pick(surnames()));
    name += rng.pick(male ? maleGivenNames() : femaleGivenNames());
    return name;
}

std::string IdentityFactory::residentId(Prng& rng, int birthYear, bool male) {
    char birth[40];
    const int month = rng.rangeInt(1, 12);
    const int day = rng.rangeInt(1, 28);
    std::snprintf(birth, sizeof birth, "%04d%02d%02d", birthYear, month, day);
    int sequence = rng.rangeInt(1, 499) * 2 + (male ? 1 : 0); // odd for men, as the standard says
    for (;;) {
        std::string id =
            "320507" + std::string(birth) + digits(static_cast<std::uint64_t>(sequence % 1000), 3);
        id += residentIdCheck(id);
        if (m_residentIds.insert(id).second) return id;
        sequence += 2;
    }
}

std::string IdentityFactory::idDigest(std::string_view residentId) {
    const Hash32 hash = m_hasher.hash(residentId);
    return toHex(hash);
}

std::string IdentityFactory::mobilePhone() {
    const auto prefixes = phonePrefixes();
    const std::uint64_t n = m_phones++;
    return std::string(prefixes[n % prefixes.size()]) +
           digits(scatter(n / prefixes.size(), 48271, m_seed % 100000000, 100000000), 8);
}

std::string IdentityFactory::landline() {
    return "0512-6" + digits(scatter(m_landlines++, 7919, m_seed % 10000000, 10000000), 7);
}

std::string IdentityFactory::homeAddress(std::string_view town, std::string_view village) {
    const std::uint64_t k = m_addresses[std::string(village) + "/home"]++;
    // Ten groups (组); house numbers rise by up to three so that neighbours look irregular.
    const std::uint64_t house = (k / 10) * 3 + 1 + mixHash(m_seed, k, 7) % 3;
    return "相城区" + std::string(town) + std::string(village) + std::to_string(k % 10 + 1) + "组" +
           std::to_string(house) + "号";
}

std::string IdentityFactory::businessAddress(std::string_view town, std::string_view village) {
    const std::uint64_t k = m_addresses[std::string(village) + "/business"]++;
    return "相城区" + std::string(town) + std::string(village) + "工业园" + std::to_string(k * 2 + 11) + "号";
}

std::string IdentityFactory::accountNumber(std::string_view bank) {
    return std::string(bankPrefix(bank)) +
           digits(scatter(m_accounts++, 7919, m_seed % 1000000000000ull, 10000000000000ull), 13);
}

std::string IdentityFactory::uscc(bool cooperative) {
    constexpr std::uint64_t kSpace = 31ull * 31 * 31 * 31 * 31 * 31 * 31 * 31;
    std::uint64_t code = scatter(m_usccs++, 2654435761ull, m_seed % kSpace, kSpace);
    std::string body(8, '0');
    for (int i = 7; i >= 0; --i, code /= 31)
        body[static_cast<std::size_t>(i)] = kUsccCharset[code % 31];
    std::string text = std::string(cooperative ? "93" : "91") + "320507" + body + organizationCodeCheck(body);
    text += usccCheck(text);
    return text;
}

} // namespace lj::gen
