// Evidence bundles (spec §8): the vectors verify as expected.json says, and bundles we cut from
// the vector exports equal the reference bundles item for item.
#include "json/json.h"
#include "ledger/evidence.h"
#include "ledger/trust_store.h"
#include "ledger/verifier.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

const std::string kSleDir = std::string(LJ_TEST_DATA_DIR) + "/sle/";

lj::json::Value expectedEvidence()
{
    auto text = lj::readSmallFile(kSleDir + "expected.json");
    auto value = lj::json::parse(*text);
    return *value->find("evidence");
}

lj::TrustStore trustFor(const lj::json::Value& entry)
{
    lj::TrustStore store;
    for (const auto& file : entry.find("trust")->asArray()) EXPECT_TRUE(store.addFile(kSleDir + file.asString()).ok());
    return store;
}

std::vector<std::string> txIdsOf(const lj::json::Value& entry)
{
    std::vector<std::string> ids;
    for (const auto& id : entry.find("tx_ids")->asArray()) ids.push_back(id.asString());
    return ids;
}

TEST(Evidence, VectorsVerifyAsExpected)
{
    const lj::json::Value vectors = expectedEvidence();
    ASSERT_GE(vectors.asObject().size(), 7u);
    for (const auto& [name, entry] : vectors.asObject()) {
        SCOPED_TRACE(name);
        auto bundle = lj::loadEvidenceFile(kSleDir + name);
        ASSERT_TRUE(bundle.ok()) << bundle.error();
        const lj::TrustStore trust = trustFor(entry);
        const lj::EvidenceReport report = lj::verifyEvidence(*bundle, &trust);

        std::vector<std::pair<std::size_t, std::string>> actual, expected;
        for (const auto& item : report.items)
            for (const auto& finding : item.findings) actual.emplace_back(item.item, lj::findingCodeName(finding.code));
        for (const auto& finding : entry.find("findings")->asArray())
            expected.emplace_back(static_cast<std::size_t>(*finding.getInt("item")), *finding.getString("code"));
        std::sort(actual.begin(), actual.end());
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(actual, expected);
        EXPECT_EQ(report.ok(), entry.find("ok")->asBool());
        EXPECT_EQ(report.trusted, std::optional<bool>(true));

        std::vector<std::string> ids;
        for (const auto& item : report.items) ids.push_back(item.txId);
        EXPECT_EQ(ids, txIdsOf(entry));
    }
}

void expectSameBundle(const std::string& exportName, const std::string& bundleName)
{
    const lj::json::Value entry = *expectedEvidence().find(bundleName);
    auto report = lj::verifyExportFile(kSleDir + exportName);
    ASSERT_TRUE(report.ok());
    auto cut = lj::collectEvidence(kSleDir + exportName, *report, txIdsOf(entry));
    ASSERT_TRUE(cut.ok()) << cut.error();
    auto reference = lj::loadEvidenceFile(kSleDir + bundleName);
    ASSERT_TRUE(reference.ok());
    ASSERT_EQ(cut->items.size(), reference->items.size());
    for (std::size_t i = 0; i < cut->items.size(); ++i) {
        EXPECT_EQ(cut->items[i].txLine, reference->items[i].txLine);
        EXPECT_EQ(cut->items[i].index, reference->items[i].index);
        EXPECT_EQ(cut->items[i].path, reference->items[i].path);
        EXPECT_EQ(cut->items[i].blockLine, reference->items[i].blockLine);
        EXPECT_EQ(cut->items[i].commitLine, reference->items[i].commitLine);
    }
    // And what we cut verifies standalone, also after a JSON round trip.
    auto reparsed = lj::evidenceFromJson(*lj::json::parse(lj::json::serialize(lj::evidenceToJson(*cut))));
    ASSERT_TRUE(reparsed.ok()) << reparsed.error();
    const lj::TrustStore trust = trustFor(entry);
    EXPECT_TRUE(lj::verifyEvidence(*reparsed, &trust).ok());
}

TEST(Evidence, CutFromTinyExportEqualsReference)
{
    expectSameBundle("valid/tiny-sha256-ed25519.sle", "evidence/tiny-ed25519.json");
}

TEST(Evidence, CutFromScenarioEqualsReference)
{
    expectSameBundle("scenario/scenario-sm3-sm2.sle", "evidence/scenario-r01-w01.json");
}

TEST(Evidence, RefusesTransactionsAfterTheVerifiedPrefix)
{
    // t01: block 2 (line 9) fails its tx_root, so its transactions are not evidence.
    const std::string file = kSleDir + "tampered/t01-tx-byte-flip.sle";
    auto report = lj::verifyExportFile(file);
    ASSERT_TRUE(report.ok());
    auto cut = lj::collectEvidence(file, *report, {"dd87b2f1a912ace7d3301dbe3c97789630e5fa5e1b27789a826b3793d11ff6b2"});
    EXPECT_FALSE(cut.ok());
    auto early = lj::collectEvidence(file, *report, {"3fec11705cee5ab3c22ce407e541090c1c2d07de49461daf0b5b29139cec3096"});
    EXPECT_TRUE(early.ok()) << early.error();
}

TEST(Evidence, UntrustedKeysAreReported)
{
    auto bundle = lj::loadEvidenceFile(kSleDir + "evidence/tiny-ed25519.json");
    ASSERT_TRUE(bundle.ok());
    lj::TrustStore other;
    ASSERT_TRUE(other.addFile(kSleDir + "trust/xc-sanzi.json").ok());
    const auto report = lj::verifyEvidence(*bundle, &other);
    EXPECT_EQ(report.trusted, std::optional<bool>(false));
    EXPECT_FALSE(report.ok());
}

TEST(Evidence, MalformedBundlesAreRefusedWithAReason)
{
    for (const char* text : {"[]", "{\"sle_evidence\":2}", "{\"sle_evidence\":1,\"chain\":\"x\"}"}) {
        auto value = lj::json::parse(text);
        ASSERT_TRUE(value.ok());
        auto bundle = lj::evidenceFromJson(*value);
        EXPECT_FALSE(bundle.ok());
        EXPECT_FALSE(bundle.ok() ? true : bundle.error().empty());
    }
}

} // namespace
