#include "crypto/hasher.h"
#include "util/encoding.h"

#include <gtest/gtest.h>
#include <string>

namespace {

std::string hexOf(const lj::Hash32& hash) {
    return lj::toHex(hash);
}

std::string repeat(std::string_view part, int times) {
    std::string out;
    for (int i = 0; i < times; ++i)
        out += part;
    return out;
}

TEST(hasher, Sha256KnownAnswers) {
    lj::Hasher hasher(lj::HashAlgo::Sha256);
    // FIPS 180-4 examples.
    EXPECT_EQ(hexOf(hasher.hash("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(hexOf(hasher.hash("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(hexOf(hasher.hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    const std::string million(1000000, 'a');
    EXPECT_EQ(hexOf(hasher.hash(million)),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(hasher, Sm3KnownAnswers) {
    lj::Hasher hasher(lj::HashAlgo::Sm3);
    // GB/T 32905-2016 Annex A.
    EXPECT_EQ(hexOf(hasher.hash("abc")), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    EXPECT_EQ(hexOf(hasher.hash(repeat("abcd", 16))),
              "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
}

TEST(hasher, IncrementalEqualsOneShot) {
    for (lj::HashAlgo algo : {lj::HashAlgo::Sha256, lj::HashAlgo::Sm3}) {
        lj::Hasher hasher(algo);
        const std::string text = repeat("0123456789", 50);
        const lj::Hash32 oneShot = hasher.hash(text);
        for (std::size_t cut : {0u, 1u, 63u, 64u, 65u, 499u, 500u}) {
            hasher.update(std::string_view(text).substr(0, cut));
            hasher.update(std::string_view(text).substr(cut));
            EXPECT_EQ(hasher.finish(), oneShot) << "cut at " << cut;
        }
    }
}

TEST(hasher, FinishAndResetStartOver) {
    lj::Hasher hasher(lj::HashAlgo::Sha256);
    const lj::Hash32 abc = hasher.hash("abc");
    hasher.update("abc");
    EXPECT_EQ(hasher.finish(), abc);
    hasher.update("abc"); // finish() reset the state
    EXPECT_EQ(hasher.finish(), abc);
    hasher.update("garbage");
    hasher.reset();
    hasher.update("abc");
    EXPECT_EQ(hasher.finish(), abc);
    hasher.update("garbage");
    EXPECT_EQ(hasher.hash("abc"), abc); // one-shot helpers reset first
}

TEST(hasher, LeafAndNodeMatchManualConcatenation) {
    for (lj::HashAlgo algo : {lj::HashAlgo::Sha256, lj::HashAlgo::Sm3}) {
        lj::Hasher hasher(algo);
        const std::string line = R"({"type":"tx","kind":"org.register"})";
        const lj::Hash32 leaf = hasher.leaf(line);
        EXPECT_EQ(leaf, hasher.hash(std::string(1, '\0') + line));
        EXPECT_EQ(hasher.leaf(""), hasher.hash(std::string(1, '\0')));

        const lj::Hash32 other = hasher.leaf("other");
        std::string concatenated(1, '\x01');
        concatenated.append(reinterpret_cast<const char*>(leaf.data()), leaf.size());
        concatenated.append(reinterpret_cast<const char*>(other.data()), other.size());
        EXPECT_EQ(hasher.node(leaf, other), hasher.hash(concatenated));
        EXPECT_NE(hasher.node(leaf, other), hasher.node(other, leaf));
    }
}

TEST(hasher, Sha256LeafMatchesRfc6962EmptyLeaf) {
    // The RFC 6962 test data's leaf hash of the empty entry: SHA-256(0x00).
    lj::Hasher hasher(lj::HashAlgo::Sha256);
    EXPECT_EQ(hexOf(hasher.leaf("")), "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
}

TEST(hasher, CloneSnapshotsRunningState) {
    for (lj::HashAlgo algo : {lj::HashAlgo::Sha256, lj::HashAlgo::Sm3}) {
        lj::Hasher reference(algo); // separate: argument evaluation order is unspecified
        lj::Hasher hasher(algo);
        hasher.update("hello ");
        lj::Hasher snapshot = hasher.clone();
        EXPECT_EQ(snapshot.algo(), algo);
        hasher.update("world");
        snapshot.update("there");
        EXPECT_EQ(hasher.finish(), reference.hash("hello world"));
        EXPECT_EQ(snapshot.finish(), reference.hash("hello there"));

        // A clone of a fresh hasher is fresh, and the original stays usable after cloning.
        lj::Hasher fresh = hasher.clone();
        EXPECT_EQ(fresh.finish(), reference.hash(""));
        hasher.update("again");
        EXPECT_EQ(hasher.finish(), reference.hash("again"));
    }
}

TEST(hasher, MoveKeepsState) {
    lj::Hasher hasher(lj::HashAlgo::Sm3);
    hasher.update("ab");
    lj::Hasher moved(std::move(hasher));
    moved.update("c");
    EXPECT_EQ(hexOf(moved.finish()), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");

    lj::Hasher assigned(lj::HashAlgo::Sha256);
    assigned = std::move(moved);
    EXPECT_EQ(assigned.algo(), lj::HashAlgo::Sm3);
    EXPECT_EQ(hexOf(assigned.hash("abc")),
              "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
}

TEST(hasher, DigestsAreFetchedOnce) {
    EXPECT_EQ(lj::evpDigest(lj::HashAlgo::Sha256), lj::evpDigest(lj::HashAlgo::Sha256));
    EXPECT_EQ(lj::evpDigest(lj::HashAlgo::Sm3), lj::evpDigest(lj::HashAlgo::Sm3));
    EXPECT_NE(lj::evpDigest(lj::HashAlgo::Sha256), lj::evpDigest(lj::HashAlgo::Sm3));
}

TEST(hasher, BlockHashOfRealSm3Vector) {
    // Line 2 of tests/data/sle/valid/tiny-sm3-sm2.sle; its commit names this block hash.
    const std::string blockLine =
        R"({"type":"block","height":0,"time":"2020-06-30T10:00:00+08:00","prev":"0000000000000000000000000000000000000000000000000000000000000000","tx_count":3,"tx_root":"b130781f08b889efd3a99db9aaca75b756464f882455c0e3f529ad99d78af840","proposer":"jw"})";
    lj::Hasher hasher(lj::HashAlgo::Sm3);
    EXPECT_EQ(hexOf(hasher.hash(blockLine)),
              "bdcab4d07745ae6291e22b8484f2cc40f96156cb397769dca51367c8311cf191");
}

} // namespace
