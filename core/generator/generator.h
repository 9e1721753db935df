#pragma once
// The synthetic district generator (`lianjian-cli generate`): a realistic three-capitals ledger of
// towns and villages, written as a signed SLE v1 export, with planted cases for every warning rule
// of rules-v1 and clean look-alikes that must not fire, listed in an answer key.
//
// Files written for OUT:
//   OUT                       the export
//   OUT.consortium.json       the consortium file (what a trust store should hold)
//   OUT.keys/<id>.key|.pub    the validators' key pairs (private keys: keep them out of releases)
//   OUT.key.json              the answer key: {cases:[{case, rule, expect, as_of, subjects, note, txs}], …}
//
// Deterministic: the same options give the same tx lines and block lines (hence tx ids and block
// hashes); only signatures (commit and end lines) differ, since SM2/ECDSA signing is randomised
// and the validator keys are fresh each run.
#include "crypto/suite.h"
#include "util/date.h"
#include "util/result.h"

#include <cstdint>
#include <functional>
#include <string>

namespace lj::gen {

struct GeneratorOptions {
    int villages = 12;
    std::uint64_t seed = 20240601;
    Suite suite = Suite::Sm3Sm2;
    Date from = Date::fromCivil(2015, 1, 1); // first block's day
    Date to = Date::fromCivil(2020, 8, 31);  // last block's day: the default as-of date
    // Total transactions wanted (0: whatever the villages produce, about 1,700 per village).
    // Reached exactly by adding elderly villagers with monthly subsidies and operation logs.
    std::uint64_t txs = 0;
    std::string chain = "xc-sanzi";
    std::string chainName = "相城区“三资”监管链";
    // Called after each block written, with the transactions written so far.
    std::function<void(std::uint64_t txsWritten)> progress;
};

struct GeneratorResult {
    std::uint64_t blocks = 0;
    std::uint64_t txs = 0;
    std::uint64_t bytes = 0;
    std::size_t cases = 0;
    std::string consortiumPath, keysDir, answerKeyPath;
};

// Checks the options (villages 1…64, from < to with at least three years between them so that
// every planted case has room, a valid chain id).
Status checkOptions(const GeneratorOptions& options);

// Writes OUT and the files beside it (see above). Refuses when OUT exists.
Result<GeneratorResult> generateDistrict(const GeneratorOptions& options, const std::string& outPath);

} // namespace lj::gen
