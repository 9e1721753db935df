#include "visits/field_report.h"

#include "crypto/hasher.h"
#include "util/encoding.h"
#include "util/file_write.h"
#include "visits/ledger_state.h"
#include "visits/visit_compare.h"
#include "visits/visit_report_format.h"

#include <filesystem>
#include <set>

namespace lj {

namespace fs = std::filesystem;

std::string fieldReportJson(const Dataset& data, const std::vector<Observation>& observations,
                            const std::string& inspector, const std::string& createdAt,
                            const std::string& chain, const RuleSettings& settings) {
    json::Value document = json::Value::object();
    document.set("lianjian_field_report", json::Value::number(std::int64_t{1}));
    document.set("created_at", json::Value::string(createdAt));
    document.set("inspector", json::Value::string(inspector));
    document.set("chain", json::Value::string(chain));
    json::Value list = json::Value::array();
    for (const Observation& observation : observations) {
        json::Value entry = observationJson(observation);
        const LedgerState ledger =
            observation.kind == "asset"
                ? assetLedgerState(data, observation.subject, observation.visitDate, settings)
                : projectLedgerState(data, observation.subject, observation.visitDate);
        entry.set("subject_name", json::Value::string(ledger.name));
        entry.set("ledger", ledgerStateJson(ledger));
        entry.set("ledger_text", json::Value::string(ledgerStateText(ledger)));
        json::Value photos = json::Value::array();
        for (const json::Value& photo : entry.find("photos")->asArray()) {
            json::Value named = photo;
            named.set("file", json::Value::string(
                                  photoPackagePath(*photo.getString("sha256"), *photo.getString("mime"))));
            photos.push(std::move(named));
        }
        entry.set("photos", std::move(photos));
        list.push(std::move(entry));
    }
    document.set("observations", std::move(list));
    return json::serializePretty(document) + "\n";
}

Result<std::string> writeFieldReport(const std::string& dir, const std::string& reportJson,
                                     const std::string& pdf, const std::vector<PhotoFile>& photos,
                                     const std::string& inspector, const std::string& createdAt,
                                     const PrivateKey* signer) {
    const fs::path root(dir);
    std::error_code error;
    if (fs::exists(root, error) && !(fs::is_directory(root, error) && fs::is_empty(root, error)))
        return fail(dir + " already exists and is not an empty folder; not replaced");
    std::vector<std::pair<std::string, const std::string*>> files{{kFieldReportJson, &reportJson}};
    if (!pdf.empty()) files.emplace_back(kFieldReportPdf, &pdf);
    std::set<std::string> seen;
    for (const PhotoFile& photo : photos)
        if (seen.insert(photo.info.sha256).second)
            files.emplace_back(photoPackagePath(photo.info.sha256, photo.info.mime), &photo.bytes);

    // Build beside the target, then rename: a reader never sees half a report.
    const fs::path staging = root.parent_path() / ("." + root.filename().string() + ".tmp");
    fs::remove_all(staging, error);
    if (!fs::create_directories(staging / "photos", error))
        return fail(staging.string() + ": " + error.message());
    Hasher hasher(HashAlgo::Sha256);
    json::Value list = json::Value::array();
    for (const auto& [name, bytes] : files) {
        if (auto status = writeWholeFile((staging / name).string(), *bytes); !status)
            return fail(status.error());
        json::Value entry = json::Value::object();
        entry.set("name", json::Value::string(name));
        entry.set("bytes", json::Value::number(static_cast<std::int64_t>(bytes->size())));
        entry.set("hash", json::Value::string(toHex(hasher.hash(*bytes))));
        list.push(std::move(entry));
    }
    const std::string reportId = toHex(hasher.hash(reportJson));
    json::Value manifest = json::Value::object();
    manifest.set("lianjian_field_report", json::Value::number(std::int64_t{1}));
    manifest.set("hash", json::Value::string("sha256"));
    manifest.set("report", json::Value::string(reportId));
    manifest.set("created_at", json::Value::string(createdAt));
    manifest.set("inspector", json::Value::string(inspector));
    manifest.set("files", std::move(list));
    if (signer) manifest.set("signature", fieldReportSignature(manifest, *signer));
    if (auto status =
            writeWholeFile((staging / kFieldReportManifest).string(), json::serializePretty(manifest) + "\n");
        !status)
        return fail(status.error());
    fs::remove(root, error); // an empty folder
    fs::rename(staging, root, error);
    if (error) {
        fs::remove_all(staging);
        return fail(dir + ": " + error.message());
    }
    return reportId;
}

} // namespace lj
