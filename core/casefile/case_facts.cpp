#include "casefile/case_facts.h"

#include <array>

namespace lj {

namespace {

// Members that carry the record's own date, most telling first.
constexpr std::array kDateMembers = {"date",     "signed",     "as_of",    "start",  "open",
                                     "approved", "registered", "declared", "period", "from"};

bool isMoney(std::string_view member) {
    for (std::string_view suffix : {"amount", "rent", "price", "value", "budget", "cost"})
        if (member.size() >= suffix.size() && member.substr(member.size() - suffix.size()) == suffix)
            return true;
    return false;
}

std::string valueText(const Dataset& data, std::string_view member, const json::Value& value) {
    if (value.isString()) {
        const std::string& text = value.asString();
        const std::string name = data.nameOf(text);
        return name == text ? text : text + "（" + name + "）";
    }
    if (value.isNumber()) {
        const auto integer = value.asInt64();
        if (integer && isMoney(member)) return yuanText(*integer);
        return integer ? std::to_string(*integer) : json::serialize(value);
    }
    if (value.isArray()) {
        std::string text;
        for (const json::Value& item : value.asArray())
            text += (text.empty() ? "" : "、") + valueText(data, member, item);
        return text;
    }
    return json::serialize(value);
}

} // namespace

std::string yuanText(std::int64_t fen) {
    const bool negative = fen < 0;
    const std::uint64_t value =
        negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
    std::string digits = std::to_string(value / 100);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    const unsigned cents = static_cast<unsigned>(value % 100);
    return std::string(negative ? "-" : "") + "¥" + digits + "." + std::to_string(cents / 10) +
           std::to_string(cents % 10);
}

void describeFact(const Dataset& data, std::string_view txLine, CaseFact& fact) {
    auto line = json::parse(txLine);
    if (!line) return;
    if (fact.kind.empty()) fact.kind = line->getString("kind").value_or("");
    if (fact.source.empty()) fact.source = line->getString("source").value_or("");
    if (fact.blockTime.empty()) fact.blockTime = line->getString("time").value_or("");
    const json::Value* body = line->find("body");
    if (body && body->isObject()) {
        for (const char* member : kDateMembers)
            if (const auto date = body->getString(member)) {
                fact.businessDate = *date;
                break;
            }
        for (const auto& [member, value] : body->asObject()) {
            if (value.isNull()) continue;
            fact.fields.emplace_back(member, valueText(data, member, value));
        }
    }
    if (fact.businessDate.empty())
        if (const auto date = dateOfTimestamp(fact.blockTime)) fact.businessDate = date->toString();
}

} // namespace lj
