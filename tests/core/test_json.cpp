#include "util/utf8.h"

#include "json/json.h"
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iostream>
#include <limits>
#include <new>
#include <sstream>
#include <string>
#include <vector>

using namespace lj::json;

// Counts heap allocations, to show that validateObject allocates nothing once warm.
namespace {
std::atomic<long> g_allocations{0};
} // namespace

void* operator new(std::size_t size) {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
// GCC cannot see that these pair with the operator new above.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

namespace {

struct Outcome {
    bool ok = false;
    ParseError error;
};

Outcome parseOutcome(std::string_view text) {
    Outcome outcome;
    outcome.ok = parse(text, outcome.error).has_value();
    return outcome;
}

Outcome validateOutcome(std::string_view text, std::string* type = nullptr) {
    Outcome outcome;
    std::string scratch;
    outcome.ok = validateObject(text, type ? *type : scratch, outcome.error);
    return outcome;
}

std::string roundTrip(std::string_view text) {
    ParseError error;
    auto value = parse(text, error);
    if (!value) return "error: " + error.reason;
    return serialize(*value);
}

std::vector<std::string> readLines(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << path;
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

const std::filesystem::path kSleData = std::filesystem::path(LJ_TEST_DATA_DIR) / "sle";

} // namespace

// ---- accept / reject --------------------------------------------------------------------------

TEST(json_parse, AcceptsStrictJson) {
    const char* accepted[] = {
        "{}",
        "[]",
        "0",
        "-0",
        "1",
        "-1",
        "0.5",
        "1e5",
        "1E+5",
        "1e-5",
        "-12.5e-3",
        "123456789012345678901234567890",
        "true",
        "false",
        "null",
        "\"\"",
        "\"abc\"",
        " \t\r\n{} \t\r\n",
        "[1,2,3]",
        "[[[]]]",
        "{\"a\":{\"b\":[1,{\"c\":null}]}}",
        "{ \"a\" : 1 , \"b\" : [ true , false ] }",
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "\"\\u0000\"",
        "\"\\u00e9\\u4E2D\"",
        "\"\\ud83d\\ude00\"",
        "\"中文 and émoji 😀\"",
        "{\"a\":{\"a\":{\"a\":1}}}",
        "[{\"a\":1},{\"a\":2}]",
        "{\"a\":{\"b\":1},\"b\":2}",
        "\"\x7f\"",
        "{\"\":1}",
    };
    for (const char* text : accepted) {
        ParseError error;
        EXPECT_TRUE(parse(text, error).has_value()) << text << " -> " << error.reason << " @" << error.offset;
        EXPECT_TRUE(parse(text).ok()) << text;
    }
}

TEST(json_parse, RejectsWithOffsetAndReason) {
    struct Case {
        std::string text;
        std::size_t offset;
        std::string reason;
    };
    const std::vector<Case> rejected = {
        {"", 0, "unexpected end of input"},
        {"   ", 3, "unexpected end of input"},
        {"{", 1, "unexpected end of input"},
        {"{\"a\":1", 6, "unexpected end of input"},
        {"{\"a\":", 5, "unexpected end of input"},
        {"[1,", 3, "unexpected end of input"},
        {"{} {}", 3, "unexpected data after the JSON value"},
        {"{}x", 2, "unexpected data after the JSON value"},
        {"1 2", 2, "unexpected data after the JSON value"},
        {"{\"a\":1,}", 7, "trailing comma"},
        {"[1,]", 3, "trailing comma"},
        {"{,}", 1, "expected a member name"},
        {"{a:1}", 1, "expected a member name"},
        {"{'a':1}", 1, "expected a member name"},
        {"['a']", 1, "single quotes are not JSON"},
        {"{\"a\" 1}", 5, "expected ':' after a member name"},
        {"{\"a\":1 \"b\":2}", 7, "expected ',' or '}'"},
        {"[1 2]", 3, "expected ',' or ']'"},
        {"[,1]", 1, "unexpected character ','"},
        {"{\"a\":}", 5, "unexpected character '}'"},
        {"[1]]", 3, "unexpected data after the JSON value"},
        {"// c\n{}", 0, "comments are not JSON"},
        {"{\"a\":1 /* c */}", 7, "expected ',' or '}'"},
        {"[/* c */1]", 1, "comments are not JSON"},
        {"NaN", 0, "NaN is not JSON"},
        {"[nan]", 1, "NaN is not JSON"},
        {"{\"a\":-NaN}", 5, "NaN is not JSON"},
        {"Infinity", 0, "Infinity is not JSON"},
        {"{\"a\":-Infinity}", 5, "Infinity is not JSON"},
        {"[inf]", 1, "Infinity is not JSON"},
        {"01", 0, "invalid number"},
        {"-01", 0, "invalid number"},
        {"+1", 0, "invalid number"},
        {".5", 0, "invalid number"},
        {"1.", 0, "invalid number"},
        {"1.e5", 0, "invalid number"},
        {"1e", 0, "invalid number"},
        {"1e+", 0, "invalid number"},
        {"-", 0, "invalid number"},
        {"0x1F", 0, "invalid number"},
        {"[1.2.3]", 1, "invalid number"},
        {"1e5e5", 0, "invalid number"},
        {"[tru]", 1, "invalid literal"},
        {"[truex]", 1, "invalid literal"},
        {"nul", 0, "invalid literal"},
        {"True", 0, "invalid literal"},
        {"\"abc", 0, "unterminated string"},
        {"\"abc\\", 0, "unterminated string"},
        {"[\"a\tb\"]", 3, "control character in string"},
        {"\"a\nb\"", 2, "control character in string"},
        {std::string("\"a\0b\"", 5), 2, "control character in string"},
        {"\"\\x41\"", 1, "invalid escape"},
        {"\"\\'\"", 1, "invalid escape"},
        {"\"\\u12\"", 1, "invalid \\u escape"},
        {"\"\\u12G4\"", 1, "invalid \\u escape"},
        {"\"\\ud800\"", 1, "lone surrogate in \\u escape"},
        {"\"\\ud800\\u0041\"", 1, "lone surrogate in \\u escape"},
        {"\"\\udc00\"", 1, "lone surrogate in \\u escape"},
        {"\"\\ude00\\ud83d\"", 1, "lone surrogate in \\u escape"},
        {"\"\\ud83d\"", 1, "lone surrogate in \\u escape"},
        {"\"\xC0\x80\"", 1, "invalid UTF-8"},
        {"\"ab\xE0\x80\x80\"", 3, "invalid UTF-8"},
        {"\"\xED\xA0\x80\"", 1, "invalid UTF-8"},
        {"\"\xF4\x90\x80\x80\"", 1, "invalid UTF-8"},
        {"{\"\xE4\xB8\":1}", 2, "invalid UTF-8"},
        {"\xEF\xBB\xBF{}", 0, "byte order mark"},
        {"{\"a\":1,\"a\":2}", 7, "duplicate member \"a\""},
        {"\x01", 0, "unexpected byte 0x01"},
        {"{\"a\":1}\x0B", 7, "unexpected data after the JSON value"},
        {"\xA0{}", 0, "unexpected byte 0xA0"},
    };
    for (const Case& c : rejected) {
        const Outcome outcome = parseOutcome(c.text);
        EXPECT_FALSE(outcome.ok) << c.text;
        EXPECT_EQ(outcome.error.offset, c.offset) << c.text;
        EXPECT_EQ(outcome.error.reason, c.reason) << c.text;
        const auto result = parse(c.text);
        ASSERT_FALSE(result.ok()) << c.text;
        EXPECT_NE(result.error().find(c.reason), std::string::npos) << result.error();
        // The validator runs the same scanner: objects fail identically.
        if (!c.text.empty() && c.text[0] == '{') {
            const Outcome validated = validateOutcome(c.text);
            EXPECT_FALSE(validated.ok) << c.text;
            EXPECT_EQ(validated.error.offset, c.offset) << c.text;
            EXPECT_EQ(validated.error.reason, c.reason) << c.text;
        }
    }
}

// ---- duplicate member names ---------------------------------------------------------------------

TEST(json_duplicates, ComparesUnescapedNamesAtEveryDepth) {
    struct Case {
        const char* text;
        std::size_t offset;
        const char* reason;
    };
    const Case duplicates[] = {
        {R"({"type":"tx","type":"block"})", 13, R"(duplicate member "type")"},
        {R"({"a":1,"\u0061":2})", 7, R"(duplicate member "a")"},
        {R"({"t\u0079pe":1,"type":2})", 15, R"(duplicate member "type")"},
        {R"({"\ud83d\ude00":1,"😀":2})", 18, R"(duplicate member "😀")"},
        {R"({"a\nb":1,"a\u000ab":2})", 10, R"(duplicate member "a\nb")"},
        {R"({"x":{"b":1,"b":2}})", 12, R"(duplicate member "b")"},
        {R"({"x":[{"q":1},{"q":1,"q":2}]})", 21, R"(duplicate member "q")"},
        {R"({"a":{"b":{"c":1}},"c":2,"a":3})", 25, R"(duplicate member "a")"},
        {R"({"":1,"":2})", 6, R"(duplicate member "")"},
    };
    for (const Case& c : duplicates) {
        for (const Outcome& outcome : {parseOutcome(c.text), validateOutcome(c.text)}) {
            EXPECT_FALSE(outcome.ok) << c.text;
            EXPECT_EQ(outcome.error.offset, c.offset) << c.text;
            EXPECT_EQ(outcome.error.reason, c.reason) << c.text;
        }
    }
    EXPECT_FALSE(parseOutcome(R"([{"a":1,"a":1}])").ok);

    const char* distinct[] = {
        R"({"a":{"a":{"a":1}}})",       R"([{"a":1},{"a":2}])",
        R"({"a":{"b":1},"b":2})",       R"({"a":1,"A":2,"a ":3,"\u0061b":4})",
        R"({"x":{"k":1},"y":{"k":2}})",
    };
    for (const char* text : distinct) {
        EXPECT_TRUE(parseOutcome(text).ok) << text;
        if (text[0] == '{') {
            EXPECT_TRUE(validateOutcome(text).ok) << text;
        }
    }
}

namespace {

std::string objectWithMembers(std::size_t count, const std::string& extra = "", bool escapeNames = false) {
    std::string text = "{";
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) text += ',';
        text += escapeNames ? "\"\\u006b" : "\"k";
        text += std::to_string(i) + "\":" + std::to_string(i);
    }
    return text + extra + "}";
}

} // namespace

// Above 32 members the check switches to a hash index: stays fast, still finds duplicates.
TEST(json_duplicates, LargeObjectsStayLinear) {
    const std::size_t count = 100000;
    const auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(validateOutcome(objectWithMembers(count)).ok);
    EXPECT_TRUE(parseOutcome(objectWithMembers(count)).ok);
    const Outcome late = validateOutcome(objectWithMembers(count, ",\"k99999\":0"));
    EXPECT_FALSE(late.ok);
    EXPECT_EQ(late.error.reason, "duplicate member \"k99999\"");
    const Outcome escaped = validateOutcome(objectWithMembers(count, ",\"k77\":0", true));
    EXPECT_FALSE(escaped.ok);
    EXPECT_EQ(escaped.error.reason, "duplicate member \"k77\"");
    EXPECT_FALSE(parseOutcome(objectWithMembers(count, ",\"k5\":0")).ok);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 10.0) << "quadratic duplicate detection?";

    // Around the switch-over point, and a big object nested in a big object.
    for (std::size_t n : {31, 32, 33, 34, 64, 65, 200}) {
        EXPECT_TRUE(validateOutcome(objectWithMembers(n)).ok) << n;
        for (std::size_t dup : {std::size_t{0}, n / 2, n - 1}) {
            EXPECT_FALSE(validateOutcome(objectWithMembers(n, ",\"k" + std::to_string(dup) + "\":0")).ok)
                << n << " " << dup;
        }
    }
    std::string nested = objectWithMembers(100);
    nested.pop_back();
    nested +=
        ",\"inner\":" + objectWithMembers(100) + ",\"k50b\":1,\"inner2\":" + objectWithMembers(40) + "}";
    EXPECT_TRUE(validateOutcome(nested).ok);
    EXPECT_TRUE(parseOutcome(nested).ok);
    nested.insert(nested.size() - 1, ",\"k99\":1");
    EXPECT_FALSE(validateOutcome(nested).ok);
}

// ---- depth -------------------------------------------------------------------------------------

TEST(json_depth, LimitIsAnErrorNotACrash) {
    const auto nestedArrays = [](std::size_t depth) {
        return std::string(depth, '[') + std::string(depth, ']');
    };
    EXPECT_TRUE(parseOutcome(nestedArrays(kMaxDepth)).ok);
    const Outcome tooDeep = parseOutcome(nestedArrays(kMaxDepth + 1));
    EXPECT_FALSE(tooDeep.ok);
    EXPECT_EQ(tooDeep.error.reason, "nesting deeper than 128");
    EXPECT_EQ(tooDeep.error.offset, 128u);

    const Outcome hostile = parseOutcome(std::string(100000, '['));
    EXPECT_FALSE(hostile.ok);
    EXPECT_EQ(hostile.error.reason, "nesting deeper than 128");

    std::string objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    const Outcome deepObjects = validateOutcome(objects);
    EXPECT_FALSE(deepObjects.ok);
    EXPECT_EQ(deepObjects.error.reason, "nesting deeper than 128");

    std::string deepest;
    for (int i = 0; i < kMaxDepth; ++i)
        deepest += "{\"a\":";
    deepest += "1" + std::string(kMaxDepth, '}');
    EXPECT_TRUE(validateOutcome(deepest).ok);
    EXPECT_TRUE(parseOutcome(deepest).ok);
}

// ---- numbers -----------------------------------------------------------------------------------

TEST(json_numbers, KeepTextAndConvertCarefully) {
    const auto number = [](std::string_view text) {
        auto value = parse(text);
        EXPECT_TRUE(value.ok()) << text;
        EXPECT_TRUE(value->isNumber());
        return std::move(value).value();
    };
    EXPECT_EQ(number("9223372036854775807").asInt64(), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(number("-9223372036854775808").asInt64(), std::numeric_limits<std::int64_t>::min());
    EXPECT_FALSE(number("9223372036854775808").asInt64().has_value());
    EXPECT_FALSE(number("-9223372036854775809").asInt64().has_value());
    EXPECT_EQ(number("9223372036854775808").numberText(), "9223372036854775808");
    EXPECT_FALSE(number("1.0").asInt64().has_value());
    EXPECT_FALSE(number("1e2").asInt64().has_value());
    EXPECT_DOUBLE_EQ(number("1e2").asDouble(), 100.0);
    EXPECT_DOUBLE_EQ(number("-12.5e-1").asDouble(), -1.25);

    const Value negativeZero = number("-0");
    EXPECT_EQ(negativeZero.asInt64(), 0);
    EXPECT_EQ(negativeZero.asDouble(), 0.0);
    EXPECT_TRUE(std::signbit(negativeZero.asDouble()));
    EXPECT_EQ(serialize(negativeZero), "-0");

    const Value huge = number("1e400");
    EXPECT_FALSE(huge.asInt64().has_value());
    EXPECT_TRUE(std::isinf(huge.asDouble()) && huge.asDouble() > 0);
    EXPECT_EQ(serialize(huge), "1e400");
    EXPECT_TRUE(std::isinf(number("-1e400").asDouble()) && number("-1e400").asDouble() < 0);
    EXPECT_TRUE(std::isinf(number("123456789e99999999999999999999").asDouble()));
    EXPECT_EQ(number("1e-400").asDouble(), 0.0);
    EXPECT_EQ(number("0.00000000001e-400").asDouble(), 0.0);
    EXPECT_TRUE(std::signbit(number("-1e-400").asDouble()));
    EXPECT_EQ(number("0e99999").asDouble(), 0.0);

    EXPECT_EQ(Value::number(std::int64_t{-42}).numberText(), "-42");
    EXPECT_EQ(Value::number(std::numeric_limits<std::int64_t>::min()).asInt64(),
              std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(Value::number("3.5e2").asDouble(), 350.0);
    EXPECT_THROW(Value::number("012"), std::invalid_argument);
    EXPECT_THROW(Value::number("NaN"), std::invalid_argument);
    EXPECT_THROW(Value::number(""), std::invalid_argument);
}

// ---- values and writing -------------------------------------------------------------------------

TEST(json_value, BuildsAndCopiesByValue) {
    Value doc = Value::object();
    doc.set("type", Value::string("end")).set("blocks", Value::number(std::int64_t{3}));
    doc.set("list", Value::array().push(Value::boolean(true)).push(Value()));
    doc.set("type", Value::string("header")); // replaces in place
    EXPECT_EQ(serialize(doc), R"({"type":"header","blocks":3,"list":[true,null]})");
    EXPECT_EQ(doc.getString("type"), "header");
    EXPECT_EQ(doc.getInt("blocks"), 3);
    EXPECT_FALSE(doc.getInt("type").has_value());
    EXPECT_FALSE(doc.getString("missing").has_value());
    EXPECT_EQ(doc.find("nope"), nullptr);
    ASSERT_NE(doc.find("list"), nullptr);
    EXPECT_TRUE(doc.find("list")->isArray());

    Value copy = doc;
    copy.set("type", Value::string("changed"));
    copy.asObject()[2].second.asArray().push_back(Value::number(std::int64_t{7}));
    EXPECT_EQ(doc.getString("type"), "header");
    EXPECT_EQ(doc.find("list")->asArray().size(), 2u);
    EXPECT_EQ(copy.find("list")->asArray().size(), 3u);

    Value assigned;
    assigned = copy;
    EXPECT_EQ(serialize(assigned), serialize(copy));
    const Value& alias = assigned;
    assigned = alias; // self-assignment keeps the value
    EXPECT_EQ(serialize(assigned), serialize(copy));

    // Replacing a value by one of its own children.
    Value tree = Value::array().push(Value::array().push(Value::string("leaf")));
    tree = std::move(tree.asArray()[0]);
    EXPECT_EQ(serialize(tree), R"(["leaf"])");
    tree = tree.asArray()[0];
    EXPECT_EQ(serialize(tree), R"("leaf")");

    const Value text = Value::string("x");
    EXPECT_TRUE(text.asArray().empty());
    EXPECT_TRUE(text.asObject().empty());
    EXPECT_EQ(text.find("x"), nullptr);
    Value null;
    null.push(Value::boolean(false));
    EXPECT_EQ(serialize(null), "[false]");
}

TEST(json_write, EscapesOnlyWhatItMust) {
    EXPECT_EQ(quote("plain"), R"("plain")");
    EXPECT_EQ(quote("a\"b\\c/d"), R"("a\"b\\c/d")");
    EXPECT_EQ(quote("\b\f\n\r\t"), R"("\b\f\n\r\t")");
    EXPECT_EQ(quote(std::string("\0\x01\x1f\x7f", 4)), "\"\\u0000\\u0001\\u001f\x7f\"");
    EXPECT_EQ(quote("中文 😀"), "\"中文 😀\"");
    EXPECT_EQ(quote("bad \xFF byte"), "\"bad \xEF\xBF\xBD byte\""); // stays UTF-8
    EXPECT_EQ(serialize(parse(R"("\u4e2d\ud83d\ude00\/")").value()), "\"中😀/\"");
    EXPECT_EQ(serialize(Value()), "null");
    EXPECT_EQ(serialize(Value::object()), "{}");

    const Value doc = parse(R"({"a":[1,{"b":null},[]],"c":{},"d":"x"})").value();
    EXPECT_EQ(serializePretty(doc), "{\n"
                                    "  \"a\": [\n"
                                    "    1,\n"
                                    "    {\n"
                                    "      \"b\": null\n"
                                    "    },\n"
                                    "    []\n"
                                    "  ],\n"
                                    "  \"c\": {},\n"
                                    "  \"d\": \"x\"\n"
                                    "}");
    EXPECT_EQ(serialize(parse(serializePretty(doc)).value()), serialize(doc));
}

TEST(json_write, RoundTripsThroughParse) {
    const char* documents[] = {
        R"({"type":"tx","body":{"name":"灵峰村","amount":-1.5e3,"list":[true,false,null,"",0]}})",
        R"( [ 1 , "a\"b" , {"k\u0000":"\u001f\t"} ] )",
        R"("\ud83d\ude00 and \u00e9")",
        "-0",
        "1E400",
    };
    for (const char* text : documents) {
        const std::string once = roundTrip(text);
        EXPECT_EQ(roundTrip(once), once) << text;
    }
    EXPECT_EQ(roundTrip(R"( { "a" : [ 1 , 2 ] } )"), R"({"a":[1,2]})");
    // SLE lines are written compactly already: serialising the parse gives the same bytes.
    for (const std::string& line : readLines(kSleData / "valid" / "tiny-sm3-sm2.sle")) {
        EXPECT_EQ(roundTrip(line), line);
    }
}

// ---- validateObject ----------------------------------------------------------------------------

TEST(json_validate_object, ExtractsTopLevelStringType) {
    struct Case {
        const char* text;
        const char* type;
    };
    const Case cases[] = {
        {R"({"type":"block","height":1})", "block"},
        {R"({"height":1,"type":"commit"})", "commit"},
        {R"({"t\u0079pe":"tx"})", "tx"},
        {R"({"type":"\u0068eader"})", "header"},
        {R"({"type":"\u4e2d\n"})", "中\n"},
        {R"({"type":""})", ""},
        {R"({"type":1})", ""},
        {R"({"type":null})", ""},
        {R"({"type":["tx"]})", ""},
        {R"({"type":{"type":"tx"}})", ""},
        {R"({"body":{"type":"factory"}})", ""},
        {R"({"types":"tx","typ":"tx","Type":"tx"})", ""},
        {R"( { "type" : "end" } )", "end"},
        {"{}", ""},
    };
    for (const Case& c : cases) {
        std::string type = "stale";
        ParseError error;
        EXPECT_TRUE(validateObject(c.text, type, error)) << c.text << ": " << error.reason;
        EXPECT_EQ(type, c.type) << c.text;
        type = "stale";
        EXPECT_TRUE(validateObject(c.text, type, error, true)) << c.text;
        EXPECT_EQ(type, c.type) << c.text;
    }
    for (const char* notObject : {"[]", "\"type\"", "1", "null", " [{}]"}) {
        std::string type = "stale";
        ParseError error;
        EXPECT_FALSE(validateObject(notObject, type, error)) << notObject;
        EXPECT_EQ(error.reason, "not a JSON object");
        EXPECT_TRUE(type.empty());
        EXPECT_TRUE(parse(notObject).ok()) << notObject;
    }
    std::string type;
    ParseError error;
    EXPECT_FALSE(validateObject(R"({"type":"tx","x":NaN})", type, error));
    EXPECT_EQ(error.reason, "NaN is not JSON");
    EXPECT_TRUE(type.empty()); // nothing from a rejected line
}

TEST(json_validate_object, Utf8AlreadyCheckedSkipsOnlyTheUtf8Check) {
    const std::string invalidInString = "{\"type\":\"tx\",\"name\":\"\xC0\x80\"}";
    std::string type;
    ParseError error;
    EXPECT_FALSE(validateObject(invalidInString, type, error));
    EXPECT_EQ(error.reason, "invalid UTF-8");
    EXPECT_EQ(error.offset, 21u);
    // The caller promised valid UTF-8, so the line is not checked again (the verifier runs
    // isValidUtf8 on every line first, and this line would fail there).
    EXPECT_FALSE(lj::isValidUtf8(invalidInString));
    EXPECT_TRUE(validateObject(invalidInString, type, error, true));
    // Everything else is still checked; non-ASCII outside strings is still an error.
    EXPECT_FALSE(validateObject("{\"a\":\"\x01\"}", type, error, true));
    EXPECT_EQ(error.reason, "control character in string");
    EXPECT_FALSE(validateObject("{\"a\":1,\"a\":2}", type, error, true));
    EXPECT_FALSE(validateObject("{\"a\":\xE4\xB8\xAD}", type, error, true));
    EXPECT_EQ(error.reason, "unexpected byte 0xE4");
}

namespace {

// validateObject must accept exactly the lines that parse() accepts as objects, with the same
// "type", in both UTF-8 modes.
void expectAgreement(const std::filesystem::path& file, std::size_t& rejectedLines) {
    std::size_t number = 0;
    for (const std::string& line : readLines(file)) {
        ++number;
        ParseError parseError;
        const auto tree = parse(line, parseError);
        const bool parsedObject = tree.has_value() && tree->isObject();
        for (bool utf8Checked : {false, true}) {
            if (utf8Checked && !lj::isValidUtf8(line)) continue;
            std::string type;
            ParseError error;
            EXPECT_EQ(validateObject(line, type, error, utf8Checked), parsedObject)
                << file.filename() << ":" << number << " " << error.reason;
            if (parsedObject) {
                EXPECT_EQ(type, tree->getString("type").value_or("")) << file.filename() << ":" << number;
            } else if (tree.has_value()) {
                EXPECT_EQ(error.reason, "not a JSON object");
            } else {
                EXPECT_EQ(error.offset, parseError.offset) << file.filename() << ":" << number;
                EXPECT_EQ(error.reason, parseError.reason) << file.filename() << ":" << number;
            }
        }
        if (!parsedObject) ++rejectedLines;
    }
    EXPECT_GT(number, 0u) << file;
}

} // namespace

TEST(json_validate_object, AgreesWithParseOnSleFiles) {
    std::vector<std::filesystem::path> valid;
    for (const auto& entry : std::filesystem::directory_iterator(kSleData / "valid")) {
        if (entry.path().extension() == ".sle") valid.push_back(entry.path());
    }
    ASSERT_FALSE(valid.empty());
    for (const auto& file : valid) {
        std::size_t rejected = 0;
        expectAgreement(file, rejected);
        EXPECT_EQ(rejected, 0u) << file;
    }
    std::size_t rejected = 0;
    expectAgreement(kSleData / "tampered" / "t28-malformed-json.sle", rejected);
    EXPECT_EQ(rejected, 1u); // line 10 lost its closing brace

    const auto lines = readLines(kSleData / "tampered" / "t28-malformed-json.sle");
    ASSERT_GE(lines.size(), 10u);
    std::string type;
    ParseError error;
    EXPECT_FALSE(validateObject(lines[9], type, error));
    EXPECT_EQ(error.reason, "unexpected end of input");
    EXPECT_EQ(error.offset, lines[9].size());
}

TEST(json_validate_object, AllocatesNothingForTypicalLines) {
    const auto lines = readLines(kSleData / "valid" / "tiny-sm3-sm2.sle");
    std::string type;
    type.reserve(64);
    ParseError error;
    for (const std::string& line : lines)
        ASSERT_TRUE(validateObject(line, type, error)); // warm up
    const long before = g_allocations.load();
    bool allValid = true;
    for (int round = 0; round < 10; ++round) {
        for (const std::string& line : lines)
            allValid = validateObject(line, type, error) && allValid;
    }
    const long allocations = g_allocations.load() - before;
    EXPECT_TRUE(allValid);
    EXPECT_EQ(allocations, 0);
}

// Informative only (no assertion on time): validateObject's speed on the scenario export,
// next to isValidUtf8 and memchr over the same bytes. Timed in CPU time of this process (not wall
// time) and the best of several passes is shown, so other processes on the machine barely
// distort the figure.
TEST(json_validate_object, ReportsThroughput) {
    const auto lines = readLines(kSleData / "scenario" / "scenario-sm3-sm2.sle");
    ASSERT_FALSE(lines.empty());
    std::size_t bytesPerPass = 0;
    for (const std::string& line : lines)
        bytesPerPass += line.size();
    constexpr int kPasses = 10;
    const auto gigabytesPerSecond = [&](auto&& perLine) {
        perLine(lines.front()); // warm up
        double best = std::numeric_limits<double>::max();
        for (int pass = 0; pass < kPasses; ++pass) {
            const std::clock_t start = std::clock();
            for (const std::string& line : lines)
                perLine(line);
            best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
        }
        return static_cast<double>(bytesPerPass) / std::max(best, 1e-6) / 1e9;
    };

    std::string type;
    ParseError error;
    std::size_t accepted = 0;
    const double checked = gigabytesPerSecond(
        [&](const std::string& line) { accepted += validateObject(line, type, error) ? 1 : 0; });
    const double preChecked = gigabytesPerSecond(
        [&](const std::string& line) { accepted += validateObject(line, type, error, true) ? 1 : 0; });
    const double utf8 =
        gigabytesPerSecond([&](const std::string& line) { accepted += lj::isValidUtf8(line) ? 1 : 0; });
    std::size_t found = 0;
    const double scanned = gigabytesPerSecond([&](const std::string& line) {
        found += std::memchr(line.data(), '\x01', line.size()) != nullptr ? 1 : 0;
    });
    EXPECT_EQ(accepted, 3 * kPasses * lines.size() + 3);
    EXPECT_EQ(found, 0u);
    std::cout << "[ throughput ] " << lines.size() << " lines, " << bytesPerPass << " bytes, best of "
              << kPasses << " passes\n"
              << "[ throughput ] validateObject:                      " << checked << " GB/s\n"
              << "[ throughput ] validateObject(utf8AlreadyChecked): " << preChecked << " GB/s\n"
              << "[ throughput ] isValidUtf8:                         " << utf8 << " GB/s\n"
              << "[ throughput ] memchr:                              " << scanned << " GB/s\n";
}
