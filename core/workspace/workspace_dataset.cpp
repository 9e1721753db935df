#include "workspace/workspace_dataset.h"

#include "model/export_loader.h"
#include "util/bounded_queue.h"

#include <future>
#include <set>
#include <thread>
#include <vector>

namespace lj {

namespace {

using IdSet = std::set<std::string>;

struct TxRow {
    std::string txId;
    std::int64_t height = 0;
    std::uint32_t index = 0;
    std::string line;
};
using TxRows = std::vector<TxRow>;
using ParsedRecords = std::vector<LedgerRecord>;

TxRow readTxRow(sql::Statement& row) {
    return {row.text(0), row.integer(1), static_cast<std::uint32_t>(row.integer(2)),
            std::string(row.textView(3))};
}

void addParsed(DatasetBuilder& builder, TxRow& row) {
    if (auto record = parseTxLine(row.line, std::move(row.txId), row.height, row.index))
        builder.add(std::move(*record));
}

Status addLastBlockTime(sql::Database& db, DatasetBuilder& builder) {
    auto last = db.cached("SELECT time FROM blocks ORDER BY height DESC LIMIT 1");
    if (!last) return fail(last.error());
    auto row = (*last)->next();
    if (!row) return fail(row.error());
    if (*row) builder.setLastBlockTime((*last)->textView(0));
    (*last)->reset();
    return Ok{};
}

// Every tx, in stages on several threads: SQLite reads rows (this thread), two workers parse their
// JSON (parsing costs the most), and a merger adds the records in chain order. Each batch's parse
// is a promise; the merger takes the futures in the order the batches were read.
Result<Dataset> buildWholeDataset(sql::Database& db) {
    constexpr std::size_t kBatchRows = 2048;
    constexpr int kParsers = 2;
    auto count = db.queryInteger("SELECT coalesce(max(seq) + 1, 0) FROM txs");
    if (!count) return fail(count.error());
    auto all = db.prepare("SELECT tx_id, height, idx, line FROM txs ORDER BY seq");
    if (!all) return fail(all.error());
    struct ParseJob {
        TxRows rows;
        std::promise<ParsedRecords> parsed;
    };
    BoundedQueue<ParseJob> toParse(8);
    BoundedQueue<std::future<ParsedRecords>> toMerge(16);
    DatasetBuilder builder;
    builder.reserve(static_cast<std::size_t>(*count));
    std::vector<std::thread> parsers;
    for (int i = 0; i < kParsers; ++i)
        parsers.emplace_back([&] {
            while (auto job = toParse.pop()) {
                ParsedRecords records;
                records.reserve(job->rows.size());
                for (TxRow& row : job->rows)
                    if (auto record = parseTxLine(row.line, std::move(row.txId), row.height, row.index))
                        records.push_back(std::move(*record));
                job->parsed.set_value(std::move(records));
            }
        });
    std::thread merger([&] {
        while (auto parsed = toMerge.pop())
            for (LedgerRecord& record : parsed->get())
                builder.add(std::move(record));
    });
    Status status = Ok{};
    TxRows batch;
    const auto handOver = [&] {
        ParseJob job{std::move(batch), {}};
        toMerge.push(job.parsed.get_future()); // in read order
        toParse.push(std::move(job));
        batch = {};
    };
    for (;;) {
        auto row = (*all)->next();
        if (!row) {
            status = fail(row.error());
            break;
        }
        if (*row) batch.push_back(readTxRow(**all));
        if ((!*row && !batch.empty()) || batch.size() == kBatchRows) handOver();
        if (!*row) break;
    }
    toParse.close();
    for (std::thread& parser : parsers)
        parser.join();
    toMerge.close();
    merger.join();
    if (!status) return fail(status.error());
    if (auto added = addLastBlockTime(db, builder); !added) return fail(added.error());
    return builder.finish();
}

// Feeds the txs with the given seqs, in chain order, to a builder.
Result<Dataset> buildDatasetOf(sql::Database& db, const std::set<std::int64_t>& seqs) {
    DatasetBuilder builder;
    auto one = db.cached("SELECT tx_id, height, idx, line FROM txs WHERE seq = ?");
    if (!one) return fail(one.error());
    for (const std::int64_t seq : seqs) { // a std::set iterates in chain order
        (*one)->reset();
        (*one)->bind(1, seq);
        auto row = (*one)->next();
        if (!row) return fail(row.error());
        if (*row) {
            TxRow tx = readTxRow(**one);
            addParsed(builder, tx);
        }
    }
    if (auto added = addLastBlockTime(db, builder); !added) return fail(added.error());
    return builder.finish();
}

// Collects the seqs of rows matching an indexed equality, and the values of other columns of
// those rows (the ids they name), which widen the search. The first failure is kept and ends the
// collection.
class RelatedRows {
public:
    explicit RelatedRows(sql::Database& db)
        : m_db(db) {}

    // `select` is "SELECT seq, a, b… FROM t WHERE key = ?"; column k ≥ 1 of each row goes to outputs[k-1].
    void collect(const std::string& select, IdSet keys, const std::vector<IdSet*>& outputs = {}) {
        if (!m_status) return;
        keys.erase("");
        auto statement = m_db.cached(select);
        if (!statement) {
            m_status = fail(statement.error());
            return;
        }
        sql::Statement& query = **statement;
        for (const std::string& key : keys) {
            query.reset();
            query.bind(1, key);
            for (;;) {
                auto row = query.next();
                if (!row) {
                    m_status = fail(row.error());
                    return;
                }
                if (!*row) break;
                m_seqs.insert(query.integer(0));
                for (std::size_t i = 0; i < outputs.size(); ++i)
                    if (!query.isNull(static_cast<int>(i + 1)))
                        outputs[i]->insert(query.text(static_cast<int>(i + 1)));
            }
        }
    }

    const Status& status() const { return m_status; }
    const std::set<std::int64_t>& seqs() const { return m_seqs; }

private:
    sql::Database& m_db;
    Status m_status = Ok{};
    std::set<std::int64_t> m_seqs;
};

void collectAssetRows(RelatedRows& rows, const std::string& assetId) {
    const IdSet asset{assetId};
    IdSet parties, accounts, listings, contracts, receipts, alerts;
    rows.collect("SELECT seq, org FROM assets WHERE id = ?", asset, {&parties});
    rows.collect("SELECT seq FROM asset_statuses WHERE asset = ?", asset);
    rows.collect("SELECT seq FROM asset_disposals WHERE asset = ?", asset);
    rows.collect("SELECT seq, id FROM listings WHERE asset = ?", asset, {&listings});
    // Restatements of a listing, contract or receipt need not repeat what links it to the asset:
    // they are found by id.
    rows.collect("SELECT seq FROM listings WHERE id = ?", listings);
    const std::string contractRows = "SELECT seq, id, lessee, lessor, signer FROM contracts WHERE ";
    const std::vector<IdSet*> contractOutputs{&contracts, &parties, &parties, &parties};
    rows.collect(contractRows + "asset = ?", asset, contractOutputs);
    rows.collect(contractRows + "listing = ?", listings, contractOutputs);
    rows.collect(contractRows + "id = ?", contracts, contractOutputs);
    rows.collect("SELECT seq, bidder, deposit_account FROM bids WHERE listing = ?", listings,
                 {&parties, &accounts});
    rows.collect("SELECT seq, winner FROM listing_results WHERE listing = ?", listings, {&parties});
    rows.collect("SELECT seq, lessee FROM contract_amendments WHERE contract = ?", contracts, {&parties});
    rows.collect("SELECT seq FROM contract_terminations WHERE contract = ?", contracts);
    rows.collect("SELECT seq, id, payer FROM receipts WHERE contract = ?", contracts, {&receipts, &parties});
    rows.collect("SELECT seq FROM receipts WHERE id = ?", receipts);

    IdSet named = asset;
    named.insert(listings.begin(), listings.end());
    named.insert(contracts.begin(), contracts.end());
    named.insert(receipts.begin(), receipts.end());
    rows.collect("SELECT seq, id FROM alerts WHERE subject = ?", named, {&alerts});
    rows.collect("SELECT seq FROM alerts WHERE id = ?", alerts);

    rows.collect("SELECT seq FROM persons WHERE id = ?", parties);
    rows.collect("SELECT seq FROM firms WHERE id = ?", parties);
    rows.collect("SELECT seq FROM orgs WHERE id = ?", parties);
    rows.collect("SELECT seq FROM accounts WHERE id = ?", accounts);
}

} // namespace

Result<Dataset> loadDataset(Workspace& workspace) {
    return buildWholeDataset(workspace.database());
}

Result<Dataset> loadAssetDataset(Workspace& workspace, const std::string& assetId) {
    RelatedRows rows(workspace.database());
    collectAssetRows(rows, assetId);
    if (!rows.status()) return fail(rows.status().error());
    return buildDatasetOf(workspace.database(), rows.seqs());
}

} // namespace lj
