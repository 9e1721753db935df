#pragma once
// Renders verification results: the JSON of `verify --json` and the short human report.
#include "json/json.h"
#include "ledger/continuity.h"
#include "ledger/verifier.h"

#include <ostream>
#include <string>
#include <vector>

namespace lj::cli {

struct PairOutcome {
    std::size_t a = 0; // indexes into the reports
    std::size_t b = 0;
    ContinuityResult result;
};

struct VerifyRun {
    std::vector<VerifyReport> reports;
    std::vector<PairOutcome> pairs; // only forks and continuations
    bool trustGiven = false;
};

json::Value verifyRunToJson(const VerifyRun& run);
void printVerifyRun(const VerifyRun& run, std::ostream& out);

// The first breaking finding of a report, if any.
const Finding* firstBreakingFinding(const VerifyReport& report);

} // namespace lj::cli
