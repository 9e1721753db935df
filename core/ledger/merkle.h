#pragma once
// RFC 9162 (§2.1) Merkle tree hash and inclusion proofs over leaf hashes.
// Leaves are already-hashed: leaf_i = H(0x00 ‖ data_i). MTH([]) = H("").
#include "crypto/hasher.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace lj {

// Streaming root: push leaf hashes in order, O(log n) memory. Gives exactly RFC 9162's MTH,
// including the unbalanced right edge.
class MerkleAccumulator {
public:
    explicit MerkleAccumulator(Hasher& hasher) : m_hasher(hasher) {}
    void add(const Hash32& leafHash);
    std::size_t size() const { return m_count; }
    Hash32 root() const; // does not consume; H("") when empty
    void clear();

private:
    Hasher& m_hasher;
    std::size_t m_count = 0;
    // m_stack[i] is a perfect subtree; sizes strictly decrease towards the back.
    std::vector<std::pair<std::size_t, Hash32>> m_stack;
};

Hash32 merkleRoot(Hasher& hasher, const std::vector<Hash32>& leaves);

// Audit path of leaf `index` (0-based) in the tree over `leaves`, from the leaf's sibling upwards.
std::vector<Hash32> inclusionProof(Hasher& hasher, const std::vector<Hash32>& leaves, std::size_t index);

// RFC 9162 §2.1.3.2 verification. False for index ≥ size, a path of the wrong length, or a
// root mismatch.
bool verifyInclusion(Hasher& hasher, const Hash32& leafHash, std::size_t index, std::size_t size,
                     const std::vector<Hash32>& path, const Hash32& root);

// The root that `path` implies (nullopt when its length does not fit index/size).
std::optional<Hash32> rootFromInclusionProof(Hasher& hasher, const Hash32& leafHash, std::size_t index,
                                             std::size_t size, const std::vector<Hash32>& path);

} // namespace lj
