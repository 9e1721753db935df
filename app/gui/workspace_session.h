#pragma once
// Sessions over an investigation workspace (.lianjian): opening one (its stored, already verified
// records, then the rules), and turning opened exports into one (import, then open). Both run on a
// worker thread. A file that is not a healthy workspace is refused unchanged: the session comes
// back `failed`, with the reason in openErrors.
#include "session.h"

namespace lj::gui {

bool isWorkspacePath(const QString& path); // by extension: *.lianjian

std::shared_ptr<Session> loadWorkspaceSession(const std::string& path, const RuleSettings& settings,
                                              const LoadProgress& progress);

// Imports the exports (verified against `trust`) into the workspace at `workspacePath`, created
// when absent, then opens it. Refused exports (another chain, a fork, a gap) are listed in
// openErrors; the workspace keeps what it held.
std::shared_ptr<Session> importIntoWorkspace(const std::vector<std::string>& exports,
                                             const std::string& workspacePath, const TrustStore& trust,
                                             const RuleSettings& settings, const LoadProgress& progress);

} // namespace lj::gui
