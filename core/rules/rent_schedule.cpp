#include "rules/rent_schedule.h"

#include <algorithm>

namespace lj {

namespace {

// annual × months / 12, rounded half up to the fen.
std::int64_t instalmentAmount(std::int64_t annualRent, int months) {
    return (annualRent * months * 2 + 12) / 24;
}

} // namespace

std::int64_t receivedBy(const std::vector<const Receipt*>& receipts, Date day) {
    std::int64_t total = 0;
    for (const Receipt* receipt : receipts)
        if (*receipt->date <= day) total += receipt->amount;
    return total;
}

std::vector<RentInstalment> rentInstalments(const LeaseTerms& lease,
                                            const std::vector<const Receipt*>& receipts, Date asOf,
                                            int graceDays) {
    std::vector<RentInstalment> instalments;
    const Contract& contract = *lease.contract;
    const int period = contract.payPeriodMonths();
    const std::int64_t receivedTotal = receivedBy(receipts, asOf);
    std::int64_t dueTotal = 0;
    const Date last = std::min(lease.lastDay(), asOf);
    // Each due date from the start, not from the previous due date, so that month-end clamping
    // (Jan 31 → Feb 28) does not drift.
    for (int k = 0;; ++k) {
        const Date due = lease.start.addMonths(k * period);
        if (last < due) break;
        RentInstalment instalment;
        instalment.contract = contract.id;
        instalment.due = due;
        instalment.amount = instalmentAmount(contract.rentAsOf(due).value_or(0), period);
        instalment.received = std::clamp<std::int64_t>(receivedTotal - dueTotal, 0, instalment.amount);
        dueTotal += instalment.amount;
        instalment.dueTotal = dueTotal;
        instalment.limit = due.addDays(graceDays);
        instalment.paidByLimit = receivedBy(receipts, instalment.limit);
        instalment.overdue = instalment.limit < asOf && instalment.paidByLimit < dueTotal;
        instalments.push_back(std::move(instalment));
    }
    return instalments;
}

} // namespace lj
