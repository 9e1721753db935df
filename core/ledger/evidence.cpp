#include "ledger/evidence.h"

#include "ledger/commit_check.h"
#include "ledger/verified_reader.h"
#include "ledger/merkle.h"
#include "util/encoding.h"

#include <algorithm>
#include <map>

namespace lj {

namespace {

std::optional<Hash32> hashFromHex(std::string_view hex)
{
    if (!isLowerHex(hex, 32)) return std::nullopt;
    const auto bytes = fromHex(hex);
    Hash32 hash{};
    std::copy(bytes->begin(), bytes->end(), hash.begin());
    return hash;
}

} // namespace

bool EvidenceItemResult::ok() const { return findings.empty(); }

bool EvidenceReport::ok() const
{
    if (trusted == false) return false;
    return std::all_of(items.begin(), items.end(), [](const EvidenceItemResult& item) { return item.ok(); });
}

Result<EvidenceBundle> collectEvidence(const std::string& exportPath, const VerifyReport& report,
                                       const std::vector<std::string>& txIds)
{
    if (!report.header) return fail(exportPath + ": the export's header did not verify; no evidence can be taken from it");
    std::vector<Hash32> wanted;
    for (const std::string& id : txIds) {
        const auto hash = hashFromHex(id);
        if (!hash) return fail("\"" + id + "\" is not a transaction id (64 lower-case hex digits)");
        wanted.push_back(*hash);
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());

    std::map<Hash32, EvidenceItem> found;
    Hasher hasher(hashAlgoOf(report.header->consortium.suite));
    auto status = forEachVerifiedBlock(exportPath, report, [&](const VerifiedBlock& block) {
        for (std::size_t index = 0; index < block.leaves.size(); ++index) {
            if (!std::binary_search(wanted.begin(), wanted.end(), block.leaves[index])) continue;
            EvidenceItem item;
            item.txLine = block.txLines[index];
            item.index = index;
            item.path = inclusionProof(hasher, block.leaves, index);
            item.blockLine = block.blockLine;
            item.commitLine = block.commitLine;
            found.emplace(block.leaves[index], std::move(item));
        }
        return found.size() < wanted.size();
    });
    if (!status) return fail(status.error());

    EvidenceBundle bundle;
    bundle.consortium = report.header->consortium;
    std::string missing;
    for (const std::string& id : txIds) {
        const auto it = found.find(*hashFromHex(id));
        if (it == found.end()) {
            missing += (missing.empty() ? "" : ", ") + id;
            continue;
        }
        if (std::none_of(bundle.items.begin(), bundle.items.end(),
                         [&](const EvidenceItem& item) { return item.txLine == it->second.txLine; }))
            bundle.items.push_back(it->second);
    }
    if (!missing.empty())
        return fail(exportPath + ": not among the verified transactions (through height " +
                    (report.verifiedThrough ? std::to_string(*report.verifiedThrough) : std::string("none")) +
                    "): " + missing);
    return bundle;
}

json::Value evidenceToJson(const EvidenceBundle& bundle)
{
    json::Value document = json::Value::object();
    document.set("sle_evidence", json::Value::number(std::int64_t{1}));
    document.set("chain", json::Value::string(bundle.consortium.chain));
    if (!bundle.consortium.chainName.empty()) document.set("chain_name", json::Value::string(bundle.consortium.chainName));
    document.set("suite", json::Value::string(std::string(suiteName(bundle.consortium.suite))));
    json::Value validators = json::Value::array();
    for (const Validator& validator : bundle.consortium.validators) {
        json::Value entry = json::Value::object();
        entry.set("id", json::Value::string(validator.id));
        entry.set("org", json::Value::string(validator.org));
        entry.set("key", json::Value::string(validator.keyBase64));
        validators.push(std::move(entry));
    }
    document.set("validators", std::move(validators));
    document.set("quorum", json::Value::number(std::int64_t{bundle.consortium.quorum}));
    json::Value items = json::Value::array();
    for (const EvidenceItem& item : bundle.items) {
        json::Value entry = json::Value::object();
        entry.set("tx", json::Value::string(item.txLine));
        entry.set("index", json::Value::number(static_cast<std::int64_t>(item.index)));
        json::Value path = json::Value::array();
        for (const Hash32& node : item.path) path.push(json::Value::string(toHex(node)));
        entry.set("path", std::move(path));
        entry.set("block", json::Value::string(item.blockLine));
        entry.set("commit", json::Value::string(item.commitLine));
        items.push(std::move(entry));
    }
    document.set("items", std::move(items));
    return document;
}

Result<EvidenceBundle> evidenceFromJson(const json::Value& document)
{
    if (!document.isObject() || document.getInt("sle_evidence") != 1)
        return fail("not an SLE evidence bundle (\"sle_evidence\" must be 1)");
    auto consortium = parseConsortium(document);
    if (!consortium) return fail(consortium.error());
    EvidenceBundle bundle;
    bundle.consortium = std::move(consortium.value());
    const json::Value* items = document.find("items");
    if (!items || !items->isArray()) return fail("\"items\" must be an array");
    std::size_t position = 0;
    for (const json::Value& entry : items->asArray()) {
        const std::string where = "item " + std::to_string(position++) + ": ";
        EvidenceItem item;
        const auto tx = entry.getString("tx");
        const auto block = entry.getString("block");
        const auto commit = entry.getString("commit");
        const auto index = entry.getInt("index");
        const json::Value* path = entry.find("path");
        if (!tx || !block || !commit) return fail(where + "\"tx\", \"block\" and \"commit\" must be strings");
        if (!index || *index < 0) return fail(where + "\"index\" must be a non-negative integer");
        if (!path || !path->isArray()) return fail(where + "\"path\" must be an array of hashes");
        for (const json::Value& node : path->asArray()) {
            const auto hash = node.isString() ? hashFromHex(node.asString()) : std::nullopt;
            if (!hash) return fail(where + "a path element is not 64 lower-case hex digits");
            item.path.push_back(*hash);
        }
        item.txLine = *tx;
        item.index = static_cast<std::uint64_t>(*index);
        item.blockLine = *block;
        item.commitLine = *commit;
        bundle.items.push_back(std::move(item));
    }
    return bundle;
}

namespace {

EvidenceItemResult verifyItem(const EvidenceItem& item, std::size_t position, const Consortium& consortium,
                              const TrustStore* trust, bool& usedUntrustedKey)
{
    Hasher hasher(hashAlgoOf(consortium.suite));
    EvidenceItemResult result;
    result.item = position;
    const Hash32 leaf = hasher.leaf(item.txLine);
    result.txId = toHex(leaf);
    const auto report = [&](FindingCode code, std::string message) {
        result.findings.push_back({code, 0, result.height, std::move(message)});
    };
    if (auto tx = json::parse(item.txLine); tx.ok()) result.kind = tx->getString("kind").value_or("");

    auto block = json::parse(item.blockLine);
    if (!block.ok() || block->getString("type") != "block") {
        report(FindingCode::TxRoot, "the block text is not a block line");
        return result;
    }
    result.height = block->getInt("height");
    const auto txCount = block->getInt("tx_count");
    const auto statedRoot = hashFromHex(block->getString("tx_root").value_or(""));
    const auto root = txCount && *txCount >= 0
                          ? rootFromInclusionProof(hasher, leaf, item.index, static_cast<std::size_t>(*txCount), item.path)
                          : std::nullopt;
    if (!statedRoot || !root || *root != *statedRoot)
        report(FindingCode::TxRoot, "the Merkle path does not lead from this transaction to the block's tx_root");

    const Hash32 blockHash = hasher.hash(item.blockLine);
    auto commit = json::parse(item.commitLine);
    if (!commit.ok() || commit->getString("type") != "commit" || commit->getInt("height") != result.height ||
        !result.height || hashFromHex(commit->getString("block").value_or("")) != blockHash) {
        report(FindingCode::BlockHash, "the commit does not name this block (height or hash differ)");
        return result;
    }
    CommitJob job;
    job.height = *result.height;
    job.message = blockSigningMessage(consortium.chain, job.height, toHex(blockHash));
    collectSignatures(commit->find("sigs"), consortium, job, result.findings);
    const CommitOutcome outcome = checkCommit(job, consortium, trust);
    result.findings.insert(result.findings.end(), outcome.findings.begin(), outcome.findings.end());
    usedUntrustedKey = usedUntrustedKey || outcome.usedUntrustedKey;
    return result;
}

} // namespace

EvidenceReport verifyEvidence(const EvidenceBundle& bundle, const TrustStore* trust)
{
    EvidenceReport report;
    report.chain = bundle.consortium.chain;
    report.suite = suiteName(bundle.consortium.suite);
    bool usedUntrustedKey = false;
    for (std::size_t i = 0; i < bundle.items.size(); ++i)
        report.items.push_back(verifyItem(bundle.items[i], i, bundle.consortium, trust, usedUntrustedKey));
    if (trust) {
        const TrustedConsortium* trusted = trust->find(bundle.consortium.chain);
        if (!trusted)
            report.untrustedReason = "chain \"" + bundle.consortium.chain + "\" is not in the trust store";
        else if (trusted->consortium.suite != bundle.consortium.suite)
            report.untrustedReason = "the trust store expects suite " + std::string(suiteName(trusted->consortium.suite));
        else if (bundle.consortium.quorum < trusted->consortium.quorum)
            report.untrustedReason = "quorum is lower than the trusted quorum";
        else if (usedUntrustedKey)
            report.untrustedReason = "signatures were made with keys that are not in the trust store";
        report.trusted = report.untrustedReason.empty();
    }
    return report;
}

Result<EvidenceBundle> loadEvidenceFile(const std::string& path)
{
    auto text = readSmallFile(path, 256u << 20);
    if (!text) return fail(text.error());
    json::ParseError error;
    auto document = json::parse(*text, error);
    if (!document) return fail(path + ": not valid JSON at byte " + std::to_string(error.offset + 1) + ": " + error.reason);
    auto bundle = evidenceFromJson(*document);
    if (!bundle) return fail(path + ": " + bundle.error());
    return bundle;
}

} // namespace lj
