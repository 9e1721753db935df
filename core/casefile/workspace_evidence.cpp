#include "casefile/workspace_evidence.h"

#include "ledger/export_header.h"
#include "ledger/merkle.h"
#include "ledger/verified_reader.h"
#include "util/encoding.h"
#include "util/rfc3339.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace lj {

namespace {

struct StoredTx {
    std::int64_t height = 0, index = 0, exportId = 0;
    std::string line, kind, time, source;
};

// The header of the export at `path` (its first line only), or why it cannot be had.
Result<Consortium> headerConsortium(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("the export file " + path + " is not available");
    std::string line;
    std::getline(in, line);
    auto value = json::parse(line);
    if (!value) return fail("the first line of " + path + " is not an export header");
    auto header = parseExportHeader(*value);
    if (auto* problem = std::get_if<HeaderProblem>(&header)) return fail(path + ": " + problem->message);
    return std::get<ExportHeader>(header).consortium;
}

Result<std::vector<CaseExport>> loadExports(Workspace& workspace, std::map<std::int64_t, std::size_t>& byId) {
    auto listed = workspace.exports();
    if (!listed) return fail(listed.error());
    auto extra =
        workspace.database().cached("SELECT exporter, exported_at, findings FROM exports WHERE id = ?");
    if (!extra) return fail(extra.error());
    std::vector<CaseExport> exports;
    for (const ImportedExport& imported : *listed) {
        CaseExport entry;
        entry.fileName = imported.fileName;
        entry.path = imported.path;
        entry.importedAt = imported.importedAt;
        entry.from = imported.from;
        entry.to = imported.to;
        entry.verifiedThrough = imported.verifiedThrough;
        entry.trusted = imported.trusted;
        std::error_code error;
        entry.fileAvailable = std::filesystem::is_regular_file(imported.path, error);
        (*extra)->reset();
        (*extra)->bind(1, imported.id);
        auto row = (*extra)->next();
        if (!row) return fail(row.error());
        if (*row) {
            entry.exporter = (*extra)->text(0);
            entry.exportedAt = (*extra)->text(1);
            entry.findings = (*extra)->text(2);
        }
        byId[imported.id] = exports.size();
        exports.push_back(std::move(entry));
    }
    return exports;
}

} // namespace

Result<WorkspaceEvidence> collectWorkspaceEvidence(Workspace& workspace,
                                                   const std::vector<std::string>& txIds,
                                                   const TrustStore* trust) {
    WorkspaceEvidence result;
    std::map<std::int64_t, std::size_t> exportIndex;
    auto exports = loadExports(workspace, exportIndex);
    if (!exports) return fail(exports.error());
    result.exports = std::move(*exports);
    sql::Database& db = workspace.database();

    // The first statement of each id (a byte-identical line may recur; the first proves it).
    auto findTx =
        db.cached("SELECT height, idx, export_id, line, json_extract(line, '$.kind'), "
                  "json_extract(line, '$.time'), json_extract(line, '$.source') FROM txs "
                  "WHERE substr(tx_id, 1, 16) = ?1 AND +tx_id = ?2 ORDER BY seq LIMIT 1"); // txs_by_tx_prefix
    if (!findTx) return fail(findTx.error());
    std::set<std::string> seen;
    std::map<std::string, StoredTx> stored;
    for (const std::string& id : txIds) {
        if (!seen.insert(id).second) continue;
        CaseFact fact;
        fact.tx = id;
        (*findTx)->reset();
        (*findTx)->bind(1, id.substr(0, 16)).bind(2, id);
        auto row = (*findTx)->next();
        if (!row) return fail(row.error());
        if (!*row) {
            fact.reason = "the transaction is not among the verified blocks held by the workspace";
        } else {
            sql::Statement& s = **findTx;
            StoredTx tx{s.integer(0), s.integer(1), s.integer(2), s.text(3), s.text(4), s.text(5), s.text(6)};
            fact.height = tx.height;
            fact.line = tx.line;
            fact.kind = tx.kind;
            fact.blockTime = tx.time;
            fact.source = tx.source;
            stored.emplace(id, std::move(tx));
        }
        result.facts.push_back(std::move(fact));
    }

    // The validator set: the headers of the exports that hold cited blocks, else the trust store.
    std::map<std::int64_t, Result<Consortium>> consortia;
    for (const auto& [id, tx] : stored)
        if (!consortia.count(tx.exportId)) {
            const auto it = exportIndex.find(tx.exportId);
            consortia.emplace(tx.exportId, it == exportIndex.end()
                                               ? Result<Consortium>(fail("unknown export"))
                                               : headerConsortium(result.exports[it->second].path));
        }
    for (const auto& [id, consortium] : consortia)
        if (consortium && !result.consortium) result.consortium = *consortium;
    if (!result.consortium && trust) {
        auto chain = workspace.meta("chain");
        if (chain && *chain)
            if (const TrustedConsortium* trusted = trust->find(**chain))
                result.consortium = trusted->consortium;
    }

    // Merkle paths from the stored blocks; one tree per block, however many facts it proves.
    auto blockLines = db.cached("SELECT block_line, commit_line FROM blocks WHERE height = ?");
    auto blockTxs = db.cached("SELECT line FROM txs WHERE height = ? ORDER BY idx");
    if (!blockLines) return fail(blockLines.error());
    if (!blockTxs) return fail(blockTxs.error());
    std::map<std::int64_t, std::vector<Hash32>> leavesByHeight;
    std::vector<std::size_t> itemFact; // bundle item → fact
    if (result.consortium) {
        result.bundle.consortium = *result.consortium;
        Hasher hasher(hashAlgoOf(result.consortium->suite));
        for (std::size_t i = 0; i < result.facts.size(); ++i) {
            CaseFact& fact = result.facts[i];
            const auto it = stored.find(fact.tx);
            if (it == stored.end()) continue;
            const StoredTx& tx = it->second;
            auto& leaves = leavesByHeight[tx.height];
            if (leaves.empty()) {
                (*blockTxs)->reset();
                (*blockTxs)->bind(1, tx.height);
                for (;;) {
                    auto row = (*blockTxs)->next();
                    if (!row) return fail(row.error());
                    if (!*row) break;
                    leaves.push_back(hasher.leaf((*blockTxs)->textView(0)));
                }
            }
            (*blockLines)->reset();
            (*blockLines)->bind(1, tx.height);
            auto row = (*blockLines)->next();
            if (!row) return fail(row.error());
            if (!*row || static_cast<std::size_t>(tx.index) >= leaves.size()) {
                fact.reason = "the workspace does not hold block " + std::to_string(tx.height) + " complete";
                continue;
            }
            EvidenceItem item;
            item.txLine = tx.line;
            item.index = static_cast<std::uint64_t>(tx.index);
            item.path = inclusionProof(hasher, leaves, item.index);
            item.blockLine = (*blockLines)->text(0);
            item.commitLine = (*blockLines)->text(1);
            result.bundle.items.push_back(std::move(item));
            itemFact.push_back(i);
        }
    } else {
        for (CaseFact& fact : result.facts)
            if (fact.height)
                fact.reason =
                    "the export's validator keys are unknown: the export file is not available and no "
                    "trust store for the chain was given";
    }

    std::vector<bool> sourceUntrusted;
    for (std::size_t i : itemFact) {
        const auto exportAt = exportIndex.find(stored.at(result.facts[i].tx).exportId);
        sourceUntrusted.push_back(exportAt != exportIndex.end() &&
                                  result.exports[exportAt->second].trusted == false);
    }
    settleEvidence(result, itemFact, sourceUntrusted, trust);
    return result;
}

void settleEvidence(WorkspaceEvidence& evidence, const std::vector<std::size_t>& itemFact,
                    const std::vector<bool>& sourceUntrusted, const TrustStore* trust) {
    if (evidence.bundle.items.empty()) return; // nothing to check; every fact keeps its reason
    // Check every proof as a reader of the bundle would; failures leave the bundle.
    const EvidenceReport report = verifyEvidence(evidence.bundle, trust);
    if (trust) evidence.trusted = report.trusted.value_or(false);
    EvidenceBundle proven;
    proven.consortium = evidence.bundle.consortium;
    for (std::size_t item = 0; item < report.items.size(); ++item) {
        CaseFact& fact = evidence.facts[itemFact[item]];
        const EvidenceItemResult& checked = report.items[item];
        if (!checked.ok() || checked.txId != fact.tx) {
            fact.reason = checked.findings.empty()
                              ? "the proof names another transaction"
                              : "the proof does not check: " + checked.findings.front().message;
            continue;
        }
        if (report.trusted == false || sourceUntrusted[item]) {
            fact.state = FactState::Untrusted;
            fact.reason = report.trusted == false
                              ? report.untrustedReason
                              : "the export's keys were not in the trust store when it was read";
        } else {
            fact.state = FactState::Proven;
        }
        proven.items.push_back(evidence.bundle.items[item]);
    }
    evidence.bundle = std::move(proven);
}

WorkspaceEvidence collectExportEvidence(const std::vector<const VerifyReport*>& reports,
                                        const std::vector<std::string>& txIds, const TrustStore* trust) {
    WorkspaceEvidence result;
    std::map<std::string, std::size_t> wanted; // tx id → fact
    for (const std::string& id : txIds)
        if (!wanted.count(id)) {
            wanted.emplace(id, result.facts.size());
            result.facts.push_back({});
            result.facts.back().tx = id;
            result.facts.back().reason = "the transaction is not in a verified block of the open exports";
        }
    std::vector<std::size_t> itemFact;
    std::vector<bool> sourceUntrusted;
    for (const VerifyReport* report : reports) {
        CaseExport entry;
        entry.path = report->path;
        entry.fileName = std::filesystem::path(report->path).filename().string();
        entry.from = report->fromHeight();
        entry.to = report->toHeight();
        entry.verifiedThrough = report->verifiedThrough;
        entry.trusted = report->trusted;
        entry.fileAvailable = true;
        entry.findings = report->clean() ? "{\"clean\":true}" : "{\"clean\":false}";
        if (report->header) {
            entry.exporter = report->header->exporter;
            entry.exportedAt = report->header->exportedAt;
        }
        result.exports.push_back(std::move(entry));
        if (!report->header) continue;
        if (!result.consortium) {
            result.consortium = report->header->consortium;
            result.bundle.consortium = *result.consortium;
        }
        Hasher hasher(hashAlgoOf(report->header->consortium.suite));
        (void)forEachVerifiedBlock(report->path, *report, [&](const VerifiedBlock& block) {
            for (std::size_t index = 0; index < block.leaves.size(); ++index) {
                const auto it = wanted.find(toHex(block.leaves[index]));
                if (it == wanted.end() || result.facts[it->second].height) continue;
                CaseFact& fact = result.facts[it->second];
                fact.height = block.height;
                fact.line = block.txLines[index];
                if (auto tx = json::parse(fact.line)) {
                    fact.kind = tx->getString("kind").value_or("");
                    fact.source = tx->getString("source").value_or("");
                    fact.blockTime = tx->getString("time").value_or("");
                }
                result.bundle.items.push_back({block.txLines[index], index,
                                               inclusionProof(hasher, block.leaves, index), block.blockLine,
                                               block.commitLine});
                itemFact.push_back(it->second);
                sourceUntrusted.push_back(report->trusted == false);
            }
            return itemFact.size() < wanted.size(); // read no further once every tx is found
        });
    }
    settleEvidence(result, itemFact, sourceUntrusted, trust);
    return result;
}

} // namespace lj
