#pragma once
// File → … / Leads → "Export Case File…": asks for a folder (and whether to replace an existing
// case package), then assembles and writes the case file for the selected findings off the GUI
// thread with a progress dialog. Proofs come from the open exports' verified blocks.
#include "casefile/case_file_content.h"
#include "session.h"

#include <QString>
#include <memory>
#include <vector>

class QWidget;

namespace lj::gui {

// Content for `findings` from the session (no workspace): parties, timelines, proofs.
CaseFileContent caseFileFromSession(const Session& session, std::vector<RuleFinding> findings);

// Runs the whole interaction; returns when the export finished, failed or was cancelled.
void exportCaseFileInteractively(QWidget* parent, std::shared_ptr<const Session> session,
                                 std::vector<RuleFinding> findings);

} // namespace lj::gui
