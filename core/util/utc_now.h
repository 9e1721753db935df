#pragma once
// The current time as RFC 3339 UTC ("2026-01-31T08:00:00Z"), for "when was this done" records.
#include <string>

namespace lj {

std::string utcNowRfc3339();

} // namespace lj
