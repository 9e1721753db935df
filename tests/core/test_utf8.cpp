#include "util/utf8.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using lj::isValidUtf8;

namespace {

std::string bytes(std::initializer_list<int> values) {
    std::string s;
    for (int v : values)
        s.push_back(static_cast<char>(v));
    return s;
}

} // namespace

TEST(utf8_validation, AcceptsWellFormedText) {
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("plain ASCII"));
    EXPECT_TRUE(isValidUtf8(std::string(1, '\0')));
    EXPECT_TRUE(isValidUtf8("相城区“三资”监管链（测试）"));
    EXPECT_TRUE(isValidUtf8(bytes({0xC2, 0x80})));             // U+0080, smallest 2-byte
    EXPECT_TRUE(isValidUtf8(bytes({0xDF, 0xBF})));             // U+07FF
    EXPECT_TRUE(isValidUtf8(bytes({0xE0, 0xA0, 0x80})));       // U+0800, smallest 3-byte
    EXPECT_TRUE(isValidUtf8(bytes({0xED, 0x9F, 0xBF})));       // U+D7FF, just below surrogates
    EXPECT_TRUE(isValidUtf8(bytes({0xEE, 0x80, 0x80})));       // U+E000, just above
    EXPECT_TRUE(isValidUtf8(bytes({0xEF, 0xBF, 0xBF})));       // U+FFFF
    EXPECT_TRUE(isValidUtf8(bytes({0xF0, 0x90, 0x80, 0x80}))); // U+10000, smallest 4-byte
    EXPECT_TRUE(isValidUtf8(bytes({0xF4, 0x8F, 0xBF, 0xBF}))); // U+10FFFF, the largest
    EXPECT_TRUE(isValidUtf8("😀 emoji and 中文 mixed with ASCII text that is longer than sixteen bytes"));
}

TEST(utf8_validation, RejectsOverlongs) {
    EXPECT_FALSE(isValidUtf8(bytes({0xC0, 0x80}))); // NUL, overlong
    EXPECT_FALSE(isValidUtf8(bytes({0xC1, 0xBF})));
    EXPECT_FALSE(isValidUtf8(bytes({0xE0, 0x80, 0x80})));
    EXPECT_FALSE(isValidUtf8(bytes({0xE0, 0x9F, 0xBF})));
    EXPECT_FALSE(isValidUtf8(bytes({0xF0, 0x80, 0x80, 0x80})));
    EXPECT_FALSE(isValidUtf8(bytes({0xF0, 0x8F, 0xBF, 0xBF})));
}

TEST(utf8_validation, RejectsSurrogatesAndBeyondMaximum) {
    EXPECT_FALSE(isValidUtf8(bytes({0xED, 0xA0, 0x80})));                   // U+D800
    EXPECT_FALSE(isValidUtf8(bytes({0xED, 0xBF, 0xBF})));                   // U+DFFF
    EXPECT_FALSE(isValidUtf8(bytes({0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}))); // CESU-8 pair
    EXPECT_FALSE(isValidUtf8(bytes({0xF4, 0x90, 0x80, 0x80})));             // U+110000
    EXPECT_FALSE(isValidUtf8(bytes({0xF5, 0x80, 0x80, 0x80})));
    EXPECT_FALSE(isValidUtf8(bytes({0xFF})));
    EXPECT_FALSE(isValidUtf8(bytes({0xFE})));
}

TEST(utf8_validation, RejectsStrayAndMissingContinuations) {
    EXPECT_FALSE(isValidUtf8(bytes({0x80})));
    EXPECT_FALSE(isValidUtf8(bytes({0xBF})));
    EXPECT_FALSE(isValidUtf8(bytes({'a', 0x80, 'b'})));
    EXPECT_FALSE(isValidUtf8(bytes({0xC3, 'a'})));
    EXPECT_FALSE(isValidUtf8(bytes({0xE4, 0xB8, 'a'})));
    EXPECT_FALSE(isValidUtf8(bytes({0xF0, 0x9F, 0x98, 'a'})));
    EXPECT_FALSE(isValidUtf8(bytes({0xC3, 0xA9, 0xA9}))); // one continuation too many
}

TEST(utf8_validation, RejectsSequencesTruncatedAtTheEnd) {
    const std::vector<std::string> truncated = {
        bytes({0xC3}), bytes({0xE4}),       bytes({0xE4, 0xB8}),
        bytes({0xF0}), bytes({0xF0, 0x9F}), bytes({0xF0, 0x9F, 0x98}),
    };
    for (const std::string& tail : truncated) {
        for (std::size_t prefix : {0, 1, 7, 15, 16, 31}) {
            const std::string text = std::string(prefix, 'x') + tail;
            EXPECT_FALSE(isValidUtf8(text)) << "prefix " << prefix << " size " << text.size();
            EXPECT_TRUE(isValidUtf8(std::string(prefix, 'x') + "中"));
        }
    }
}

// The ASCII fast path works on 16- and 8-byte blocks: put a bad byte at every position of
// several blocks, after ASCII and after multi-byte text, so each boundary is crossed.
TEST(utf8_validation, FindsAnInvalidByteAtEveryPositionOfABlock) {
    for (const std::string& filler : {std::string("a"), std::string("é"), std::string("中")}) {
        std::string base;
        while (base.size() < 64)
            base += filler;
        ASSERT_TRUE(isValidUtf8(base));
        for (std::size_t position = 0; position < 48; ++position) {
            for (int bad : {0x80, 0xC0, 0xFF, 0xF8}) {
                std::string text = std::string(position, 'x') + static_cast<char>(bad) + base;
                EXPECT_FALSE(isValidUtf8(text)) << "position " << position << " byte " << bad;
                text = std::string(position, 'x') + base.substr(0, filler.size()) + static_cast<char>(bad) +
                       std::string(40, 'y');
                EXPECT_FALSE(isValidUtf8(text)) << "position " << position << " byte " << bad;
            }
            // Replacing one ASCII byte in a long ASCII string at every offset.
            std::string ascii(64, 'q');
            ascii[position] = static_cast<char>(0x80);
            EXPECT_FALSE(isValidUtf8(ascii)) << position;
            ascii[position] = static_cast<char>(0xE4); // lead without continuations
            EXPECT_FALSE(isValidUtf8(ascii)) << position;
            ascii[position] = 'q';
            EXPECT_TRUE(isValidUtf8(ascii));
        }
    }
}

// A valid multi-byte character at every offset, straddling block boundaries.
TEST(utf8_validation, AcceptsCharactersStraddlingBlockBoundaries) {
    for (const char* character : {"é", "中", "😀"}) {
        for (std::size_t position = 0; position < 40; ++position) {
            const std::string text = std::string(position, 'x') + character + std::string(40, 'y');
            EXPECT_TRUE(isValidUtf8(text)) << position;
            const std::size_t withoutLastByte = position + std::string_view(character).size() - 1;
            EXPECT_FALSE(isValidUtf8(text.substr(0, withoutLastByte))) << "cut character at " << position;
        }
    }
}
