#include "rules/rule_settings.h"

#include "ledger/trust_store.h"

#include <algorithm>
#include <limits>

namespace lj {

namespace {

// Threshold keys per rule as written in a settings file, with their internal key and the factor
// from file units (yuan) to internal units (fen).
struct ThresholdKey {
    std::string rule, fileKey, internalKey;
    std::int64_t factor;
};

const std::vector<ThresholdKey>& thresholdKeys() {
    static const std::vector<ThresholdKey> keys = {
        {"A02", "days", "A02.days", 1},
        {"A03", "months", "A03.months", 1},
        {"A04", "days", "A04.days", 1},
        {"A06", "days", "A06.days", 1},
        {"A07", "rent_yuan", "A07.rent_fen", 100},
        {"A09", "bidders", "A09.bidders", 1},
        {"F01", "yuan", "F01.fen", 100},
        {"F02", "count", "F02.count", 1},
        {"F02", "days", "F02.days", 1},
        {"F05", "days", "F05.days", 1},
        {"P01", "grace_days", "P01.grace_days", 1},
        {"P02", "days", "P02.days", 1},
        {"P02", "yuan", "P02.fen", 100},
        {"P04", "percent", "P04.percent", 1},
        {"R01", "steps", "R01.steps", 1},
        {"W01", "steps", "W01.steps", 1},
    };
    return keys;
}

const std::map<std::string, std::int64_t>& defaultThresholds() {
    static const std::map<std::string, std::int64_t> values = {
        {"A02.days", 180},
        {"A03.months", 36},
        {"A04.days", 90},
        {"A06.days", 90},
        {"A07.rent_fen", 5'000'000},
        {"A09.bidders", 2},
        {"F01.fen", 10'000'000},
        {"F02.count", 5},
        {"F02.days", 30},
        {"F05.days", 30},
        {"P01.grace_days", 0},
        {"P02.days", 90},
        {"P02.fen", 40'000'000},
        {"P04.percent", 10},
        {"R01.steps", 2},
        {"W01.steps", 2},
    };
    return values;
}

// A short description of a rejected value, for error messages.
std::string describeJson(const json::Value& value) {
    switch (value.type()) {
    case json::Value::Type::Number:
        return value.numberText();
    case json::Value::Type::String:
        return json::quote(value.asString());
    case json::Value::Type::Bool:
        return value.asBool() ? "true" : "false";
    case json::Value::Type::Null:
        return "null";
    case json::Value::Type::Array:
        return "an array";
    case json::Value::Type::Object:
        return "an object";
    }
    return "a value";
}

// Where an error is: the file and the setting's path in it, e.g. `rules.json: "F04.standards[1].unit"`.
std::string at(const std::string& file, const std::string& path) {
    return file + ": \"" + path + "\"";
}

// A non-negative integer setting in file units, converted to internal units (yuan → fen) without
// overflow.
Result<std::int64_t> amount(const json::Value& value, std::int64_t factor, const std::string& where) {
    const auto number = value.isNumber() ? value.asInt64() : std::nullopt;
    if (!number) return fail(where + " must be an integer (got " + describeJson(value) + ")");
    if (*number < 0) return fail(where + " must not be negative (got " + std::to_string(*number) + ")");
    if (*number > std::numeric_limits<std::int64_t>::max() / factor) return fail(where + " is too large");
    return *number * factor;
}

// One F04 standard: {"purpose", "max_yuan_per_unit" with "unit", and/or "max_yuan_per_payment"}.
Result<PaymentStandard> parseStandard(const json::Value& entry, const std::string& file,
                                      const std::string& path) {
    if (!entry.isObject()) return fail(at(file, path) + " must be an object");
    PaymentStandard standard;
    for (const auto& [member, value] : entry.asObject()) {
        const std::string where = at(file, path + "." + member);
        if (member == "purpose" || member == "unit") {
            if (!value.isString() || value.asString().empty())
                return fail(where + " must be a non-empty string");
            (member == "purpose" ? standard.purpose : standard.unit) = value.asString();
        } else if (member == "max_yuan_per_unit" || member == "max_yuan_per_payment") {
            auto fen = amount(value, 100, where);
            if (!fen) return fail(fen.error());
            (member == "max_yuan_per_unit" ? standard.maxPerUnit : standard.maxPerPayment) = *fen;
        } else {
            return fail(where + " is not a member of a payment standard (purpose, max_yuan_per_unit, unit, "
                                "max_yuan_per_payment)");
        }
    }
    if (standard.purpose.empty()) return fail(at(file, path) + " needs a \"purpose\"");
    if (!standard.maxPerUnit && !standard.maxPerPayment)
        return fail(at(file, path) + " needs \"max_yuan_per_unit\" or \"max_yuan_per_payment\"");
    if (!standard.unit.empty() && !standard.maxPerUnit)
        return fail(at(file, path + ".unit") + " is given without \"max_yuan_per_unit\"");
    return standard;
}

// The keys a rule's section may hold, for the "unknown key" message.
std::string keysOf(const std::string& rule) {
    std::string keys;
    for (const ThresholdKey& key : thresholdKeys())
        if (key.rule == rule) keys += key.fileKey + ", ";
    if (rule == "F04") keys += "standards, ";
    return keys + "severity";
}

} // namespace

const std::vector<std::string>& allRuleCodes() {
    static const std::vector<std::string> codes = {"A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08",
                                                   "A09", "A10", "F01", "F02", "F03", "F04", "F05", "F06",
                                                   "F07", "P01", "P02", "P03", "P04", "W01", "W02", "W03",
                                                   "W04", "R01", "R02", "D01", "D02", "V01"};
    return codes;
}

RuleSettings RuleSettings::defaults() {
    RuleSettings settings;
    settings.thresholds = defaultThresholds();
    for (const char* rule : {"A10", "F05", "F07", "P02", "W01", "W04", "R01"})
        settings.severities[rule] = Severity::Alarm;
    for (const char* rule : {"A02", "A04", "A09", "F02", "F06"})
        settings.severities[rule] = Severity::Reminder;
    for (const std::string& rule : allRuleCodes())
        if (!settings.severities.count(rule)) settings.severities[rule] = Severity::Warning;
    settings.standards = {{"误工补贴", 15'000, "person_day", std::nullopt},
                          {"慰问金", std::nullopt, "", 100'000}};
    return settings;
}

std::int64_t RuleSettings::threshold(const std::string& key) const {
    if (auto it = thresholds.find(key); it != thresholds.end()) return it->second;
    return defaultThresholds().at(key);
}

Severity RuleSettings::severityOf(const std::string& rule) const {
    const auto it = severities.find(rule);
    return it == severities.end() ? Severity::Warning : it->second;
}

Result<RuleSettings> parseRuleSettings(std::string_view jsonText, const std::string& name) {
    json::ParseError error;
    auto document = json::parse(jsonText, error);
    if (!document)
        return fail(name + ": not valid JSON at byte " + std::to_string(error.offset + 1) + ": " +
                    error.reason);
    if (!document->isObject())
        return fail(name + ": the settings must be a JSON object with one member per rule code");

    RuleSettings settings = RuleSettings::defaults();
    const auto& codes = allRuleCodes();
    for (const auto& [rule, section] : document->asObject()) {
        if (std::find(codes.begin(), codes.end(), rule) == codes.end())
            return fail(at(name, rule) + " is not a rule code of rules-v1");
        if (!section.isObject()) return fail(at(name, rule) + " must be an object");
        for (const auto& [key, value] : section.asObject()) {
            const std::string path = rule + "." + key;
            if (key == "severity") {
                const auto severity = value.isString() ? severityFromName(value.asString()) : std::nullopt;
                if (!severity)
                    return fail(at(name, path) + " must be \"reminder\", \"warning\" or \"alarm\" (got " +
                                describeJson(value) + ")");
                settings.severities[rule] = *severity;
                continue;
            }
            if (rule == "F04" && key == "standards") {
                if (!value.isArray()) return fail(at(name, path) + " must be an array");
                std::vector<PaymentStandard> standards;
                for (std::size_t i = 0; i < value.asArray().size(); ++i) {
                    auto standard =
                        parseStandard(value.asArray()[i], name, path + "[" + std::to_string(i) + "]");
                    if (!standard) return fail(standard.error());
                    standards.push_back(std::move(standard.value()));
                }
                settings.standards = std::move(standards);
                continue;
            }
            const auto& keys = thresholdKeys();
            const auto known = std::find_if(keys.begin(), keys.end(), [&](const ThresholdKey& k) {
                return k.rule == rule && k.fileKey == key;
            });
            if (known == keys.end())
                return fail(at(name, path) + " is not a setting of rule " + rule +
                            " (known: " + keysOf(rule) + ")");
            auto number = amount(value, known->factor, at(name, path));
            if (!number) return fail(number.error());
            settings.thresholds[known->internalKey] = *number;
        }
    }
    return settings;
}

Result<RuleSettings> loadRuleSettings(const std::string& path) {
    auto text = readSmallFile(path, 1u << 20);
    if (!text) return fail(text.error());
    return parseRuleSettings(*text, path);
}

} // namespace lj
