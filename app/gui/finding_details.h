#pragma once
// The explanation of one finding as HTML: what the rule checks, the thresholds used, its
// subjects (links to timelines and entities) and every proving transaction with its provenance.
#include "session.h"

#include <QString>

namespace lj::gui {

// Links: "asset:<id>", "entity:<id>", "tx:<tx id>".
QString findingHtml(const Session& session, const RuleFinding& finding);
// A transaction's provenance as HTML: height, source system, actor, chain time, verification, raw body.
QString transactionHtml(const Session& session, const std::string& txId);

} // namespace lj::gui
