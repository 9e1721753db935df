#include "rules/rule_finding.h"

#include "crypto/hasher.h"
#include "util/encoding.h"

namespace lj {

std::string_view severityName(Severity severity) {
    switch (severity) {
    case Severity::Reminder:
        return "reminder";
    case Severity::Warning:
        return "warning";
    case Severity::Alarm:
        return "alarm";
    }
    return "warning";
}

std::optional<Severity> severityFromName(std::string_view name) {
    if (name == "reminder") return Severity::Reminder;
    if (name == "warning") return Severity::Warning;
    if (name == "alarm") return Severity::Alarm;
    return std::nullopt;
}

std::string makeFindingId(std::string_view rule, const std::vector<std::string>& subjects) {
    std::string key(rule);
    for (const std::string& subject : subjects)
        key.append("\n").append(subject);
    Hasher hasher(HashAlgo::Sha256);
    return std::string(rule) + "-" + toHex(hasher.hash(key)).substr(0, 12);
}

namespace {

json::Value stringList(const std::vector<std::string>& items) {
    json::Value list = json::Value::array();
    for (const std::string& item : items)
        list.push(json::Value::string(item));
    return list;
}

json::Value optionalDate(const std::optional<Date>& date) {
    return date ? json::Value::string(date->toString()) : json::Value();
}

} // namespace

json::Value findingToJson(const RuleFinding& finding) {
    json::Value entry = json::Value::object();
    entry.set("id", json::Value::string(finding.id));
    entry.set("rule", json::Value::string(finding.rule));
    entry.set("severity", json::Value::string(std::string(severityName(finding.severity))));
    entry.set("subjects", stringList(finding.subjects));
    entry.set("txs", stringList(finding.txs));
    entry.set("summary", json::Value::string(finding.summary));
    entry.set("from", optionalDate(finding.from));
    entry.set("to", optionalDate(finding.to));
    entry.set("path", stringList(finding.path));
    return entry;
}

} // namespace lj
