#include "ledger/merkle.h"
#include "util/encoding.h"

#include <bit>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <string>

namespace {

using lj::Hash32;
using lj::HashAlgo;
using lj::Hasher;

// ---- A deliberately naive RFC 9162 §2.1 reference, written from the definitions. ----

Hash32 naiveNode(Hasher& hasher, const Hash32& left, const Hash32& right) {
    std::string input(1, '\x01');
    input.append(reinterpret_cast<const char*>(left.data()), left.size());
    input.append(reinterpret_cast<const char*>(right.data()), right.size());
    return hasher.hash(input);
}

std::size_t largestPowerOfTwoBelow(std::size_t n) {
    std::size_t k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

std::vector<Hash32> slice(const std::vector<Hash32>& v, std::size_t begin, std::size_t end) {
    return {v.begin() + static_cast<std::ptrdiff_t>(begin), v.begin() + static_cast<std::ptrdiff_t>(end)};
}

Hash32 naiveRoot(Hasher& hasher, const std::vector<Hash32>& leaves) {
    if (leaves.empty()) return hasher.hash("");
    if (leaves.size() == 1) return leaves[0];
    const std::size_t k = largestPowerOfTwoBelow(leaves.size());
    return naiveNode(hasher, naiveRoot(hasher, slice(leaves, 0, k)),
                     naiveRoot(hasher, slice(leaves, k, leaves.size())));
}

std::vector<Hash32> naivePath(Hasher& hasher, std::size_t m, const std::vector<Hash32>& leaves) {
    const std::size_t n = leaves.size();
    if (n <= 1) return {};
    const std::size_t k = largestPowerOfTwoBelow(n);
    std::vector<Hash32> path;
    if (m < k) {
        path = naivePath(hasher, m, slice(leaves, 0, k));
        path.push_back(naiveRoot(hasher, slice(leaves, k, n)));
    } else {
        path = naivePath(hasher, m - k, slice(leaves, k, n));
        path.push_back(naiveRoot(hasher, slice(leaves, 0, k)));
    }
    return path;
}

std::vector<Hash32> makeLeaves(Hasher& hasher, std::size_t count) {
    std::vector<Hash32> leaves;
    for (std::size_t i = 0; i < count; ++i)
        leaves.push_back(hasher.leaf("entry " + std::to_string(i)));
    return leaves;
}

// All indices of small trees; edges, split points and a spread of others for larger ones.
std::set<std::size_t> indicesToCheck(std::size_t n) {
    std::set<std::size_t> indices;
    if (n <= 64) {
        for (std::size_t i = 0; i < n; ++i)
            indices.insert(i);
        return indices;
    }
    const std::size_t k = std::bit_floor(n - 1);
    for (std::size_t i : {std::size_t{0}, std::size_t{1}, k - 1, k, k + 1, n / 3, n / 2, n - 2, n - 1})
        if (i < n) indices.insert(i);
    for (std::size_t i = 7; i < n; i += 29)
        indices.insert(i);
    return indices;
}

Hash32 flipBit(Hash32 hash, std::size_t bit) {
    hash[bit / 8 % hash.size()] ^= static_cast<std::uint8_t>(1u << (bit % 8));
    return hash;
}

class MerkleBySize : public ::testing::TestWithParam<HashAlgo> {};

TEST_P(MerkleBySize, RootsMatchNaiveForEverySizeUpTo300) {
    Hasher hasher(GetParam());
    Hasher accumulatorHasher(GetParam()); // separate, so interleaved use cannot hide state bugs
    const std::vector<Hash32> all = makeLeaves(hasher, 300);
    lj::MerkleAccumulator accumulator(accumulatorHasher);

    for (std::size_t n = 0; n <= 300; ++n) {
        const std::vector<Hash32> leaves = slice(all, 0, n);
        const Hash32 expected = naiveRoot(hasher, leaves);
        ASSERT_EQ(lj::merkleRoot(hasher, leaves), expected) << "size " << n;
        ASSERT_EQ(accumulator.size(), n);
        ASSERT_EQ(accumulator.root(), expected) << "accumulator, size " << n;
        ASSERT_EQ(accumulator.root(), expected) << "root() must not consume";
        if (n < 300) accumulator.add(all[n]);
    }
    EXPECT_EQ(lj::merkleRoot(hasher, {}), hasher.hash(""));
    accumulator.clear();
    EXPECT_EQ(accumulator.size(), 0u);
    EXPECT_EQ(accumulator.root(), hasher.hash(""));
    accumulator.add(all[0]);
    EXPECT_EQ(accumulator.root(), all[0]); // MTH of one leaf is the leaf hash
}

TEST_P(MerkleBySize, InclusionProofsMatchNaiveAndVerify) {
    Hasher hasher(GetParam());
    const std::vector<Hash32> all = makeLeaves(hasher, 300);
    std::size_t checked = 0;
    for (std::size_t n = 0; n <= 300; ++n) {
        const std::vector<Hash32> leaves = slice(all, 0, n);
        const Hash32 root = lj::merkleRoot(hasher, leaves);
        EXPECT_TRUE(lj::inclusionProof(hasher, leaves, n).empty()) << "index past the end";
        EXPECT_FALSE(lj::verifyInclusion(hasher, all[0], n, n, {}, root));

        for (std::size_t index : indicesToCheck(n)) {
            const std::vector<Hash32> path = lj::inclusionProof(hasher, leaves, index);
            ASSERT_EQ(path, naivePath(hasher, index, leaves)) << "size " << n << " index " << index;
            ASSERT_TRUE(lj::verifyInclusion(hasher, leaves[index], index, n, path, root))
                << "size " << n << " index " << index;
            ASSERT_EQ(lj::rootFromInclusionProof(hasher, leaves[index], index, n, path), root);
            ++checked;
        }
    }
    EXPECT_GT(checked, 2000u);
}

TEST_P(MerkleBySize, TamperedProofsAreRejected) {
    Hasher hasher(GetParam());
    const std::vector<Hash32> all = makeLeaves(hasher, 300);
    for (std::size_t n = 1; n <= 300; n += (n < 70 ? 1 : 13)) {
        const std::vector<Hash32> leaves = slice(all, 0, n);
        const Hash32 root = lj::merkleRoot(hasher, leaves);
        for (std::size_t index : indicesToCheck(n)) {
            const std::vector<Hash32> path = lj::inclusionProof(hasher, leaves, index);
            const std::string where = "size " + std::to_string(n) + " index " + std::to_string(index);

            EXPECT_FALSE(lj::verifyInclusion(hasher, flipBit(leaves[index], index), index, n, path, root))
                << where;
            EXPECT_FALSE(lj::verifyInclusion(hasher, leaves[index], index, n, path, flipBit(root, 3)))
                << where;
            for (std::size_t i = 0; i < path.size(); ++i) {
                std::vector<Hash32> tampered = path;
                tampered[i] = flipBit(tampered[i], i * 11);
                EXPECT_FALSE(lj::verifyInclusion(hasher, leaves[index], index, n, tampered, root)) << where;
            }
            if (!path.empty()) {
                std::vector<Hash32> shorter(path.begin(), path.end() - 1);
                EXPECT_FALSE(lj::verifyInclusion(hasher, leaves[index], index, n, shorter, root)) << where;
                EXPECT_FALSE(lj::rootFromInclusionProof(hasher, leaves[index], index, n, shorter)) << where;
            }
            std::vector<Hash32> longer = path;
            longer.push_back(root);
            EXPECT_FALSE(lj::verifyInclusion(hasher, leaves[index], index, n, longer, root)) << where;
            EXPECT_FALSE(lj::rootFromInclusionProof(hasher, leaves[index], index, n, longer)) << where;
            if (index + 1 < n) {
                EXPECT_FALSE(lj::verifyInclusion(hasher, leaves[index], index + 1, n, path, root)) << where;
            }
            if (index > 0) {
                EXPECT_FALSE(lj::verifyInclusion(hasher, leaves[index], index - 1, n, path, root)) << where;
            }
            EXPECT_FALSE(lj::verifyInclusion(hasher, leaves[index], index + n, n, path, root)) << where;
            // The right leaf at another index of the tree is not "included" there.
            if (n > 1) {
                const std::size_t other = (index + 1) % n;
                EXPECT_FALSE(lj::verifyInclusion(hasher, leaves[other], index, n, path, root)) << where;
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(merkle, MerkleBySize, ::testing::Values(HashAlgo::Sha256, HashAlgo::Sm3),
                         [](const auto& param) {
                             return param.param == HashAlgo::Sha256 ? "Sha256" : "Sm3";
                         });

// ---- RFC 6962 inclusion vectors (transparency-dev/merkle testdata). ----

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The raw text of member `name` in a flat JSON object whose values are numbers, strings without
// escapes, booleans, null or arrays of such strings — all these vector files contain.
std::string memberText(const std::string& json, const std::string& name) {
    std::size_t at = json.find('"' + name + '"');
    if (at == std::string::npos) return {};
    at = json.find(':', at) + 1;
    while (json[at] == ' ' || json[at] == '\n')
        ++at;
    std::size_t end = at;
    if (json[at] == '"')
        end = json.find('"', at + 1) + 1;
    else if (json[at] == '[')
        end = json.find(']', at) + 1;
    else
        end = json.find_first_of(",}\n", at);
    return json.substr(at, end - at);
}

std::vector<std::string> quotedStrings(const std::string& text) {
    std::vector<std::string> strings;
    for (std::size_t open = text.find('"'); open != std::string::npos; open = text.find('"', open)) {
        const std::size_t close = text.find('"', open + 1);
        strings.push_back(text.substr(open + 1, close - open - 1));
        open = close + 1;
    }
    return strings;
}

// A hash given in base64; nullopt unless it decodes to exactly 32 bytes.
std::optional<Hash32> hashFromBase64(const std::string& text) {
    const std::optional<lj::Bytes> bytes = lj::fromBase64(text);
    if (!bytes || bytes->size() != 32) return std::nullopt;
    Hash32 hash;
    std::copy(bytes->begin(), bytes->end(), hash.begin());
    return hash;
}

TEST(merkle, Rfc6962InclusionVectors) {
    const std::filesystem::path dir =
        std::filesystem::path(LJ_TEST_DATA_DIR) / "external/rfc6962-merkle/inclusion";
    Hasher hasher(HashAlgo::Sha256);
    int accepted = 0, rejected = 0, rejectedAsMalformed = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (entry.path().extension() != ".json") continue;
        const std::string json = readFile(entry.path());
        const std::string name = entry.path().lexically_relative(dir).string();
        const bool wantErr = memberText(json, "wantErr") == "true";
        const std::uint64_t index = std::stoull(memberText(json, "leafIdx"));
        const std::uint64_t size = std::stoull(memberText(json, "treeSize"));
        const std::optional<Hash32> root = hashFromBase64(quotedStrings(memberText(json, "root")).at(0));
        const std::optional<Hash32> leaf = hashFromBase64(quotedStrings(memberText(json, "leafHash")).at(0));

        std::vector<Hash32> path;
        bool malformed = !root || !leaf;
        for (const std::string& element : quotedStrings(memberText(json, "proof"))) { // "null": none
            const std::optional<Hash32> hash = hashFromBase64(element);
            if (hash)
                path.push_back(*hash);
            else
                malformed = true;
        }
        if (malformed) {
            EXPECT_TRUE(wantErr) << name << ": a hash that is not 32 bytes in a valid case";
            ++rejectedAsMalformed;
            continue;
        }
        const bool ok = lj::verifyInclusion(hasher, *leaf, index, size, path, *root);
        EXPECT_EQ(ok, !wantErr) << name;
        ok ? ++accepted : ++rejected;
    }
    std::cout << "RFC 6962 inclusion vectors: " << accepted << " accepted, " << rejected << " rejected, "
              << rejectedAsMalformed << " rejected as malformed (hash length)\n";
    EXPECT_EQ(accepted, 6); // one happy path in each of 0..4 and single-entry
    EXPECT_EQ(accepted + rejected + rejectedAsMalformed, 98);
    EXPECT_GT(rejected, 60);
}

// ---- Real SLE vectors: every block's tx_root and block hash in the tiny exports. ----

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

void checkTinyExport(const std::string& file, HashAlgo algo) {
    const std::vector<std::string> all =
        lines(readFile(std::filesystem::path(LJ_TEST_DATA_DIR) / "sle/valid" / file));
    Hasher hasher(algo);
    int blocks = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!all[i].starts_with(R"({"type":"block")")) continue;
        std::vector<Hash32> leaves;
        std::size_t next = i + 1;
        for (; all[next].starts_with(R"({"type":"tx")"); ++next)
            leaves.push_back(hasher.leaf(all[next]));
        const std::string txRoot = quotedStrings(memberText(all[i], "tx_root")).at(0);
        EXPECT_EQ(lj::toHex(lj::merkleRoot(hasher, leaves)), txRoot) << file << " line " << i + 1;
        const std::string blockHash = quotedStrings(memberText(all[next], "block")).at(0);
        EXPECT_EQ(lj::toHex(hasher.hash(all[i])), blockHash) << file << " line " << i + 1;
        ++blocks;
    }
    EXPECT_EQ(blocks, 3) << file;
}

TEST(merkle, SleTinyExportsTxRootsAndBlockHashes) {
    checkTinyExport("tiny-sha256-ed25519.sle", HashAlgo::Sha256);
    checkTinyExport("tiny-sha256-p256.sle", HashAlgo::Sha256);
    checkTinyExport("tiny-sm3-sm2.sle", HashAlgo::Sm3);
}

} // namespace
