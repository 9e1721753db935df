#pragma once
// Datasets (model/dataset.h) built from a workspace: the whole ledger, for the rules, or just what
// concerns one asset, for its timeline. Both feed the stored tx lines, in chain order, through
// DatasetBuilder, so they merge exactly as loading the exports directly would.
#include "model/dataset.h"
#include "util/result.h"
#include "workspace/workspace.h"

#include <string>

namespace lj {

// Every transaction, in chain order; lastBlockDate from the last block.
[[nodiscard]] Result<Dataset> loadDataset(Workspace& workspace);

// Only the transactions about `assetId`, found through indexes (milliseconds, whatever the size of
// the workspace): its registrations, statuses and disposals; its listings with their bids and
// results; its contracts (and those signed from its listings) with their amendments, terminations
// and receipts; chain alerts naming any of these ids; and the registrations of the people, firms,
// orgs and accounts they name. lastBlockDate is the workspace's, as for loadDataset.
// No record about the asset at all gives a dataset without txs.
[[nodiscard]] Result<Dataset> loadAssetDataset(Workspace& workspace, const std::string& assetId);

} // namespace lj
