// Fuzzes the strict JSON library (core/json/json.h).
//
// For every input:
//   - parse() and validateObject() agree: validateObject accepts exactly the texts that parse()
//     accepts as an object, reports the same "type", and fails with the same offset and reason
//     when the text starts with '{' (both run the same scanner);
//   - validateObject(utf8AlreadyChecked = true) behaves the same on valid UTF-8;
//   - nothing with invalid UTF-8 is accepted, and no accepted object has two members of one name
//     (checked on the tree, independently of the parser's own duplicate detection);
//   - serialize(parse(x)) is valid UTF-8 and re-parses to the same serialisation, as does
//     serializePretty(parse(x)); a copy serialises the same.
// A violation aborts with a message.
#include "util/utf8.h"

#include "json/json.h"
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace {

using namespace lj::json;

void require(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "fuzz_json: invariant violated: %s\n", what);
    std::abort();
}

bool sameError(const ParseError& a, const ParseError& b) {
    return a.offset == b.offset && a.reason == b.reason;
}

// Checks member names are unique and touches every number accessor, so the sanitizers see the
// conversions.
void visit(const Value& value) {
    if (value.isNumber()) {
        if (const auto integer = value.asInt64()) {
            require(Value::number(*integer).asInt64() == integer, "asInt64 round trip");
        }
        static_cast<void>(value.asDouble());
    }
    for (const Value& element : value.asArray()) {
        visit(element);
    }
    std::set<std::string_view> names;
    for (const auto& [name, member] : value.asObject()) {
        require(names.insert(name).second, "an accepted object has a duplicate member");
        require(value.find(name) == &member, "find() misses a member");
        visit(member);
    }
}

void checkRoundTrip(const Value& tree) {
    const std::string once = serialize(tree);
    require(lj::isValidUtf8(once), "serialize wrote invalid UTF-8");
    ParseError error;
    const std::optional<Value> again = parse(once, error);
    require(again.has_value(), "serialize(parse(x)) does not parse");
    require(serialize(*again) == once, "serialize(parse(serialize(v))) differs");

    const std::optional<Value> pretty = parse(serializePretty(tree), error);
    require(pretty.has_value(), "serializePretty output does not parse");
    require(serialize(*pretty) == once, "serializePretty changes the value");

    const Value copy = tree;
    require(serialize(copy) == once, "a copy serialises differently");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    ParseError parseError;
    const std::optional<Value> tree = parse(text, parseError);
    const bool isObject = tree.has_value() && tree->isObject();
    if (!tree) require(parseError.offset <= size, "error offset beyond the input");

    std::string type;
    ParseError validateError;
    const bool validated = validateObject(text, type, validateError);
    require(validated == isObject, "validateObject and parse disagree");
    if (validated) {
        require(type == tree->getString("type").value_or(""), "validateObject reports another type");
    } else {
        require(type.empty(), "type set on a rejected text");
        require(validateError.offset <= size, "validateObject error offset beyond the input");
        const std::size_t start = text.find_first_not_of(" \t\r\n");
        if (!tree && start != std::string_view::npos && text[start] == '{') {
            require(sameError(parseError, validateError), "validateObject and parse give different errors");
        }
    }

    const bool validUtf8 = lj::isValidUtf8(text);
    if (!validUtf8) require(!tree.has_value(), "parse accepted invalid UTF-8");
    if (validUtf8) {
        std::string preType;
        ParseError preError;
        const bool preValidated = validateObject(text, preType, preError, true);
        require(preValidated == validated, "utf8AlreadyChecked changes the outcome on valid UTF-8");
        require(preType == type, "utf8AlreadyChecked changes the type");
        if (!validated) require(sameError(preError, validateError), "utf8AlreadyChecked changes the error");
    }

    if (tree) {
        visit(*tree);
        checkRoundTrip(*tree);
    }
    return 0;
}
