// serialize(), serializePretty(), quote(): deterministic UTF-8 output.
#include "util/utf8.h"

#include "json/json.h"

namespace lj::json {
namespace {

void appendQuoted(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    while (p < end) {
        // Copy the run of bytes that need no escaping in one go.
        const auto* run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            ++p;
        out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
        if (p == end) break;
        const unsigned char c = *p;
        if (c >= 0x80) {
            // Strings should hold UTF-8; a stray byte becomes U+FFFD so the output stays UTF-8.
            const std::size_t length = utf8::sequenceLength(p, end);
            if (length == 0) {
                out.append("\xEF\xBF\xBD");
                ++p;
            } else {
                out.append(reinterpret_cast<const char*>(p), length);
                p += length;
            }
            continue;
        }
        ++p;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xF]);
        }
    }
    out.push_back('"');
}

// indent < 0: compact. Otherwise `indent` spaces per level, one member or element per line.
class Writer {
public:
    Writer(std::string& out, int indent)
        : m_out(out)
        , m_indent(indent) {}

    void write(const Value& value, int level) {
        switch (value.type()) {
        case Value::Type::Null:
            m_out.append("null");
            break;
        case Value::Type::Bool:
            m_out.append(value.asBool() ? "true" : "false");
            break;
        case Value::Type::Number:
            m_out.append(value.numberText());
            break;
        case Value::Type::String:
            appendQuoted(m_out, value.asString());
            break;
        case Value::Type::Array: {
            const Array& elements = value.asArray();
            m_out.push_back('[');
            for (std::size_t i = 0; i < elements.size(); ++i) {
                if (i > 0) m_out.push_back(',');
                newLine(level + 1);
                write(elements[i], level + 1);
            }
            if (!elements.empty()) newLine(level);
            m_out.push_back(']');
            break;
        }
        case Value::Type::Object: {
            const Object& members = value.asObject();
            m_out.push_back('{');
            for (std::size_t i = 0; i < members.size(); ++i) {
                if (i > 0) m_out.push_back(',');
                newLine(level + 1);
                appendQuoted(m_out, members[i].first);
                m_out.append(m_indent < 0 ? ":" : ": ");
                write(members[i].second, level + 1);
            }
            if (!members.empty()) newLine(level);
            m_out.push_back('}');
            break;
        }
        }
    }

private:
    void newLine(int level) {
        if (m_indent < 0) return;
        m_out.push_back('\n');
        m_out.append(static_cast<std::size_t>(level * m_indent), ' ');
    }

    std::string& m_out;
    int m_indent;
};

} // namespace

std::string serialize(const Value& value) {
    std::string out;
    Writer(out, -1).write(value, 0);
    return out;
}

std::string serializePretty(const Value& value) {
    std::string out;
    Writer(out, 2).write(value, 0);
    return out;
}

std::string quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    appendQuoted(out, text);
    return out;
}

} // namespace lj::json
