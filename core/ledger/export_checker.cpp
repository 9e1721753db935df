#include "ledger/export_checker.h"

#include "util/encoding.h"
#include "util/utf8.h"

#include <algorithm>
#include <cstring>

namespace lj {

namespace {

std::optional<Hash32> parseHash(const json::Value* value)
{
    if (!value || !value->isString() || !isLowerHex(value->asString(), 32)) return std::nullopt;
    Hash32 hash{};
    const auto bytes = fromHex(value->asString());
    std::copy(bytes->begin(), bytes->end(), hash.begin());
    return hash;
}

std::string shortHex(const Hash32& hash) { return toHex(hash).substr(0, 16) + "…"; }

// The height expected after `height`. There is none after INT64_MAX (+1 would overflow), so any
// later block is out of sequence.
std::optional<std::int64_t> heightAfter(std::int64_t height)
{
    if (height == INT64_MAX) return std::nullopt;
    return height + 1;
}

// §5.1 rule 2: the line-level faults that make a line E_LINE. Empty when the line is fine.
std::string lineFault(std::string_view text, LineFlaw flaw)
{
    switch (flaw) {
    case LineFlaw::TooLong: return "line longer than 16 MiB";
    case LineFlaw::NoFinalLf: return "the file ends without a final LF";
    case LineFlaw::None: break;
    }
    if (text.empty()) return "blank line";
    if (text.size() >= 3 && std::memcmp(text.data(), "\xEF\xBB\xBF", 3) == 0) return "byte order mark";
    if (std::memchr(text.data(), '\r', text.size())) return "carriage return (CR) in line";
    if (!isValidUtf8(text)) return "invalid UTF-8";
    return {};
}

} // namespace

ExportChecker::ExportChecker(ExportHeader header, const VerifyOptions& options, CommitSink sink)
    : m_options(options)
    , m_sink(std::move(sink))
    , m_hasher(hashAlgoOf(header.consortium.suite))
    , m_merkleHasher(hashAlgoOf(header.consortium.suite))
    , m_merkle(m_merkleHasher)
{
    const auto prev = fromHex(header.prev);
    std::copy(prev->begin(), prev->end(), m_previousBlockHash.begin());
    m_expectedHeight = header.from;
    m_report.header = std::move(header);
}

void ExportChecker::report(FindingCode code, std::uint64_t line, std::string message, std::optional<std::int64_t> height)
{
    if (isBreaking(code)) m_firstBreakingLine = std::min(m_firstBreakingLine, line);
    if (m_report.findings.size() >= m_options.maxFindings) {
        ++m_report.findingsOmitted;
        return;
    }
    m_report.findings.push_back({code, line, height, std::move(message)});
}

void ExportChecker::processBatch(const LineBatch& batch)
{
    for (const LineRecord& line : batch.lines) processLine(batch, line);
}

void ExportChecker::processLine(const LineBatch& batch, const LineRecord& line)
{
    if (line.number == 1) return; // the header, checked before the pipeline started
    if (m_afterEnd) {
        if (!m_reportedTrailing) report(FindingCode::Trailing, line.number, "data after the end line");
        m_reportedTrailing = true;
        return;
    }
    const std::string_view text = line.flaw == LineFlaw::TooLong ? std::string_view{} : batch.text(line);
    if (std::string fault = lineFault(text, line.flaw); !fault.empty()) {
        report(FindingCode::Line, line.number, std::move(fault));
        return;
    }
    json::ParseError error;
    if (!json::validateObject(text, m_typeScratch, error, true)) {
        report(FindingCode::Json, line.number, "byte " + std::to_string(error.offset + 1) + ": " + error.reason);
        return;
    }
    if (m_typeScratch == "tx") return onTx(line);
    if (m_typeScratch != "block" && m_typeScratch != "commit" && m_typeScratch != "end" && m_typeScratch != "header") {
        report(FindingCode::Json, line.number,
               m_typeScratch.empty() ? "no string member \"type\"" : "unknown line type \"" + m_typeScratch + "\"");
        return;
    }
    auto value = json::parse(text, error); // cannot fail: validated above
    if (!value) {
        report(FindingCode::Json, line.number, error.reason);
        return;
    }
    if (m_typeScratch == "block") return onBlock(*value, text, line.number);
    if (m_typeScratch == "commit") return onCommit(*value, line.number);
    if (m_typeScratch == "end") return onEnd(*value, batch, line);
    report(FindingCode::Header, line.number, "a second header line");
}

void ExportChecker::closeTxPhase()
{
    if (!m_block || !m_block->txPhaseOpen) return;
    m_block->txPhaseOpen = false;
    BlockSummary& summary = m_report.blockList[m_block->index];
    summary.txCount = static_cast<std::uint32_t>(m_merkle.size());
    if (!m_block->statedTxCount) return; // malformed: already reported
    if (static_cast<std::uint64_t>(*m_block->statedTxCount) != m_merkle.size()) {
        report(FindingCode::TxCount, summary.line,
               "tx_count is " + std::to_string(*m_block->statedTxCount) + " but " + std::to_string(m_merkle.size()) +
                   " tx lines follow",
               summary.height);
        return;
    }
    if (!m_block->statedRoot) return;
    const Hash32 root = m_merkle.root();
    if (root != *m_block->statedRoot)
        report(FindingCode::TxRoot, summary.line,
               "tx_root " + shortHex(*m_block->statedRoot) + " differs from the Merkle root of the tx lines " + shortHex(root),
               summary.height);
}

void ExportChecker::closeBlockWithoutCommit(std::uint64_t line)
{
    if (!m_block) return;
    closeTxPhase();
    BlockSummary& summary = m_report.blockList[m_block->index];
    summary.closeLine = line;
    report(FindingCode::Quorum, line, "block at line " + std::to_string(summary.line) + " has no commit line", summary.height);
    m_block.reset();
}

void ExportChecker::onBlock(const json::Value& block, std::string_view text, std::uint64_t line)
{
    closeBlockWithoutCommit(line);

    BlockSummary summary;
    summary.line = line;
    summary.hash = m_hasher.hash(text);
    OpenBlock open;

    const auto height = block.getInt("height");
    if (!height) {
        report(FindingCode::Sequence, line, "\"height\" is not an integer");
        summary.height = m_expectedHeight.value_or(INT64_MAX);
        m_expectedHeight = heightAfter(summary.height);
    } else {
        summary.height = *height;
        open.statedHeight = height;
        if (*height != m_expectedHeight) {
            const std::string expected =
                m_expectedHeight ? std::to_string(*m_expectedHeight) : std::string("none (after INT64_MAX)");
            report(FindingCode::Sequence, line,
                   "height " + std::to_string(*height) + ", expected " + expected, *height);
        }
        m_expectedHeight = heightAfter(*height);
    }

    const auto prev = parseHash(block.find("prev"));
    if (!prev)
        report(FindingCode::Prev, line, "\"prev\" is not 64 lower-case hex digits", summary.height);
    else if (*prev != m_previousBlockHash)
        report(FindingCode::Prev, line,
               "prev " + shortHex(*prev) + " is not the hash of the previous block " + shortHex(m_previousBlockHash),
               summary.height);
    m_previousBlockHash = summary.hash;

    const auto timeText = block.getString("time");
    const auto time = timeText ? parseRfc3339(*timeText) : std::nullopt;
    if (!time)
        report(FindingCode::Time, line, "\"time\" is not an RFC 3339 time with offset", summary.height);
    else if (m_previousTime && *time < *m_previousTime)
        report(FindingCode::Time, line, "time " + *timeText + " is earlier than the previous block's", summary.height);
    m_previousTime = time;
    summary.time = timeText.value_or("");

    const auto txCount = block.getInt("tx_count");
    if (!txCount || *txCount < 0)
        report(FindingCode::TxCount, line, "\"tx_count\" is not a non-negative integer", summary.height);
    else
        open.statedTxCount = txCount;

    open.statedRoot = parseHash(block.find("tx_root"));
    if (!open.statedRoot) report(FindingCode::TxRoot, line, "\"tx_root\" is not 64 lower-case hex digits", summary.height);

    ++m_report.blocks;
    open.index = m_report.blockList.size();
    m_report.blockList.push_back(std::move(summary));
    m_block = open;
    m_merkle.clear();
}

void ExportChecker::onTx(const LineRecord& line)
{
    if (!m_block || !m_block->txPhaseOpen) {
        report(FindingCode::TxCount, line.number, "tx line outside a block");
        return;
    }
    m_merkle.add(line.leaf);
    ++m_report.txs;
}

void ExportChecker::onCommit(const json::Value& commit, std::uint64_t line)
{
    if (!m_block) {
        report(FindingCode::BlockHash, line, "commit line outside a block");
        return;
    }
    closeTxPhase();
    BlockSummary& summary = m_report.blockList[m_block->index];
    summary.closeLine = line;
    const std::optional<std::int64_t> statedHeight = m_block->statedHeight;
    m_block.reset();

    const auto height = commit.getInt("height");
    const auto hash = parseHash(commit.find("block"));
    if (!height || !statedHeight || *height != *statedHeight) {
        report(FindingCode::BlockHash, line, "commit height does not match the block's height", summary.height);
        return;
    }
    if (!hash || *hash != summary.hash) {
        report(FindingCode::BlockHash, line, "commit names block " + (hash ? shortHex(*hash) : std::string("(malformed)")) +
                                                 " but the block line hashes to " + shortHex(summary.hash),
               summary.height);
        return;
    }
    CommitJob job;
    job.line = line;
    job.height = summary.height;
    job.message = blockSigningMessage(m_report.header->consortium.chain, summary.height, toHex(summary.hash));
    std::vector<Finding> findings;
    collectSignatures(commit.find("sigs"), m_report.header->consortium, job, findings);
    for (Finding& finding : findings) report(finding.code, finding.line, std::move(finding.message), finding.height);
    m_sink(std::move(job));
}

void ExportChecker::onEnd(const json::Value& end, const LineBatch& batch, const LineRecord& line)
{
    closeBlockWithoutCommit(line.number);
    m_afterEnd = true;
    m_report.hasEnd = true;
    const ExportHeader& header = *m_report.header;

    std::string mismatch;
    const auto blocks = end.getInt("blocks");
    const auto txs = end.getInt("txs");
    const auto last = parseHash(end.find("last"));
    if (!blocks || static_cast<std::uint64_t>(*blocks) != m_report.blocks)
        mismatch += "blocks " + (blocks ? std::to_string(*blocks) : std::string("malformed")) + " but the file has " +
                    std::to_string(m_report.blocks) + "; ";
    if (!txs || static_cast<std::uint64_t>(*txs) != m_report.txs)
        mismatch += "txs " + (txs ? std::to_string(*txs) : std::string("malformed")) + " but the file has " +
                    std::to_string(m_report.txs) + "; ";
    if (!last || *last != m_previousBlockHash) mismatch += "last is not the hash of the last block; ";
    if (!mismatch.empty()) report(FindingCode::End, line.number, mismatch.substr(0, mismatch.size() - 2));

    Hasher digester = batch.digestBefore->clone();
    digester.update(batch.storage.data(), line.begin);
    const std::string digest = toHex(digester.finish());
    const auto stated = end.getString("digest");
    if (!stated || *stated != digest) {
        report(FindingCode::Digest, line.number,
               "digest " + stated.value_or("(malformed)").substr(0, 16) + "… but the file hashes to " + digest.substr(0, 16) + "…");
        return;
    }
    const Validator* exporter = header.consortium.findValidator(header.exporter);
    const auto signature = end.getString("sig");
    const auto bytes = signature ? fromBase64(*signature) : std::nullopt;
    if (!bytes || !exporter->key.verify(exportSigningMessage(header.consortium.chain, digest), *bytes)) {
        report(FindingCode::ExportSig, line.number, "the exporter's signature \"" + header.exporter + "\" does not verify");
        return;
    }
    if (m_options.trust && !m_options.trust->trustsKey(header.consortium.chain, exporter->id, exporter->key))
        m_usedUntrustedKey = true;
}

void ExportChecker::addCommitOutcome(const CommitOutcome& outcome)
{
    for (const Finding& finding : outcome.findings) report(finding.code, finding.line, finding.message, finding.height);
    m_usedUntrustedKey = m_usedUntrustedKey || outcome.usedUntrustedKey;
}

VerifyReport ExportChecker::finish(std::uint64_t totalLines)
{
    m_report.lines = totalLines;
    if (!m_afterEnd) {
        closeBlockWithoutCommit(totalLines + 1);
        report(FindingCode::Truncated, totalLines + 1, "no end line: the export is truncated");
    }

    if (m_options.trust) {
        const ExportHeader& header = *m_report.header;
        const TrustedConsortium* trusted = m_options.trust->find(header.consortium.chain);
        std::string reason;
        if (!trusted)
            reason = "chain \"" + header.consortium.chain + "\" is not in the trust store";
        else if (trusted->consortium.suite != header.consortium.suite)
            reason = "the trust store expects suite " + std::string(suiteName(trusted->consortium.suite));
        else if (header.consortium.quorum < trusted->consortium.quorum)
            reason = "quorum " + std::to_string(header.consortium.quorum) + " is lower than the trusted " +
                     std::to_string(trusted->consortium.quorum);
        else if (m_usedUntrustedKey)
            reason = "signatures were made with keys that are not in the trust store";
        if (!reason.empty()) report(FindingCode::Untrusted, 1, reason);
        m_report.trusted = reason.empty();
    }

    std::stable_sort(m_report.findings.begin(), m_report.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.line < b.line; });

    for (const BlockSummary& block : m_report.blockList) {
        if (block.closeLine == 0 || block.closeLine >= m_firstBreakingLine) break;
        ++m_report.verifiedBlocks;
        m_report.verifiedTxs += block.txCount;
        m_report.verifiedThrough = block.height;
    }
    return std::move(m_report);
}

} // namespace lj
