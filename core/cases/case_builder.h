#pragma once
// A new case from rule findings: the findings as snapshots, the entities they name (with kinds
// and names from the dataset) and, for each asset among them, its timeline as of the findings'
// date, so that the case keeps what the investigator saw even if the rules or data change later.
#include "cases/case_types.h"
#include "model/dataset.h"
#include "rules/rule_finding.h"
#include "rules/rule_settings.h"

#include <string>
#include <vector>

namespace lj {

CaseFinding caseFindingFrom(const RuleFinding& finding);
// Kind of an id in the dataset: "person", "firm", "org", "asset", "account", "contract", "listing",
// "project", "payment", "subsidy", "receipt", or "other".
std::string entityKind(const Dataset& data, const std::string& id);
// Subjects and relationship paths of the findings, once each, in order of appearance.
std::vector<CaseEntity> caseEntitiesFrom(const Dataset& data, const std::vector<RuleFinding>& findings);

NewCase buildNewCase(const Dataset& data, const std::vector<RuleFinding>& findings, Date asOf,
                     const RuleSettings& settings, const std::string& title, const std::string& handler = {});

// A default title: "A03 HT2013-0001 …: <summary>" for one finding, "<n> findings: A03, R01" for more.
std::string defaultCaseTitle(const std::vector<RuleFinding>& findings);

} // namespace lj
