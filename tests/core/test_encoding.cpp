#include "util/encoding.h"

#include <gtest/gtest.h>
#include <string>

namespace {

lj::Bytes bytesOf(std::string_view text) {
    const auto span = lj::asBytes(text);
    return {span.begin(), span.end()};
}

TEST(encoding, HexEncodesLowerCase) {
    EXPECT_EQ(lj::toHex(lj::Bytes{}), "");
    EXPECT_EQ(lj::toHex(lj::Bytes{0x00, 0x01, 0xab, 0xff}), "0001abff");
}

TEST(encoding, HexRoundTripsEveryByte) {
    lj::Bytes all;
    for (int i = 0; i < 256; ++i)
        all.push_back(static_cast<std::uint8_t>(i));
    const std::string hex = lj::toHex(all);
    ASSERT_EQ(hex.size(), 512u);
    EXPECT_EQ(lj::fromHex(hex), all);
}

TEST(encoding, HexAcceptsUpperCaseOnDecode) {
    EXPECT_EQ(lj::fromHex("ABcd"), (lj::Bytes{0xab, 0xcd}));
}

TEST(encoding, HexRejectsOddLengthAndNonHex) {
    EXPECT_FALSE(lj::fromHex("abc"));
    EXPECT_FALSE(lj::fromHex("zz"));
    EXPECT_FALSE(lj::fromHex("0g"));
    EXPECT_FALSE(lj::fromHex(" 00"));
    EXPECT_FALSE(lj::fromHex("00 "));
    EXPECT_FALSE(lj::fromHex("0x00"));
    EXPECT_TRUE(lj::fromHex("")); // zero bytes
}

TEST(encoding, HexIsLowerHexChecksCaseAndLength) {
    const std::string hash(64, 'a');
    EXPECT_TRUE(lj::isLowerHex(hash, 32));
    EXPECT_TRUE(lj::isLowerHex("0123456789abcdef", 8));
    EXPECT_FALSE(lj::isLowerHex("0123456789ABCDEF", 8));
    EXPECT_FALSE(lj::isLowerHex(hash, 31));
    EXPECT_FALSE(lj::isLowerHex(hash + "a", 32));
    EXPECT_FALSE(lj::isLowerHex(std::string(63, 'a') + "g", 32));
}

// RFC 4648 §10 test vectors.
TEST(encoding, Base64Rfc4648Vectors) {
    const std::pair<std::string_view, std::string_view> vectors[] = {
        {"", ""},
        {"f", "Zg=="},
        {"fo", "Zm8="},
        {"foo", "Zm9v"},
        {"foob", "Zm9vYg=="},
        {"fooba", "Zm9vYmE="},
        {"foobar", "Zm9vYmFy"},
    };
    for (const auto& [plain, encoded] : vectors) {
        EXPECT_EQ(lj::toBase64(lj::asBytes(plain)), encoded);
        EXPECT_EQ(lj::fromBase64(encoded), bytesOf(plain)) << encoded;
    }
}

TEST(encoding, Base64RoundTripsAllLengthsAndBytes) {
    lj::Bytes data;
    for (int n = 0; n < 300; ++n) {
        const std::string encoded = lj::toBase64(data);
        EXPECT_EQ(encoded.size() % 4, 0u);
        EXPECT_EQ(lj::fromBase64(encoded), data) << "length " << n;
        data.push_back(static_cast<std::uint8_t>(n * 37 + 11));
    }
}

TEST(encoding, Base64UsesStandardAlphabet) {
    EXPECT_EQ(lj::toBase64(lj::Bytes{0xfb, 0xff}), "+/8=");
    EXPECT_EQ(lj::fromBase64("+/8="), (lj::Bytes{0xfb, 0xff}));
    EXPECT_FALSE(lj::fromBase64("-_8=")); // URL-safe alphabet
}

TEST(encoding, Base64RejectsMissingOrBadPadding) {
    EXPECT_FALSE(lj::fromBase64("Zg"));
    EXPECT_FALSE(lj::fromBase64("Zg="));
    EXPECT_FALSE(lj::fromBase64("Zm8"));
    EXPECT_FALSE(lj::fromBase64("Zg==="));
    EXPECT_FALSE(lj::fromBase64("Z==="));
    EXPECT_FALSE(lj::fromBase64("===="));
    EXPECT_FALSE(lj::fromBase64("="));
    EXPECT_FALSE(lj::fromBase64("Zg==Zg==")); // padding in the middle
    EXPECT_FALSE(lj::fromBase64("Z=g="));
}

TEST(encoding, Base64RejectsWhitespaceAndGarbage) {
    EXPECT_FALSE(lj::fromBase64(" Zm9v"));
    EXPECT_FALSE(lj::fromBase64("Zm9v "));
    EXPECT_FALSE(lj::fromBase64("Zm 9v"));
    EXPECT_FALSE(lj::fromBase64("Zm9v\n"));
    EXPECT_FALSE(lj::fromBase64("Zm9vYmFy\r\n"));
    EXPECT_FALSE(lj::fromBase64("Zm9*"));
    EXPECT_FALSE(lj::fromBase64(std::string_view("Zm\0v", 4)));
    EXPECT_FALSE(lj::fromBase64("Zm9v\xc3\xa9=="));
}

TEST(encoding, Base64RejectsNonCanonicalTrailingBits) {
    // "Zg==" is the only encoding of "f"; "Zh==" sets bits that padding must leave zero.
    EXPECT_FALSE(lj::fromBase64("Zh=="));
    EXPECT_FALSE(lj::fromBase64("Zm9="));
    EXPECT_TRUE(lj::fromBase64("Zm8="));
}

} // namespace
