#pragma once
// Assembles a case file's content from a workspace: its data, the rules as of a date, the chosen
// findings (or, once core/cases is merged, a case), their parties and assets, and a proof for
// every fact they cite, cut from the workspace and checked (workspace_evidence.h).
#include "casefile/case_file_content.h"
#include "casefile/workspace_evidence.h"
#include "rules/rule_settings.h"

#include <functional>

namespace lj {

struct CaseFileRequest {
    std::vector<std::string> findingIds;    // as `findings --json` prints them
    std::optional<CaseFileMeta> meta;       // a case's own data, when there is a case
    std::vector<RuleFinding> snapshots;     // stand-ins for ids the rules no longer report (a case's)
    std::vector<std::string> extraSubjects; // ids a case names beyond its findings' subjects
    std::vector<std::string> extraTxs;      // facts cited beyond the findings' own
    std::optional<Date> asOf;               // default: the date of the workspace's last block
    RuleSettings settings = RuleSettings::defaults();
    const TrustStore* trust = nullptr;
    std::size_t maxTimelines = 12; // assets charted; the rest are listed only
    std::function<void(int percent)> progress;
};

// Fails on an unknown finding id (naming it), an empty workspace or a workspace error; facts that
// cannot be proven do not fail it, they are marked Unverified.
Result<CaseFileContent> assembleCaseFile(Workspace& workspace, const CaseFileRequest& request);

// The workspace-free part: parties, relations, timelines and the facts' fields, given the data,
// the chosen findings and the proofs already collected.
CaseFileContent assembleCaseFileContent(std::shared_ptr<const Dataset> data,
                                        std::vector<RuleFinding> findings, Date asOf,
                                        const RuleSettings& settings, WorkspaceEvidence evidence,
                                        std::size_t maxTimelines,
                                        const std::vector<std::string>& extraSubjects = {});

// Every tx id the findings cite (chain order within a finding, first mention first), then `extra`.
std::vector<std::string> citedTransactions(const std::vector<RuleFinding>& findings,
                                           const std::vector<std::string>& extra = {});

} // namespace lj
