#pragma once
// 实体: everything the ledger says about one person, firm, account, asset or collective, as HTML
// for the entity inspector: its register record, roles and relations, holdings and dealings, the
// findings that name it — every fact with links to the transactions that state it.
#include "session.h"

#include <QString>
#include <QStringList>

namespace lj::gui {

// Links: entity:ID (inspect another), tx:ID (a transaction), timeline:ID (an asset), graph:ID.
QString entityFactsHtml(const Session& session, const std::string& id);

// "name · id" for every entity the inspector knows, for a search completer.
QStringList entityChoices(const Dataset& data);

} // namespace lj::gui
