#pragma once
// Time windows over dated items (rules-v1 "Precise semantics" 17): a window is a run of items whose
// last date minus first date is at most D days. F02, F05 and P02 report the maximal windows — those
// not contained in another — so that one burst of payments or awards gives one finding, not one
// per subset.
#include "util/date.h"

#include <cstddef>
#include <vector>

namespace lj {

struct IndexRange {
    std::size_t first = 0, last = 0; // [first, last)
    std::size_t size() const { return last - first; }
};

// `sortedDates` must be in non-decreasing order. Every maximal window, by first index.
std::vector<IndexRange> maximalWindows(const std::vector<Date>& sortedDates, int maxSpanDays);

} // namespace lj
