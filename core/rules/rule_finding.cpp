#include "rules/rule_finding.h"

#include "crypto/hasher.h"
#include "util/encoding.h"

namespace lj {

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Reminder: return "reminder";
    case Severity::Warning: return "warning";
    case Severity::Alarm: return "alarm";
    }
    return "warning";
}

std::optional<Severity> severityFromName(std::string_view name)
{
    if (name == "reminder") return Severity::Reminder;
    if (name == "warning") return Severity::Warning;
    if (name == "alarm") return Severity::Alarm;
    return std::nullopt;
}

std::string makeFindingId(std::string_view rule, const std::vector<std::string>& subjects)
{
    std::string key(rule);
    for (const std::string& subject : subjects) key.append("\n").append(subject);
    Hasher hasher(HashAlgo::Sha256);
    return std::string(rule) + "-" + toHex(hasher.hash(key)).substr(0, 12);
}

} // namespace lj
