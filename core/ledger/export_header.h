#pragma once
// The header line of an export (spec §3.1) and its checks (E_VERSION, E_SUITE, E_HEADER).
#include "ledger/consortium.h"
#include "ledger/finding.h"

#include <cstdint>
#include <string>
#include <variant>

namespace lj {

struct ExportHeader {
    Consortium consortium; // the claimed validator set: keys are unproven until the trust store says so
    std::int64_t from = 0;
    std::string prev; // lower-case hex
    std::string exporter;
    std::string exportedAt;
};

struct HeaderProblem {
    FindingCode code; // Version, Suite or Header
    std::string message;
};

std::variant<ExportHeader, HeaderProblem> parseExportHeader(const json::Value& line);

} // namespace lj
