#include "visits/field_report_import.h"

#include "crypto/hasher.h"
#include "ledger/trust_store.h"
#include "util/encoding.h"
#include "visits/field_report.h"
#include "visits/observation_store.h"
#include "visits/visit_report_format.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

namespace lj {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxReportJsonBytes = 64u << 20;

bool isPackagePath(const std::string& name) {
    if (name == kFieldReportJson || name == kFieldReportPdf) return true;
    if (name.rfind("photos/", 0) != 0) return false;
    const std::string file = name.substr(7);
    return !file.empty() && file.find('/') == std::string::npos && file.find('\\') == std::string::npos &&
           file != "." && file != "..";
}

bool isObservationId(const std::string& id) {
    return id.size() == 18 && id.rfind("V-", 0) == 0 && isLowerHex(id.substr(2), 8);
}

Result<std::string> readCapped(const fs::path& path, std::uintmax_t cap) {
    std::error_code error;
    if (!fs::is_regular_file(path, error)) return fail("missing");
    const auto size = fs::file_size(path, error);
    if (error) return fail(error.message());
    if (size > cap)
        return fail(std::to_string(size >> 20) + " MiB, more than the " + std::to_string(cap >> 20) +
                    " MiB allowed");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("cannot be read");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void checkSignature(const json::Value& manifest, const PublicKey* trustedKey, FieldReportContents& contents,
                    std::vector<std::string>& problems) {
    const json::Value* signature = manifest.find("signature");
    if (!signature || !signature->isObject()) {
        problems.push_back(
            std::string(kFieldReportManifest) +
            ": the report is not signed (sign it with the inspector's key: visit report --sign KEY)");
        return;
    }
    const auto suite = suiteFromName(signature->getString("suite").value_or(""));
    const auto sig = fromBase64(signature->getString("sig").value_or(""));
    auto key = suite ? PublicKey::fromSpkiBase64(*suite, signature->getString("key").value_or(""))
                     : Result<PublicKey>(fail("unknown suite"));
    if (!suite || !sig || !key) {
        problems.push_back(std::string(kFieldReportManifest) + ": the signature entry is malformed");
        return;
    }
    contents.signer = key->fingerprint();
    contents.signerSuite = std::string(suiteName(*suite));
    if (!key->verify(fieldReportSigningMessage(manifest), *sig))
        problems.push_back(
            std::string(kFieldReportManifest) +
            ": the inspector's signature does not match (the manifest was changed after signing, or "
            "the signature is not of this key)");
    if (signature->getString("fingerprint") != contents.signer)
        problems.push_back(std::string(kFieldReportManifest) +
                           ": the stated key fingerprint is not the key's");
    if (trustedKey && trustedKey->spkiDer() != key->spkiDer())
        problems.push_back(std::string(kFieldReportManifest) + ": signed by key " + contents.signer +
                           ", not by the trusted inspector key " + trustedKey->fingerprint());
}

void readObservations(const json::Value& report, FieldReportContents& contents,
                      std::vector<std::string>& problems) {
    const json::Value* list = report.find("observations");
    if (!list || !list->isArray()) {
        problems.push_back(std::string(kFieldReportJson) + ": no observation list");
        return;
    }
    std::set<std::string> ids;
    std::size_t index = 0;
    for (const json::Value& item : list->asArray()) {
        const std::string where = std::string(kFieldReportJson) + " observation " + std::to_string(++index);
        Observation o;
        o.id = item.getString("id").value_or("");
        o.kind = item.getString("kind").value_or("");
        o.subject = item.getString("subject").value_or("");
        o.org = item.getString("org").value_or("");
        o.state = item.getString("state").value_or("");
        o.occupant = item.getString("occupant").value_or("");
        o.notes = item.getString("notes").value_or("");
        o.inspector = item.getString("inspector").value_or("");
        o.observedAt = item.getString("observed_at").value_or("");
        const auto visitDate = Date::parse(item.getString("visit_date").value_or(""));
        if (!isObservationId(o.id))
            problems.push_back(where + ": bad id \"" + o.id + "\"");
        else if (!ids.insert(o.id).second)
            problems.push_back(where + ": id " + o.id + " appears twice");
        if (!isObservedState(o.kind, o.state) || o.subject.empty() || !visitDate)
            problems.push_back(where + " (" + o.id +
                               "): kind, subject, state or visit date missing or unknown");
        if (visitDate) o.visitDate = *visitDate;
        if (const json::Value* photos = item.find("photos"); photos && photos->isArray())
            for (const json::Value& photo : photos->asArray()) {
                VisitPhoto cited;
                cited.sha256 = photo.getString("sha256").value_or("");
                cited.mime = photo.getString("mime").value_or("");
                cited.fileName = photo.getString("name").value_or("");
                cited.exifDate = photo.getString("exif_date").value_or("");
                cited.bytes = photo.getInt("bytes").value_or(0);
                if (!isLowerHex(cited.sha256, 32))
                    problems.push_back(where + ": a photo has no valid SHA-256");
                o.photos.push_back(std::move(cited));
            }
        o.origin = "imported";
        contents.observations.push_back(std::move(o));
    }
}

} // namespace

Result<FieldReportContents> readFieldReport(const std::string& dir, const PublicKey* trustedKey) {
    const fs::path root(dir);
    std::error_code error;
    if (!fs::is_directory(root, error)) return fail(dir + " is not a folder");
    FieldReportContents contents;
    std::vector<std::string> problems;
    auto refuse = [&]() {
        std::string message = "field report " + dir + " refused:";
        for (const std::string& problem : problems)
            message += "\n  " + problem;
        return fail(message);
    };

    auto manifestText = readCapped(root / kFieldReportManifest, 1u << 20);
    auto manifest =
        manifestText ? json::parse(*manifestText) : Result<json::Value>(fail(manifestText.error()));
    if (!manifest || !manifest->isObject() || manifest->getInt("lianjian_field_report") != 1 ||
        manifest->getString("hash") != "sha256") {
        problems.push_back(std::string(kFieldReportManifest) +
                           ": missing or not a Lianjian field report manifest");
        return refuse();
    }
    checkSignature(*manifest, trustedKey, contents, problems);

    // Every listed file against its hash; photos also as photos.
    std::map<std::string, std::string> files; // name → bytes
    Hasher hasher(HashAlgo::Sha256);
    const json::Value* listed = manifest->find("files");
    if (!listed || !listed->isArray())
        problems.push_back(std::string(kFieldReportManifest) + ": no file list");
    for (const json::Value& entry : listed && listed->isArray() ? listed->asArray() : json::Array{}) {
        const std::string name = entry.getString("name").value_or("");
        if (!isPackagePath(name)) {
            problems.push_back(std::string(kFieldReportManifest) + ": unexpected file name \"" + name + "\"");
            continue;
        }
        const bool photo = name.rfind("photos/", 0) == 0;
        auto bytes = readCapped(root / name,
                                photo ? static_cast<std::uintmax_t>(kMaxPhotoBytes) : kMaxReportJsonBytes);
        if (!bytes) {
            problems.push_back(name + ": " + bytes.error());
            continue;
        }
        const std::string actual = toHex(hasher.hash(*bytes));
        if (actual != entry.getString("hash").value_or("")) {
            problems.push_back(
                name + ": SHA-256 differs from the manifest (file changed after the report was made)");
            continue;
        }
        if (photo) {
            auto checked = checkPhoto(name, *bytes);
            if (!checked)
                problems.push_back(checked.error());
            else
                contents.photos.push_back(std::move(*checked));
        }
        files[name] = std::move(*bytes);
    }
    const auto report = files.count(kFieldReportJson) ? json::parse(files[kFieldReportJson])
                                                      : Result<json::Value>(fail("missing"));
    if (!report || !report->isObject() || report->getInt("lianjian_field_report") != 1) {
        problems.push_back(std::string(kFieldReportJson) +
                           ": missing, not listed in the manifest, or not a field report");
        return refuse();
    }
    contents.reportId = toHex(hasher.hash(files[kFieldReportJson]));
    if (manifest->getString("report") != contents.reportId)
        problems.push_back(std::string(kFieldReportManifest) +
                           ": the report id is not report.json's SHA-256");
    contents.inspector = report->getString("inspector").value_or("");
    contents.createdAt = report->getString("created_at").value_or("");
    contents.chain = report->getString("chain").value_or("");
    readObservations(*report, contents, problems);
    // Every cited photo must be in the package, with the hash the observation cites.
    std::set<std::string> present;
    for (const PhotoFile& photo : contents.photos)
        present.insert(photo.info.sha256);
    for (const Observation& o : contents.observations)
        for (const VisitPhoto& photo : o.photos)
            if (!present.count(photo.sha256))
                problems.push_back(std::string(kFieldReportJson) + " observation " + o.id + ": photo " +
                                   photo.sha256.substr(0, 16) +
                                   "… is not in the package (or failed its check)");
    for (Observation& o : contents.observations) {
        o.reportId = contents.reportId;
        o.signer = contents.signer;
    }
    if (!problems.empty()) return refuse();
    return contents;
}

Result<FieldReportImport> importFieldReport(Workspace& workspace, const Dataset& data, const std::string& dir,
                                            const PublicKey* trustedKey) {
    auto contents = readFieldReport(dir, trustedKey);
    if (!contents) return fail(contents.error());
    FieldReportImport result;
    result.reportId = contents->reportId;
    result.signer = contents->signer;
    result.inspector = contents->inspector;
    if (trustedKey) result.trusted = true; // a key mismatch was refused above
    ObservationStore store(workspace);
    auto existing = store.report(contents->reportId);
    if (!existing) return fail(existing.error());
    if (*existing && (*existing)->direction == "imported") {
        result.alreadyImported = true;
        result.notInLedger = (*existing)->notInLedger;
        return result;
    }
    for (Observation& o : contents->observations) {
        o.inLedger =
            o.kind == "asset" ? data.assets.count(o.subject) > 0 : data.projects.count(o.subject) > 0;
        if (!o.inLedger) result.notInLedger.push_back(o.kind + ":" + o.subject);
    }
    FieldReportRecord record;
    record.id = contents->reportId;
    record.direction = "imported";
    record.path = fs::absolute(dir).string();
    record.inspector = contents->inspector;
    record.createdAt = contents->createdAt;
    record.signer = contents->signer;
    record.signerTrusted = result.trusted;
    record.observations = static_cast<std::int64_t>(contents->observations.size());
    record.notInLedger = result.notInLedger;
    if (auto status =
            store.addImported(record, contents->observations, contents->photos, result.added, result.skipped);
        !status)
        return fail(status.error());
    return result;
}

} // namespace lj
