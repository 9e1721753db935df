#pragma once
// A case file request from a registered case (core/cases): its number, title, handler and state,
// the newest note as the lead summary, every note version, the review trail, its findings (the
// snapshots taken when they were added stand in for findings the rules no longer report) and the
// entities it names.
#include "casefile/case_file_assembly.h"
#include "workspace/workspace.h"

namespace lj {

// Fills request.meta, findingIds, snapshots and extraSubjects from case `idOrNumber` ("3" or
// "链鉴〔2026〕3号"). Fails naming the case when there is no such case.
Status requestFromCase(Workspace& workspace, const std::string& idOrNumber, CaseFileRequest& request);

// A finding from its `findings --json` form (plus "details"); nullopt when the object is not one.
std::optional<RuleFinding> findingFromJson(const json::Value& value);

} // namespace lj
