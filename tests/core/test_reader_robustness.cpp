// Hostile inputs through the streaming verifier (spec §5: a reader never crashes, hangs or
// exhausts memory; it bounds line length and reports E_LINE). Deterministic companions of the
// fuzz_reader target: truncation at every byte, floods of blank lines, a line over the 16 MiB
// limit, random bytes, unreadable paths, cancellation, and threads=1 against threads=3.
#include "ledger/trust_store.h"
#include "ledger/verifier.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;
using lj::FindingCode;

const std::string kSleDir = std::string(LJ_TEST_DATA_DIR) + "/sle/";

std::string readFile(const std::string& path) {
    auto text = lj::readSmallFile(path);
    EXPECT_TRUE(text.ok()) << text.error();
    return text.ok() ? *text : std::string();
}

const std::string& tinyExport() {
    static const std::string text = readFile(kSleDir + "valid/tiny-sha256-ed25519.sle");
    return text;
}

std::vector<std::string> tinyLines() {
    std::vector<std::string> lines;
    const std::string& text = tinyExport();
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t lf = text.find('\n', start);
        lines.push_back(text.substr(start, lf - start));
        start = lf + 1;
    }
    return lines;
}

bool has(const lj::VerifyReport& report, FindingCode code, std::uint64_t line) {
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const lj::Finding& f) { return f.code == code && f.line == line; });
}

bool hasCode(const lj::VerifyReport& report, FindingCode code) {
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const lj::Finding& f) { return f.code == code; });
}

std::string describe(const lj::VerifyReport& report) {
    std::string text;
    for (const lj::Finding& f : report.findings)
        text += std::string(lj::findingCodeName(f.code)) + "@" + std::to_string(f.line) + " ";
    return text + "(+" + std::to_string(report.findingsOmitted) + " omitted)";
}

lj::VerifyReport verifyBytes(std::string_view data, int threads = 1, const lj::TrustStore* trust = nullptr) {
    lj::VerifyOptions options;
    options.threads = threads;
    options.trust = trust;
    return lj::verifyExportBytes(data, options);
}

// A file under the temporary directory, removed again when the test ends.
class TempFile {
public:
    explicit TempFile(const std::string& name)
        : m_path(fs::temp_directory_path() / ("lj-robustness-" + std::to_string(::getpid()) + "-" + name)) {}
    ~TempFile() {
        std::error_code ignored;
        fs::remove(m_path, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    std::string path() const { return m_path.string(); }
    void write(std::string_view data) const {
        std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
        ASSERT_TRUE(out.good()) << m_path;
    }

private:
    fs::path m_path;
};

TEST(ReaderRobustness, EmptyInputIsTruncated) {
    for (int threads : {1, 3}) {
        const auto report = verifyBytes(std::string_view(), threads);
        EXPECT_FALSE(report.clean());
        EXPECT_FALSE(report.header.has_value());
        ASSERT_EQ(report.findings.size(), 1u) << describe(report);
        EXPECT_TRUE(has(report, FindingCode::Truncated, 1)) << describe(report);
        EXPECT_EQ(report.lines, 0u);
    }
    TempFile file("empty.sle");
    file.write("");
    const auto report = lj::verifyExportFile(file.path());
    ASSERT_TRUE(report.ok()) << report.error();
    EXPECT_TRUE(has(*report, FindingCode::Truncated, 1)) << describe(*report);
}

TEST(ReaderRobustness, HeaderOnlyIsTruncatedAfterLineOne) {
    const std::string header = tinyLines().front() + "\n";
    for (int threads : {1, 3}) {
        const auto report = verifyBytes(header, threads);
        ASSERT_TRUE(report.header.has_value());
        EXPECT_EQ(report.lines, 1u);
        EXPECT_EQ(report.blocks, 0u);
        EXPECT_FALSE(report.hasEnd);
        ASSERT_EQ(report.findings.size(), 1u) << describe(report);
        EXPECT_TRUE(has(report, FindingCode::Truncated, 2)) << describe(report);
        EXPECT_EQ(report.verifiedBlocks, 0u);
    }
    // Without its LF the header line is E_LINE, and fatal (§5.1 rules 2 and 3).
    const auto noLf = verifyBytes(std::string_view(header).substr(0, header.size() - 1));
    EXPECT_FALSE(noLf.header.has_value());
    ASSERT_EQ(noLf.findings.size(), 1u) << describe(noLf);
    EXPECT_TRUE(has(noLf, FindingCode::Line, 1));
}

// Cutting the valid export anywhere must never give a clean report: a cut between lines loses
// the end line (E_TRUNCATED on the line after the last), a cut inside a line leaves it without
// its LF (E_LINE on it).
TEST(ReaderRobustness, TruncatedAtEveryByteIsNeverClean) {
    const std::string& full = tinyExport();
    lj::TrustStore trust;
    ASSERT_TRUE(trust.addFile(kSleDir + "trust/xc-tiny-ed25519.json").ok());
    ASSERT_TRUE(verifyBytes(full, 1, &trust).clean());

    for (std::size_t cut = 0; cut < full.size(); ++cut) {
        SCOPED_TRACE("cut at byte " + std::to_string(cut));
        const std::string_view prefix = std::string_view(full).substr(0, cut);
        // The threaded pipeline costs two threads per call: every 97th cut is enough for it.
        const auto report = verifyBytes(prefix, cut % 97 == 0 ? 3 : 1, &trust);
        ASSERT_FALSE(report.clean()) << describe(report);
        const std::uint64_t completeLines =
            static_cast<std::uint64_t>(std::count(prefix.begin(), prefix.end(), '\n'));
        const bool cutBetweenLines = cut == 0 || full[cut - 1] == '\n';
        if (cutBetweenLines) {
            EXPECT_TRUE(has(report, FindingCode::Truncated, completeLines + 1)) << describe(report);
        } else {
            EXPECT_TRUE(has(report, FindingCode::Line, completeLines + 1)) << describe(report);
            if (completeLines > 0) {
                EXPECT_TRUE(has(report, FindingCode::Truncated, completeLines + 2)) << describe(report);
            }
        }
        EXPECT_FALSE(report.hasEnd);
        EXPECT_LE(report.verifiedBlocks, report.blocks);
    }
}

TEST(ReaderRobustness, HundredThousandBlankLinesAreBounded) {
    constexpr std::uint64_t kBlank = 100000;
    std::string data = tinyLines().front() + "\n";
    data.append(kBlank, '\n');
    // Every blank line is E_LINE (lines 2 … 100001), then E_TRUNCATED on line 100002.
    constexpr std::uint64_t kTotal = kBlank + 1;

    lj::VerifyOptions options;
    options.threads = 1;
    options.maxFindings = 100;
    auto report = lj::verifyExportBytes(data, options);
    EXPECT_EQ(report.lines, kBlank + 1);
    ASSERT_EQ(report.findings.size(), 100u);
    EXPECT_EQ(report.findings.size() + report.findingsOmitted, kTotal);
    EXPECT_TRUE(std::all_of(report.findings.begin(), report.findings.end(),
                            [](const lj::Finding& f) { return f.code == FindingCode::Line; }));
    EXPECT_FALSE(report.clean());

    options.threads = 3;
    options.maxFindings = 0;
    report = lj::verifyExportBytes(data, options);
    EXPECT_TRUE(report.findings.empty());
    EXPECT_EQ(report.findingsOmitted, kTotal);
    EXPECT_FALSE(report.clean()); // omitted findings still count

    report = verifyBytes(data); // the default limit
    EXPECT_EQ(report.findings.size(), lj::VerifyOptions{}.maxFindings);
    EXPECT_EQ(report.findings.size() + report.findingsOmitted, kTotal);
}

// A line of 16 MiB + 1 MiB inside block 0 (as line 3) is E_LINE and neither a leaf nor a block
// (§5.1 rule 2): the block's three tx lines still match its tx_root, only the end digest (which
// covers every byte) differs.
std::string exportWithLineInserted(const std::string& inserted) {
    const auto lines = tinyLines();
    std::string data;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i == 2) data += inserted + "\n";
        data += lines[i] + "\n";
    }
    return data;
}

TEST(ReaderRobustness, SeventeenMiBLineIsELine) {
    const std::string data = exportWithLineInserted(std::string(17u << 20, 'a'));
    const std::uint64_t endLine = tinyLines().size() + 1;
    for (int threads : {1, 3}) {
        const auto report = verifyBytes(data, threads);
        EXPECT_EQ(report.lines, endLine);
        EXPECT_TRUE(has(report, FindingCode::Line, 3)) << describe(report);
        EXPECT_TRUE(has(report, FindingCode::Digest, endLine)) << describe(report);
        EXPECT_EQ(report.findings.size(), 2u) << describe(report);
        EXPECT_EQ(report.blocks, 3u);
        EXPECT_EQ(report.txs, 6u);
        EXPECT_EQ(report.verifiedBlocks, 0u); // the first breaking error (line 3) precedes block 0's commit
    }
    TempFile file("17mib.sle");
    file.write(data);
    const auto report = lj::verifyExportFile(file.path());
    ASSERT_TRUE(report.ok()) << report.error();
    EXPECT_TRUE(has(*report, FindingCode::Line, 3)) << describe(*report);
    EXPECT_TRUE(has(*report, FindingCode::Digest, endLine)) << describe(*report);
    EXPECT_EQ(report->findings.size(), 2u) << describe(*report);
}

// The limit is "longer than 16 MiB without the LF": exactly 16 MiB is a line (here not JSON).
TEST(ReaderRobustness, LineLimitBoundary) {
    const std::size_t limit = lj::VerifyOptions{}.maxLineBytes;
    ASSERT_EQ(limit, 16u << 20);
    auto report = verifyBytes(exportWithLineInserted(std::string(limit, 'a')));
    EXPECT_TRUE(has(report, FindingCode::Json, 3)) << describe(report);
    EXPECT_FALSE(has(report, FindingCode::Line, 3)) << describe(report);
    report = verifyBytes(exportWithLineInserted(std::string(limit + 1, 'a')));
    EXPECT_TRUE(has(report, FindingCode::Line, 3)) << describe(report);
    EXPECT_FALSE(has(report, FindingCode::Json, 3)) << describe(report);
}

// An over-long first line is E_LINE on line 1 and fatal (§5.1 rule 3), with or without its LF.
TEST(ReaderRobustness, OverlongHeaderIsFatal) {
    const std::string longHeader(17u << 20, 'h');
    for (const std::string& data : {longHeader + "\n" + tinyExport(), longHeader}) {
        const auto report = verifyBytes(data, 3);
        EXPECT_FALSE(report.header.has_value());
        ASSERT_EQ(report.findings.size(), 1u) << describe(report);
        EXPECT_TRUE(has(report, FindingCode::Line, 1)) << describe(report);
    }
}

TEST(ReaderRobustness, RandomBytesNeverVerify) {
    std::mt19937 random(20200630);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 300; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        std::string data(std::uniform_int_distribution<std::size_t>(0, 4096)(random), '\0');
        for (char& c : data)
            c = static_cast<char>(byte(random));
        const auto report = verifyBytes(data, round % 10 == 0 ? 3 : 1);
        EXPECT_FALSE(report.clean());
        EXPECT_EQ(report.verifiedBlocks, 0u);
    }
}

// One changed byte anywhere in a signed export: never clean (every byte is under the digest, and
// every field of the end line is checked against the file).
TEST(ReaderRobustness, OneChangedByteNeverVerifies) {
    const std::string& full = tinyExport();
    std::mt19937 random(8032);
    std::uniform_int_distribution<std::size_t> position(0, full.size() - 1);
    std::uniform_int_distribution<int> delta(1, 255);
    for (int round = 0; round < 400; ++round) {
        std::string data = full;
        const std::size_t at = position(random);
        data[at] = static_cast<char>(static_cast<unsigned char>(data[at]) + delta(random));
        SCOPED_TRACE("byte " + std::to_string(at) + " changed");
        EXPECT_FALSE(verifyBytes(data).clean());
    }
}

TEST(ReaderRobustness, UnreadablePathsAreErrorsNamingThePath) {
    const std::string directory = fs::temp_directory_path().string();
    auto report = lj::verifyExportFile(directory);
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().find(directory), std::string::npos) << report.error();

    const std::string missing =
        directory + "/lj-robustness-no-such-file-" + std::to_string(::getpid()) + ".sle";
    report = lj::verifyExportFile(missing);
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().find(missing), std::string::npos) << report.error();

    report = lj::verifyExportFile(missing + ".gz");
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().find(missing + ".gz"), std::string::npos) << report.error();
}

// Header and block 0 of the tiny export, then its tx lines over and over (~`bytes`), in one block.
std::string bigSingleBlock(std::size_t bytes) {
    const auto lines = tinyLines();
    std::string data = lines[0] + "\n" + lines[1] + "\n";
    std::vector<std::string> txs;
    for (const std::string& line : lines)
        if (line.rfind("{\"type\":\"tx\"", 0) == 0) txs.push_back(line + "\n");
    EXPECT_FALSE(txs.empty());
    for (std::size_t i = 0; data.size() < bytes; ++i)
        data += txs[i % txs.size()];
    return data;
}

TEST(ReaderRobustness, CancellationStopsWithNothingVerified) {
    const std::string data = bigSingleBlock(24u << 20);
    for (int threads : {1, 3}) {
        SCOPED_TRACE("threads " + std::to_string(threads));
        int calls = 0;
        std::uint64_t lastDone = 0;
        lj::VerifyOptions options;
        options.threads = threads;
        options.progress = [&](std::uint64_t done, std::uint64_t total) {
            EXPECT_EQ(total, data.size());
            EXPECT_LE(done, total);
            EXPECT_GE(done, lastDone);
            lastDone = done;
            return ++calls < 2; // cancel on the second call
        };
        const auto report = lj::verifyExportBytes(data, options);
        EXPECT_EQ(calls, 2);
        EXPECT_TRUE(report.cancelled);
        EXPECT_FALSE(report.clean());
        EXPECT_EQ(report.verifiedBlocks, 0u);
        EXPECT_FALSE(report.verifiedThrough.has_value());
        EXPECT_LT(lastDone, data.size()); // it stopped early
    }

    // Uncancelled, the same input is read to the end: one block, never committed.
    lj::VerifyOptions options;
    options.threads = 3;
    int calls = 0;
    options.progress = [&](std::uint64_t, std::uint64_t) { return ++calls > 0; };
    const auto report = lj::verifyExportBytes(data, options);
    EXPECT_GT(calls, 2);
    EXPECT_FALSE(report.cancelled);
    EXPECT_EQ(report.blocks, 1u);
    EXPECT_TRUE(has(report, FindingCode::TxCount, 2)) << describe(report);
    EXPECT_TRUE(hasCode(report, FindingCode::Quorum)) << describe(report);
    EXPECT_TRUE(hasCode(report, FindingCode::Truncated)) << describe(report);

    // And from a file.
    TempFile file("big.sle");
    file.write(data);
    options.progress = [](std::uint64_t, std::uint64_t) { return false; };
    const auto fromFile = lj::verifyExportFile(file.path(), options);
    ASSERT_TRUE(fromFile.ok()) << fromFile.error();
    EXPECT_TRUE(fromFile->cancelled);
    EXPECT_EQ(fromFile->verifiedBlocks, 0u);
}

std::vector<std::string> vectorFiles() {
    std::vector<std::string> files;
    for (const char* directory : {"valid", "tampered", "pairs"})
        for (const auto& entry : fs::directory_iterator(kSleDir + directory))
            if (entry.is_regular_file()) files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

TEST(ReaderRobustness, OneAndThreeThreadsAgreeOnEveryVector) {
    lj::TrustStore trust;
    for (const auto& entry : fs::directory_iterator(kSleDir + "trust"))
        ASSERT_TRUE(trust.addFile(entry.path().string()).ok()) << entry.path();
    const auto files = vectorFiles();
    ASSERT_GT(files.size(), 40u);
    for (const std::string& path : files) {
        SCOPED_TRACE(path);
        lj::VerifyOptions options;
        options.trust = &trust;
        options.threads = 1;
        const auto one = lj::verifyExportFile(path, options);
        options.threads = 3;
        const auto three = lj::verifyExportFile(path, options);
        ASSERT_TRUE(one.ok() && three.ok());
        ASSERT_EQ(one->findings.size(), three->findings.size())
            << describe(*one) << " vs " << describe(*three);
        for (std::size_t i = 0; i < one->findings.size(); ++i) {
            const lj::Finding& a = one->findings[i];
            const lj::Finding& b = three->findings[i];
            EXPECT_TRUE(a.code == b.code && a.line == b.line && a.height == b.height &&
                        a.message == b.message)
                << i << ": " << lj::findingCodeName(a.code) << "@" << a.line << " " << a.message << " vs "
                << lj::findingCodeName(b.code) << "@" << b.line << " " << b.message;
        }
        EXPECT_EQ(one->findingsOmitted, three->findingsOmitted);
        EXPECT_EQ(one->lines, three->lines);
        EXPECT_EQ(one->blocks, three->blocks);
        EXPECT_EQ(one->txs, three->txs);
        EXPECT_EQ(one->hasEnd, three->hasEnd);
        EXPECT_EQ(one->verifiedBlocks, three->verifiedBlocks);
        EXPECT_EQ(one->verifiedTxs, three->verifiedTxs);
        EXPECT_EQ(one->verifiedThrough, three->verifiedThrough);
        EXPECT_EQ(one->trusted, three->trusted);
        ASSERT_EQ(one->blockList.size(), three->blockList.size());
        for (std::size_t i = 0; i < one->blockList.size(); ++i) {
            EXPECT_EQ(one->blockList[i].hash, three->blockList[i].hash);
            EXPECT_EQ(one->blockList[i].closeLine, three->blockList[i].closeLine);
        }
    }
}

} // namespace
