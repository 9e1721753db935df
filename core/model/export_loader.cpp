#include "model/export_loader.h"

#include "ledger/verified_reader.h"
#include "util/encoding.h"

#include <algorithm>

namespace lj {

std::optional<LedgerRecord> parseTxLine(std::string_view line, std::string txId, std::int64_t height,
                                        std::uint32_t index)
{
    auto value = json::parse(line);
    if (!value.ok() || value->getString("type") != "tx") return std::nullopt;
    LedgerRecord record;
    record.ref.tx = std::move(txId);
    record.ref.height = height;
    record.ref.index = index;
    record.ref.kind = value->getString("kind").value_or("");
    record.ref.time = value->getString("time").value_or("");
    record.ref.source = value->getString("source").value_or("");
    record.ref.actor = value->getString("actor").value_or("");
    if (const json::Value* body = value->find("body")) record.body = *body;
    return record;
}

Result<Dataset> loadDatasetFromExport(const std::string& path, const TrustStore* trust, VerifyReport* reportOut)
{
    VerifyOptions options;
    options.trust = trust;
    auto report = verifyExportFile(path, options);
    if (!report) return fail(report.error());
    if (!report->header) return fail(path + ": the header is not readable, nothing can be loaded");
    DatasetBuilder builder;
    auto status = forEachVerifiedBlock(path, *report, [&](const VerifiedBlock& block) {
        for (std::size_t i = 0; i < block.txLines.size(); ++i)
            if (auto record = parseTxLine(block.txLines[i], toHex(block.leaves[i]), block.height, static_cast<std::uint32_t>(i)))
                builder.add(std::move(*record));
        builder.setLastBlockTime(block.time);
        return true;
    });
    if (!status) return fail(status.error());
    Dataset dataset = builder.finish();
    if (reportOut) *reportOut = std::move(report.value());
    return dataset;
}

Result<Dataset> loadDatasetFromVerifiedExports(const std::vector<std::string>& paths,
                                               const std::vector<const VerifyReport*>& reports,
                                               const std::function<bool(std::uint64_t)>& keepGoing)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < reports.size(); ++i)
        if (reports[i] && reports[i]->header && reports[i]->verifiedBlocks > 0) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return reports[a]->header->from < reports[b]->header->from;
    });
    DatasetBuilder builder;
    std::optional<std::int64_t> loadedThrough;
    std::string chain;
    std::uint64_t bytesBefore = 0;
    bool cancelled = false;
    for (std::size_t i : order) {
        const VerifyReport& report = *reports[i];
        if (chain.empty()) chain = report.header->consortium.chain;
        if (report.header->consortium.chain != chain) continue;
        std::uint64_t bytesHere = 0;
        auto status = forEachVerifiedBlock(
            paths[i], report,
            [&](const VerifiedBlock& block) {
                if (loadedThrough && block.height <= *loadedThrough) return true;
                for (std::size_t t = 0; t < block.txLines.size(); ++t)
                    if (auto record = parseTxLine(block.txLines[t], toHex(block.leaves[t]), block.height,
                                                  static_cast<std::uint32_t>(t)))
                        builder.add(std::move(*record));
                builder.setLastBlockTime(block.time);
                loadedThrough = block.height;
                if (keepGoing && !keepGoing(bytesBefore + bytesHere)) {
                    cancelled = true;
                    return false;
                }
                return true;
            },
            [&](std::uint64_t done, std::uint64_t) { bytesHere = done; });
        if (!status) return fail(status.error());
        if (cancelled) return fail("cancelled");
        bytesBefore += bytesHere;
    }
    return builder.finish();
}

} // namespace lj
