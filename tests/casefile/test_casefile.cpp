// Case files from the scenario export: lianjian-cli casefile and verify-case in-process, the PDF
// checked with poppler's pdffonts/pdftotext, the ODT with LibreOffice (skipped when absent), and
// verify-case against a changed byte in every file and in one evidence record.
#include "case_export.h"
#include "casefile/case_file_assembly.h"
#include "casefile/case_package.h"
#include "command.h"
#include "format.h"
#include "i18n.h"
#include "workspace/workspace_dataset.h"

#include "json/json.h"
#include <QGuiApplication>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <set>
#include <sstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const std::string kSle = std::string(LJ_TEST_DATA_DIR) + "/sle/";
const std::string kScenario = kSle + "scenario/scenario-sm3-sm2.sle";
const std::string kTrust = kSle + "trust/xc-sanzi.json";

struct CliRun {
    int status = -1;
    std::string out, err;
};

CliRun runCli(std::vector<std::string> args) {
    std::ostringstream out, err;
    lj::cli::CliContext context{out, err};
    CliRun run;
    run.status = lj::cli::runCli(args, context);
    run.out = out.str();
    run.err = err.str();
    return run;
}

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

bool hasTool(const std::string& tool) {
    return std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0;
}

// stdout of a shell command.
std::string capture(const std::string& command) {
    std::string text;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
            text.append(buffer, n);
        ::pclose(pipe);
    }
    return text;
}

// Without whitespace: pdftotext breaks lines inside table cells.
std::string squeezed(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') out += c;
    return out;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// One workspace, findings and signed case package for the whole suite: importing the scenario
// (22,389 sm3-sm2 transactions) is the slow part.
class CaseFileTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        root = fs::temp_directory_path() / ("lj-casefile-" + std::to_string(::getpid()));
        fs::remove_all(root);
        fs::create_directories(root);
        workspace = (root / "case.lianjian").string();
        const CliRun imported = runCli({"import", workspace, kScenario, "--trust", kTrust, "--lang", "en"});
        ASSERT_EQ(imported.status, 0) << imported.out << imported.err;
        const CliRun findings = runCli({"findings", workspace, "--json"});
        auto document = lj::json::parse(findings.out);
        ASSERT_TRUE(document.ok()) << findings.err;
        // A relationship finding (the conflict path), an asset finding (a timeline), a payment one.
        for (const std::string rule : {"R01", "A06", "A02", "F07"})
            for (const lj::json::Value& finding : document->find("findings")->asArray())
                if (finding.getString("rule") == rule) {
                    chosen.push_back(*finding.getString("id"));
                    break;
                }
        ASSERT_GE(chosen.size(), 3u);
        const CliRun key = runCli({"keygen", "--suite", "sm3-sm2", "--out", (root / "handler").string()});
        ASSERT_EQ(key.status, 0) << key.err;
        package = (root / "case").string();
        std::vector<std::string> args = {
            "casefile", workspace, "--out",  package, "--sign", (root / "handler.key").string(),
            "--trust",  kTrust,    "--lang", "zh_CN"};
        for (const std::string& id : chosen)
            args.insert(args.begin() + 2, {"--finding", id});
        created = runCli(args);
    }
    static void TearDownTestSuite() { fs::remove_all(root); }

    static fs::path copyPackage(const std::string& name) {
        const fs::path copy = root / name;
        fs::remove_all(copy);
        fs::copy(package, copy);
        return copy;
    }

    static inline fs::path root;
    static inline std::string workspace, package;
    static inline std::vector<std::string> chosen;
    static inline CliRun created;
};

TEST_F(CaseFileTest, WritesTheFourFilesAndEveryFactIsProven) {
    ASSERT_EQ(created.status, 0) << created.out << created.err;
    for (const char* file : {"case.pdf", "case.odt", "evidence.json", "manifest.json"})
        EXPECT_TRUE(fs::exists(fs::path(package) / file)) << file;
    EXPECT_TRUE(contains(created.out, "0 unverified") || contains(created.out, "0 项未核验")) << created.out;
    const auto manifest = lj::json::parse(readBytes(fs::path(package) / "manifest.json"));
    ASSERT_TRUE(manifest.ok());
    EXPECT_EQ(manifest->getString("hash"), "sm3"); // a 国密 workspace hashes with SM3
    EXPECT_TRUE(manifest->find("signature"));
    EXPECT_TRUE(manifest->find("unverified")->asArray().empty());
}

TEST_F(CaseFileTest, PdfEmbedsTheCjkFontAndItsTextExtracts) {
    ASSERT_EQ(created.status, 0) << created.err;
    if (!hasTool("pdffonts") || !hasTool("pdftotext"))
        GTEST_SKIP() << "poppler-utils (pdffonts, pdftotext) not installed";
    const std::string pdf = (fs::path(package) / "case.pdf").string();
    const std::string fonts = capture("pdffonts '" + pdf + "'");
    bool cjkEmbedded = false;
    std::istringstream lines(fonts);
    for (std::string line; std::getline(lines, line);)
        if (contains(line, "CJK") && contains(line, " yes ")) cjkEmbedded = true;
    EXPECT_TRUE(cjkEmbedded) << fonts;

    const std::string text = squeezed(capture("pdftotext -enc UTF-8 '" + pdf + "' -"));
    ASSERT_FALSE(text.empty());
    auto workspaceOpen = lj::Workspace::open(workspace);
    ASSERT_TRUE(workspaceOpen.ok());
    auto request = lj::CaseFileRequest{};
    request.findingIds = chosen;
    auto content = lj::assembleCaseFile(*workspaceOpen, request);
    ASSERT_TRUE(content.ok()) << content.error();
    lj::i18n::install("zh_CN");
    std::size_t people = 0;
    for (const lj::CaseParty& party : content->parties) {
        if (party.kind != lj::PartyKind::Person) continue;
        ++people;
        EXPECT_TRUE(contains(text, squeezed(party.name)))
            << "party " << party.name << " (" << party.id << ")";
    }
    EXPECT_GT(people, 0u);
    for (const lj::CaseFact& fact : content->facts)
        EXPECT_TRUE(contains(text, fact.tx)) << "tx " << fact.tx;
    for (const lj::RuleFinding& finding : content->findings)
        EXPECT_TRUE(contains(text, squeezed(lj::gui::Format::ruleName(finding.rule).toStdString())))
            << finding.rule;
}

TEST_F(CaseFileTest, OdtIsAnOpenDocumentThatLibreOfficeConverts) {
    ASSERT_EQ(created.status, 0) << created.err;
    const std::string odt = readBytes(fs::path(package) / "case.odt");
    ASSERT_GT(odt.size(), 100u);
    EXPECT_EQ(odt.substr(0, 2), "PK");
    EXPECT_TRUE(contains(odt.substr(0, 200), "application/vnd.oasis.opendocument.text"));
    const std::string office = hasTool("libreoffice") ? "libreoffice" : hasTool("soffice") ? "soffice" : "";
    if (office.empty()) GTEST_SKIP() << "LibreOffice is not installed: case.odt not opened";
    const fs::path out = root / "odt-check";
    fs::create_directories(out);
    capture(office + " --headless --convert-to pdf --outdir '" + out.string() + "' '" + package +
            "/case.odt' 2>&1");
    EXPECT_TRUE(fs::exists(out / "case.pdf")) << "LibreOffice could not open case.odt";
}

TEST_F(CaseFileTest, VerifyCasePassesOnTheWrittenPackage) {
    ASSERT_EQ(created.status, 0) << created.err;
    const CliRun run = runCli({"verify-case", package, "--trust", kTrust, "--lang", "en"});
    EXPECT_EQ(run.status, 0) << run.out << run.err;
    EXPECT_TRUE(contains(run.out, "case package intact")) << run.out;
    EXPECT_TRUE(contains(run.out, "signed with sm3-sm2 key")) << run.out;
}

TEST_F(CaseFileTest, VerifyCaseNamesAFileWithOneByteChanged) {
    ASSERT_EQ(created.status, 0) << created.err;
    for (const std::string file : {"case.pdf", "case.odt", "evidence.json", "manifest.json"}) {
        const fs::path copy = copyPackage("tampered-" + file);
        std::string bytes = readBytes(copy / file);
        bytes[bytes.size() / 2] ^= 0x01;
        writeBytes(copy / file, bytes);
        const CliRun run = runCli({"verify-case", copy.string(), "--trust", kTrust, "--lang", "en"});
        EXPECT_EQ(run.status, 1) << file << '\n' << run.out;
        EXPECT_TRUE(contains(run.out, "✗ " + file + ":")) << file << '\n' << run.out;
        EXPECT_TRUE(contains(run.out, "NOT intact")) << run.out;
    }
}

TEST_F(CaseFileTest, VerifyCaseNamesAChangedEvidenceRecord) {
    ASSERT_EQ(created.status, 0) << created.err;
    const fs::path copy = copyPackage("tampered-record");
    auto bundle = lj::json::parse(readBytes(copy / "evidence.json"));
    ASSERT_TRUE(bundle.ok());
    lj::json::Value& item = bundle->asObject()[bundle->asObject().size() - 1].second.asArray().at(1);
    ASSERT_TRUE(item.isObject());
    std::string tx = item.find("tx")->asString();
    const std::size_t digit = tx.find_first_of("123456789");
    ASSERT_NE(digit, std::string::npos);
    tx[digit] = tx[digit] == '9' ? '8' : static_cast<char>(tx[digit] + 1); // one byte of the record
    item.set("tx", lj::json::Value::string(tx));
    writeBytes(copy / "evidence.json", lj::json::serializePretty(*bundle) + "\n");
    const CliRun run = runCli({"verify-case", copy.string(), "--trust", kTrust, "--lang", "en"});
    EXPECT_EQ(run.status, 1) << run.out;
    EXPECT_TRUE(contains(run.out, "evidence.json item 2 (tx ")) << run.out;
    EXPECT_TRUE(contains(run.out, "E_TX_ROOT")) << run.out;
}

TEST_F(CaseFileTest, AnExistingFolderIsReplacedOnlyWithForce) {
    ASSERT_EQ(created.status, 0) << created.err;
    const fs::path copy = copyPackage("again");
    const std::string before = readBytes(copy / "manifest.json");
    std::vector<std::string> args = {"casefile", workspace,     "--finding", chosen.front(),
                                     "--out",    copy.string(), "--lang",    "en"};
    const CliRun refused = runCli(args);
    EXPECT_EQ(refused.status, 2);
    EXPECT_TRUE(contains(refused.err, "already exists (use --force")) << refused.err;
    EXPECT_EQ(readBytes(copy / "manifest.json"), before);
    args.push_back("--force");
    const CliRun replaced = runCli(args);
    EXPECT_EQ(replaced.status, 0) << replaced.out << replaced.err;
    EXPECT_NE(readBytes(copy / "manifest.json"), before);

    // --force never wipes a folder that is not a case package.
    const fs::path other = root / "not-a-case";
    fs::create_directories(other);
    writeBytes(other / "notes.txt", "mine");
    args[5] = other.string();
    const CliRun kept = runCli(args);
    EXPECT_EQ(kept.status, 2);
    EXPECT_TRUE(fs::exists(other / "notes.txt"));
}

TEST_F(CaseFileTest, AFactWithoutProofIsMarkedUnverifiedNeverProven) {
    ASSERT_EQ(created.status, 0) << created.err;
    lj::i18n::install("en");
    auto opened = lj::Workspace::open(workspace);
    ASSERT_TRUE(opened.ok());
    lj::CaseFileRequest request;
    request.findingIds = {chosen.front()};
    const std::string missing(64, 'a'); // a transaction of an export that was never imported
    request.extraTxs = {missing};
    auto content = lj::assembleCaseFile(*opened, request);
    ASSERT_TRUE(content.ok()) << content.error();
    ASSERT_EQ(content->count(lj::FactState::Unverified), 1u);
    EXPECT_EQ(content->facts.back().state, lj::FactState::Unverified);
    EXPECT_EQ(content->bundle.items.size(), content->facts.size() - 1);

    lj::casefile::CaseExportOptions options;
    options.outDir = (root / "unverified").string();
    ASSERT_TRUE(lj::casefile::exportCasePackage(*content, options).ok());
    const auto manifest = lj::json::parse(readBytes(root / "unverified" / "manifest.json"));
    ASSERT_TRUE(manifest.ok());
    ASSERT_EQ(manifest->find("unverified")->asArray().size(), 1u);
    EXPECT_EQ(manifest->find("unverified")->asArray()[0].asString(), missing);
    if (hasTool("pdftotext")) {
        const std::string text =
            capture("pdftotext -enc UTF-8 '" + (root / "unverified" / "case.pdf").string() + "' -");
        EXPECT_TRUE(contains(text, "UNVERIFIED")) << "the PDF must mark the fact";
        EXPECT_TRUE(contains(squeezed(text), missing));
    }
    const CliRun run = runCli({"verify-case", options.outDir, "--lang", "en"});
    EXPECT_EQ(run.status, 0) << run.out;
    EXPECT_TRUE(contains(run.out, "1 cited fact(s) are marked unverified")) << run.out;
}

// The export moved away after import and no trust store: nobody knows the validator keys, so no
// fact is proven; the package says so and is still intact.
TEST_F(CaseFileTest, NoKnownKeysMeansEveryFactUnverified) {
    ASSERT_EQ(created.status, 0) << created.err;
    const fs::path moved = root / "moved.sle";
    fs::copy_file(kScenario, moved);
    const std::string other = (root / "moved.lianjian").string();
    ASSERT_EQ(runCli({"import", other, moved.string()}).status, 0);
    fs::remove(moved);
    const std::string out = (root / "keys-unknown").string();
    const CliRun run = runCli({"casefile", other, "--finding", chosen.front(), "--out", out, "--lang", "en"});
    EXPECT_EQ(run.status, 1) << run.out << run.err;
    EXPECT_TRUE(contains(run.out, "UNVERIFIED: the export's validator keys are unknown")) << run.out;
    EXPECT_TRUE(contains(run.out, " 0 proven")) << run.out;
    const CliRun verified = runCli({"verify-case", out, "--lang", "en"});
    EXPECT_EQ(verified.status, 0) << verified.out;
    EXPECT_TRUE(contains(verified.out, "are marked unverified")) << verified.out;
}

// The workstation's path: proofs from the open exports' verified blocks, no workspace.
TEST_F(CaseFileTest, ProofsFromOpenExportsMatchTheWorkspaces) {
    ASSERT_EQ(created.status, 0) << created.err;
    lj::TrustStore trust;
    ASSERT_TRUE(trust.addFile(kTrust).ok());
    lj::VerifyOptions verifyOptions;
    verifyOptions.trust = &trust;
    auto report = lj::verifyExportFile(kScenario, verifyOptions);
    ASSERT_TRUE(report.ok());
    const auto manifest = lj::json::parse(readBytes(fs::path(package) / "manifest.json"));
    std::vector<std::string> txs;
    for (const lj::json::Value& tx : manifest->find("evidence")->asArray())
        txs.push_back(tx.asString());
    txs.push_back(std::string(64, 'b')); // not in the export
    const lj::WorkspaceEvidence evidence = lj::collectExportEvidence({&*report}, txs, nullptr);
    ASSERT_EQ(evidence.facts.size(), txs.size());
    for (std::size_t i = 0; i + 1 < txs.size(); ++i)
        EXPECT_EQ(evidence.facts[i].state, lj::FactState::Proven) << txs[i];
    EXPECT_EQ(evidence.facts.back().state, lj::FactState::Unverified);
    EXPECT_EQ(evidence.bundle.items.size(), txs.size() - 1);
    EXPECT_TRUE(lj::verifyEvidence(evidence.bundle, &trust).ok());
}

TEST_F(CaseFileTest, ACaseBringsItsNumberNotesAndReviews) {
    ASSERT_EQ(created.status, 0) << created.err;
    const CliRun opened = runCli({"case", workspace, "new", "--title", "村道工程利益冲突", "--finding",
                                  chosen.front(), "--user", "李承办", "--lang", "en"});
    ASSERT_EQ(opened.status, 0) << opened.out << opened.err;
    ASSERT_EQ(
        runCli({"case", workspace, "note", "1", "经查，中标单位法定代表人系村干部之子。", "--user", "李承办"})
            .status,
        0);
    ASSERT_EQ(runCli({"case", workspace, "state", "1", "inquiry", "--user", "李承办"}).status, 0);
    ASSERT_EQ(
        runCli({"case", workspace, "review", "1", "approve", "同意谈话函询", "--user", "王主任"}).status, 0);

    const std::string out = (root / "by-case").string();
    const CliRun run =
        runCli({"casefile", workspace, "--case", "1", "--out", out, "--trust", kTrust, "--lang", "en"});
    ASSERT_EQ(run.status, 0) << run.out << run.err;
    const auto manifest = lj::json::parse(readBytes(fs::path(out) / "manifest.json"));
    ASSERT_TRUE(manifest.ok());
    EXPECT_TRUE(contains(*manifest->getString("case"), "1号"));
    if (hasTool("pdftotext")) {
        const std::string text = squeezed(capture("pdftotext -enc UTF-8 '" + out + "/case.pdf' -"));
        for (const std::string part : {*manifest->getString("case"), std::string("村道工程利益冲突"),
                                       std::string("经查，中标单位法定代表人系村干部之子。"),
                                       std::string("同意谈话函询"), std::string("王主任")})
            EXPECT_TRUE(contains(text, squeezed(part))) << part;
    }
    const CliRun missing = runCli({"casefile", workspace, "--case", "99", "--out", (root / "none").string()});
    EXPECT_EQ(missing.status, 2);
    EXPECT_FALSE(fs::exists(root / "none"));
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // test discovery too
    QGuiApplication application(argc, argv);     // fonts and PDF rendering
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
