#pragma once
// A lease's rent instalments (rules-v1 "Precise semantics" 12), shared by rule A06 and the asset
// timeline. Instalments fall due at start + k × period (period from pay_cycle) while on or before
// the lease's last day; each is annual_rent as amended on its due date × period months / 12.
// Receipts naming the contract pay the instalments in due order (FIFO).
#include "rules/lease_terms.h"

#include <cstdint>
#include <vector>

namespace lj {

struct RentInstalment {
    std::string contract;
    Date due;
    std::int64_t amount = 0;
    std::int64_t dueTotal = 0;    // this and every earlier instalment
    std::int64_t received = 0;    // this instalment's FIFO share of all receipts up to the as-of date
    Date limit;                   // due + the A06 grace days
    std::int64_t paidByLimit = 0; // all receipts dated on or before the limit (and the as-of date)
    // The limit has passed (limit < as-of) and the receipts up to it do not cover dueTotal.
    bool overdue = false;
};

// The instalments due on or before `asOf`. `receipts`: the contract's receipts dated on or before
// `asOf`, in date order.
std::vector<RentInstalment> rentInstalments(const LeaseTerms& lease,
                                            const std::vector<const Receipt*>& receipts, Date asOf,
                                            int graceDays);

// The sum of `receipts` dated on or before `day`.
std::int64_t receivedBy(const std::vector<const Receipt*>& receipts, Date day);

} // namespace lj
