#pragma once
// Incremental SHA-256 / SM3 through OpenSSL 3 EVP. The EVP_MD is fetched once per process and
// the context is reused across reset() calls: OpenSSL 3 is slow when digests are looked up per call.
#include "crypto/suite.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_md_st EVP_MD;

namespace lj {

using Hash32 = std::array<std::uint8_t, 32>;

// The process-wide EVP_MD for `algo`, fetched on first use and shared by hashing and signatures.
// Throws std::runtime_error if the OpenSSL build lacks the digest.
const EVP_MD* evpDigest(HashAlgo algo);

class Hasher {
public:
    explicit Hasher(HashAlgo algo);
    ~Hasher();
    Hasher(Hasher&&) noexcept;
    Hasher& operator=(Hasher&&) noexcept;
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    // A new hasher in the same state (EVP_MD_CTX_copy_ex): used to snapshot a running digest.
    Hasher clone() const;

    HashAlgo algo() const { return m_algo; }
    void reset();
    void update(const void* data, std::size_t size);
    void update(std::string_view data) { update(data.data(), data.size()); }
    Hash32 finish(); // also resets

    // One-shot helpers (they reset this hasher first).
    Hash32 hash(std::string_view data);
    Hash32 leaf(std::string_view line);                   // H(0x00 ‖ line): RFC 9162 leaf, the SLE tx id
    Hash32 node(const Hash32& left, const Hash32& right); // H(0x01 ‖ left ‖ right)

private:
    HashAlgo m_algo;
    EVP_MD_CTX* m_ctx = nullptr;
    bool m_clean = true; // freshly initialised, nothing hashed yet: reset() can skip the re-init
};

} // namespace lj
