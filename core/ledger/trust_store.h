#pragma once
// The workstation's trust store (spec §6): per chain, the validators and keys that the district
// distributed out of band. Decides W_UNTRUSTED; never consulted for internal consistency.
#include "ledger/consortium.h"
#include "util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace lj {

struct TrustedConsortium {
    Consortium consortium;
    std::string sourcePath; // the consortium file it came from (empty when added in memory)
};

class TrustStore {
public:
    // Loads a consortium file (one JSON object: chain, chain_name, suite, validators, quorum).
    // A second file for the same chain replaces the first.
    Status addFile(const std::string& path);
    void add(Consortium consortium, std::string sourcePath = {});
    bool remove(std::string_view chain);

    const TrustedConsortium* find(std::string_view chain) const;
    const std::vector<TrustedConsortium>& entries() const { return m_entries; }
    bool empty() const { return m_entries.empty(); }

    // True when `chain` is trusted and lists validator `id` with exactly this key.
    bool trustsKey(std::string_view chain, std::string_view id, const PublicKey& key) const;

private:
    std::vector<TrustedConsortium> m_entries;
};

// Reads a whole (small) file; errors name the path. Refuses files over `maxBytes`.
Result<std::string> readSmallFile(const std::string& path, std::size_t maxBytes = 64u << 20);

} // namespace lj
