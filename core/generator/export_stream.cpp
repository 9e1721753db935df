#include "generator/export_stream.h"

#include <algorithm>
#include <limits>
#include <queue>

namespace lj::gen {

namespace {

struct LaterFirst {
    bool operator()(const StaticTx& a, const StaticTx& b) const {
        return a.seconds != b.seconds ? a.seconds > b.seconds : a.sequence > b.sequence;
    }
};

bool before(const StaticTx& a, const StaticTx& b) {
    return a.seconds != b.seconds ? a.seconds < b.seconds : a.sequence < b.sequence;
}

// Collects lines into blocks and hands each full block to the writer.
class BlockPacker {
public:
    BlockPacker(ExportWriter& writer, const StreamOptions& options)
        : m_writer(writer)
        , m_options(options) {}

    Status add(StaticTx tx) {
        if (!m_lines.empty() && (m_lines.size() >= m_options.maxTxsPerBlock ||
                                 tx.seconds - m_firstSeconds > m_options.blockWindowSeconds)) {
            if (auto status = flush(); !status) return status;
        }
        if (m_lines.empty()) m_firstSeconds = tx.seconds;
        m_lastSeconds = tx.seconds;
        m_lines.push_back(std::move(tx.line));
        return Ok{};
    }

    Status flush() {
        if (m_lines.empty()) return Ok{};
        // The block is sealed a minute after its last transaction arrived.
        const std::int64_t blockSeconds = std::max(m_lastSeconds + 60, m_lastBlockSeconds);
        m_lastBlockSeconds = blockSeconds;
        auto status = m_writer.appendBlock(formatChinaTime(blockSeconds), m_lines);
        m_lines.clear();
        if (status && m_options.progress) m_options.progress(m_writer.txsWritten());
        return status;
    }

private:
    ExportWriter& m_writer;
    const StreamOptions& m_options;
    std::vector<std::string> m_lines;
    std::int64_t m_firstSeconds = 0, m_lastSeconds = 0, m_lastBlockSeconds = 0;
};

} // namespace

Status streamBlocks(const District& district, std::vector<StaticTx> records, ExportWriter& writer,
                    const StreamOptions& options) {
    const Date firstMonth = Date::fromCivil(district.from().year(), district.from().month(), 1);
    const Date lastMonth = Date::fromCivil(district.to().year(), district.to().month(), 1);
    std::vector<Date> months;
    for (Date month = firstMonth; month <= lastMonth; month = month.addMonths(1))
        months.push_back(month);

    std::priority_queue<StaticTx, std::vector<StaticTx>, LaterFirst> bulk;
    BlockPacker packer(writer, options);
    std::size_t next = 0;
    std::vector<StaticTx> produced;
    for (std::size_t m = 0; m < months.size(); ++m) {
        produced.clear();
        district.subsidiesForMonth(months[m], produced);
        // Filler logs spread evenly over the months, the remainder in the first ones.
        const std::uint64_t share =
            options.fillerLogs / months.size() + (m < options.fillerLogs % months.size() ? 1 : 0);
        district.fillerLogsForMonth(months[m], share, produced);
        for (StaticTx& tx : produced)
            bulk.push(std::move(tx));

        const bool last = m + 1 == months.size();
        const std::int64_t monthEnd =
            last ? std::numeric_limits<std::int64_t>::max() : chinaSeconds(months[m + 1], 0);
        for (;;) {
            const bool haveRecord = next < records.size() && records[next].seconds < monthEnd;
            const bool haveBulk = !bulk.empty() && bulk.top().seconds < monthEnd;
            if (!haveRecord && !haveBulk) break;
            Status status = Ok{};
            if (haveRecord && (!haveBulk || before(records[next], bulk.top()))) {
                status = packer.add(std::move(records[next++]));
            } else {
                StaticTx tx = bulk.top();
                bulk.pop();
                status = packer.add(std::move(tx));
            }
            if (!status) return status;
        }
    }
    return packer.flush();
}

} // namespace lj::gen
