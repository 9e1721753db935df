#include "crypto/keys.h"

#include "crypto/hasher.h"

#include <algorithm>
#include <climits>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <stdexcept>
#include <utility>

namespace lj {
namespace {

struct MdCtxFree {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct PkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

// The first queued OpenSSL error as text (empty queue: a generic note); clears the queue so
// failures do not pile up in the thread's error state.
std::string takeOpenSslError() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) return "no further detail from OpenSSL";
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return text;
}

int curveNid(const EVP_PKEY* key) {
    char name[64];
    std::size_t length = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &length) != 1) return NID_undef;
    return OBJ_txt2nid(name);
}

// Empty when `key` is of the suite's key type, else a sentence saying what is wrong.
std::string keyTypeMismatch(Suite suite, const EVP_PKEY* key) {
    switch (suite) {
    case Suite::Sha256Ed25519:
        if (EVP_PKEY_is_a(key, "ED25519")) return {};
        return "the key is not an Ed25519 key";
    case Suite::Sha256P256:
        if (!EVP_PKEY_is_a(key, "EC")) return "the key is not an EC key";
        if (curveNid(key) != NID_X9_62_prime256v1) return "the EC key is not on curve P-256";
        return {};
    case Suite::Sm3Sm2:
        // OpenSSL 3.0 gives keys on the SM2 curve their own key type "SM2"; an "EC" key would
        // be signed and verified as ECDSA, so only the SM2 type is accepted.
        if (!EVP_PKEY_is_a(key, "SM2")) return "the key is not an SM2 key";
        if (curveNid(key) != NID_sm2) return "the SM2 key is not on the SM2 curve";
        return {};
    }
    return "unknown suite";
}

std::string suiteMismatchMessage(Suite suite, const std::string& reason) {
    return "key does not match suite " + std::string(suiteName(suite)) + ": " + reason;
}

const EVP_MD* signatureDigest(Suite suite) {
    switch (suite) {
    case Suite::Sha256Ed25519:
        return nullptr; // pure Ed25519 hashes the message itself
    case Suite::Sha256P256:
        return evpDigest(HashAlgo::Sha256);
    case Suite::Sm3Sm2:
        return evpDigest(HashAlgo::Sm3);
    }
    return nullptr;
}

// Prepares `ctx` for one sign or verify operation. For SM2 the distinguishing ID must sit on a
// key context attached before the init; EVP_MD_CTX_set_pkey_ctx does not take ownership, so
// that context is handed back in `keyCtx` and must outlive `ctx`.
bool initSignatureContext(Suite suite, EVP_PKEY* key, bool signing, EVP_MD_CTX* ctx, PkeyCtxPtr& keyCtx) {
    if (suite == Suite::Sm3Sm2) {
        keyCtx.reset(EVP_PKEY_CTX_new(key, nullptr));
        if (!keyCtx ||
            EVP_PKEY_CTX_set1_id(keyCtx.get(), kSm2DistinguishingId.data(), kSm2DistinguishingId.size()) != 1)
            return false;
        EVP_MD_CTX_set_pkey_ctx(ctx, keyCtx.get());
    }
    const EVP_MD* md = signatureDigest(suite);
    if (signing) return EVP_DigestSignInit(ctx, nullptr, md, nullptr, key) == 1;
    return EVP_DigestVerifyInit(ctx, nullptr, md, nullptr, key) == 1;
}

const unsigned char* messageBytes(std::string_view message) {
    static const unsigned char kEmpty = 0; // never hand OpenSSL a null pointer
    return message.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(message.data());
}

std::shared_ptr<EVP_PKEY> share(PkeyPtr key) {
    return std::shared_ptr<EVP_PKEY>(std::move(key));
}

// PEM_read_bio_PrivateKey would otherwise prompt on the terminal for an encrypted key.
int refusePassphrase(char*, int, int, void*) {
    return -1;
}

} // namespace

Result<PublicKey> PublicKey::fromSpkiDer(Suite suite, std::span<const std::uint8_t> der) {
    if (der.empty()) return fail("public key is empty");
    if (der.size() > LONG_MAX) return fail("public key is too large");
    const unsigned char* cursor = der.data();
    PkeyPtr key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size())));
    if (!key) return fail("public key is not a DER SubjectPublicKeyInfo: " + takeOpenSslError());
    if (cursor != der.data() + der.size())
        return fail("public key has trailing bytes after the DER structure");
    if (std::string reason = keyTypeMismatch(suite, key.get()); !reason.empty())
        return fail(suiteMismatchMessage(suite, reason));

    // One key, one encoding: the fingerprint is taken over these bytes, so a lenient BER form
    // of the same key must not yield a second fingerprint.
    const int canonicalSize = i2d_PUBKEY(key.get(), nullptr);
    if (canonicalSize <= 0) return fail("public key cannot be re-encoded: " + takeOpenSslError());
    Bytes canonical(static_cast<std::size_t>(canonicalSize));
    unsigned char* out = canonical.data();
    i2d_PUBKEY(key.get(), &out);
    if (!std::equal(canonical.begin(), canonical.end(), der.begin(), der.end()))
        return fail("public key is not in canonical DER form");

    PublicKey result;
    result.m_suite = suite;
    result.m_der = std::move(canonical);
    result.m_key = share(std::move(key));
    return result;
}

Result<PublicKey> PublicKey::fromSpkiBase64(Suite suite, std::string_view base64) {
    const std::optional<Bytes> der = fromBase64(base64);
    if (!der) return fail("public key is not valid base64");
    return fromSpkiDer(suite, *der);
}

std::string PublicKey::spkiBase64() const {
    return toBase64(m_der);
}

std::string PublicKey::fingerprint() const {
    Hasher hasher(hashAlgoOf(m_suite));
    hasher.update(m_der.data(), m_der.size());
    return toHex(hasher.finish());
}

bool PublicKey::verify(std::string_view message, std::span<const std::uint8_t> signature) const {
    if (!m_key || signature.empty()) return false;
    // Per-call contexts: the EVP_PKEY is only read, so concurrent verifies are safe.
    PkeyCtxPtr keyCtx; // declared first: it must outlive ctx
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool valid = ctx && initSignatureContext(m_suite, m_key.get(), false, ctx.get(), keyCtx) &&
                       EVP_DigestVerify(ctx.get(), signature.data(), signature.size(), messageBytes(message),
                                        message.size()) == 1;
    ERR_clear_error(); // a rejected signature is an answer, not an error to keep
    return valid;
}

PrivateKey PrivateKey::generate(Suite suite) {
    PkeyPtr key;
    switch (suite) {
    case Suite::Sha256Ed25519:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
        break;
    case Suite::Sha256P256:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        break;
    case Suite::Sm3Sm2:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2"));
        break;
    }
    if (!key)
        throw std::runtime_error("cannot generate a " + std::string(suiteName(suite)) +
                                 " key: " + takeOpenSslError());
    PrivateKey result;
    result.m_suite = suite;
    result.m_key = share(std::move(key));
    return result;
}

Result<PrivateKey> PrivateKey::fromPem(Suite suite, std::string_view pem) {
    // Only unencrypted PKCS#8; traditional and encrypted PEM blocks have other labels.
    if (pem.find("-----BEGIN PRIVATE KEY-----") == std::string_view::npos)
        return fail("private key is not an unencrypted PKCS#8 PEM block (BEGIN PRIVATE KEY)");
    if (pem.size() > INT_MAX) return fail("private key PEM is too large");
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio) return fail("cannot read private key: " + takeOpenSslError());
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr));
    if (!key) return fail("private key PEM cannot be decoded: " + takeOpenSslError());
    if (std::string reason = keyTypeMismatch(suite, key.get()); !reason.empty())
        return fail(suiteMismatchMessage(suite, reason));
    PrivateKey result;
    result.m_suite = suite;
    result.m_key = share(std::move(key));
    return result;
}

std::string PrivateKey::toPem() const {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        throw std::runtime_error("cannot write private key PEM: " + takeOpenSslError());
    char* data = nullptr;
    const long size = BIO_ctrl(bio.get(), BIO_CTRL_INFO, 0, &data); // BIO_get_mem_data without its cast
    return std::string(data, static_cast<std::size_t>(size));
}

PublicKey PrivateKey::publicKey() const {
    const int size = i2d_PUBKEY(m_key.get(), nullptr);
    if (size <= 0) throw std::runtime_error("cannot encode public key: " + takeOpenSslError());
    Bytes der(static_cast<std::size_t>(size));
    unsigned char* out = der.data();
    i2d_PUBKEY(m_key.get(), &out);
    Result<PublicKey> key = PublicKey::fromSpkiDer(m_suite, der);
    if (!key) throw std::runtime_error("cannot encode public key: " + key.error());
    return std::move(key).value();
}

Bytes PrivateKey::sign(std::string_view message) const {
    PkeyCtxPtr keyCtx; // declared first: it must outlive ctx
    MdCtxPtr ctx(EVP_MD_CTX_new());
    std::size_t size = 0;
    const unsigned char* data = messageBytes(message);
    if (!ctx || !initSignatureContext(m_suite, m_key.get(), true, ctx.get(), keyCtx) ||
        EVP_DigestSign(ctx.get(), nullptr, &size, data, message.size()) != 1)
        throw std::runtime_error("cannot start signing: " + takeOpenSslError());
    Bytes signature(size);
    if (EVP_DigestSign(ctx.get(), signature.data(), &size, data, message.size()) != 1)
        throw std::runtime_error("cannot sign: " + takeOpenSslError());
    signature.resize(size); // DER signatures are often shorter than the maximum
    return signature;
}

} // namespace lj
