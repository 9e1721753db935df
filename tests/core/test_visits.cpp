// Field visits: the plan of a scenario village (its assets and projects, their ledger states), the
// photo checks and EXIF dates, the observation store, rule V01, and field reports between two
// workspaces (round trip, duplicates, changed photos, bad or untrusted signatures, unknown assets).
#include "crypto/keys.h"
#include "model/export_loader.h"
#include "visit_fixtures.h"
#include "visits/exif_date.h"
#include "visits/field_report.h"
#include "visits/field_report_import.h"
#include "visits/observation_store.h"
#include "visits/visit_compare.h"
#include "visits/visit_plan.h"
#include "workspace/workspace_schema.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using visit_test::jpegWithExif;

const std::string kScenario = std::string(LJ_TEST_DATA_DIR) + "/sle/scenario/scenario-sm3-sm2.sle";
const std::string kVillage = "320507004202";            // 石桥村
const std::string kIdleAsset = "as-320507004202-001";   // idle since 2020-06-01, no lease on 2020-08-31
const std::string kLeasedAsset = "as-320507101201-002"; // HT2017-0011 to f-00117 in force
const std::string kCompletedProject = "GC2016-001";     // completed (P04-3)

const lj::Dataset& scenario() {
    static const lj::Dataset data = [] {
        auto loaded = lj::loadDatasetFromExport(kScenario);
        EXPECT_TRUE(loaded.ok()) << loaded.error();
        return std::move(loaded.value());
    }();
    return data;
}

lj::Date day(const char* text) {
    return *lj::Date::parse(text);
}

class TempDir {
public:
    TempDir() {
        static int counter = 0;
        m_path = fs::temp_directory_path() /
                 ("lj-visits-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempDir() { fs::remove_all(m_path); }
    std::string operator/(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

lj::Workspace openWorkspace(const std::string& path) {
    auto workspace = lj::Workspace::open(path, lj::WorkspaceOpenMode::CreateIfMissing);
    EXPECT_TRUE(workspace.ok()) << workspace.error();
    return std::move(workspace.value());
}

lj::Observation observation(const std::string& kind, const std::string& subject, const std::string& state,
                            const char* date = "2020-08-31") {
    lj::Observation o;
    o.kind = kind;
    o.subject = subject;
    o.state = state;
    o.inspector = "巡察组 王敏";
    o.visitDate = day(date);
    return o;
}

lj::PhotoFile photo(const std::string& name, const std::string& filler) {
    auto checked = lj::checkPhoto(name, jpegWithExif("2020:08:31 09:30:00", filler));
    EXPECT_TRUE(checked.ok()) << checked.error();
    return checked.value();
}

TEST(VisitPlan, ListsExactlyTheVillagesAssetsAndProjectsWithTheirLedgerStates) {
    const lj::Dataset& data = scenario();
    auto plan = lj::buildVisitPlan(data, {kVillage, {}, {}}, day("2020-08-31"), lj::RuleSettings::defaults());
    ASSERT_TRUE(plan.ok()) << plan.error();
    std::set<std::string> expected, listed;
    for (const auto& [id, asset] : data.assets)
        if (asset.org == kVillage) expected.insert("asset:" + id);
    for (const auto& [id, project] : data.projects)
        if (project.org == kVillage) expected.insert("project:" + id);
    for (const lj::VisitItem& item : plan->items)
        EXPECT_TRUE(listed.insert(item.id()).second) << item.id();
    EXPECT_EQ(listed, expected);
    EXPECT_EQ(plan->orgName, "石桥村");
    bool sawProject = false;
    for (const lj::VisitItem& item : plan->items) {
        EXPECT_FALSE(item.questions.empty());
        sawProject |= item.state.kind == "project";
        if (item.state.subject != kIdleAsset) continue;
        EXPECT_TRUE(item.state.contract.empty());
        ASSERT_TRUE(item.state.idleSince);
        EXPECT_EQ(*item.state.idleSince, day("2020-06-01"));
        EXPECT_EQ(item.state.status, "idle");
        EXPECT_FALSE(item.state.refs.empty());
    }
    EXPECT_TRUE(sawProject);

    const auto json = lj::visitPlanJson(*plan, data);
    EXPECT_EQ(json.getString("org"), kVillage);
    EXPECT_EQ(json.find("items")->asArray().size(), plan->items.size());
}

TEST(VisitPlan, LeasedAssetShowsItsLesseeAndOverdueRent) {
    const lj::Dataset& data = scenario();
    const lj::LedgerState leased =
        lj::assetLedgerState(data, kLeasedAsset, day("2020-08-31"), lj::RuleSettings::defaults());
    EXPECT_EQ(leased.contract, "HT2017-0011");
    EXPECT_EQ(leased.lessee, "f-00117");
    EXPECT_FALSE(leased.idleSince);
    // A06-3: HT2018-0012 has overdue instalments on 2020-08-31.
    const std::string asset = data.contracts.at("HT2018-0012").asset;
    const lj::LedgerState overdue =
        lj::assetLedgerState(data, asset, day("2020-08-31"), lj::RuleSettings::defaults());
    EXPECT_GT(overdue.overdue, 0);
    EXPECT_GT(overdue.overdueAmount, 0);
}

TEST(VisitPlan, UnknownVillageOrAssetIsRefused) {
    EXPECT_FALSE(
        lj::buildVisitPlan(scenario(), {"999", {}, {}}, day("2020-08-31"), lj::RuleSettings::defaults())
            .ok());
    EXPECT_FALSE(
        lj::buildVisitPlan(scenario(), {"", {"as-nope"}, {}}, day("2020-08-31"), lj::RuleSettings::defaults())
            .ok());
}

TEST(VisitPhotos, ExifDateAndTypeChecks) {
    auto jpeg = lj::checkPhoto("a.jpg", jpegWithExif("2020:08:31 09:30:00"));
    ASSERT_TRUE(jpeg.ok()) << jpeg.error();
    EXPECT_EQ(jpeg->info.mime, "image/jpeg");
    EXPECT_EQ(jpeg->info.exifDate, "2020-08-31T09:30:00");
    EXPECT_EQ(jpeg->info.sha256.size(), 64u);
    auto png = lj::checkPhoto("b.png", visit_test::pngBytes());
    ASSERT_TRUE(png.ok());
    EXPECT_EQ(png->info.mime, "image/png");
    EXPECT_TRUE(png->info.exifDate.empty());

    auto text = lj::checkPhoto("notes.jpg", "this is not an image");
    ASSERT_FALSE(text.ok());
    EXPECT_NE(text.error().find("not a photo"), std::string::npos);
    auto huge =
        lj::checkPhoto("huge.jpg", std::string("\xFF\xD8\xFF") + std::string(lj::kMaxPhotoBytes, 'x'));
    ASSERT_FALSE(huge.ok());
    EXPECT_NE(huge.error().find("larger than"), std::string::npos);

    // Every truncation of a valid APP1 is read without going out of bounds.
    const std::string full = jpegWithExif("2021:01:02 03:04:05");
    for (std::size_t size = 0; size < full.size(); ++size)
        (void)lj::exifDateTimeOriginal(full.substr(0, size));
    EXPECT_EQ(lj::exifDateTimeOriginal(full), "2021-01-02T03:04:05");
    EXPECT_FALSE(lj::exifDateTimeOriginal(jpegWithExif("0000:00:00 00:00:00")));
}

TEST(VisitStore, SchemaIsCurrentAndObservationsAreSavedAndEdited) {
    TempDir dir;
    lj::Workspace workspace = openWorkspace(dir / "a.lianjian");
    EXPECT_EQ(*workspace.schemaVersion(), lj::currentWorkspaceSchemaVersion());
    lj::ObservationStore store(workspace);
    EXPECT_FALSE(store.record(observation("asset", kIdleAsset, "flying")).ok());
    EXPECT_FALSE(store.record(observation("project", kCompletedProject, "in_use")).ok());
    auto id = store.record(observation("asset", kIdleAsset, "idle"), {photo("p1.jpg", "one")});
    ASSERT_TRUE(id.ok()) << id.error();
    auto saved = store.find(*id);
    ASSERT_TRUE(saved.ok() && *saved);
    lj::Observation edited = **saved;
    EXPECT_EQ(edited.photos.size(), 1u);
    EXPECT_EQ(edited.photos[0].exifDate, "2020-08-31T09:30:00");
    edited.state = "in_use";
    edited.occupant = "宏达物流";
    ASSERT_TRUE(store.update(edited).ok());
    ASSERT_TRUE(store.attachPhoto(edited.id, photo("p2.jpg", "two")).ok());
    auto again = store.find(*id);
    EXPECT_EQ((*again)->state, "in_use");
    EXPECT_EQ((*again)->occupant, "宏达物流");
    EXPECT_EQ((*again)->photos.size(), 2u);
    auto bytes = store.photoBytes((*again)->photos[1].sha256);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(*bytes, jpegWithExif("2020:08:31 09:30:00", "two"));
}

TEST(VisitRuleV01, InUseOnAnIdleAssetContradictsTheLedger) {
    const lj::Dataset& data = scenario();
    const lj::RuleSettings settings = lj::RuleSettings::defaults();
    lj::Observation inUse = observation("asset", kIdleAsset, "in_use");
    inUse.id = "V-00000000000000a1";
    inUse.occupant = "宏达物流";
    lj::Observation idle = observation("asset", kIdleAsset, "idle");
    idle.id = "V-00000000000000a2";
    lj::Observation stranger = observation("asset", kLeasedAsset, "in_use");
    stranger.id = "V-00000000000000a3";
    stranger.occupant = "某某车队";
    lj::Observation lessee = observation("asset", kLeasedAsset, "in_use");
    lessee.id = "V-00000000000000a4";
    lessee.occupant = "f-00117";
    lj::Observation halfBuilt = observation("project", kCompletedProject, "unfinished");
    halfBuilt.id = "V-00000000000000a5";

    const auto findings = lj::compareObservations(data, {inUse, idle, stranger, lessee, halfBuilt}, settings);
    ASSERT_EQ(findings.size(), 3u);
    std::set<std::string> seen;
    for (const lj::RuleFinding& finding : findings) {
        EXPECT_EQ(finding.rule, "V01");
        EXPECT_EQ(finding.id, lj::makeFindingId("V01", finding.subjects));
        EXPECT_FALSE(finding.txs.empty());
        ASSERT_EQ(finding.subjects.size(), 2u);
        seen.insert(finding.subjects[1]);
        const std::string code = finding.details.find("contradictions")->asArray().at(0).asString();
        if (finding.subjects[1] == inUse.id) {
            EXPECT_EQ(code, "in_use_unleased");
        }
        if (finding.subjects[1] == stranger.id) {
            EXPECT_EQ(code, "not_lessee");
        }
        if (finding.subjects[1] == halfBuilt.id) {
            EXPECT_EQ(code, "unfinished");
        }
        EXPECT_EQ(finding.details.find("observation")->getString("id"), finding.subjects[1]);
    }
    EXPECT_EQ(seen, (std::set<std::string>{inUse.id, stranger.id, halfBuilt.id}));
    // The same observation gives the same finding id.
    EXPECT_EQ(lj::compareObservations(data, {inUse}, settings).at(0).id, lj::makeFindingId("V01", {kIdleAsset, inUse.id}));
}

class FieldReports : public ::testing::Test {
protected:
    void SetUp() override {
        lj::Workspace source = openWorkspace(m_dir / "field.lianjian");
        lj::ObservationStore store(source);
        lj::Observation o = observation("asset", kIdleAsset, "in_use");
        o.occupant = "宏达物流";
        o.notes = "厂房内停放货车 6 辆";
        auto id = store.record(o, {photo("trucks.jpg", "trucks")});
        ASSERT_TRUE(id.ok()) << id.error();
        m_id = *id;
        auto unknown = store.record(observation("asset", "as-not-in-ledger", "idle"));
        ASSERT_TRUE(unknown.ok());
        auto all = store.list();
        ASSERT_TRUE(all.ok());
        m_observations = *all;
        m_key = lj::PrivateKey::generate(lj::Suite::Sm3Sm2);
    }

    std::string writeReport(const std::string& name, const lj::PrivateKey* signer) {
        lj::Workspace source = openWorkspace(m_dir / "field.lianjian");
        lj::ObservationStore store(source);
        std::vector<lj::PhotoFile> photos;
        for (const lj::Observation& o : m_observations)
            for (const lj::VisitPhoto& cited : o.photos) {
                auto bytes = store.photoBytes(cited.sha256);
                photos.push_back(*lj::checkPhoto(cited.fileName, *bytes));
            }
        const std::string json =
            lj::fieldReportJson(scenario(), m_observations, "王敏", "2020-09-01T02:00:00Z", "xc-sanzi",
                                lj::RuleSettings::defaults());
        auto written = lj::writeFieldReport(m_dir / name, json, "%PDF-1.4 fake", photos, "王敏",
                                            "2020-09-01T02:00:00Z", signer);
        EXPECT_TRUE(written.ok()) << written.error();
        return m_dir / name;
    }

    static void overwrite(const std::string& path, const std::string& bytes) {
        std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    }

    TempDir m_dir;
    std::string m_id;
    std::vector<lj::Observation> m_observations;
    lj::PrivateKey m_key = lj::PrivateKey::generate(lj::Suite::Sha256Ed25519);
};

TEST_F(FieldReports, RoundTripBetweenTwoWorkspacesWithoutDuplicates) {
    const std::string report = writeReport("report", &m_key);
    lj::Workspace target = openWorkspace(m_dir / "office.lianjian");
    const lj::PublicKey trusted = m_key.publicKey();
    auto imported = lj::importFieldReport(target, scenario(), report, &trusted);
    ASSERT_TRUE(imported.ok()) << imported.error();
    EXPECT_EQ(imported->added, 2u);
    EXPECT_EQ(imported->trusted, true);
    EXPECT_EQ(imported->signer, m_key.publicKey().fingerprint());
    EXPECT_EQ(imported->notInLedger, std::vector<std::string>{"asset:as-not-in-ledger"});

    lj::ObservationStore store(target);
    auto found = store.find(m_id);
    ASSERT_TRUE(found.ok() && *found);
    EXPECT_EQ((*found)->origin, "imported");
    EXPECT_EQ((*found)->reportId, imported->reportId);
    EXPECT_EQ((*found)->occupant, "宏达物流");
    ASSERT_EQ((*found)->photos.size(), 1u);
    EXPECT_TRUE(store.photoBytes((*found)->photos[0].sha256).ok());
    EXPECT_FALSE(store.update(**found).ok()); // imported observations are kept as received

    auto v01 = lj::compareObservations(scenario(), *store.list(), lj::RuleSettings::defaults());
    ASSERT_EQ(v01.size(), 1u);
    EXPECT_EQ(v01[0].details.find("provenance")->getString("report"), imported->reportId);

    auto again = lj::importFieldReport(target, scenario(), report, &trusted);
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_TRUE(again->alreadyImported);
    EXPECT_EQ(again->added, 0u);
    EXPECT_EQ(*target.rowCount("visit_observations"), 2);
    EXPECT_EQ(*target.rowCount("visit_reports"), 1);
}

TEST_F(FieldReports, ChangedPhotoIsRefusedAndNothingIsWritten) {
    const std::string report = writeReport("report", &m_key);
    std::string photoPath;
    for (const auto& entry : fs::directory_iterator(report + "/photos"))
        photoPath = entry.path().string();
    overwrite(photoPath, jpegWithExif("2020:08:31 09:30:00", "no trucks"));
    lj::Workspace target = openWorkspace(m_dir / "office.lianjian");
    auto imported = lj::importFieldReport(target, scenario(), report, nullptr);
    ASSERT_FALSE(imported.ok());
    EXPECT_NE(imported.error().find("photos/"), std::string::npos) << imported.error();
    EXPECT_NE(imported.error().find("SHA-256 differs"), std::string::npos) << imported.error();
    EXPECT_EQ(*target.rowCount("visit_observations"), 0);
}

TEST_F(FieldReports, BadUntrustedOrMissingSignaturesAreRefused) {
    lj::Workspace target = openWorkspace(m_dir / "office.lianjian");
    {
        const std::string report = writeReport("changed", &m_key);
        std::ifstream in(report + "/manifest.json");
        std::string text((std::istreambuf_iterator<char>(in)), {});
        text.replace(text.find("2020-09-01T02"), 13, "2020-09-02T02");
        overwrite(report + "/manifest.json", text);
        auto imported = lj::importFieldReport(target, scenario(), report, nullptr);
        ASSERT_FALSE(imported.ok());
        EXPECT_NE(imported.error().find("signature does not match"), std::string::npos) << imported.error();
    }
    {
        const std::string report = writeReport("other-key", &m_key);
        const lj::PublicKey other = lj::PrivateKey::generate(lj::Suite::Sm3Sm2).publicKey();
        auto imported = lj::importFieldReport(target, scenario(), report, &other);
        ASSERT_FALSE(imported.ok());
        EXPECT_NE(imported.error().find("not by the trusted inspector key"), std::string::npos)
            << imported.error();
    }
    {
        const std::string report = writeReport("unsigned", nullptr);
        auto imported = lj::importFieldReport(target, scenario(), report, nullptr);
        ASSERT_FALSE(imported.ok());
        EXPECT_NE(imported.error().find("not signed"), std::string::npos) << imported.error();
    }
    EXPECT_EQ(*target.rowCount("visit_observations"), 0);
}

TEST_F(FieldReports, NonImagePhotoInAPackageIsRefused) {
    const std::string report = writeReport("report", &m_key);
    // Replace a photo and fix up nothing else: the hash check names the file.
    std::string photoPath;
    for (const auto& entry : fs::directory_iterator(report + "/photos"))
        photoPath = entry.path().string();
    overwrite(photoPath, "MZ not a picture");
    lj::Workspace target = openWorkspace(m_dir / "office.lianjian");
    auto imported = lj::importFieldReport(target, scenario(), report, nullptr);
    ASSERT_FALSE(imported.ok());
    EXPECT_NE(imported.error().find("photos/"), std::string::npos);
}

} // namespace
