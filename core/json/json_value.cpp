// Value: construction, deep copy, typed access.
#include "json/json.h"
#include "json/json_scanner.h"
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace lj::json {
namespace {

// std::from_chars reports overflow (1e400) and underflow (1e-400) alike; tell them apart by the
// decimal exponent of the first significant digit.
bool overflowsDouble(std::string_view text) {
    std::size_t i = text.empty() || text[0] != '-' ? 0 : 1;
    long long significantExponent = -1; // decimal exponent of the first non-zero digit, if any
    long long integerDigits = 0;
    bool seenNonZero = false;
    for (; i < text.size() && detail::isDigit(text[i]); ++i) {
        seenNonZero = seenNonZero || text[i] != '0';
        if (seenNonZero) ++integerDigits;
    }
    if (seenNonZero) significantExponent = integerDigits - 1;
    if (i < text.size() && text[i] == '.') {
        long long position = 0;
        for (++i; i < text.size() && detail::isDigit(text[i]); ++i) {
            --position;
            if (!seenNonZero && text[i] != '0') {
                seenNonZero = true;
                significantExponent = position;
            }
        }
    }
    if (!seenNonZero) return false; // zero never overflows
    long long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        const bool negative = i < text.size() && text[i] == '-';
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        for (; i < text.size() && detail::isDigit(text[i]); ++i) {
            if (exponent < 1'000'000'000) exponent = exponent * 10 + (text[i] - '0'); // saturate
        }
        if (negative) exponent = -exponent;
    }
    return significantExponent + exponent > 0;
}

} // namespace

Value::Value(const Value& other)
    : m_type(other.m_type)
    , m_bool(other.m_bool)
    , m_text(other.m_text)
    , m_array(other.m_array ? std::make_unique<Array>(*other.m_array) : nullptr)
    , m_object(other.m_object ? std::make_unique<Object>(*other.m_object) : nullptr) {}

Value& Value::operator=(const Value& other) {
    if (this != &other) *this = Value(other);
    return *this;
}

Value::Value(Value&& other) noexcept = default;

// Moves through a temporary so that `v = std::move(v.asArray()[0])` works: the source lives
// inside the tree being replaced.
Value& Value::operator=(Value&& other) noexcept {
    if (this != &other) {
        Value moved(std::move(other));
        m_type = moved.m_type;
        m_bool = moved.m_bool;
        m_text.swap(moved.m_text);
        m_array.swap(moved.m_array);
        m_object.swap(moved.m_object);
    }
    return *this;
}

Value::~Value() = default;

Value Value::boolean(bool b) {
    Value v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

Value Value::number(std::string raw) {
    if (!detail::isNumberText(raw)) throw std::invalid_argument("not a JSON number: " + raw);
    Value v;
    v.m_type = Type::Number;
    v.m_text = std::move(raw);
    return v;
}

Value Value::number(std::int64_t n) {
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, n);
    Value v;
    v.m_type = Type::Number;
    v.m_text.assign(digits, result.ptr);
    return v;
}

Value Value::string(std::string s) {
    Value v;
    v.m_type = Type::String;
    v.m_text = std::move(s);
    return v;
}

Value Value::array(Array a) {
    Value v;
    v.m_type = Type::Array;
    v.m_array = std::make_unique<Array>(std::move(a));
    return v;
}

Value Value::object(Object o) {
    Value v;
    v.m_type = Type::Object;
    v.m_object = std::make_unique<Object>(std::move(o));
    return v;
}

const Array& Value::emptyArray() {
    static const Array empty;
    return empty;
}

const Object& Value::emptyObject() {
    static const Object empty;
    return empty;
}

std::optional<std::int64_t> Value::asInt64() const {
    if (m_type != Type::Number || m_text.find_first_of(".eE") != std::string::npos) return std::nullopt;
    std::int64_t n = 0;
    const char* end = m_text.data() + m_text.size();
    const auto result = std::from_chars(m_text.data(), end, n);
    if (result.ec != std::errc() || result.ptr != end) return std::nullopt; // out of range
    return n;
}

double Value::asDouble() const {
    if (m_type != Type::Number) return 0.0;
    double d = 0.0;
    const char* end = m_text.data() + m_text.size();
    const auto result = std::from_chars(m_text.data(), end, d); // locale-independent
    if (result.ec == std::errc::result_out_of_range) {
        const bool negative = m_text[0] == '-';
        const double magnitude = overflowsDouble(m_text) ? std::numeric_limits<double>::infinity() : 0.0;
        return negative ? -magnitude : magnitude;
    }
    return d;
}

const Value* Value::find(std::string_view key) const {
    if (m_type != Type::Object) return nullptr;
    for (const auto& [name, value] : *m_object) {
        if (name == key) return &value;
    }
    return nullptr;
}

std::optional<std::string> Value::getString(std::string_view key) const {
    const Value* member = find(key);
    if (member == nullptr || !member->isString()) return std::nullopt;
    return member->m_text;
}

std::optional<std::int64_t> Value::getInt(std::string_view key) const {
    const Value* member = find(key);
    if (member == nullptr) return std::nullopt;
    return member->asInt64();
}

Value& Value::set(std::string key, Value v) {
    if (m_type != Type::Object) *this = object();
    for (auto& [name, value] : *m_object) {
        if (name == key) {
            value = std::move(v);
            return *this;
        }
    }
    m_object->emplace_back(std::move(key), std::move(v));
    return *this;
}

Value& Value::push(Value v) {
    if (m_type != Type::Array) *this = array();
    m_array->push_back(std::move(v));
    return *this;
}

} // namespace lj::json
