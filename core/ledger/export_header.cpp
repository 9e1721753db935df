#include "ledger/export_header.h"

#include "util/encoding.h"
#include "util/rfc3339.h"

namespace lj {

std::variant<ExportHeader, HeaderProblem> parseExportHeader(const json::Value& line)
{
    const auto headerProblem = [](std::string message) { return HeaderProblem{FindingCode::Header, std::move(message)}; };
    if (line.getString("type") != "header") return headerProblem("the first line is not a header");

    const json::Value* version = line.find("sle");
    if (!version || version->asInt64() != 1)
        return HeaderProblem{FindingCode::Version,
                             "format version \"sle\" is " + (version ? json::serialize(*version) : std::string("missing")) +
                                 ", this reader understands 1"};

    bool suiteError = false;
    auto consortium = parseConsortium(line, &suiteError);
    if (!consortium) return HeaderProblem{suiteError ? FindingCode::Suite : FindingCode::Header, consortium.error()};

    ExportHeader header;
    header.consortium = std::move(consortium.value());

    const auto from = line.getInt("from");
    if (!from || *from < 0) return headerProblem("\"from\" must be a non-negative integer");
    header.from = *from;

    const auto prev = line.getString("prev");
    if (!prev || !isLowerHex(*prev, 32)) return headerProblem("\"prev\" must be 64 lower-case hex digits");
    if (header.from == 0 && *prev != std::string(64, '0')) return headerProblem("\"prev\" must be 64 zeros when \"from\" is 0");
    header.prev = *prev;

    const auto exporter = line.getString("exporter");
    if (!exporter || !header.consortium.findValidator(*exporter))
        return headerProblem("exporter \"" + exporter.value_or("") + "\" is not one of the validators");
    header.exporter = *exporter;

    const auto exportedAt = line.getString("exported_at");
    if (!exportedAt || !parseRfc3339(*exportedAt)) return headerProblem("\"exported_at\" is not an RFC 3339 time");
    header.exportedAt = *exportedAt;
    return header;
}

} // namespace lj
