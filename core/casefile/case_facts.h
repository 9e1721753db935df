#pragma once
// A cited transaction told for the evidence table: the business date its record states and its
// key fields, ids followed by the names they stand for and amounts in yuan.
#include "casefile/case_file_content.h"

#include <string_view>

namespace lj {

// Fills fact.businessDate and fact.fields from the tx line (and blockTime/kind/source when empty).
void describeFact(const Dataset& data, std::string_view txLine, CaseFact& fact);

// "¥1,234.56" from fen.
std::string yuanText(std::int64_t fen);

} // namespace lj
