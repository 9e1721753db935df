#include "rules/dated_windows.h"

namespace lj {

std::vector<IndexRange> maximalWindows(const std::vector<Date>& sortedDates, int maxSpanDays) {
    std::vector<IndexRange> windows;
    std::size_t end = 0; // one past the last item within reach of the current first item
    for (std::size_t first = 0; first < sortedDates.size(); ++first) {
        const std::size_t previousEnd = end;
        if (end < first + 1) end = first + 1;
        while (end < sortedDates.size() && sortedDates[end].days - sortedDates[first].days <= maxSpanDays)
            ++end;
        // The window from `first` is contained in the one from `first - 1` unless it reaches further.
        if (first == 0 || end > previousEnd) windows.push_back({first, end});
    }
    return windows;
}

} // namespace lj
