// parse() and validateObject(): one recursive-descent parser, instantiated with a builder that
// makes a tree and with one that makes nothing, so both accept and reject exactly the same texts
// (with the same error offsets and reasons).
#include "json/json.h"
#include "json/json_member_names.h"
#include "json/json_scanner.h"
#include <cstdio>
#include <cstring>

namespace lj::json {
namespace {

using detail::Failure;
using detail::MemberNames;

// Builds the Value tree.
struct TreeBuilder {
    using Slot = Value;
    static constexpr bool kWantsType = false;

    void null(Value&) {}
    void boolean(Value& out, bool b) { out = Value::boolean(b); }
    void number(Value& out, std::string_view raw) { out = Value::number(std::string(raw)); }
    void string(Value& out, const char* begin, const char* end, bool escaped) {
        std::string text;
        if (escaped)
            detail::appendUnescaped(text, begin, end);
        else
            text.assign(begin, end);
        out = Value::string(std::move(text));
    }
    void beginArray(Value& out) { out = Value::array(); }
    // The returned reference stays valid while the element's value is parsed: nothing else is
    // appended to this array meanwhile.
    Value& newElement(Value& array) { return array.asArray().emplace_back(); }
    void beginObject(Value& out) { out = Value::object(); }
    Value& newMember(Value& object, std::string_view name) {
        return object.asObject().emplace_back(std::string(name), Value()).second;
    }
    void topLevelType(const char*, const char*, bool) {}
};

// Builds nothing; keeps the top-level "type" string.
struct CheckOnlyBuilder {
    struct Slot {};
    static constexpr bool kWantsType = true;

    explicit CheckOnlyBuilder(std::string& type)
        : m_type(type) {}
    void null(Slot&) {}
    void boolean(Slot&, bool) {}
    void number(Slot&, std::string_view) {}
    void string(Slot&, const char*, const char*, bool) {}
    void beginArray(Slot&) {}
    Slot& newElement(Slot& array) { return array; }
    void beginObject(Slot&) {}
    Slot& newMember(Slot& object, std::string_view) { return object; }
    void topLevelType(const char* begin, const char* end, bool escaped) {
        if (escaped)
            detail::appendUnescaped(m_type, begin, end);
        else
            m_type.append(begin, end); // validateObject cleared it
    }

private:
    std::string& m_type;
};

bool startsWith(const char* p, const char* end, std::string_view word) {
    return static_cast<std::size_t>(end - p) >= word.size() && std::memcmp(p, word.data(), word.size()) == 0;
}

bool startsWithNoCase(const char* p, const char* end, std::string_view word) {
    if (static_cast<std::size_t>(end - p) < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = p[i] >= 'A' && p[i] <= 'Z' ? static_cast<char>(p[i] - 'A' + 'a') : p[i];
        if (c != word[i]) return false;
    }
    return true;
}

// Member name for messages: quoted and escaped, shortened when long.
std::string nameForMessage(std::string_view name) {
    constexpr std::size_t kShown = 40;
    if (name.size() <= kShown) return quote(name);
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut; // whole characters
    return quote(name.substr(0, cut)) + "...";
}

template <class Builder, bool kCheckUtf8> class Parser {
public:
    using Slot = typename Builder::Slot;

    Parser(std::string_view text, Builder& builder, MemberNames& names, ParseError& error)
        : m_begin(text.data())
        , m_end(text.data() + text.size())
        , m_builder(builder)
        , m_names(names)
        , m_fail(text.data(), error.offset, error.reason) {}

    // The whole text must be one value (one object with objectOnly) with only whitespace around.
    bool parseDocument(Slot& out, bool objectOnly) {
        m_names.reset();
        const char* p = skip(m_begin);
        if (objectOnly && p < m_end && *p != '{') {
            m_fail(p, "not a JSON object");
            return false;
        }
        p = value(p, 0, out);
        if (p == nullptr) return false;
        p = skip(p);
        if (p != m_end) {
            m_fail(p, "unexpected data after the JSON value");
            return false;
        }
        return true;
    }

private:
    // Lines have no whitespace between tokens, so test for it before looping.
    const char* skip(const char* p) const {
        if (p < m_end && static_cast<unsigned char>(*p) <= ' ') p = detail::skipSpace(p, m_end);
        return p;
    }

    // `depth`: how many containers enclose this value.
    const char* value(const char* p, int depth, Slot& out) {
        if (p == m_end) return m_fail(p, "unexpected end of input");
        switch (*p) {
        case '{':
            return object(p, depth + 1, out);
        case '[':
            return array(p, depth + 1, out);
        case '"':
            return string(p, out);
        case 't':
            return literal(p, "true", [&] { m_builder.boolean(out, true); });
        case 'f':
            return literal(p, "false", [&] { m_builder.boolean(out, false); });
        case 'n':
            return literal(p, "null", [&] { m_builder.null(out); });
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            return number(p, out);
        default:
            return unexpected(p);
        }
    }

    const char* object(const char* p, int depth, Slot& out) {
        if (depth > kMaxDepth) return m_fail(p, "nesting deeper than " + std::to_string(kMaxDepth));
        m_builder.beginObject(out);
        p = skip(p + 1);
        if (p < m_end && *p == '}') return p + 1;
        MemberNames::Mark mark = m_names.open();
        for (;;) {
            if (p == m_end) return m_fail(p, "unexpected end of input");
            if (*p != '"') return m_fail(p, *p == '}' ? "trailing comma" : "expected a member name");
            bool escaped = false;
            const char* nameEnd = detail::scanString<kCheckUtf8>(p, m_end, escaped, m_fail);
            if (nameEnd == nullptr) return nullptr;
            std::string_view name;
            if (!m_names.add(mark, depth, p + 1, nameEnd, m_end, escaped, name)) {
                return m_fail(p, "duplicate member " + nameForMessage(name));
            }
            // SLE lines have no whitespace: test for the expected byte before skipping any.
            p = nameEnd + 1;
            if (p == m_end || *p != ':') [[unlikely]] {
                p = skip(p);
                if (p == m_end) return m_fail(p, "unexpected end of input");
                if (*p != ':') return m_fail(p, "expected ':' after a member name");
            }
            ++p;
            if (p < m_end && *p != '"') p = skip(p);
            Slot& member = m_builder.newMember(out, name);
            if (p < m_end && *p == '"') {
                // Most values are strings: handled here rather than through value().
                bool valueEscaped = false;
                const char* close = detail::scanString<kCheckUtf8>(p, m_end, valueEscaped, m_fail);
                if (close == nullptr) return nullptr;
                m_builder.string(member, p + 1, close, valueEscaped);
                if (Builder::kWantsType && depth == 1 && name == "type") {
                    m_builder.topLevelType(p + 1, close, valueEscaped);
                }
                p = close + 1;
            } else {
                p = value(p, depth, member);
                if (p == nullptr) return nullptr;
            }
            if (p == m_end || (*p != ',' && *p != '}')) [[unlikely]] {
                p = skip(p);
                if (p == m_end) return m_fail(p, "unexpected end of input");
            }
            if (*p == ',') {
                ++p;
                if (p < m_end && *p != '"') p = skip(p);
            } else if (*p == '}') {
                m_names.close(mark);
                return p + 1;
            } else {
                return m_fail(p, "expected ',' or '}'");
            }
        }
    }

    const char* array(const char* p, int depth, Slot& out) {
        if (depth > kMaxDepth) return m_fail(p, "nesting deeper than " + std::to_string(kMaxDepth));
        m_builder.beginArray(out);
        p = skip(p + 1);
        if (p < m_end && *p == ']') return p + 1;
        for (;;) {
            if (p < m_end && *p == ']') return m_fail(p, "trailing comma");
            p = value(p, depth, m_builder.newElement(out));
            if (p == nullptr) return nullptr;
            p = skip(p);
            if (p == m_end) return m_fail(p, "unexpected end of input");
            if (*p == ',') {
                p = skip(p + 1);
            } else if (*p == ']') {
                return p + 1;
            } else {
                return m_fail(p, "expected ',' or ']'");
            }
        }
    }

    const char* string(const char* p, Slot& out) {
        bool escaped = false;
        const char* close = detail::scanString<kCheckUtf8>(p, m_end, escaped, m_fail);
        if (close == nullptr) return nullptr;
        m_builder.string(out, p + 1, close, escaped);
        return close + 1;
    }

    const char* number(const char* p, Slot& out) {
        const char* end = detail::scanNumber(p, m_end);
        if (end == nullptr) {
            if (startsWithNoCase(p, m_end, "-inf")) return m_fail(p, "Infinity is not JSON");
            if (startsWithNoCase(p, m_end, "-nan")) return m_fail(p, "NaN is not JSON");
            return m_fail(p, "invalid number");
        }
        m_builder.number(out, std::string_view(p, static_cast<std::size_t>(end - p)));
        return end;
    }

    template <class Emit> const char* literal(const char* p, std::string_view word, Emit emit) {
        const char* end = p + word.size();
        if (!startsWith(p, m_end, word) || (end < m_end && detail::isAsciiAlnum(*end))) return unexpected(p);
        emit();
        return end;
    }

    // Explains a byte that cannot start a value.
    const char* unexpected(const char* p) {
        if (startsWithNoCase(p, m_end, "nan")) return m_fail(p, "NaN is not JSON");
        if (startsWithNoCase(p, m_end, "inf")) return m_fail(p, "Infinity is not JSON");
        const auto c = static_cast<unsigned char>(*p);
        if (c == '+' || c == '.') return m_fail(p, "invalid number");
        if (c == '/') return m_fail(p, "comments are not JSON");
        if (c == '\'') return m_fail(p, "single quotes are not JSON");
        if (startsWith(p, m_end, "\xEF\xBB\xBF")) return m_fail(p, "byte order mark");
        if (detail::isAsciiAlnum(static_cast<char>(c))) return m_fail(p, "invalid literal");
        char reason[32];
        if (c > 0x20 && c < 0x7F)
            std::snprintf(reason, sizeof reason, "unexpected character '%c'", c);
        else
            std::snprintf(reason, sizeof reason, "unexpected byte 0x%02X", c);
        return m_fail(p, reason);
    }

    const char* m_begin;
    const char* m_end;
    Builder& m_builder;
    MemberNames& m_names;
    Failure m_fail;
};

// One per thread, reused: this is what keeps validateObject free of allocations once warm.
MemberNames& threadMemberNames() {
    thread_local MemberNames names;
    return names;
}

} // namespace

std::optional<Value> parse(std::string_view text, ParseError& error) {
    TreeBuilder builder;
    Value root;
    Parser<TreeBuilder, true> parser(text, builder, threadMemberNames(), error);
    if (!parser.parseDocument(root, false)) return std::nullopt;
    return root;
}

Result<Value> parse(std::string_view text) {
    ParseError error;
    std::optional<Value> value = parse(text, error);
    if (!value) return fail("invalid JSON at byte " + std::to_string(error.offset) + ": " + error.reason);
    return std::move(*value);
}

bool validateObject(std::string_view text, std::string& type, ParseError& error, bool utf8AlreadyChecked) {
    type.clear();
    CheckOnlyBuilder builder(type);
    CheckOnlyBuilder::Slot root;
    bool ok;
    if (utf8AlreadyChecked) {
        ok = Parser<CheckOnlyBuilder, false>(text, builder, threadMemberNames(), error)
                 .parseDocument(root, true);
    } else {
        ok = Parser<CheckOnlyBuilder, true>(text, builder, threadMemberNames(), error)
                 .parseDocument(root, true);
    }
    if (!ok) type.clear();
    return ok;
}

} // namespace lj::json
