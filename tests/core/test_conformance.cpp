// SLE v1 conformance: every vector of tests/data/sle/expected.json yields exactly its expected
// findings (as a multiset of code and line), counts, verified prefix and block hashes; every pair
// its continuity relation. Single-threaded and threaded pipelines must agree.
#include "ledger/continuity.h"
#include "ledger/trust_store.h"
#include "ledger/verifier.h"
#include "util/encoding.h"

#include "json/json.h"
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <zlib.h>

namespace {

const std::string kSleDir = std::string(LJ_TEST_DATA_DIR) + "/sle/";

lj::json::Value loadExpected() {
    auto text = lj::readSmallFile(kSleDir + "expected.json");
    EXPECT_TRUE(text.ok());
    auto value = lj::json::parse(*text);
    EXPECT_TRUE(value.ok()) << value.error();
    return *value;
}

const lj::json::Value& expected() {
    static const lj::json::Value value = loadExpected();
    return value;
}

lj::TrustStore trustFor(const lj::json::Value& entry) {
    lj::TrustStore store;
    for (const auto& file : entry.find("trust")->asArray()) {
        auto status = store.addFile(kSleDir + file.asString());
        EXPECT_TRUE(status.ok()) << status.error();
    }
    return store;
}

using CodeLine = std::pair<std::string, std::uint64_t>;

std::vector<CodeLine> expectedFindings(const lj::json::Value& entry) {
    std::vector<CodeLine> result;
    for (const auto& f : entry.find("findings")->asArray())
        result.emplace_back(*f.getString("code"), static_cast<std::uint64_t>(*f.getInt("line")));
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<CodeLine> actualFindings(const lj::VerifyReport& report) {
    std::vector<CodeLine> result;
    for (const auto& f : report.findings)
        result.emplace_back(std::string(lj::findingCodeName(f.code)), f.line);
    std::sort(result.begin(), result.end());
    return result;
}

void checkReport(const std::string& name, const lj::json::Value& entry, const lj::VerifyReport& report) {
    SCOPED_TRACE(name);
    EXPECT_EQ(actualFindings(report), expectedFindings(entry));
    EXPECT_EQ(report.blocks, static_cast<std::uint64_t>(*entry.getInt("blocks")));
    EXPECT_EQ(report.txs, static_cast<std::uint64_t>(*entry.getInt("txs")));
    EXPECT_EQ(report.lines, static_cast<std::uint64_t>(*entry.getInt("lines")));
    EXPECT_EQ(report.hasEnd, entry.find("end")->asBool());
    EXPECT_EQ(report.verifiedBlocks, static_cast<std::uint64_t>(*entry.getInt("verified_blocks")));
    EXPECT_EQ(report.verifiedTxs, static_cast<std::uint64_t>(*entry.getInt("verified_txs")));
    EXPECT_FALSE(report.cancelled);
    if (const auto* hashes = entry.find("block_hashes")) {
        for (const auto& [height, hash] : hashes->asObject()) {
            const auto* block = report.verifiedBlockAt(std::stoll(height));
            if (block) EXPECT_EQ(lj::toHex(block->hash), hash.asString()) << "height " << height;
        }
    }
    const bool untrusted =
        std::any_of(report.findings.begin(), report.findings.end(),
                    [](const lj::Finding& f) { return f.code == lj::FindingCode::Untrusted; });
    ASSERT_TRUE(report.trusted.has_value());
    if (report.header) EXPECT_EQ(*report.trusted, !untrusted);
}

class Conformance : public ::testing::TestWithParam<std::string> {};

TEST_P(Conformance, MatchesExpectedFindings) {
    const std::string name = GetParam();
    const auto& entry = *expected().find("files")->find(name);
    const lj::TrustStore trust = trustFor(entry);
    for (int threads : {1, 3}) {
        lj::VerifyOptions options;
        options.trust = &trust;
        options.threads = threads;
        auto report = lj::verifyExportFile(kSleDir + name, options);
        ASSERT_TRUE(report.ok()) << report.error();
        checkReport(name + " threads=" + std::to_string(threads), entry, *report);
    }
}

std::vector<std::string> vectorNames() {
    std::vector<std::string> names;
    for (const auto& [name, entry] : expected().find("files")->asObject())
        names.push_back(name);
    return names;
}

std::string testName(const ::testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(Vectors, Conformance, ::testing::ValuesIn(vectorNames()), testName);

TEST(ConformanceExtra, GzipVectorAlsoVerifiesWhenDecompressed) {
    const std::string name = "tampered/t34-long-line-20mb.sle.gz";
    const auto& entry = *expected().find("files")->find(name);
    const auto out = std::filesystem::temp_directory_path() / "lj-t34-long-line.sle";
    gzFile in = gzopen((kSleDir + name).c_str(), "rb");
    ASSERT_NE(in, nullptr);
    std::ofstream file(out, std::ios::binary);
    char buffer[1 << 16];
    int n;
    while ((n = gzread(in, buffer, sizeof buffer)) > 0)
        file.write(buffer, n);
    gzclose(in);
    file.close();
    EXPECT_EQ(std::filesystem::file_size(out),
              static_cast<std::uintmax_t>(*entry.getInt("decompressed_bytes")));
    const lj::TrustStore trust = trustFor(entry);
    lj::VerifyOptions options;
    options.trust = &trust;
    auto report = lj::verifyExportFile(out.string(), options);
    std::filesystem::remove(out);
    ASSERT_TRUE(report.ok()) << report.error();
    checkReport(name + " (decompressed)", entry, *report);
}

TEST(ConformanceExtra, WithoutTrustStoreNoTrustVerdict) {
    auto report = lj::verifyExportFile(kSleDir + "tampered/t35-untrusted-keys.sle");
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->trusted.has_value());
    EXPECT_TRUE(report->findings.empty());
}

TEST(ConformanceExtra, PairsHaveTheirExpectedRelation) {
    const auto& pairs = expected().find("pairs")->asArray();
    ASSERT_FALSE(pairs.empty());
    for (const auto& pair : pairs) {
        const std::string a = *pair.getString("a");
        const std::string b = *pair.getString("b");
        SCOPED_TRACE(a + " vs " + b);
        auto ra = lj::verifyExportFile(kSleDir + a);
        auto rb = lj::verifyExportFile(kSleDir + b);
        ASSERT_TRUE(ra.ok() && rb.ok());
        const auto result = lj::compareExports(*ra, *rb);
        EXPECT_EQ(lj::relationName(result.relation), *pair.getString("relation"));
        if (result.relation == lj::ExportRelation::Fork) {
            EXPECT_EQ(result.forkHeight, *pair.getInt("fork_height"));
            EXPECT_EQ(result.hashA, *pair.getString("hash_a"));
            EXPECT_EQ(result.hashB, *pair.getString("hash_b"));
        }
        if (const auto* overlap = pair.find("overlap")) {
            ASSERT_TRUE(result.overlap.has_value());
            EXPECT_EQ(result.overlap->first, *overlap->asArray()[0].asInt64());
            EXPECT_EQ(result.overlap->second, *overlap->asArray()[1].asInt64());
        }
    }
}

} // namespace
