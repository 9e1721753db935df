// Fuzzes the streaming SLE v1 verifier (core/ledger/verifier.h) with whole exports.
//
// Each input is verified on the calling thread with the trust store of the tiny ed25519 vectors,
// then checked against what the spec (§1, §3, §5.1) guarantees about any report; a violation
// aborts. One input in four each (by a hash of its bytes) is also verified again to compare:
//   - the threaded pipeline must report exactly the same findings;
//   - a tiny findings limit must only move findings into findingsOmitted;
//   - a small line limit must turn exactly the longer lines into E_LINE.
//
// The trust file comes from the compile definition LJ_FUZZ_TRUST_FILE; the environment variable
// LJ_FUZZ_TRUST_FILE overrides it (for a binary copied elsewhere).
#include "ledger/trust_store.h"
#include "ledger/verifier.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#ifndef LJ_FUZZ_TRUST_FILE
#error "LJ_FUZZ_TRUST_FILE must name tests/data/sle/trust/xc-tiny-ed25519.json"
#endif

namespace {

[[noreturn]] void violated(const char* what, const lj::VerifyReport& report) {
    std::fprintf(stderr, "fuzz_reader: invariant violated: %s\n", what);
    std::fprintf(stderr, "  lines %llu blocks %llu txs %llu verified %llu omitted %llu end %d\n",
                 static_cast<unsigned long long>(report.lines),
                 static_cast<unsigned long long>(report.blocks), static_cast<unsigned long long>(report.txs),
                 static_cast<unsigned long long>(report.verifiedBlocks),
                 static_cast<unsigned long long>(report.findingsOmitted), report.hasEnd ? 1 : 0);
    for (const lj::Finding& f : report.findings)
        std::fprintf(stderr, "  %s@%llu %s\n", std::string(lj::findingCodeName(f.code)).c_str(),
                     static_cast<unsigned long long>(f.line), f.message.c_str());
    std::abort();
}

#define LJ_CHECK(condition, report)                                                                          \
    do {                                                                                                     \
        if (!(condition)) violated(#condition, report);                                                      \
    } while (false)

const lj::TrustStore& trustStore() {
    static const lj::TrustStore store = [] {
        const char* path = std::getenv("LJ_FUZZ_TRUST_FILE");
        lj::TrustStore loaded;
        auto status = loaded.addFile(path && *path ? path : LJ_FUZZ_TRUST_FILE);
        if (!status) {
            std::fprintf(stderr, "fuzz_reader: cannot load the trust store: %s\n", status.error().c_str());
            std::abort();
        }
        return loaded;
    }();
    return store;
}

// An oracle for RFC 3629 written independently of core/util/utf8: decode each code point, then
// reject overlong forms, surrogates and values above U+10FFFF.
bool wellFormedUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t cp = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            cp = lead & 0x1Fu;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            cp = lead & 0x0Fu;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            cp = lead & 0x07u;
        } else {
            return false;
        }
        if (text.size() - i < length) return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (next & 0x3Fu);
        }
        static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kSmallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += length;
    }
    return true;
}

struct Line {
    std::string_view text; // without the LF
    bool hasLf = false;
};

std::vector<Line> splitLines(std::string_view data) {
    std::vector<Line> lines;
    std::size_t start = 0;
    while (start < data.size()) {
        const std::size_t lf = data.find('\n', start);
        if (lf == std::string_view::npos) {
            lines.push_back({data.substr(start), false});
            break;
        }
        lines.push_back({data.substr(start, lf - start), true});
        start = lf + 1;
    }
    return lines;
}

// §1 and §5.1 rule 2: the faults that make a line E_LINE.
bool lineFault(const Line& line, std::size_t maxLine) {
    const std::string_view t = line.text;
    return !line.hasLf || t.empty() || t.size() > maxLine || t.substr(0, 3) == "\xEF\xBB\xBF" ||
           t.find('\r') != std::string_view::npos || !wellFormedUtf8(t);
}

bool has(const lj::VerifyReport& report, lj::FindingCode code, std::uint64_t line) {
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const lj::Finding& f) { return f.code == code && f.line == line; });
}

std::size_t count(const lj::VerifyReport& report, lj::FindingCode code) {
    return static_cast<std::size_t>(std::count_if(report.findings.begin(), report.findings.end(),
                                                  [&](const lj::Finding& f) { return f.code == code; }));
}

// Invariants of any report, whatever the options.
void checkReport(const lj::VerifyReport& r, const std::vector<Line>& lines, std::size_t maxLine) {
    using lj::FindingCode;
    LJ_CHECK(!r.cancelled, r);
    LJ_CHECK(std::is_sorted(r.findings.begin(), r.findings.end(),
                            [](const lj::Finding& a, const lj::Finding& b) { return a.line < b.line; }),
             r);
    for (const lj::Finding& f : r.findings)
        LJ_CHECK(f.line >= 1 && f.line <= r.lines + 1, r);

    if (!r.header) {
        // §5.1 rule 3: a fatal line 1 is the only finding.
        LJ_CHECK(r.findings.size() == 1 && r.findings[0].line == 1, r);
        LJ_CHECK(r.lines == (lines.empty() ? 0 : 1), r);
        LJ_CHECK(r.blocks == 0 && r.txs == 0 && r.blockList.empty() && r.verifiedBlocks == 0, r);
        const FindingCode code = r.findings[0].code;
        if (lines.empty())
            LJ_CHECK(code == FindingCode::Truncated, r);
        else if (lineFault(lines[0], maxLine))
            LJ_CHECK(code == FindingCode::Line, r);
        else
            LJ_CHECK(code == FindingCode::Json || code == FindingCode::Version ||
                         code == FindingCode::Suite || code == FindingCode::Header,
                     r);
        return;
    }

    LJ_CHECK(r.lines == lines.size(), r);
    LJ_CHECK(r.blockList.size() == r.blocks, r);
    LJ_CHECK(r.verifiedBlocks <= r.blocks && r.verifiedTxs <= r.txs, r);
    for (const lj::Finding& f : r.findings) {
        // Line 1 was a good header: only the trust warning may point at it.
        LJ_CHECK(f.line > 1 || f.code == FindingCode::Untrusted, r);
        LJ_CHECK(f.code != FindingCode::Version && f.code != FindingCode::Suite, r);
        if (f.code == FindingCode::Untrusted) LJ_CHECK(f.line == 1, r);
        if (f.code == FindingCode::Truncated) LJ_CHECK(f.line == r.lines + 1 && !r.hasEnd, r);
        if (f.code == FindingCode::Trailing) LJ_CHECK(r.hasEnd, r);
        // Rule 2: E_LINE exactly for the faulty lines, E_JSON never for them.
        const Line& line = lines[f.line <= lines.size() ? f.line - 1 : 0];
        if (f.code == FindingCode::Line) LJ_CHECK(f.line <= lines.size() && lineFault(line, maxLine), r);
        if (f.code == FindingCode::Json) LJ_CHECK(f.line <= lines.size() && !lineFault(line, maxLine), r);
    }
    LJ_CHECK(count(r, FindingCode::Untrusted) <= 1 && count(r, FindingCode::Trailing) <= 1, r);
    LJ_CHECK(count(r, FindingCode::Truncated) <= 1, r);

    if (r.findingsOmitted == 0) {
        LJ_CHECK(r.hasEnd || has(r, FindingCode::Truncated, r.lines + 1), r);
        // Every faulty line before the end line is E_LINE; after it comes one E_TRAILING.
        std::uint64_t trailing = UINT64_MAX;
        for (const lj::Finding& f : r.findings)
            if (f.code == FindingCode::Trailing) trailing = f.line;
        for (std::uint64_t n = 2; n <= lines.size() && n < trailing; ++n)
            if (lineFault(lines[n - 1], maxLine)) LJ_CHECK(has(r, FindingCode::Line, n), r);
    }

    // The report's own counts agree with its block list.
    std::uint64_t txs = 0;
    std::uint64_t previousLine = 1;
    for (const lj::BlockSummary& block : r.blockList) {
        LJ_CHECK(block.line > previousLine && block.closeLine > block.line && block.closeLine <= r.lines + 1,
                 r);
        previousLine = block.line;
        txs += block.txCount;
    }
    LJ_CHECK(txs == r.txs, r);

    // Rule 9: the verified blocks are leading blocks that close before the first breaking error,
    // and since E_SEQUENCE breaks, their heights run from the header's `from` without a gap.
    std::uint64_t firstBreaking = UINT64_MAX;
    for (const lj::Finding& f : r.findings)
        if (lj::isBreaking(f.code)) firstBreaking = std::min(firstBreaking, f.line);
    std::uint64_t verifiedTxs = 0;
    for (std::uint64_t i = 0; i < r.verifiedBlocks; ++i) {
        const lj::BlockSummary& block = r.blockList[i];
        LJ_CHECK(block.closeLine < firstBreaking, r);
        const std::int64_t expected = i == 0 ? r.header->from : r.blockList[i - 1].height;
        LJ_CHECK(i == 0 ? block.height == expected : expected < INT64_MAX && block.height == expected + 1, r);
        verifiedTxs += block.txCount;
    }
    LJ_CHECK(verifiedTxs == r.verifiedTxs, r);
    LJ_CHECK(r.verifiedThrough.has_value() == (r.verifiedBlocks > 0), r);
    if (r.verifiedThrough) LJ_CHECK(*r.verifiedThrough == r.blockList[r.verifiedBlocks - 1].height, r);
    if (r.findingsOmitted == 0 && firstBreaking == UINT64_MAX) LJ_CHECK(r.verifiedBlocks == r.blocks, r);
    if (r.verifiedBlocks < r.blocks && r.findingsOmitted == 0)
        LJ_CHECK(r.blockList[r.verifiedBlocks].closeLine >= firstBreaking, r);
}

bool sameFindings(const lj::VerifyReport& a, const lj::VerifyReport& b) {
    if (a.findings.size() != b.findings.size() || a.findingsOmitted != b.findingsOmitted) return false;
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        const lj::Finding& x = a.findings[i];
        const lj::Finding& y = b.findings[i];
        if (x.code != y.code || x.line != y.line || x.height != y.height || x.message != y.message)
            return false;
    }
    return a.lines == b.lines && a.blocks == b.blocks && a.txs == b.txs &&
           a.verifiedBlocks == b.verifiedBlocks && a.hasEnd == b.hasEnd && a.trusted == b.trusted;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::vector<Line> lines = splitLines(bytes);

    lj::VerifyOptions options;
    options.threads = 1;
    options.trust = &trustStore();
    const lj::VerifyReport report = lj::verifyExportBytes(bytes, options, "fuzz");
    checkReport(report, lines, options.maxLineBytes);
    LJ_CHECK(report.trusted.has_value(), report);
    if (report.header) {
        const bool warned = count(report, lj::FindingCode::Untrusted) > 0;
        LJ_CHECK(*report.trusted == !warned, report);
    }
    if (report.clean()) {
        // Nothing of §1 can be wrong with a clean export.
        LJ_CHECK(report.hasEnd && *report.trusted && report.verifiedBlocks == report.blocks, report);
        LJ_CHECK(!bytes.empty() && bytes.back() == '\n', report);
        for (const Line& line : lines)
            LJ_CHECK(!lineFault(line, options.maxLineBytes), report);
    }

    // Each input also takes one of three cross-checks (or none), chosen by its bytes so that runs
    // stay deterministic: a second verification costs as much as the first (mostly OpenSSL key
    // parsing under ASan), and thread start-up even more.
    switch (std::hash<std::string_view>{}(bytes) % 4) {
    case 0: {
        // The threaded pipeline is an implementation detail: same report.
        lj::VerifyOptions threaded = options;
        threaded.threads = 3;
        const lj::VerifyReport threadedReport = lj::verifyExportBytes(bytes, threaded, "fuzz");
        LJ_CHECK(sameFindings(report, threadedReport), threadedReport);
        break;
    }
    case 1: {
        // A findings limit only hides findings; it never changes what is verified.
        lj::VerifyOptions limited = options;
        limited.maxFindings = 2;
        const lj::VerifyReport limitedReport = lj::verifyExportBytes(bytes, limited, "fuzz");
        checkReport(limitedReport, lines, limited.maxLineBytes);
        LJ_CHECK(limitedReport.findings.size() <= 2, limitedReport);
        LJ_CHECK(limitedReport.findings.size() + limitedReport.findingsOmitted ==
                     report.findings.size() + report.findingsOmitted,
                 limitedReport);
        LJ_CHECK(limitedReport.verifiedBlocks == report.verifiedBlocks &&
                     limitedReport.blocks == report.blocks,
                 limitedReport);
        break;
    }
    case 2: {
        // A small line limit (but one the header fits in) exercises the over-long line path,
        // which otherwise needs 16 MiB inputs. Rule 2 must still hold with that limit.
        if (lines.empty() || !report.header) break;
        lj::VerifyOptions shortLines;
        shortLines.threads = 1;
        shortLines.maxLineBytes = std::max<std::size_t>(lines[0].text.size(), 1) + size % 211;
        const lj::VerifyReport shortReport = lj::verifyExportBytes(bytes, shortLines, "fuzz");
        checkReport(shortReport, lines, shortLines.maxLineBytes);
        LJ_CHECK(shortReport.header.has_value() && shortReport.lines == report.lines, shortReport);
        break;
    }
    default:
        break;
    }
    return 0;
}
