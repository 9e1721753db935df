// The workspace: import (counts per table, idempotence, continuation, fork refusal, verified prefix
// only, cancellation), full-text search, refusing files that are not ours or are damaged without
// touching them, schema migration, and datasets equal to loading the export directly.
#include "ledger/export_writer.h"
#include "ledger/trust_store.h"
#include "model/export_loader.h"
#include "util/encoding.h"
#include "workspace/record_tables.h"
#include "workspace/workspace.h"
#include "workspace/workspace_dataset.h"
#include "workspace/workspace_import.h"
#include "workspace/workspace_schema.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <map>
#include <set>

namespace {

namespace fs = std::filesystem;

const std::string kSle = std::string(LJ_TEST_DATA_DIR) + "/sle/";
const std::string kScenario = kSle + "scenario/scenario-sm3-sm2.sle";
const std::string kTiny = kSle + "valid/tiny-sha256-ed25519.sle";

class TempDir {
public:
    TempDir() {
        const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
        m_path = fs::temp_directory_path() / ("lj-ws-" + std::to_string(::getpid()) + "-" +
                                              (test ? std::string(test->name()) : std::string("suite")));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempDir() { fs::remove_all(m_path); }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

lj::Workspace openWorkspace(const std::string& path) {
    auto workspace = lj::Workspace::open(path, lj::WorkspaceOpenMode::CreateIfMissing);
    EXPECT_TRUE(workspace.ok()) << workspace.error();
    return std::move(workspace.value());
}

lj::ImportReport importFile(lj::Workspace& workspace, const std::string& path,
                            const lj::ImportOptions& options = {}) {
    auto report = lj::importExport(workspace, path, options);
    EXPECT_TRUE(report.ok()) << report.error();
    return report.ok() ? std::move(report.value()) : lj::ImportReport{};
}

std::int64_t count(lj::Workspace& workspace, const std::string& table) {
    auto rows = workspace.rowCount(table);
    EXPECT_TRUE(rows.ok()) << rows.error();
    return rows.ok() ? *rows : -1;
}

// Every table's row count, the block hashes, the tx ids in order and the meta table: equal
// fingerprints mean equal content for everything an import writes.
std::string fingerprint(lj::Workspace& workspace) {
    auto& db = workspace.database();
    std::string result;
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    EXPECT_TRUE(tables.ok());
    std::vector<std::string> names;
    while (*(*tables)->next())
        names.push_back((*tables)->text(0));
    for (const std::string& name : names)
        result += name + "=" + std::to_string(count(workspace, name)) + ";";
    for (const char* query :
         {"SELECT coalesce(group_concat(hash), '') FROM (SELECT hash FROM blocks ORDER BY height)",
          "SELECT coalesce(group_concat(tx_id), '') FROM (SELECT tx_id FROM txs ORDER BY seq)",
          "SELECT coalesce(group_concat(key || '=' || value), '') FROM meta WHERE key != 'created_at'"}) {
        auto text = db.queryText(query);
        EXPECT_TRUE(text.ok()) << text.error();
        result += text.ok() ? *text : "?";
        result += '\n';
    }
    return result;
}

const lj::TrustStore& scenarioTrust() {
    static const lj::TrustStore trust = [] {
        lj::TrustStore store;
        EXPECT_TRUE(store.addFile(kSle + "trust/xc-sanzi.json").ok());
        return store;
    }();
    return trust;
}

// The scenario is imported once; tests that change a workspace work on a copy of the file.
class ScenarioWorkspace : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new TempDir();
        s_base = s_dir->file("scenario.lianjian");
        auto workspace = openWorkspace(s_base);
        lj::ImportOptions options;
        options.trust = &scenarioTrust();
        const auto started = std::chrono::steady_clock::now();
        s_report = new lj::ImportReport(importFile(workspace, kScenario, options));
        s_importSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }
    static void TearDownTestSuite() {
        delete s_report;
        delete s_dir;
    }
    lj::Workspace copyOfScenario(const TempDir& dir) {
        const std::string path = dir.file("copy.lianjian");
        fs::copy_file(s_base, path, fs::copy_options::overwrite_existing);
        return openWorkspace(path);
    }

    static TempDir* s_dir;
    static std::string s_base;
    static lj::ImportReport* s_report;
    static double s_importSeconds;
};

TempDir* ScenarioWorkspace::s_dir = nullptr;
std::string ScenarioWorkspace::s_base;
lj::ImportReport* ScenarioWorkspace::s_report = nullptr;
double ScenarioWorkspace::s_importSeconds = 0;

TEST_F(ScenarioWorkspace, ImportsEveryVerifiedBlockWithOneRowPerRecord) {
    ASSERT_EQ(s_report->outcome, lj::ImportOutcome::Imported) << s_report->message;
    EXPECT_EQ(s_report->blocksImported, 1927);
    EXPECT_EQ(s_report->txsImported, 22389);
    EXPECT_EQ(s_report->blocksSkipped, 0);
    EXPECT_EQ(s_report->verification.trusted, true);
    std::cout << "[ scenario ] imported 1927 blocks, 22389 txs in " << s_importSeconds << " s\n";

    TempDir dir;
    auto workspace = copyOfScenario(dir);
    EXPECT_EQ(count(workspace, "blocks"), 1927);
    EXPECT_EQ(count(workspace, "txs"), 22389);
    EXPECT_EQ(count(workspace, "exports"), 1);
    const std::map<std::string, std::int64_t> expected = {
        {"accounts", 997},
        {"actors", 42},
        {"alerts", 37},
        {"assets", 200},
        {"asset_statuses", 198},
        {"bids", 1170},
        {"budgets", 73},
        {"clue_feedback", 2},
        {"clues", 2},
        {"contract_amendments", 2},
        {"contracts", 444},
        {"contract_terminations", 1},
        {"disclosures", 264},
        {"firms", 279},
        {"shareholders", 338},
        {"listings", 392},
        {"listing_results", 392},
        {"op_logs", 339},
        {"orgs", 43},
        {"payments", 2666},
        {"persons", 1603},
        {"project_awards", 134},
        {"project_completions", 130},
        {"projects", 134},
        {"receipts", 2080},
        {"relations", 350},
        {"roles", 204},
        {"subsidies", 9873},
        {"events", 0},
        {"asset_disposals", 0},
    };
    std::int64_t total = 0;
    for (const auto& [table, rows] : expected) {
        EXPECT_EQ(count(workspace, table), rows) << table;
        total += rows;
    }
    EXPECT_EQ(total, 22389) << "every tx is a row of exactly one record table";
    EXPECT_EQ(*workspace.meta("chain").value(), "xc-sanzi");
    EXPECT_EQ(*workspace.meta("suite").value(), "sm3-sm2");

    // Provenance on every row (through its tx, shown by the _with_tx view), typed columns, arrays as JSON.
    auto row = workspace.database().queryText(
        "SELECT p.tx_id || '|' || p.height || '|' || p.source || '|' || "
        "p.actor || '|' || p.export_id || '|' || p.amount "
        "|| '|' || p.approvers FROM payments_with_tx p WHERE p.id = 'FK2015-00138'");
    ASSERT_TRUE(row.ok()) << row.error();
    EXPECT_NE(row->find("|资金管理系统|a-0017|1|2852370|[\"p-000277\",\"p-000276\"]"), std::string::npos)
        << *row;
    auto consistent = workspace.database().queryInteger(
        "SELECT count(*) FROM payments_with_tx p JOIN txs t ON t.seq = p.seq "
        "WHERE t.tx_id = p.tx_id AND t.height = p.height AND json_extract(t.line, '$.kind') = "
        "'payment.record'");
    EXPECT_EQ(*consistent, 2666);
}

TEST_F(ScenarioWorkspace, ReimportingTheSameExportIsANoOp) {
    TempDir dir;
    auto workspace = copyOfScenario(dir);
    const std::string before = fingerprint(workspace);
    lj::ImportOptions options;
    options.trust = &scenarioTrust();
    const auto report = importFile(workspace, kScenario, options);
    EXPECT_EQ(report.outcome, lj::ImportOutcome::NothingNew);
    EXPECT_EQ(report.blocksSkipped, 1927);
    EXPECT_EQ(fingerprint(workspace), before);
}

TEST_F(ScenarioWorkspace, RefusesAnotherChain) {
    TempDir dir;
    auto workspace = copyOfScenario(dir);
    const std::string before = fingerprint(workspace);
    const auto report = importFile(workspace, kTiny);
    EXPECT_EQ(report.outcome, lj::ImportOutcome::Refused);
    EXPECT_EQ(report.refusal, lj::RefusalReason::OtherChain);
    EXPECT_NE(report.message.find("xc-sanzi"), std::string::npos) << report.message;
    EXPECT_EQ(fingerprint(workspace), before);
}

TEST_F(ScenarioWorkspace, DatasetEqualsLoadingTheExport) {
    TempDir dir;
    auto workspace = copyOfScenario(dir);
    auto fromWorkspace = lj::loadDataset(workspace);
    ASSERT_TRUE(fromWorkspace.ok()) << fromWorkspace.error();
    auto fromExport = lj::loadDatasetFromExport(kScenario);
    ASSERT_TRUE(fromExport.ok()) << fromExport.error();
    const lj::Dataset& a = *fromWorkspace;
    const lj::Dataset& b = *fromExport;
    ASSERT_EQ(a.txs.size(), b.txs.size());
    for (std::size_t i = 0; i < a.txs.size(); ++i) {
        ASSERT_EQ(a.txs[i].tx, b.txs[i].tx) << i;
        EXPECT_EQ(a.txs[i].height, b.txs[i].height);
        EXPECT_EQ(a.txs[i].index, b.txs[i].index);
        EXPECT_EQ(a.txs[i].kind, b.txs[i].kind);
    }
    EXPECT_EQ(a.orgs.size(), b.orgs.size());
    EXPECT_EQ(a.persons.size(), b.persons.size());
    EXPECT_EQ(a.roles.size(), b.roles.size());
    EXPECT_EQ(a.relations.size(), b.relations.size());
    EXPECT_EQ(a.firms.size(), b.firms.size());
    EXPECT_EQ(a.shareholdings.size(), b.shareholdings.size());
    EXPECT_EQ(a.accounts.size(), b.accounts.size());
    EXPECT_EQ(a.actors.size(), b.actors.size());
    EXPECT_EQ(a.assets.size(), b.assets.size());
    EXPECT_EQ(a.statuses.size(), b.statuses.size());
    EXPECT_EQ(a.listings.size(), b.listings.size());
    EXPECT_EQ(a.bids.size(), b.bids.size());
    EXPECT_EQ(a.results.size(), b.results.size());
    EXPECT_EQ(a.contracts.size(), b.contracts.size());
    EXPECT_EQ(a.budgets.size(), b.budgets.size());
    EXPECT_EQ(a.receipts.size(), b.receipts.size());
    EXPECT_EQ(a.payments.size(), b.payments.size());
    EXPECT_EQ(a.projects.size(), b.projects.size());
    EXPECT_EQ(a.subsidies.size(), b.subsidies.size());
    EXPECT_EQ(a.alerts.size(), b.alerts.size());
    EXPECT_EQ(a.events.size(), b.events.size());
    ASSERT_TRUE(a.lastBlockDate && b.lastBlockDate);
    EXPECT_EQ(*a.lastBlockDate, *b.lastBlockDate);
    EXPECT_EQ(a.contracts.at("HT2016-0020").rentAsOf(), b.contracts.at("HT2016-0020").rentAsOf());
}

TEST_F(ScenarioWorkspace, AssetDatasetHoldsEverythingAboutTheAssetAndLittleElse) {
    TempDir dir;
    auto workspace = copyOfScenario(dir);
    auto full = lj::loadDataset(workspace);
    ASSERT_TRUE(full.ok());
    for (const std::string asset : {"as-320507001201-006", "as-320507003201-009", "as-320507100201-016"}) {
        const auto started = std::chrono::steady_clock::now();
        auto one = lj::loadAssetDataset(workspace, asset);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        ASSERT_TRUE(one.ok()) << one.error();
        std::cout << "[ asset ] " << asset << ": " << one->txs.size() << " txs in " << ms << " ms\n";
        EXPECT_LT(one->txs.size(), 200u);
        EXPECT_EQ(one->lastBlockDate, full->lastBlockDate);
        ASSERT_TRUE(one->assets.count(asset));
        EXPECT_EQ(one->assets.at(asset).refs.size(), full->assets.at(asset).refs.size());

        std::set<std::string> listings;
        for (const auto& [id, listing] : full->listings)
            if (listing.asset == asset) {
                listings.insert(id);
                ASSERT_TRUE(one->listings.count(id)) << id;
            }
        for (const auto& [id, contract] : full->contracts)
            if (contract.asset == asset || listings.count(contract.listing)) {
                ASSERT_TRUE(one->contracts.count(id)) << id;
                const auto& mine = one->contracts.at(id);
                EXPECT_EQ(mine.refs.size(), contract.refs.size()) << id;
                EXPECT_EQ(mine.amendments.size(), contract.amendments.size()) << id;
                EXPECT_EQ(mine.termination.has_value(), contract.termination.has_value()) << id;
                EXPECT_TRUE(one->persons.count(contract.lessee) || one->firms.count(contract.lessee) ||
                            !(full->persons.count(contract.lessee) || full->firms.count(contract.lessee)))
                    << contract.lessee;
            }
        auto countIf = [](const auto& list, auto predicate) {
            return std::count_if(list.begin(), list.end(), predicate);
        };
        auto ofAsset = [&](const auto& item) { return item.asset == asset; };
        auto ofListings = [&](const auto& item) { return listings.count(item.listing) > 0; };
        EXPECT_EQ(countIf(one->statuses, ofAsset), countIf(full->statuses, ofAsset));
        EXPECT_EQ(countIf(one->bids, ofListings), countIf(full->bids, ofListings));
        EXPECT_EQ(countIf(one->results, ofListings), countIf(full->results, ofListings));
        for (const auto& [id, receipt] : full->receipts)
            if (one->contracts.count(receipt.contract)) {
                EXPECT_TRUE(one->receipts.count(id)) << id;
            }
        for (const auto& [id, alert] : full->alerts)
            if (alert.subject == asset || one->contracts.count(alert.subject) ||
                listings.count(alert.subject)) {
                EXPECT_TRUE(one->alerts.count(id)) << id;
            }
    }
    auto unknown = lj::loadAssetDataset(workspace, "as-no-such-asset");
    ASSERT_TRUE(unknown.ok());
    EXPECT_TRUE(unknown->txs.empty());
    EXPECT_EQ(unknown->lastBlockDate, full->lastBlockDate);
}

TEST_F(ScenarioWorkspace, SearchFindsChineseSubstringsPhonesAndAccountNumbers) {
    TempDir dir;
    auto workspace = copyOfScenario(dir);
    auto hasHit = [](const std::vector<lj::SearchHit>& hits, const std::string& id, const std::string& kind) {
        return std::any_of(hits.begin(), hits.end(), [&](const lj::SearchHit& hit) {
            return hit.id == id && hit.kind == kind && hit.tx.size() == 64;
        });
    };
    auto village = workspace.search("消泾村"); // part of org, asset and address names
    ASSERT_TRUE(village.ok()) << village.error();
    EXPECT_TRUE(std::any_of(village->begin(), village->end(),
                            [](const lj::SearchHit& hit) { return hit.kind == "org.register"; }));
    EXPECT_TRUE(hasHit(*village, "as-320507103201-016", "asset.register"));
    auto address = workspace.search("石桥村3组7号");
    ASSERT_TRUE(address.ok());
    EXPECT_TRUE(hasHit(*address, "p-000078", "person.register"));
    auto phone = workspace.search("18923953040");
    ASSERT_TRUE(phone.ok());
    EXPECT_TRUE(hasHit(*phone, "p-000078", "person.register"));
    auto partialPhone = workspace.search("2395304");
    ASSERT_TRUE(partialPhone.ok());
    EXPECT_TRUE(hasHit(*partialPhone, "p-000078", "person.register"));
    auto account = workspace.search("10544101755489943");
    ASSERT_TRUE(account.ok());
    EXPECT_TRUE(hasHit(*account, "acct-000022", "account.register"));
    auto shortName = workspace.search("海龙"); // two characters: below the trigram, scanned
    ASSERT_TRUE(shortName.ok());
    EXPECT_TRUE(hasHit(*shortName, "p-000078", "person.register"));
    auto quoted = workspace.search("\"消泾村\" OR x"); // FTS syntax in the query is just text
    EXPECT_TRUE(quoted.ok()) << quoted.error();
    EXPECT_TRUE(workspace.search("no such text anywhere")->empty());
}

TEST_F(ScenarioWorkspace, CancellationRollsBackEverything) {
    TempDir dir;
    const std::string path = dir.file("cancel.lianjian");
    {
        auto workspace = openWorkspace(path);
        const std::string empty = fingerprint(workspace);
        int calls = 0;
        lj::ImportOptions options;
        options.progress = [&](const lj::ImportProgress& progress) {
            // Let a few megabytes of blocks be written, then cancel.
            return progress.phase == lj::ImportProgress::Phase::Verifying || ++calls < 3;
        };
        const auto report = importFile(workspace, kScenario, options);
        EXPECT_EQ(report.outcome, lj::ImportOutcome::Cancelled);
        EXPECT_GT(report.blocksImported, 0) << "the cancellation came mid-import";
        EXPECT_LT(report.blocksImported, 1927);
        EXPECT_EQ(fingerprint(workspace), empty);
        EXPECT_EQ(count(workspace, "search_index"), 0);

        // Cancelled while verifying: nothing either.
        options.progress = [](const lj::ImportProgress&) { return false; };
        EXPECT_EQ(importFile(workspace, kScenario, options).outcome, lj::ImportOutcome::Cancelled);
        EXPECT_EQ(fingerprint(workspace), empty);

        // Afterwards the same import succeeds in full.
        const auto done = importFile(workspace, kScenario);
        EXPECT_EQ(done.outcome, lj::ImportOutcome::Imported);
        EXPECT_EQ(count(workspace, "txs"), 22389);
    }
}

TEST(Workspace, ContinuationAppendsAndUnknownKindsAreKept) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("tiny.lianjian"));
    const auto first = importFile(workspace, kTiny);
    ASSERT_EQ(first.outcome, lj::ImportOutcome::Imported) << first.message;
    EXPECT_EQ(count(workspace, "blocks"), 3);
    EXPECT_EQ(count(workspace, "txs"), 6);
    EXPECT_EQ(count(workspace, "events"), 1); // asset.inspect is not a sle-v1 kind
    EXPECT_EQ(*workspace.database().queryText("SELECT kind FROM events"), "asset.inspect");

    const auto second = importFile(workspace, kSle + "pairs/continuation-from-3.sle");
    ASSERT_EQ(second.outcome, lj::ImportOutcome::Imported) << second.message;
    EXPECT_EQ(second.blocksImported, 3);
    EXPECT_EQ(second.firstImported, 3);
    EXPECT_EQ(second.lastImported, 5);
    EXPECT_EQ(count(workspace, "blocks"), 6);
    EXPECT_EQ(count(workspace, "txs"), 10);
    EXPECT_EQ(count(workspace, "exports"), 2);
    EXPECT_EQ(*workspace.database().queryInteger("SELECT count(*) FROM blocks WHERE export_id = 2"), 3);
    auto seqs = workspace.database().queryText(
        "SELECT group_concat(height || '.' || idx) FROM (SELECT * FROM txs ORDER BY seq)");
    EXPECT_EQ(*seqs, "0.0,0.1,0.2,2.0,2.1,2.2,3.0,4.0,4.1,5.0");

    // fork-a holds the same blocks 0-5: consistent, nothing new.
    EXPECT_EQ(importFile(workspace, kSle + "pairs/fork-a.sle").outcome, lj::ImportOutcome::NothingNew);
}

TEST(Workspace, UnknownMembersAreKeptInExtra) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("edge.lianjian"));
    const auto report = importFile(workspace, kSle + "valid/edge-unknown-members.sle");
    ASSERT_EQ(report.outcome, lj::ImportOutcome::Imported) << report.message;
    auto extra = workspace.database().queryText("SELECT extra FROM contracts WHERE id = 'HT2020-0003'");
    ASSERT_TRUE(extra.ok()) << extra.error();
    EXPECT_NE(extra->find("x-attachm"), std::string::npos) << *extra;
    EXPECT_EQ(*workspace.database().queryText("SELECT source FROM contracts_with_tx"), "产权交易系统");
}

TEST(Workspace, ForkIsRefusedAndNothingChanges) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("fork.lianjian"));
    ASSERT_EQ(importFile(workspace, kSle + "pairs/fork-a.sle").outcome, lj::ImportOutcome::Imported);
    const std::string before = fingerprint(workspace);
    const auto report = importFile(workspace, kSle + "pairs/fork-b.sle");
    EXPECT_EQ(report.outcome, lj::ImportOutcome::Refused);
    EXPECT_EQ(report.refusal, lj::RefusalReason::Fork);
    EXPECT_EQ(report.forkHeight, 4);
    EXPECT_EQ(report.workspaceHash, "003c88bc5ebae7ff62a5a487d82716564fba1fdd5b20cf98b9cb3887d051cf2b");
    EXPECT_EQ(report.exportHash, "35cae1a2a6efc20cbf5bb211e77e2447943efdb5c43631b5520c3d3afde890ca");
    EXPECT_NE(report.message.find("height 4"), std::string::npos) << report.message;
    EXPECT_NE(report.message.find(report.workspaceHash), std::string::npos);
    EXPECT_NE(report.message.find(report.exportHash), std::string::npos);
    EXPECT_EQ(fingerprint(workspace), before);
}

TEST(Workspace, ForkAfterAContinuationIsFound) {
    // tiny (blocks 0-2) then continuation-from-3 (3-5, as in fork-a): fork-b disagrees at block 4.
    TempDir dir;
    auto workspace = openWorkspace(dir.file("prev.lianjian"));
    ASSERT_EQ(importFile(workspace, kTiny).outcome, lj::ImportOutcome::Imported);
    ASSERT_EQ(importFile(workspace, kSle + "pairs/continuation-from-3.sle").outcome,
              lj::ImportOutcome::Imported);
    const auto report = importFile(workspace, kSle + "pairs/fork-b.sle");
    EXPECT_EQ(report.refusal, lj::RefusalReason::Fork);
    EXPECT_EQ(report.forkHeight, 4);
}

// Writes a small export of chain "xc-bulk-test" from `from` with `blocks` blocks of two txs each.
std::string writeSmallExport(const TempDir& dir, const std::string& name,
                             std::vector<lj::SigningValidator> validators, std::int64_t from,
                             std::string prev, int blocks) {
    lj::ExportWriterOptions options;
    options.chain = "xc-bulk-test";
    options.suite = lj::Suite::Sha256Ed25519;
    options.validators = std::move(validators);
    options.quorum = 2;
    options.exporter = "jw";
    options.exportedAt = "2020-09-01T08:00:00+08:00";
    options.from = from;
    options.prev = std::move(prev);
    const std::string path = dir.file(name);
    auto writer = lj::ExportWriter::create(path, std::move(options));
    EXPECT_TRUE(writer.ok()) << writer.error();
    for (int b = 0; b < blocks; ++b) {
        const std::int64_t height = from + b;
        const std::string time = "2020-07-01T10:" + std::string(height < 10 ? "0" : "") +
                                 std::to_string(height) + ":00+08:00"; // heights below 60
        std::vector<std::string> lines;
        for (int t = 0; t < 2; ++t)
            lines.push_back(lj::makeTxLine(
                "person", time, "三资平台", "a-01",
                lj::json::Value::object()
                    .set("id",
                         lj::json::Value::string("p-" + std::to_string(height) + "-" + std::to_string(t)))
                    .set("name", lj::json::Value::string("张" + std::to_string(height)))));
        EXPECT_TRUE((*writer)->appendBlock(time, lines).ok());
    }
    EXPECT_TRUE((*writer)->finish().ok());
    return path;
}

std::vector<lj::SigningValidator> twoValidators() {
    std::vector<lj::SigningValidator> validators;
    validators.push_back({"jw", "相城区纪委监委", lj::PrivateKey::generate(lj::Suite::Sha256Ed25519)});
    validators.push_back({"ny", "相城区农业农村局", lj::PrivateKey::generate(lj::Suite::Sha256Ed25519)});
    return validators;
}

std::string indexNames(lj::Workspace& workspace) {
    return *workspace.database().queryText("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                                           "WHERE type = 'index' AND sql IS NOT NULL "
                                           "ORDER BY name)");
}

TEST(Workspace, AHeaderWhosePrevDisagreesIsAFork) {
    // No block overlaps the workspace's, but the header says block 2 had another hash (sle-v1 §7).
    TempDir dir;
    const auto validators = twoValidators();
    auto workspace = openWorkspace(dir.file("prev-fork.lianjian"));
    const auto first = importFile(workspace, writeSmallExport(dir, "a.sle", validators, 0, "", 3));
    ASSERT_EQ(first.outcome, lj::ImportOutcome::Imported) << first.message;
    const std::string before = fingerprint(workspace);
    const std::string otherPrev(64, 'a');
    const auto report = importFile(workspace, writeSmallExport(dir, "b.sle", validators, 3, otherPrev, 2));
    EXPECT_EQ(report.outcome, lj::ImportOutcome::Refused);
    EXPECT_EQ(report.refusal, lj::RefusalReason::Fork);
    EXPECT_EQ(report.forkHeight, 2);
    EXPECT_EQ(report.exportHash, otherPrev);
    EXPECT_EQ(fingerprint(workspace), before);
}

TEST(Workspace, BulkAndIncrementalImportsLeaveTheSameIndexesAndWal) {
    // The first import is a bulk load (indexes dropped and rebuilt, rollback journal); the small
    // continuation is not. Either way the schema's indexes and WAL mode are there afterwards.
    TempDir dir;
    const auto validators = twoValidators();
    auto reference = openWorkspace(dir.file("reference.lianjian"));
    const std::string indexes = indexNames(reference);
    ASSERT_FALSE(indexes.empty());

    lj::Hash32 lastHash{};
    const std::string first = writeSmallExport(dir, "a.sle", validators, 0, "", 40);
    {
        auto verification = lj::verifyExportFile(first, {});
        ASSERT_TRUE(verification.ok());
        lastHash = verification->blockList.back().hash;
    }
    auto workspace = openWorkspace(dir.file("bulk.lianjian"));
    ASSERT_EQ(importFile(workspace, first).outcome, lj::ImportOutcome::Imported);
    EXPECT_EQ(indexNames(workspace), indexes);
    EXPECT_EQ(*workspace.database().queryText("PRAGMA journal_mode"), "wal");

    const auto next =
        importFile(workspace, writeSmallExport(dir, "b.sle", validators, 40, lj::toHex(lastHash), 1));
    ASSERT_EQ(next.outcome, lj::ImportOutcome::Imported) << next.message;
    EXPECT_EQ(count(workspace, "txs"), 82);
    EXPECT_EQ(indexNames(workspace), indexes);
    EXPECT_EQ(*workspace.database().queryText("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(*workspace.database().queryText("PRAGMA integrity_check"), "ok");
    // The tx id index answers look-ups again.
    auto plan =
        workspace.database().prepare("EXPLAIN QUERY PLAN SELECT seq FROM txs WHERE substr(tx_id, 1, 16) = "
                                     "'x' AND +tx_id = 'x'");
    ASSERT_TRUE(plan.ok()) << plan.error();
    ASSERT_TRUE(*(*plan)->next());
    EXPECT_NE((*plan)->text(3).find("txs_by_tx_prefix"), std::string::npos) << (*plan)->text(3);
}

TEST(Workspace, GapIsRefused) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("gap.lianjian"));
    const std::string before = fingerprint(workspace);
    const auto report = importFile(workspace, kSle + "pairs/continuation-from-3.sle");
    EXPECT_EQ(report.outcome, lj::ImportOutcome::Refused);
    EXPECT_EQ(report.refusal, lj::RefusalReason::Gap);
    EXPECT_NE(report.message.find("height 3"), std::string::npos) << report.message;
    EXPECT_EQ(fingerprint(workspace), before);
}

TEST(Workspace, OnlyTheVerifiedPrefixOfABrokenExportIsImported) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("t01.lianjian"));
    const auto report = importFile(workspace, kSle + "tampered/t01-tx-byte-flip.sle");
    ASSERT_EQ(report.outcome, lj::ImportOutcome::Imported) << report.message;
    EXPECT_EQ(report.blocksImported, 2);
    EXPECT_EQ(report.blocksUnverified, 1);
    EXPECT_EQ(*workspace.database().queryText("SELECT group_concat(height) FROM blocks"), "0,1");
    EXPECT_EQ(count(workspace, "txs"), 3);
    EXPECT_EQ(*workspace.database().queryInteger("SELECT verified_through FROM exports"), 1);
    auto findings = workspace.database().queryText("SELECT findings FROM exports");
    EXPECT_NE(findings->find("E_TX_ROOT"), std::string::npos) << *findings;

    // The intact export then appends block 2.
    const auto intact = importFile(workspace, kTiny);
    EXPECT_EQ(intact.outcome, lj::ImportOutcome::Imported) << intact.message;
    EXPECT_EQ(intact.blocksImported, 1);
    EXPECT_EQ(count(workspace, "blocks"), 3);
}

TEST(Workspace, AnExportWithNothingVerifiedIsRefused) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("t02.lianjian"));
    const auto report = importFile(workspace, kSle + "tampered/t02-tx-reorder.sle"); // E_TX_ROOT on block 0
    EXPECT_EQ(report.refusal, lj::RefusalReason::NothingVerified);
    EXPECT_EQ(count(workspace, "exports"), 0);
}

TEST(Workspace, OpeningAMissingFileWithoutCreateFails) {
    TempDir dir;
    EXPECT_FALSE(lj::Workspace::open(dir.file("absent.lianjian")).ok());
    EXPECT_FALSE(fs::exists(dir.file("absent.lianjian")));
}

class RefusedFile : public ::testing::Test {
protected:
    // Opening must fail with a message containing `reason`, and leave the file and its
    // surroundings exactly as they were.
    void expectRefused(const std::string& path, const std::string& reason) {
        const std::string before = readBytes(path);
        auto workspace = lj::Workspace::open(path, lj::WorkspaceOpenMode::CreateIfMissing);
        ASSERT_FALSE(workspace.ok());
        EXPECT_NE(workspace.error().find(reason), std::string::npos) << workspace.error();
        EXPECT_EQ(readBytes(path), before);
        EXPECT_FALSE(fs::exists(path + "-wal"));
        EXPECT_FALSE(fs::exists(path + "-shm"));
    }

    std::string makeWorkspace(const std::string& name) {
        const std::string path = m_dir.file(name);
        auto workspace = openWorkspace(path);
        EXPECT_EQ(importFile(workspace, kTiny).outcome, lj::ImportOutcome::Imported);
        return path;
    }

    TempDir m_dir;
};

TEST_F(RefusedFile, NotADatabase) {
    const std::string path = m_dir.file("notes.lianjian");
    writeBytes(path, std::string(8192, 'x') + "this is a text file");
    expectRefused(path, "not a Lianjian workspace");
}

TEST_F(RefusedFile, EmptyFile) {
    const std::string path = m_dir.file("empty.lianjian");
    writeBytes(path, "");
    expectRefused(path, "not a Lianjian workspace");
}

TEST_F(RefusedFile, AnotherProgramsDatabase) {
    const std::string path = m_dir.file("other.db");
    {
        auto db = lj::sql::Database::open(path, lj::sql::OpenFlags::ReadWriteCreate);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec("PRAGMA journal_mode = WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1);").ok());
    }
    expectRefused(path, "another program");
}

TEST_F(RefusedFile, NewerSchemaVersion) {
    const std::string path = makeWorkspace("newer.lianjian");
    {
        auto db = lj::sql::Database::open(path, lj::sql::OpenFlags::ReadWrite);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec("PRAGMA user_version = 99").ok());
    }
    expectRefused(path, "newer version");
}

TEST_F(RefusedFile, DamagedFile) {
    const std::string path = makeWorkspace("damaged.lianjian");
    std::string bytes = readBytes(path);
    const std::size_t page = 4096;
    ASSERT_GT(bytes.size(), 8 * page);
    // Garble pages 3 to 6 (the schema page and the header stay readable).
    for (std::size_t i = 2 * page; i < 6 * page; ++i)
        bytes[i] = static_cast<char>(0xA5 ^ (i * 7));
    writeBytes(path, bytes);
    expectRefused(path, "damaged");
}

// Every table, view and index with its columns, in name order: what queries can rely on.
std::vector<std::string> schemaShape(lj::sql::Database& db) {
    std::vector<std::string> shape;
    auto objects = db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                              "ORDER BY name");
    EXPECT_TRUE(objects.ok());
    while (*(*objects)->next()) {
        std::string entry = (*objects)->text(0) + " " + (*objects)->text(1) + ":";
        auto columns =
            db.prepare("SELECT name FROM pragma_table_xinfo('" + (*objects)->text(1) + "') ORDER BY cid");
        if (columns.ok())
            while (*(*columns)->next())
                entry += " " + (*columns)->text(0);
        shape.push_back(entry);
    }
    return shape;
}

TEST(WorkspaceMigration, AVersionOneWorkspaceIsMigrated) {
    TempDir dir;
    const std::string path = dir.file("v1.lianjian");
    const auto& migrations = lj::workspaceMigrations();
    ASSERT_GE(migrations.size(), 2u);
    ASSERT_EQ(migrations.front().version, 1);
    {
        // What the first release wrote: the version 1 schema only.
        auto db = lj::sql::Database::open(path, lj::sql::OpenFlags::ReadWriteCreate);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec("PRAGMA journal_mode = WAL").ok());
        ASSERT_TRUE(db->exec(migrations.front().sql).ok());
        ASSERT_TRUE(db->exec("PRAGMA user_version = 1; PRAGMA application_id = " +
                             std::to_string(lj::kWorkspaceApplicationId))
                        .ok());
        ASSERT_TRUE(db->exec("INSERT INTO meta(key, value) VALUES ('created_by', 'v1')").ok());
        EXPECT_EQ(*db->queryInteger("SELECT count(*) FROM sqlite_master WHERE name = 'contracts_by_asset'"),
                  0);
    }
    ASSERT_TRUE(lj::inspectWorkspaceFile(path).ok());
    auto workspace = lj::Workspace::open(path);
    ASSERT_TRUE(workspace.ok()) << workspace.error();
    EXPECT_EQ(*workspace->schemaVersion(), lj::currentWorkspaceSchemaVersion());
    EXPECT_EQ(*workspace->database().queryInteger(
                  "SELECT count(*) FROM sqlite_master WHERE name = 'contracts_by_asset'"),
              1);
    EXPECT_EQ(*workspace->meta("created_by").value(), "v1");
    // Upgraded step by step or created at the current version: the same tables, columns and views.
    auto fresh = openWorkspace(dir.file("fresh.lianjian"));
    EXPECT_EQ(schemaShape(workspace->database()), schemaShape(fresh.database()));
    EXPECT_EQ(importFile(*workspace, kTiny).outcome, lj::ImportOutcome::Imported);
    auto one = lj::loadAssetDataset(*workspace, "as-320507004201-006");
    ASSERT_TRUE(one.ok()) << one.error();
    EXPECT_EQ(one->contracts.size(), 1u);
}

TEST(WorkspaceMigration, RecordRowsKeepTheirProvenanceThroughTheirTx) {
    TempDir dir;
    const std::string path = dir.file("v1-rows.lianjian");
    {
        auto db = lj::sql::Database::open(path, lj::sql::OpenFlags::ReadWriteCreate);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec(lj::workspaceMigrations().front().sql).ok());
        ASSERT_TRUE(db->exec("PRAGMA user_version = 1; PRAGMA application_id = " +
                             std::to_string(lj::kWorkspaceApplicationId))
                        .ok());
        // A statement as version 1 stored it, provenance repeated in the record row.
        ASSERT_TRUE(
            db->exec("INSERT INTO exports(id, path, file_name, chain, suite, findings, blocks_imported, "
                     "blocks_skipped, txs_imported, imported_at) VALUES (1, 'a.sle', 'a.sle', 'c', "
                     "'sha256-ed25519', '[]', 1, 0, 1, '2020-01-01T00:00:00Z');"
                     "INSERT INTO blocks VALUES (0, 'h', 't', 1, '{}', '{}', 1);"
                     "INSERT INTO txs VALUES (1, 'ab', 0, 0, 'person.register', 't', '户籍系统', 'a-1', 1, "
                     "'{\"kind\":\"person.register\",\"source\":\"户籍系统\",\"actor\":\"a-1\"}');"
                     "INSERT INTO persons(seq, tx_id, height, source, actor, export_id, id, name) "
                     "VALUES (1, 'ab', 0, '户籍系统', 'a-1', 1, 'p-1', '张三')")
                .ok());
    }
    auto workspace = lj::Workspace::open(path);
    ASSERT_TRUE(workspace.ok()) << workspace.error();
    EXPECT_EQ(
        *workspace->database().queryText("SELECT name || '|' || tx_id || '|' || source FROM persons_with_tx"),
        "张三|ab|户籍系统");
    EXPECT_EQ(*workspace->database().queryInteger(
                  "SELECT count(*) FROM pragma_table_info('persons') WHERE name = 'tx_id'"),
              0);
}

TEST(WorkspaceSchema, EveryRecordColumnExists) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("schema.lianjian"));
    for (const lj::RecordTable& table : lj::recordTables()) {
        auto info = workspace.database().prepare("SELECT name FROM pragma_table_info('" + table.table + "')");
        ASSERT_TRUE(info.ok());
        std::set<std::string> columns;
        while (*(*info)->next())
            columns.insert((*info)->text(0));
        for (const std::string provenance : {"seq", "export_id", "extra"})
            EXPECT_TRUE(columns.count(provenance)) << table.table << "." << provenance;
        for (const std::string repeated : {"tx_id", "height", "source", "actor"})
            EXPECT_FALSE(columns.count(repeated)) << table.table << "." << repeated << " is the tx's";
        for (const lj::RecordColumn& column : table.columns)
            EXPECT_TRUE(columns.count(column.member)) << table.table << "." << column.member;
        auto view =
            workspace.database().queryInteger("SELECT count(*) FROM pragma_table_info('" + table.table +
                                              "_with_tx') WHERE name IN ('tx_id', 'height', 'source', "
                                              "'actor', 'seq', 'extra')");
        ASSERT_TRUE(view.ok()) << view.error();
        EXPECT_EQ(*view, 6) << table.table << "_with_tx";
    }
}

} // namespace
