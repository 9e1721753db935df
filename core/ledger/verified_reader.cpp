#include "ledger/verified_reader.h"

#include "json/json.h"
#include "ledger/byte_source.h"
#include "ledger/line_splitter.h"

namespace lj {

Status forEachVerifiedBlock(const std::string& exportPath, const VerifyReport& report,
                            const std::function<bool(const VerifiedBlock&)>& visit,
                            const std::function<void(std::uint64_t, std::uint64_t)>& progress)
{
    if (!report.header) return fail(exportPath + ": the export's header did not verify");
    auto source = openByteSource(exportPath);
    if (!source) return fail(source.error());
    LineSplitter splitter(**source, hashAlgoOf(report.header->consortium.suite), {});
    LineBatch batch;
    VerifiedBlock block;
    bool inBlock = false;
    std::uint64_t blocksDone = 0;
    std::string type;

    while (blocksDone < report.verifiedBlocks) {
        auto more = splitter.next(batch);
        if (!more) return fail(more.error());
        if (!*more) break;
        for (const LineRecord& line : batch.lines) {
            if (line.number == 1 || blocksDone >= report.verifiedBlocks) continue;
            const std::string_view text = batch.text(line);
            json::ParseError error;
            // Inside the verified prefix every line is valid; anything else means the file changed.
            if (line.flaw != LineFlaw::None || !json::validateObject(text, type, error))
                return fail(exportPath + ": line " + std::to_string(line.number) + " changed since verification");
            if (type == "block") {
                block = VerifiedBlock{};
                block.blockLine = text;
                block.height = report.blockList[blocksDone].height;
                block.time = report.blockList[blocksDone].time;
                inBlock = true;
            } else if (type == "tx" && inBlock) {
                block.txLines.emplace_back(text);
                block.leaves.push_back(line.leaf);
            } else if (type == "commit" && inBlock) {
                block.commitLine = text;
                inBlock = false;
                ++blocksDone;
                if (!visit(block)) return Ok{};
            }
        }
        if (progress) progress(batch.sourcePosition, (*source)->totalSize());
    }
    if (blocksDone < report.verifiedBlocks) return fail(exportPath + ": the file is shorter than when it was verified");
    return Ok{};
}

} // namespace lj
