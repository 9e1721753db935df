#include "rules/lease_terms.h"

#include <tuple>

namespace lj {

bool contractKnownOn(const Contract& contract, Date asOf) {
    const auto& known = contract.signedOn ? contract.signedOn : contract.start;
    return known && *known <= asOf;
}

std::optional<LeaseTerms> leaseTermsAsOf(const Dataset& data, const Contract& contract, Date asOf) {
    if (!contractKnownOn(contract, asOf) || !contract.start || !contract.endAsOf(asOf)) return std::nullopt;
    LeaseTerms lease;
    lease.contract = &contract;
    lease.start = *contract.start;
    lease.end = *contract.endAsOf(asOf);
    lease.lessee = contract.lesseeAsOf(asOf);
    lease.annualRent = contract.rentAsOf(asOf);
    if (contract.annualRent) lease.rents.push_back(*contract.annualRent);
    for (const ContractAmendment& amendment : contract.amendments)
        if (amendment.annualRent && (!amendment.date || *amendment.date <= asOf))
            lease.rents.push_back(*amendment.annualRent);
    const auto& termination = contract.termination;
    if (termination && termination->date && *termination->date <= asOf) lease.terminated = termination->date;

    // contract.refs holds the sign records and every amendment and termination, in chain order.
    for (TxRefId ref : contract.refs) {
        const std::string& kind = data.txs[ref].kind;
        bool known = kind == "contract.sign";
        for (const ContractAmendment& amendment : contract.amendments)
            if (amendment.ref == ref) known = !amendment.date || *amendment.date <= asOf;
        if (termination && termination->ref == ref) known = lease.terminated.has_value();
        if (known) lease.refs.push_back(ref);
    }
    return lease;
}

bool leaseStartsBefore(const LeaseTerms& a, const LeaseTerms& b) {
    return std::tie(a.start, a.contract->id) < std::tie(b.start, b.contract->id);
}

int leaseMonths(Date start, Date last) {
    const Date after = last.addDays(1);
    int months = (after.year() - start.year()) * 12 + static_cast<int>(after.month()) -
                 static_cast<int>(start.month());
    if (start.addMonths(months) > after) --months; // the last month is not complete
    return months;
}

} // namespace lj
