#pragma once
// The answer key: every planted case (a rule that must fire for given subjects as of a date) and
// every clean look-alike (a record that resembles a case but must not be named by that rule).
#include "generator/generator.h"
#include "util/date.h"
#include "util/result.h"

#include <string>
#include <vector>

namespace lj::gen {

struct PlantedCase {
    std::string name; // "A06-2", "R01-LA-former"
    std::string rule;
    bool fire = true; // false: a clean look-alike ("no_fire")
    Date asOf;
    std::vector<std::string> subjects; // for look-alikes, subjects[0] is what must not be named
    std::string note;
    std::vector<std::string> txs; // key transactions (tx ids)
};

class CaseBook {
public:
    void add(PlantedCase planted) { m_cases.push_back(std::move(planted)); }
    const std::vector<PlantedCase>& cases() const { return m_cases; }

private:
    std::vector<PlantedCase> m_cases;
};

// The default severity of a rule (rules-v1 "Default severities").
std::string_view defaultSeverity(std::string_view rule);

struct AnswerKeyInfo {
    std::string exportName, consortiumName, chain, chainName, suite, exportedAt;
    std::uint64_t blocks = 0, txs = 0;
};

Status writeAnswerKey(const std::string& path, const GeneratorOptions& options, const AnswerKeyInfo& info,
                      const std::vector<PlantedCase>& cases);

} // namespace lj::gen
