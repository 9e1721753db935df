#pragma once
// The occasions on which a collective dealt with a party (rules-v1 "Precise semantics" 5): what R01
// and F07 test for conflicts of interest, and what the relationship graph's conflict query walks
// from (graph/conflict_paths.h). One list, so that both see exactly the same dealings.
#include "model/dataset.h"

#include <string>
#include <vector>

namespace lj {

// One occasion on which a collective dealt with a party.
struct Dealing {
    std::string subject; // contract, listing, project or payment id
    std::string party;
    std::string account; // the account paid into (F07), else empty
    std::string org;     // the collective that signed, awarded or paid
    Date on;             // the date the relation must hold on
    std::vector<TxRefId> refs;
    std::string description; // "合同HT2018-0025（某厂房）的承租方"
};

// Leases (the lessee on the signing date, a new lessee on its amendment's date, the winner of the
// listing the contract names on the result date), results no contract names yet, and awards.
std::vector<Dealing> leaseAndAwardDealings(const Dataset& data, Date asOf);
// Payments dated on or before `asOf`: the payee and the account paid into.
std::vector<Dealing> paymentDealings(const Dataset& data, Date asOf);

} // namespace lj
