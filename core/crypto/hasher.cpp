#include "crypto/hasher.h"

#include <new>
#include <openssl/evp.h>
#include <stdexcept>
#include <string>
#include <utility>

namespace lj {
namespace {

const EVP_MD* fetchDigest(const char* name) {
    const EVP_MD* md = EVP_MD_fetch(nullptr, name, nullptr);
    if (md == nullptr) throw std::runtime_error(std::string("OpenSSL does not provide the digest ") + name);
    return md;
}

[[noreturn]] void throwOpenSslFailure(const char* what) {
    throw std::runtime_error(std::string("OpenSSL digest failure: ") + what);
}

} // namespace

const EVP_MD* evpDigest(HashAlgo algo) {
    // Fetched once (thread-safe static initialisation) and deliberately never freed: freeing at
    // exit could run after OpenSSL's own atexit cleanup has released the provider.
    if (algo == HashAlgo::Sm3) {
        static const EVP_MD* const sm3 = fetchDigest("SM3");
        return sm3;
    }
    static const EVP_MD* const sha256 = fetchDigest("SHA2-256");
    return sha256;
}

Hasher::Hasher(HashAlgo algo)
    : m_algo(algo) {
    const EVP_MD* md = evpDigest(algo); // may throw: fetch before owning anything
    m_ctx = EVP_MD_CTX_new();
    if (m_ctx == nullptr) throw std::bad_alloc();
    if (EVP_DigestInit_ex2(m_ctx, md, nullptr) != 1) {
        EVP_MD_CTX_free(m_ctx);
        throwOpenSslFailure("EVP_DigestInit_ex2");
    }
}

Hasher::~Hasher() {
    EVP_MD_CTX_free(m_ctx);
}

Hasher::Hasher(Hasher&& other) noexcept
    : m_algo(other.m_algo)
    , m_ctx(std::exchange(other.m_ctx, nullptr))
    , m_clean(other.m_clean) {}

Hasher& Hasher::operator=(Hasher&& other) noexcept {
    if (this != &other) {
        EVP_MD_CTX_free(m_ctx);
        m_algo = other.m_algo;
        m_ctx = std::exchange(other.m_ctx, nullptr);
        m_clean = other.m_clean;
    }
    return *this;
}

Hasher Hasher::clone() const {
    Hasher copy(m_algo);
    if (EVP_MD_CTX_copy_ex(copy.m_ctx, m_ctx) != 1) throwOpenSslFailure("EVP_MD_CTX_copy_ex");
    copy.m_clean = m_clean;
    return copy;
}

void Hasher::reset() {
    // OpenSSL 3.0 re-creates the provider's digest state on every init (one small allocation
    // inside libcrypto), so an init is skipped when nothing has been hashed since the last one.
    if (m_clean) return;
    if (EVP_DigestInit_ex2(m_ctx, evpDigest(m_algo), nullptr) != 1) throwOpenSslFailure("EVP_DigestInit_ex2");
    m_clean = true;
}

void Hasher::update(const void* data, std::size_t size) {
    if (size == 0) return;
    if (EVP_DigestUpdate(m_ctx, data, size) != 1) throwOpenSslFailure("EVP_DigestUpdate");
    m_clean = false;
}

Hash32 Hasher::finish() {
    Hash32 out{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx, out.data(), &length) != 1 || length != out.size())
        throwOpenSslFailure("EVP_DigestFinal_ex");
    // A finalised context cannot take more data, so re-initialise unconditionally.
    m_clean = false;
    reset();
    return out;
}

Hash32 Hasher::hash(std::string_view data) {
    reset();
    update(data);
    return finish();
}

Hash32 Hasher::leaf(std::string_view line) {
    static constexpr std::uint8_t kLeafPrefix = 0x00;
    reset();
    update(&kLeafPrefix, 1);
    update(line);
    return finish();
}

Hash32 Hasher::node(const Hash32& left, const Hash32& right) {
    static constexpr std::uint8_t kNodePrefix = 0x01;
    reset();
    update(&kNodePrefix, 1);
    update(left.data(), left.size());
    update(right.data(), right.size());
    return finish();
}

} // namespace lj
