#pragma once
// Public and private keys of the three suites. Keys are parsed once and then reused for every
// signature; verification is const and safe to call from several threads at once.
#include "crypto/suite.h"
#include "util/encoding.h"
#include "util/result.h"

#include <memory>
#include <string>
#include <string_view>

typedef struct evp_pkey_st EVP_PKEY;

namespace lj {

// The distinguishing ID that SLE v1 fixes for SM2 (GB/T 32918 default).
inline constexpr std::string_view kSm2DistinguishingId = "1234567812345678";

class PublicKey {
public:
    // DER SubjectPublicKeyInfo; fails unless the key type matches the suite
    // (Ed25519, EC P-256, EC SM2 curve).
    static Result<PublicKey> fromSpkiDer(Suite suite, std::span<const std::uint8_t> der);
    static Result<PublicKey> fromSpkiBase64(Suite suite, std::string_view base64);

    Suite suite() const { return m_suite; }
    const Bytes& spkiDer() const { return m_der; }
    std::string spkiBase64() const;
    // Hex of the suite's hash over the DER SPKI, shown to users to compare with paper copies.
    std::string fingerprint() const;

    // Verifies `signature` over the bytes of `message` (Ed25519 pure; ECDSA with SHA-256 and a
    // strict DER SEQUENCE{r,s}; SM2 with SM3, Z computed with kSm2DistinguishingId).
    bool verify(std::string_view message, std::span<const std::uint8_t> signature) const;

private:
    Suite m_suite{};
    Bytes m_der;
    std::shared_ptr<EVP_PKEY> m_key;
};

class PrivateKey {
public:
    static PrivateKey generate(Suite suite);
    // PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"), unencrypted.
    static Result<PrivateKey> fromPem(Suite suite, std::string_view pem);
    std::string toPem() const;

    Suite suite() const { return m_suite; }
    PublicKey publicKey() const;
    Bytes sign(std::string_view message) const;

private:
    Suite m_suite{};
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace lj
