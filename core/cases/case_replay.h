#pragma once
// The cases as the audit trail tells them, compared with the tables: replaying every entry (title,
// handler, state, findings and entities in and out, each note version's digest) must give exactly
// what the cases tables hold. An intact chain proves the log was not edited; this proves the data
// was not edited behind the log's back (say, a state changed with an SQLite tool).
#include "util/result.h"
#include "workspace/workspace.h"

#include <string>
#include <vector>

namespace lj {

// One English sentence per disagreement ("case 3: state is filed, the audit trail says
// verification"); empty when the tables match the trail.
[[nodiscard]] Result<std::vector<std::string>> compareCasesWithAudit(Workspace& workspace);

} // namespace lj
