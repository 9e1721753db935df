#pragma once
// Rule V01 (rules-v1 "Field observations"): an observation that contradicts the ledger as of its
// visit date becomes a finding. Contradictions:
//   in_use_unleased   an asset seen in use while no lease is in force or its latest status is idle;
//   not_lessee        an occupant named who is not the lessee in force (by id or name);
//   missing           an asset not found on site while the ledger holds it (not disposed);
//   unfinished        a project seen not started or unfinished while recorded complete/accepted.
// One finding per observation (all its contradictions in one), subjects {asset|project, observation
// id}, citing the ledger transactions the contradiction is against; the observation itself (with
// its photo hashes and provenance) is in the finding's details.
#include "model/dataset.h"
#include "rules/rule_finding.h"
#include "rules/rule_settings.h"
#include "visits/visit_types.h"

#include <vector>

namespace lj {

std::vector<RuleFinding> compareObservations(const Dataset& data,
                                             const std::vector<Observation>& observations,
                                             const RuleSettings& settings);

json::Value observationJson(const Observation& observation);

} // namespace lj
