#pragma once
// Strict JSON (RFC 8259) for SLE lines and the project's JSON files. Strict means: exactly one
// value, no trailing garbage, no duplicate member names in any object, no NaN/Infinity, no
// comments, nesting depth ≤ kMaxDepth, valid UTF-8 and escapes (lone surrogates are errors).
#include "util/result.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lj::json {

inline constexpr int kMaxDepth = 128;

class Value;
using Array = std::vector<Value>;
// Members keep the order they had in the text.
using Object = std::vector<std::pair<std::string, Value>>;

// GCC's -Wshadow flags the enumerators Type::Array/Type::Object against the aliases above,
// although scoped enumerators cannot be confused with them.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"

// Value semantics: copying a Value copies the whole tree (no sharing, so changing a copy never
// changes the original); moving is cheap.
class Value {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Value() = default; // null
    Value(const Value& other);
    Value& operator=(const Value& other);
    Value(Value&& other) noexcept;
    Value& operator=(Value&& other) noexcept;
    ~Value();

    static Value boolean(bool b);
    // Raw JSON number text, e.g. "-12", "3.5e2"; throws std::invalid_argument when `raw` is not a
    // JSON number (a programming error: the result could not be serialised).
    static Value number(std::string raw);
    static Value number(std::int64_t n);
    static Value string(std::string s);
    static Value array(Array a = {});
    static Value object(Object o = {});

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool asBool() const { return m_bool; }
    // Number as written; asInt64 is set only for integers (no fraction or exponent) in range.
    const std::string& numberText() const { return m_text; }
    std::optional<std::int64_t> asInt64() const;
    double asDouble() const;
    const std::string& asString() const { return m_text; }
    // The const accessors give an empty container for other types; the mutable ones require the
    // type (isArray()/isObject()).
    const Array& asArray() const { return m_array ? *m_array : emptyArray(); }
    Array& asArray() { return *m_array; }
    const Object& asObject() const { return m_object ? *m_object : emptyObject(); }
    Object& asObject() { return *m_object; }

    // Object lookup: nullptr when not an object or no such member.
    const Value* find(std::string_view key) const;
    // Convenience typed getters on objects; nullopt when absent or of another type.
    std::optional<std::string> getString(std::string_view key) const;
    std::optional<std::int64_t> getInt(std::string_view key) const;

    // For building documents to write. set() appends a member or replaces the value of the member
    // with that key (keeping its position); push() appends to an array. A null Value first becomes
    // an empty object/array (any other type too). Both return *this, for chaining.
    Value& set(std::string key, Value v);
    Value& push(Value v);

private:
    static const Array& emptyArray();
    static const Object& emptyObject();

    Type m_type = Type::Null;
    bool m_bool = false;
    std::string m_text;               // string value or number text
    std::unique_ptr<Array> m_array;   // set only for Type::Array
    std::unique_ptr<Object> m_object; // set only for Type::Object
};

#pragma GCC diagnostic pop

struct ParseError {
    std::size_t offset = 0; // byte offset in the input
    std::string reason;     // English, short: "duplicate member \"type\"", "unexpected end"...
};

// Parses a whole document.
Result<Value> parse(std::string_view text);
// Same, with the failure position kept.
std::optional<Value> parse(std::string_view text, ParseError& error);

// Fast path for SLE lines: validates `text` as one strict JSON object (same rules as parse, but
// builds no tree and allocates nothing for typical lines) and returns the raw text of its
// top-level string member "type" unescaped. Returns false (and fills error) when the text is not
// a valid object. `type` is left empty when there is no top-level string member "type".
// `utf8AlreadyChecked`: the caller has validated the whole text as UTF-8 (isValidUtf8), so strings
// are not checked again; passing true for invalid UTF-8 lets it through.
bool validateObject(std::string_view text, std::string& type, ParseError& error,
                    bool utf8AlreadyChecked = false);

// Serialises compactly (no spaces), members in stored order, non-ASCII written as UTF-8,
// control characters and quotes escaped. Deterministic: the same Value gives the same bytes.
std::string serialize(const Value& value);
// Human-friendly form with two-space indentation (for files users read).
std::string serializePretty(const Value& value);
// JSON string literal with quotes.
std::string quote(std::string_view text);

} // namespace lj::json
