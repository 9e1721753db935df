// ExportWriter and key files: what the writer produces verifies cleanly in every suite, continues
// and forks are recognised, and no single flipped bit or truncation of a written export passes
// verification unnoticed.
#include "crypto/key_files.h"
#include "ledger/continuity.h"
#include "ledger/export_writer.h"
#include "ledger/trust_store.h"
#include "ledger/verifier.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using lj::json::Value;

// A fresh directory per test, removed afterwards.
class TempDir {
public:
    TempDir()
        : TempDir(currentTestName()) {}
    explicit TempDir(std::string name) {
        for (char& c : name)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') c = '_';
        m_path = fs::temp_directory_path() / ("lj-writer-" + name + "-" + std::to_string(::getpid()));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempDir() { fs::remove_all(m_path); }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    static std::string currentTestName() {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        return std::string(info->test_suite_name()) + "-" + info->name();
    }

    fs::path m_path;
};

std::vector<lj::SigningValidator> makeValidators(lj::Suite suite) {
    const std::pair<const char*, const char*> members[] = {{"jw", "相城区纪委监委"},
                                                           {"ny", "相城区农业农村局"},
                                                           {"bq", "北桥街道财政与资产管理局"},
                                                           {"wt", "望亭镇财政与资产管理局"}};
    std::vector<lj::SigningValidator> validators;
    for (const auto& [id, org] : members)
        validators.push_back({id, org, lj::PrivateKey::generate(suite)});
    return validators;
}

lj::ExportWriterOptions makeOptions(lj::Suite suite, std::vector<lj::SigningValidator> validators) {
    lj::ExportWriterOptions options;
    options.chain = "xc-sanzi-test";
    options.chainName = "相城区“三资”监管链（测试）";
    options.suite = suite;
    options.validators = std::move(validators);
    options.quorum = 3;
    options.exporter = "jw";
    options.exportedAt = "2020-09-01T08:00:00+08:00";
    return options;
}

std::string blockTime(std::int64_t height) {
    return "2020-07-" + std::string(height < 9 ? "0" : "") + std::to_string(height + 1) + "T10:00:00+08:00";
}

// Varied lines with Chinese names and addresses; `variant` changes their content.
std::vector<std::string> makeTxLines(std::int64_t height, int count, int variant = 0) {
    std::vector<std::string> lines;
    for (int i = 0; i < count; ++i) {
        const std::string id =
            "p-" + std::to_string(height) + "-" + std::to_string(i) + "-" + std::to_string(variant);
        const Value body =
            Value::object()
                .set("id", Value::string(id))
                .set("name", Value::string(i % 2 ? "王秀英" : "张伟"))
                .set("org", Value::string("320507004201"))
                .set("address", Value::string("苏州市相城区北桥街道灵峰村" + std::to_string(i) + "组"))
                .set("note", Value::string("引号\"与反斜杠\\"));
        lines.push_back(lj::makeTxLine("person.register", blockTime(height), "民政系统", "a-0042", body));
    }
    return lines;
}

// What the writer reported, block by block.
struct Written {
    std::vector<lj::Hash32> blockHashes;
    std::vector<std::uint64_t> commitLines;
    std::vector<std::string> txIds;
};

void recordInto(lj::ExportWriterOptions& options, Written& written) {
    options.onBlock = [&written](const lj::WrittenBlock& block) {
        written.blockHashes.push_back(block.hash);
        written.commitLines.push_back(block.blockLineNumber + block.txLines.size() + 1);
        for (const lj::Hash32& leaf : block.leaves)
            written.txIds.push_back(lj::toHex(leaf));
    };
}

// Writes one block per entry of `txCounts`; `variantAt` changes the content of that height only.
std::unique_ptr<lj::ExportWriter> writeExport(const std::string& path, lj::ExportWriterOptions options,
                                              const std::vector<int>& txCounts, std::int64_t variantAt = -1) {
    auto writer = lj::ExportWriter::create(path, std::move(options));
    EXPECT_TRUE(writer.ok()) << writer.error();
    if (!writer) return nullptr;
    for (int count : txCounts) {
        const std::int64_t height = (*writer)->nextHeight();
        const auto lines = makeTxLines(height, count, height == variantAt ? 1 : 0);
        const auto status = (*writer)->appendBlock(blockTime(height), lines, "ny");
        EXPECT_TRUE(status.ok()) << status.error();
    }
    const auto status = (*writer)->finish();
    EXPECT_TRUE(status.ok()) << status.error();
    return std::move(writer).value();
}

lj::VerifyReport verify(const std::string& path, const lj::TrustStore* trust, int threads = 3) {
    lj::VerifyOptions options;
    options.trust = trust;
    options.threads = threads;
    auto report = lj::verifyExportFile(path, options);
    EXPECT_TRUE(report.ok()) << report.error();
    return report.ok() ? std::move(report).value() : lj::VerifyReport{};
}

std::string describe(const lj::VerifyReport& report) {
    std::string text;
    for (const auto& finding : report.findings)
        text += std::string(lj::findingCodeName(finding.code)) + "@" + std::to_string(finding.line) + " " +
                finding.message + "\n";
    return text;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::vector<int> kTxCounts = {1, 2, 0, 3, 5, 8, 17};

class ExportWriterSuites : public ::testing::TestWithParam<lj::Suite> {};

TEST_P(ExportWriterSuites, WrittenExportVerifiesCleanAndTrusted) {
    TempDir dir;
    auto options = makeOptions(GetParam(), makeValidators(GetParam()));
    Written written;
    recordInto(options, written);
    const auto consortiumPath = dir.file("consortium.json");
    ASSERT_TRUE(lj::writeConsortiumFile(consortiumPath, lj::consortiumOf(options)).ok());
    const auto path = dir.file("export.sle");
    auto writer = writeExport(path, options, kTxCounts);
    ASSERT_TRUE(writer);
    EXPECT_EQ(writer->blocksWritten(), kTxCounts.size());
    EXPECT_EQ(writer->txsWritten(), 36u);
    EXPECT_EQ(writer->bytesWritten(), fs::file_size(path));

    lj::TrustStore trust;
    ASSERT_TRUE(trust.addFile(consortiumPath).ok());
    for (int threads : {1, 3}) {
        SCOPED_TRACE("threads=" + std::to_string(threads));
        const auto report = verify(path, &trust, threads);
        EXPECT_TRUE(report.clean()) << describe(report);
        EXPECT_EQ(report.trusted, std::optional<bool>(true));
        EXPECT_TRUE(report.hasEnd);
        EXPECT_EQ(report.verifiedBlocks, kTxCounts.size());
        EXPECT_EQ(report.verifiedTxs, 36u);
        EXPECT_EQ(report.verifiedThrough, std::optional<std::int64_t>(6));
        ASSERT_EQ(report.blockList.size(), written.blockHashes.size());
        for (std::size_t i = 0; i < written.blockHashes.size(); ++i)
            EXPECT_EQ(report.blockList[i].hash, written.blockHashes[i]);
    }
    EXPECT_EQ(writer->lastBlockHash(), written.blockHashes.back());
    ASSERT_EQ(written.txIds.size(), 36u);
    // The tx id of the first tx line (line 3) is H(0x00 ‖ its bytes).
    std::istringstream lines(readFile(path));
    std::string line;
    for (int i = 0; i < 3; ++i)
        std::getline(lines, line);
    lj::Hasher hasher(lj::hashAlgoOf(GetParam()));
    EXPECT_EQ(lj::toHex(hasher.leaf(line)), written.txIds.front());
}

TEST_P(ExportWriterSuites, FewerSignersThanQuorumGiveQuorumOnEveryCommit) {
    TempDir dir;
    auto options = makeOptions(GetParam(), makeValidators(GetParam()));
    options.signersPerBlock = 2;
    Written written;
    recordInto(options, written);
    const auto path = dir.file("short.sle");
    ASSERT_TRUE(writeExport(path, options, {3, 0, 1}));
    const auto report = verify(path, nullptr);
    std::vector<std::uint64_t> quorumLines;
    for (const auto& finding : report.findings) {
        EXPECT_EQ(finding.code, lj::FindingCode::Quorum) << describe(report);
        quorumLines.push_back(finding.line);
    }
    EXPECT_EQ(quorumLines, written.commitLines);
    EXPECT_EQ(report.verifiedBlocks, 0u);
}

std::string suiteTestName(const ::testing::TestParamInfo<lj::Suite>& param) {
    std::string name(lj::suiteName(param.param));
    for (char& c : name)
        if (c == '-') c = '_';
    return name;
}

const auto kAllSuites = ::testing::Values(lj::Suite::Sha256Ed25519, lj::Suite::Sha256P256, lj::Suite::Sm3Sm2);

INSTANTIATE_TEST_SUITE_P(AllSuites, ExportWriterSuites, kAllSuites, suiteTestName);

TEST(ExportWriter, ContinuationIsRecognised) {
    TempDir dir;
    auto options = makeOptions(lj::Suite::Sha256Ed25519, makeValidators(lj::Suite::Sha256Ed25519));
    auto first = writeExport(dir.file("a.sle"), options, {2, 1, 3});
    ASSERT_TRUE(first);
    options.from = first->nextHeight();
    options.prev = lj::toHex(first->lastBlockHash());
    options.exportedAt = "2020-10-01T08:00:00+08:00";
    ASSERT_TRUE(writeExport(dir.file("b.sle"), options, {4, 0, 1}));

    lj::TrustStore trust;
    trust.add(lj::consortiumOf(options));
    const auto a = verify(dir.file("a.sle"), &trust);
    const auto b = verify(dir.file("b.sle"), &trust);
    EXPECT_TRUE(a.clean()) << describe(a);
    EXPECT_TRUE(b.clean()) << describe(b);
    EXPECT_EQ(b.verifiedThrough, std::optional<std::int64_t>(5));
    EXPECT_EQ(lj::compareExports(a, b).relation, lj::ExportRelation::BContinuesA);
    EXPECT_EQ(lj::compareExports(b, a).relation, lj::ExportRelation::AContinuesB);
}

TEST(ExportWriter, RewriteUnderOtherKeysIsAFork) {
    TempDir dir;
    const auto suite = lj::Suite::Sha256Ed25519;
    auto honest = makeOptions(suite, makeValidators(suite));
    Written honestBlocks;
    recordInto(honest, honestBlocks);
    ASSERT_TRUE(writeExport(dir.file("honest.sle"), honest, {2, 3, 1, 2}));
    // Same chain, same history up to height 2, which is rewritten and signed by other keys.
    auto rewritten = makeOptions(suite, makeValidators(suite));
    Written rewrittenBlocks;
    recordInto(rewritten, rewrittenBlocks);
    ASSERT_TRUE(writeExport(dir.file("rewritten.sle"), rewritten, {2, 3, 1, 2}, 2));

    lj::TrustStore trust;
    trust.add(lj::consortiumOf(honest));
    const auto a = verify(dir.file("honest.sle"), &trust);
    const auto b = verify(dir.file("rewritten.sle"), &trust);
    EXPECT_TRUE(a.clean()) << describe(a);
    // Internally consistent, but signed by keys the workstation does not trust.
    ASSERT_EQ(b.findings.size(), 1u) << describe(b);
    EXPECT_EQ(b.findings[0].code, lj::FindingCode::Untrusted);
    EXPECT_EQ(b.trusted, std::optional<bool>(false));
    EXPECT_EQ(b.verifiedBlocks, 4u);

    const auto result = lj::compareExports(a, b);
    EXPECT_EQ(result.relation, lj::ExportRelation::Fork);
    EXPECT_EQ(result.forkHeight, 2);
    EXPECT_EQ(result.hashA, lj::toHex(honestBlocks.blockHashes[2]));
    EXPECT_EQ(result.hashB, lj::toHex(rewrittenBlocks.blockHashes[2]));
    EXPECT_EQ(honestBlocks.blockHashes[1], rewrittenBlocks.blockHashes[1]);
}

TEST(ExportWriter, UnfinishedExportIsTruncated) {
    TempDir dir;
    auto options = makeOptions(lj::Suite::Sha256Ed25519, makeValidators(lj::Suite::Sha256Ed25519));
    {
        auto writer = lj::ExportWriter::create(dir.file("cut.sle"), options);
        ASSERT_TRUE(writer.ok()) << writer.error();
        ASSERT_TRUE((*writer)->appendBlock(blockTime(0), makeTxLines(0, 2)).ok());
    }
    const auto report = verify(dir.file("cut.sle"), nullptr);
    ASSERT_EQ(report.findings.size(), 1u) << describe(report);
    EXPECT_EQ(report.findings[0].code, lj::FindingCode::Truncated);
    EXPECT_EQ(report.verifiedBlocks, 1u);
}

TEST(ExportWriter, RefusesWhatWouldNotVerify) {
    TempDir dir;
    const auto good = makeOptions(lj::Suite::Sha256P256, makeValidators(lj::Suite::Sha256P256));
    const auto refused = [&](auto change) {
        auto options = good;
        change(options);
        return !lj::ExportWriter::create(dir.file("x.sle"), options).ok();
    };
    EXPECT_TRUE(refused([](auto& o) { o.chain = "Upper"; }));
    EXPECT_TRUE(refused([](auto& o) { o.exporter = "nobody"; }));
    EXPECT_TRUE(refused([](auto& o) { o.quorum = 5; }));
    EXPECT_TRUE(refused([](auto& o) { o.signersPerBlock = 5; }));
    EXPECT_TRUE(refused([](auto& o) { o.exportedAt = "2020-09-01 08:00"; }));
    EXPECT_TRUE(refused([](auto& o) { o.prev = std::string(64, 'a'); })); // from 0 needs zeros
    EXPECT_TRUE(refused([](auto& o) { o.validators[1].id = o.validators[0].id; }));
    EXPECT_TRUE(refused([](auto& o) { o.validators[2].key = lj::PrivateKey::generate(lj::Suite::Sm3Sm2); }));

    auto writer = lj::ExportWriter::create(dir.file("x.sle"), good);
    ASSERT_TRUE(writer.ok()) << writer.error();
    EXPECT_FALSE((*writer)->appendBlock("yesterday", {}).ok());
    EXPECT_FALSE((*writer)->appendBlock(blockTime(1), std::vector<std::string>{"{\"type\":\"tx\"}\n"}).ok());
    ASSERT_TRUE((*writer)->appendBlock(blockTime(1), {}).ok());
    EXPECT_FALSE((*writer)->appendBlock(blockTime(0), {}).ok()); // earlier than the previous block
    EXPECT_TRUE((*writer)->finish().ok());
    EXPECT_FALSE((*writer)->finish().ok());
}

TEST(ExportWriter, TxLineIsCompactWithMembersInOrder) {
    const Value body =
        Value::object().set("id", Value::string("灵峰村")).set("amount", Value::number(std::int64_t{120000}));
    EXPECT_EQ(
        lj::makeTxLine("receipt.record", "2020-08-03T09:12:00+08:00", "资金管理系统", "a-7", body),
        "{\"type\":\"tx\",\"kind\":\"receipt.record\",\"time\":\"2020-08-03T09:12:00+08:00\","
        "\"source\":\"资金管理系统\",\"actor\":\"a-7\",\"body\":{\"id\":\"灵峰村\",\"amount\":120000}}");
}

TEST(ExportWriter, ConsortiumFileRoundTrips) {
    TempDir dir;
    const auto options = makeOptions(lj::Suite::Sm3Sm2, makeValidators(lj::Suite::Sm3Sm2));
    const auto consortium = lj::consortiumOf(options);
    ASSERT_TRUE(lj::writeConsortiumFile(dir.file("c.json"), consortium).ok());
    lj::TrustStore trust;
    ASSERT_TRUE(trust.addFile(dir.file("c.json")).ok());
    const auto* entry = trust.find("xc-sanzi-test");
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->consortium.chainName, options.chainName);
    EXPECT_EQ(entry->consortium.suite, lj::Suite::Sm3Sm2);
    EXPECT_EQ(entry->consortium.quorum, 3);
    ASSERT_EQ(entry->consortium.validators.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(entry->consortium.validators[i].id, options.validators[i].id);
        EXPECT_EQ(entry->consortium.validators[i].org, options.validators[i].org);
        EXPECT_TRUE(trust.trustsKey("xc-sanzi-test", options.validators[i].id,
                                    options.validators[i].key.publicKey()));
    }
}

class KeyFiles : public ::testing::TestWithParam<lj::Suite> {};

TEST_P(KeyFiles, RoundTrip) {
    TempDir dir;
    const lj::Suite suite = GetParam();
    const auto key = lj::PrivateKey::generate(suite);
    const auto prefix = dir.file("node");
    ASSERT_TRUE(lj::writeKeyPair(key, prefix).ok());

    struct stat info {};
    ASSERT_EQ(::stat((prefix + ".key").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    const auto expectedPub =
        key.publicKey().spkiBase64() + "\nfingerprint " + key.publicKey().fingerprint() + "\n";
    EXPECT_EQ(readFile(prefix + ".pub"), expectedPub);

    for (const auto wanted : {std::optional<lj::Suite>(suite), std::optional<lj::Suite>()}) {
        auto read = lj::readPrivateKeyFile(prefix + ".key", wanted);
        ASSERT_TRUE(read.ok()) << read.error();
        EXPECT_EQ(read->suite(), suite);
        EXPECT_EQ(read->publicKey().spkiDer(), key.publicKey().spkiDer());
        const std::string message = "sle/1 export xc-sanzi-test 00";
        EXPECT_TRUE(key.publicKey().verify(message, read->sign(message)));
    }
    auto pub = lj::readPublicKeyFile(suite, prefix + ".pub");
    ASSERT_TRUE(pub.ok()) << pub.error();
    EXPECT_EQ(pub->spkiDer(), key.publicKey().spkiDer());

    const lj::Suite other = suite == lj::Suite::Sm3Sm2 ? lj::Suite::Sha256Ed25519 : lj::Suite::Sm3Sm2;
    EXPECT_FALSE(lj::readPrivateKeyFile(prefix + ".key", other).ok());
    EXPECT_FALSE(lj::readPublicKeyFile(other, prefix + ".pub").ok());
    std::ofstream(prefix + ".pub") << key.publicKey().spkiBase64() << "\nfingerprint " << std::string(64, '0')
                                   << "\n";
    EXPECT_FALSE(lj::readPublicKeyFile(suite, prefix + ".pub").ok());
    EXPECT_FALSE(lj::readPrivateKeyFile(dir.file("missing.key")).ok());
}

INSTANTIATE_TEST_SUITE_P(AllSuites, KeyFiles, kAllSuites, suiteTestName);

// Every byte of an export is covered by the end digest (or is the end line, which is checked
// member by member and signed), so no single-bit change and no truncation may verify cleanly.
class ExportWriterProperty : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        TempDir dir("property");
        auto options = makeOptions(lj::Suite::Sha256Ed25519, makeValidators(lj::Suite::Sha256Ed25519));
        options.validators.resize(3);
        options.quorum = 2;
        ASSERT_TRUE(writeExport(dir.file("small.sle"), options, {2, 0, 1}));
        s_bytes = readFile(dir.file("small.sle"));
    }
    static lj::VerifyReport check(std::string_view bytes) {
        lj::VerifyOptions options;
        options.threads = 1;
        return lj::verifyExportBytes(bytes, options);
    }
    static inline std::string s_bytes;
};

TEST_F(ExportWriterProperty, OriginalIsClean) {
    ASSERT_GT(s_bytes.size(), 1000u);
    const auto report = check(s_bytes);
    EXPECT_TRUE(report.clean()) << describe(report);
}

TEST_F(ExportWriterProperty, EveryBitFlipIsNoticed) {
    std::map<std::string, int> codes; // how often each code was the first finding (for diagnosis)
    std::string bytes = s_bytes;
    for (std::size_t position = 0; position < bytes.size(); ++position) {
        // One bit per byte (each verification checks signatures, so all eight would be slow);
        // the bit rotates so that every bit position is exercised across the file.
        const int bit = static_cast<int>(position % 8);
        bytes[position] = static_cast<char>(bytes[position] ^ (1 << bit));
        const auto report = check(bytes);
        bytes[position] = s_bytes[position];
        ASSERT_FALSE(report.clean()) << "flipping bit " << bit << " of byte " << position
                                     << " went unnoticed";
        ++codes[std::string(lj::findingCodeName(report.findings.front().code))];
    }
    EXPECT_GE(codes.size(), 4u); // sanity: the flips hit different kinds of checks
}

TEST_F(ExportWriterProperty, EveryTruncationIsNoticed) {
    for (std::size_t size = 0; size < s_bytes.size(); ++size) {
        const auto report = check(std::string_view(s_bytes).substr(0, size));
        ASSERT_FALSE(report.clean()) << "truncation to " << size << " bytes went unnoticed";
        EXPECT_FALSE(report.hasEnd);
    }
}

} // namespace
