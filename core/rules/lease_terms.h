#pragma once
// A lease (contract.sign) as it stands on an as-of date. Rules and timelines see only what was
// recorded by then (rules-v1 "Precise semantics" 1): the contract once signed, and the amendments
// and the termination dated on or before the as-of date.
#include "model/dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lj {

struct LeaseTerms {
    const Contract* contract = nullptr;
    Date start, end;                        // end as amended
    std::optional<Date> terminated;         // termination date, when recorded
    std::string lessee;                     // as amended
    std::optional<std::int64_t> annualRent; // as amended
    std::vector<std::int64_t> rents;        // every annual rent it has carried: as signed, then amended
    std::vector<TxRefId> refs;              // its contract.sign, amendment and termination transactions

    // In force until the end, or until the termination date inclusive when that is earlier.
    Date lastDay() const { return terminated && *terminated < end ? *terminated : end; }
    bool inForceOn(Date day) const { return start <= day && day <= lastDay(); }
};

// Signed on or before `asOf` (its start stands in for a missing signing date).
bool contractKnownOn(const Contract& contract, Date asOf);
// nullopt when the contract is not known on `asOf` or has no start or end.
std::optional<LeaseTerms> leaseTermsAsOf(const Dataset& data, const Contract& contract, Date asOf);
// Orders leases by start, then contract id.
bool leaseStartsBefore(const LeaseTerms& a, const LeaseTerms& b);
// Whole calendar months from `start` to the day after `last` (2014-01-01..2022-12-31 is 108).
int leaseMonths(Date start, Date last);

} // namespace lj
