#pragma once
// Who a case is about: the persons, firms, accounts, collectives and projects its findings name
// (subjects and relationship paths), with their roles as of the case's date, and the relations
// among them and to the assets involved, the findings' paths marked, for the relationship diagram.
#include "casefile/case_file_content.h"

#include <string>
#include <vector>

namespace lj {

struct CaseParticipants {
    std::vector<CaseParty> parties;
    std::vector<CaseRelation> relations;
    std::vector<std::string> assets; // asset ids, in order of first mention
};

// `extra`: further ids to include (a case's entities), as subjects of no particular finding.
CaseParticipants collectParticipants(const Dataset& data, const std::vector<RuleFinding>& findings, Date asOf,
                                     const std::vector<std::string>& extra = {});

} // namespace lj
