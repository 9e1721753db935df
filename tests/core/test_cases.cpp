// Cases (core/cases): the state machine, creation and numbering, review, notes and drafts, the
// hash-chained audit log (verification, append-only triggers, tamper detection with the triggers
// dropped), persistence across reopening, migration from the previous schema, and cases built from
// the scenario's findings.
#include "cases/audit_log.h"
#include "cases/case_builder.h"
#include "cases/case_replay.h"
#include "cases/case_store.h"
#include "rules/rule_engine.h"
#include "workspace/workspace.h"
#include "workspace/workspace_dataset.h"
#include "workspace/workspace_import.h"
#include "workspace/workspace_schema.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using lj::CaseState;
using lj::ReviewKind;
using lj::ReviewStatus;

const std::string kScenario = std::string(LJ_TEST_DATA_DIR) + "/sle/scenario/scenario-sm3-sm2.sle";

class TempDir {
public:
    TempDir() {
        const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
        m_path = fs::temp_directory_path() / ("lj-cases-" + std::to_string(::getpid()) + "-" +
                                              (test ? std::string(test->name()) : "suite"));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempDir() { fs::remove_all(m_path); }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

lj::Workspace openWorkspace(const std::string& path) {
    auto workspace = lj::Workspace::open(path, lj::WorkspaceOpenMode::CreateIfMissing);
    EXPECT_TRUE(workspace.ok()) << workspace.error();
    return std::move(workspace.value());
}

lj::NewCase sampleCase(const std::string& title = "A03 长期租赁") {
    lj::NewCase request;
    request.title = title;
    lj::CaseFinding finding;
    finding.findingId = "A03-0123456789ab";
    finding.rule = "A03";
    finding.severity = "warning";
    finding.summary = "合同期限超过法定上限";
    finding.subjects = {"HT-1", "as-1"};
    finding.txs = {"aa", "bb"};
    request.findings.push_back(finding);
    request.entities.push_back({"as-1", "asset", "鱼塘", {}, {}});
    return request;
}

std::int64_t auditCount(lj::Workspace& workspace) {
    return *workspace.database().queryInteger("SELECT count(*) FROM audit_log");
}

TEST(CaseStateMachine, NewCanGoToEveryHandlingWayButNotBackToNew) {
    const lj::CaseStatus fresh;
    EXPECT_EQ(lj::allowedTransitions(fresh),
              (std::vector<CaseState>{CaseState::Inquiry, CaseState::Verification, CaseState::Pending,
                                      CaseState::Closed, CaseState::Filed}));
    EXPECT_FALSE(lj::checkTransition(fresh, CaseState::New).ok());
}

TEST(CaseStateMachine, APendingProposalBlocksTransitionsUntilReviewed) {
    const lj::CaseStatus pending{CaseState::Verification, ReviewStatus::Pending, "li"};
    EXPECT_TRUE(lj::allowedTransitions(pending).empty());
    const auto refused = lj::checkTransition(pending, CaseState::Filed);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().find("awaits the supervisor"), std::string::npos) << refused.error();
    EXPECT_FALSE(lj::checkReview(pending, ReviewKind::Approve, "li").ok()); // not one's own proposal
    EXPECT_TRUE(lj::checkReview(pending, ReviewKind::Approve, "wang").ok());
    EXPECT_TRUE(lj::checkReview(pending, ReviewKind::Comment, "li").ok());
}

TEST(CaseStateMachine, ApprovedClosedOrFiledIsFinal) {
    for (CaseState state : {CaseState::Closed, CaseState::Filed}) {
        const lj::CaseStatus decided{state, ReviewStatus::Approved, "li"};
        EXPECT_TRUE(lj::isFinal(decided));
        EXPECT_TRUE(lj::allowedTransitions(decided).empty());
    }
    const lj::CaseStatus approvedVerification{CaseState::Verification, ReviewStatus::Approved, "li"};
    EXPECT_EQ(lj::allowedTransitions(approvedVerification).size(), 4u);
    EXPECT_FALSE(lj::checkReview(approvedVerification, ReviewKind::Return, "wang").ok()); // nothing pending
}

TEST(CaseStateMachine, NamesRoundTripInEnglishAndChinese) {
    for (CaseState state : lj::allCaseStates()) {
        EXPECT_EQ(lj::caseStateFromName(lj::caseStateName(state)), state);
        EXPECT_EQ(lj::caseStateFromName(lj::caseStateChinese(state)), state);
    }
    EXPECT_EQ(lj::caseStateChinese(CaseState::Inquiry), "谈话函询");
    EXPECT_FALSE(lj::caseStateFromName("open").has_value());
}

TEST(CaseStore, CreatesNumberedCasesWithFindingsAndEntities) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("w.lianjian"));
    lj::CaseStore store(workspace);
    auto first = store.create(sampleCase(), "li");
    ASSERT_TRUE(first.ok()) << first.error();
    auto second = store.create(sampleCase("第二案"), "li");
    ASSERT_TRUE(second.ok()) << second.error();
    auto record = store.load(*first);
    ASSERT_TRUE(record.ok()) << record.error();
    EXPECT_EQ(record->summary.number.rfind("链鉴〔", 0), 0u) << record->summary.number;
    EXPECT_NE(record->summary.number.find("〕1号"), std::string::npos) << record->summary.number;
    EXPECT_NE(store.load(*second)->summary.number.find("〕2号"), std::string::npos);
    EXPECT_EQ(record->summary.handler, "li");
    EXPECT_EQ(record->summary.status.state, CaseState::New);
    ASSERT_EQ(record->findings.size(), 1u);
    EXPECT_EQ(record->findings[0].subjects, (std::vector<std::string>{"HT-1", "as-1"}));
    ASSERT_EQ(record->entities.size(), 1u);
    EXPECT_EQ(record->entities[0].label, "鱼塘");
    EXPECT_EQ(*store.find(record->summary.number), *first);
    EXPECT_EQ(*store.find(std::to_string(*second)), *second);
    EXPECT_FALSE(store.find("99").ok());
    EXPECT_EQ(store.list()->size(), 2u);
    EXPECT_FALSE(store.create(sampleCase(""), "li").ok());
}

TEST(CaseStore, MovesThroughStatesWithReviews) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("w.lianjian"));
    lj::CaseStore store(workspace);
    const std::int64_t id = *store.create(sampleCase(), "li");

    ASSERT_TRUE(store.changeState(id, CaseState::Verification, "li", "账实不符").ok());
    auto status = store.load(id)->summary.status;
    EXPECT_EQ(status.state, CaseState::Verification);
    EXPECT_EQ(status.review, ReviewStatus::Pending);
    const auto audited = auditCount(workspace);
    const auto refused = store.changeState(id, CaseState::Filed, "li");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().find("awaits the supervisor"), std::string::npos) << refused.error();
    EXPECT_EQ(auditCount(workspace), audited); // a refusal writes nothing
    EXPECT_FALSE(store.review(id, ReviewKind::Approve, "", "li").ok());

    ASSERT_TRUE(store.review(id, ReviewKind::Approve, "同意初核", "wang").ok());
    EXPECT_EQ(store.load(id)->summary.status.review, ReviewStatus::Approved);

    ASSERT_TRUE(store.changeState(id, CaseState::Filed, "li").ok());
    ASSERT_TRUE(store.review(id, ReviewKind::Return, "证据不足，继续核实", "wang").ok());
    auto record = store.load(id);
    EXPECT_EQ(record->summary.status.state, CaseState::Verification); // back to the handler
    EXPECT_EQ(record->summary.status.review, ReviewStatus::Returned);

    ASSERT_TRUE(store.review(id, ReviewKind::Comment, "注意时限", "zhao").ok());
    ASSERT_TRUE(store.changeState(id, CaseState::Closed, "li").ok());
    ASSERT_TRUE(store.review(id, ReviewKind::Approve, "", "wang").ok());
    record = store.load(id);
    EXPECT_TRUE(lj::isFinal(record->summary.status));
    EXPECT_FALSE(store.changeState(id, CaseState::Pending, "li").ok());
    ASSERT_EQ(record->reviews.size(), 4u);
    EXPECT_EQ(record->reviews[1].kind, ReviewKind::Return);
    EXPECT_EQ(record->reviews[1].state, CaseState::Filed);

    auto trail = store.audit(id);
    ASSERT_TRUE(trail.ok());
    std::vector<std::string> actions;
    for (const auto& entry : *trail)
        actions.push_back(entry.action);
    EXPECT_EQ(actions, (std::vector<std::string>{"case.create", "case.state", "case.review", "case.state",
                                                 "case.review", "case.review", "case.state", "case.review"}));
    EXPECT_EQ(trail->at(1).user, "li");
    EXPECT_EQ(trail->at(2).user, "wang");
}

TEST(CaseStore, NotesKeepEveryVersionAndDraftsAreSeparate) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("w.lianjian"));
    lj::CaseStore store(workspace);
    const std::int64_t id = *store.create(sampleCase(), "li");
    EXPECT_EQ(*store.saveNote(id, "", "li"), 0); // nothing to save
    EXPECT_EQ(*store.saveNote(id, "第一稿", "li"), 1);
    EXPECT_EQ(*store.saveNote(id, "第一稿", "li"), 1); // unchanged: no new version
    ASSERT_TRUE(store.saveDraft(id, "第二稿（未保存）", "li").ok());
    EXPECT_EQ((*store.draft(id))->text, "第二稿（未保存）");
    EXPECT_EQ(store.load(id)->note.text, "第一稿");
    EXPECT_EQ(*store.saveNote(id, "第二稿", "li"), 2);
    EXPECT_FALSE(store.draft(id)->has_value()); // saving discards the draft
    const auto history = store.noteHistory(id);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ(history->at(0).text, "第一稿");
    ASSERT_TRUE(store.saveDraft(id, "x", "li").ok());
    ASSERT_TRUE(store.discardDraft(id).ok());
    EXPECT_FALSE(store.draft(id)->has_value());
    // Note versions are append-only.
    EXPECT_FALSE(workspace.database().exec("UPDATE case_notes SET text = 'forged'").ok());
    EXPECT_FALSE(workspace.database().exec("DELETE FROM case_notes").ok());
}

TEST(CaseStore, SnapshotsAndMembershipChangesAreAudited) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("w.lianjian"));
    lj::CaseStore store(workspace);
    const std::int64_t id = *store.create(sampleCase(), "li");
    const std::string png("\x89PNG\r\n\x1a\n\0\0binary", 16);
    auto snapshot = store.addSnapshot(id, {0, "graph", "p-1", "png", png, {}, {}, {}}, "li");
    ASSERT_TRUE(snapshot.ok()) << snapshot.error();
    EXPECT_EQ(*store.snapshotData(*snapshot), png);
    EXPECT_FALSE(store.addSnapshot(id, {0, "video", "p-1", "png", png, {}, {}, {}}, "li").ok());
    ASSERT_TRUE(store.removeFinding(id, "A03-0123456789ab", "li").ok());
    EXPECT_FALSE(store.removeFinding(id, "A03-0123456789ab", "li").ok());
    ASSERT_TRUE(store.addEntity(id, {"p-1", "person", "张三", {}, {}}, "li").ok());
    ASSERT_TRUE(store.removeEntity(id, "as-1", "li").ok());
    ASSERT_TRUE(store.setTitle(id, "新标题", "li").ok());
    ASSERT_TRUE(store.setHandler(id, "zhou", "li").ok());
    const auto record = store.load(id);
    EXPECT_TRUE(record->findings.empty());
    EXPECT_EQ(record->summary.title, "新标题");
    EXPECT_EQ(record->summary.handler, "zhou");
    EXPECT_EQ(record->snapshots.size(), 1u);
    EXPECT_EQ(auditCount(workspace), 7);
    EXPECT_TRUE(lj::verifyAuditLog(workspace)->intact);
}

TEST(AuditLog, ChainVerifiesAndIsAppendOnly) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("w.lianjian"));
    lj::CaseStore store(workspace);
    const std::int64_t id = *store.create(sampleCase(), "li");
    ASSERT_TRUE(store.changeState(id, CaseState::Inquiry, "li").ok());
    ASSERT_TRUE(store.saveNote(id, "谈话记录", "li").ok());
    auto verification = lj::verifyAuditLog(workspace);
    ASSERT_TRUE(verification.ok()) << verification.error();
    EXPECT_TRUE(verification->intact) << verification->problem;
    EXPECT_EQ(verification->entries, 3);
    EXPECT_EQ(verification->algorithm, "SHA-256");
    const auto entries = *lj::readAuditLog(workspace);
    EXPECT_EQ(entries[0].prevHash, lj::kAuditGenesisHash);
    EXPECT_EQ(entries[1].prevHash, entries[0].hash);
    EXPECT_EQ(entries[2].hash, lj::auditEntryHash(lj::HashAlgo::Sha256, entries[2]));

    const auto update = workspace.database().exec("UPDATE audit_log SET user = 'x' WHERE seq = 1");
    ASSERT_FALSE(update.ok());
    EXPECT_NE(update.error().find("append-only"), std::string::npos) << update.error();
    EXPECT_FALSE(workspace.database().exec("DELETE FROM audit_log WHERE seq = 3").ok());
    EXPECT_EQ(auditCount(workspace), 3);
}

// Someone with SQLite at hand drops the triggers and edits the log: verification names the entry.
TEST(AuditLog, TamperingIsDetectedAtTheFirstBrokenEntry) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("w.lianjian"));
    lj::CaseStore store(workspace);
    const std::int64_t id = *store.create(sampleCase(), "li");
    ASSERT_TRUE(store.changeState(id, CaseState::Closed, "li").ok());
    ASSERT_TRUE(store.review(id, ReviewKind::Approve, "同意了结", "wang").ok());
    ASSERT_TRUE(store.saveNote(id, "了结说明", "li").ok());
    auto& db = workspace.database();
    ASSERT_TRUE(
        db.exec("DROP TRIGGER audit_log_append_only_update; DROP TRIGGER audit_log_append_only_delete").ok());

    ASSERT_TRUE(db.exec("UPDATE audit_log SET user = 'li' WHERE seq = 3").ok()); // who approved, forged
    auto verification = lj::verifyAuditLog(workspace);
    ASSERT_TRUE(verification.ok());
    EXPECT_FALSE(verification->intact);
    EXPECT_EQ(verification->firstBroken, 3);
    EXPECT_NE(verification->problem.find("entry 3"), std::string::npos) << verification->problem;
    ASSERT_TRUE(db.exec("UPDATE audit_log SET user = 'wang' WHERE seq = 3").ok());
    EXPECT_TRUE(lj::verifyAuditLog(workspace)->intact);

    // Recomputing the edited entry's own hash does not help: the next entry's prev_hash differs.
    auto entries = *lj::readAuditLog(workspace);
    entries[1].detail = R"({"from":"new","reason":"","to":"filed"})";
    const std::string forged = lj::auditEntryHash(lj::HashAlgo::Sha256, entries[1]);
    auto update = db.prepare("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 2");
    (*update)->bind(1, entries[1].detail).bind(2, forged);
    ASSERT_TRUE((*update)->run().ok());
    EXPECT_EQ(lj::verifyAuditLog(workspace)->firstBroken, 3);

    // A deleted entry leaves a gap.
    TempDir other;
    auto second = openWorkspace(other.file("w2.lianjian"));
    lj::CaseStore secondStore(second);
    const std::int64_t secondId = *secondStore.create(sampleCase(), "li");
    ASSERT_TRUE(secondStore.saveNote(secondId, "a", "li").ok());
    ASSERT_TRUE(secondStore.saveNote(secondId, "b", "li").ok());
    ASSERT_TRUE(second.database().exec("DROP TRIGGER audit_log_append_only_delete").ok());
    ASSERT_TRUE(second.database().exec("DELETE FROM audit_log WHERE seq = 2").ok());
    EXPECT_EQ(lj::verifyAuditLog(second)->firstBroken, 3);
}

// The chain is intact, but the data was changed behind its back: replaying the trail finds it.
TEST(AuditLog, TablesEditedBehindTheTrailAreFound) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("w.lianjian"));
    lj::CaseStore store(workspace);
    const std::int64_t id = *store.create(sampleCase(), "li");
    ASSERT_TRUE(store.changeState(id, CaseState::Verification, "li").ok());
    ASSERT_TRUE(store.review(id, ReviewKind::Return, "补充材料", "wang").ok());
    ASSERT_TRUE(store.saveNote(id, "原始记录", "li").ok());
    ASSERT_TRUE(store.addEntity(id, {"p-9", "person", "李四", {}, {}}, "li").ok());
    ASSERT_TRUE(store.removeFinding(id, "A03-0123456789ab", "li").ok());
    auto problems = lj::compareCasesWithAudit(workspace);
    ASSERT_TRUE(problems.ok()) << problems.error();
    EXPECT_TRUE(problems->empty()) << problems->front();

    auto& db = workspace.database();
    ASSERT_TRUE(db.exec("UPDATE cases SET state = 'closed', review = 'approved'").ok());
    ASSERT_TRUE(db.exec("DROP TRIGGER case_notes_append_only_update").ok());
    ASSERT_TRUE(db.exec("UPDATE case_notes SET text = '改过的记录'").ok());
    problems = lj::compareCasesWithAudit(workspace);
    ASSERT_EQ(problems->size(), 2u);
    EXPECT_NE(problems->at(0).find("state is \"closed\", the audit trail says \"new\""), std::string::npos)
        << problems->at(0);
    EXPECT_NE(problems->at(1).find("note version 1 differs"), std::string::npos) << problems->at(1);
    EXPECT_TRUE(lj::verifyAuditLog(workspace)->intact); // the chain itself was not touched
}

TEST(AuditLog, UsesSm3ForAnSm3Sm2WorkspaceAndKeepsItsAlgorithm) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("w.lianjian"));
    ASSERT_TRUE(workspace.setMeta("suite", "sm3-sm2").ok());
    lj::CaseStore store(workspace);
    const std::int64_t id = *store.create(sampleCase(), "li");
    const auto entries = *lj::readAuditLog(workspace);
    EXPECT_EQ(entries[0].hash, lj::auditEntryHash(lj::HashAlgo::Sm3, entries[0]));
    EXPECT_NE(entries[0].hash, lj::auditEntryHash(lj::HashAlgo::Sha256, entries[0]));
    ASSERT_TRUE(workspace.setMeta("suite", "sha256-ed25519").ok()); // cannot switch the chain's algorithm
    ASSERT_TRUE(store.saveNote(id, "x", "li").ok());
    const auto verification = lj::verifyAuditLog(workspace);
    EXPECT_TRUE(verification->intact) << verification->problem;
    EXPECT_EQ(verification->algorithm, "SM3");
}

TEST(CaseStore, EverythingSurvivesReopening) {
    TempDir dir;
    const std::string path = dir.file("w.lianjian");
    std::int64_t id = 0;
    {
        auto workspace = openWorkspace(path);
        lj::CaseStore store(workspace);
        id = *store.create(sampleCase(), "li");
        ASSERT_TRUE(store.changeState(id, CaseState::Pending, "li").ok());
        ASSERT_TRUE(store.saveNote(id, "暂存理由", "li").ok());
        ASSERT_TRUE(store.saveDraft(id, "暂存理由，补充", "li").ok());
    }
    auto workspace = openWorkspace(path);
    lj::CaseStore store(workspace);
    const auto record = store.load(id);
    ASSERT_TRUE(record.ok()) << record.error();
    EXPECT_EQ(record->summary.status.state, CaseState::Pending);
    EXPECT_EQ(record->note.text, "暂存理由");
    EXPECT_EQ((*store.draft(id))->text, "暂存理由，补充");
    EXPECT_TRUE(lj::verifyAuditLog(workspace)->intact);
    EXPECT_EQ(lj::verifyAuditLog(workspace)->entries, 3);
}

TEST(CaseStore, AWorkspaceOfThePreviousSchemaGainsTheCaseTables) {
    TempDir dir;
    const std::string path = dir.file("old.lianjian");
    const auto& migrations = lj::workspaceMigrations();
    ASSERT_GE(migrations.size(), 2u);
    const int previous = migrations[migrations.size() - 2].version;
    {
        auto db = lj::sql::Database::open(path, lj::sql::OpenFlags::ReadWriteCreate);
        ASSERT_TRUE(db.ok());
        for (const auto& migration : migrations) {
            if (migration.version > previous) continue;
            ASSERT_TRUE(db->exec(migration.sql).ok()) << migration.version;
        }
        ASSERT_TRUE(db->exec("PRAGMA user_version = " + std::to_string(previous) +
                             "; PRAGMA application_id = " + std::to_string(lj::kWorkspaceApplicationId))
                        .ok());
    }
    auto workspace = lj::Workspace::open(path);
    ASSERT_TRUE(workspace.ok()) << workspace.error();
    EXPECT_EQ(*workspace->schemaVersion(), lj::currentWorkspaceSchemaVersion());
    lj::CaseStore store(*workspace);
    const auto id = store.create(sampleCase(), "li");
    ASSERT_TRUE(id.ok()) << id.error();
    EXPECT_TRUE(lj::verifyAuditLog(*workspace)->intact);
}

TEST(CaseBuilder, ACaseFromTheScenarioKeepsFindingsEntitiesAndTimelines) {
    TempDir dir;
    auto workspace = openWorkspace(dir.file("scenario.lianjian"));
    auto imported = lj::importExport(workspace, kScenario);
    ASSERT_TRUE(imported.ok()) << imported.error();
    auto data = lj::loadDataset(workspace);
    ASSERT_TRUE(data.ok()) << data.error();
    const lj::Date asOf = *data->lastBlockDate;
    const auto findings = lj::evaluateRules(*data, lj::RuleSettings::defaults(), asOf, {"A03"});
    ASSERT_FALSE(findings.empty());
    const std::vector<lj::RuleFinding> chosen = {findings.front()};
    const lj::NewCase request = lj::buildNewCase(*data, chosen, asOf, lj::RuleSettings::defaults(), "");
    EXPECT_EQ(request.title.rfind("A03 ", 0), 0u) << request.title;
    ASSERT_EQ(request.findings.size(), 1u);
    EXPECT_EQ(request.findings[0].findingId, findings.front().id);
    EXPECT_FALSE(request.entities.empty());
    bool anAsset = false;
    for (const auto& entity : request.entities)
        anAsset = anAsset || entity.kind == "asset";
    EXPECT_TRUE(anAsset);
    ASSERT_FALSE(request.snapshots.empty());
    EXPECT_EQ(request.snapshots[0].kind, "timeline");

    lj::CaseStore store(workspace);
    const auto id = store.create(request, "li");
    ASSERT_TRUE(id.ok()) << id.error();
    const auto record = store.load(*id);
    ASSERT_EQ(record->snapshots.size(), request.snapshots.size());
    auto timeline = lj::json::parse(*store.snapshotData(record->snapshots[0].id));
    ASSERT_TRUE(timeline.ok());
    EXPECT_EQ(timeline->getString("asset"), record->snapshots[0].subject);
    auto snapshot = lj::json::parse(record->findings[0].snapshot);
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot->getString("id"), findings.front().id);
    // SM3 workspace: the audit chain uses SM3.
    EXPECT_EQ(lj::verifyAuditLog(workspace)->algorithm, "SM3");
}

} // namespace
