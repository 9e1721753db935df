#include "ledger/merkle.h"

#include <bit>

namespace lj {
namespace {

// RFC 9162's split point k: the largest power of two strictly below n (n ≥ 2).
std::size_t splitPoint(std::size_t n) {
    return std::bit_floor(n - 1);
}

Hash32 subtreeRoot(Hasher& hasher, const std::vector<Hash32>& leaves, std::size_t begin, std::size_t end) {
    const std::size_t n = end - begin;
    if (n == 1) return leaves[begin];
    const std::size_t k = splitPoint(n);
    const Hash32 left = subtreeRoot(hasher, leaves, begin, begin + k);
    const Hash32 right = subtreeRoot(hasher, leaves, begin + k, end);
    return hasher.node(left, right);
}

void appendPath(Hasher& hasher, const std::vector<Hash32>& leaves, std::size_t index, std::size_t begin,
                std::size_t end, std::vector<Hash32>& path) {
    const std::size_t n = end - begin;
    if (n == 1) return;
    const std::size_t k = splitPoint(n);
    // Deeper siblings first, so the path runs from the leaf upwards.
    if (index < begin + k) {
        appendPath(hasher, leaves, index, begin, begin + k, path);
        path.push_back(subtreeRoot(hasher, leaves, begin + k, end));
    } else {
        appendPath(hasher, leaves, index, begin + k, end, path);
        path.push_back(subtreeRoot(hasher, leaves, begin, begin + k));
    }
}

} // namespace

void MerkleAccumulator::add(const Hash32& leafHash) {
    m_stack.emplace_back(1, leafHash);
    ++m_count;
    // Two perfect subtrees of equal size merge into one of twice the size (binary carry).
    while (m_stack.size() >= 2 && m_stack[m_stack.size() - 2].first == m_stack.back().first) {
        const auto right = m_stack.back();
        m_stack.pop_back();
        auto& left = m_stack.back();
        left.second = m_hasher.node(left.second, right.second);
        left.first *= 2;
    }
}

Hash32 MerkleAccumulator::root() const {
    if (m_stack.empty()) return m_hasher.hash({});
    // The largest subtree is the left child of the root, the rest of the tree its right child,
    // recursively: folding from the smallest subtree leftwards reproduces RFC 9162's splits.
    Hash32 acc = m_stack.back().second;
    for (std::size_t i = m_stack.size() - 1; i-- > 0;)
        acc = m_hasher.node(m_stack[i].second, acc);
    return acc;
}

void MerkleAccumulator::clear() {
    m_stack.clear();
    m_count = 0;
}

Hash32 merkleRoot(Hasher& hasher, const std::vector<Hash32>& leaves) {
    if (leaves.empty()) return hasher.hash({});
    return subtreeRoot(hasher, leaves, 0, leaves.size());
}

std::vector<Hash32> inclusionProof(Hasher& hasher, const std::vector<Hash32>& leaves, std::size_t index) {
    std::vector<Hash32> path;
    if (index >= leaves.size()) return path;
    appendPath(hasher, leaves, index, 0, leaves.size(), path);
    return path;
}

std::optional<Hash32> rootFromInclusionProof(Hasher& hasher, const Hash32& leafHash, std::size_t index,
                                             std::size_t size, const std::vector<Hash32>& path) {
    if (index >= size) return std::nullopt;
    // RFC 9162 §2.1.3.2: fn walks the leaf's position up the tree, sn the last leaf's.
    std::size_t fn = index;
    std::size_t sn = size - 1;
    Hash32 r = leafHash;
    for (const Hash32& p : path) {
        if (sn == 0) return std::nullopt; // path longer than the tree is high
        if ((fn & 1) != 0 || fn == sn) {
            r = hasher.node(p, r);
            // A right-edge node without a right sibling: skip the levels where it is promoted.
            while ((fn & 1) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = hasher.node(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0) return std::nullopt; // path too short
    return r;
}

bool verifyInclusion(Hasher& hasher, const Hash32& leafHash, std::size_t index, std::size_t size,
                     const std::vector<Hash32>& path, const Hash32& root) {
    const std::optional<Hash32> computed = rootFromInclusionProof(hasher, leafHash, index, size, path);
    return computed && *computed == root;
}

} // namespace lj
