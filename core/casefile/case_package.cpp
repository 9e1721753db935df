#include "casefile/case_package.h"

#include "crypto/hasher.h"
#include "util/encoding.h"
#include "util/file_write.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <unistd.h>

namespace lj {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kSignaturePrefix = "lianjian-case-v1\n";

std::string hashKey(HashAlgo algo) {
    return algo == HashAlgo::Sm3 ? "sm3" : "sha256";
}

std::string hashHex(HashAlgo algo, std::string_view bytes) {
    Hasher hasher(algo);
    return toHex(hasher.hash(bytes));
}

json::Value strings(const std::vector<std::string>& items) {
    json::Value list = json::Value::array();
    for (const std::string& item : items)
        list.push(json::Value::string(item));
    return list;
}

std::vector<std::string> stringList(const json::Value* value) {
    std::vector<std::string> list;
    if (value && value->isArray())
        for (const json::Value& item : value->asArray())
            if (item.isString()) list.push_back(item.asString());
    return list;
}

std::string signingMessage(const json::Value& unsignedManifest) {
    return std::string(kSignaturePrefix) + json::serialize(unsignedManifest);
}

json::Value manifestJson(const std::vector<PackageFile>& files, const PackageManifest& manifest) {
    json::Value document = json::Value::object();
    document.set("lianjian_case", json::Value::number(std::int64_t{1}));
    document.set("hash", json::Value::string(hashKey(manifest.hash)));
    document.set("chain", json::Value::string(manifest.chain));
    document.set("suite", json::Value::string(manifest.suite));
    document.set("created_at", json::Value::string(manifest.createdAt));
    document.set("case", json::Value::string(manifest.caseNumber));
    document.set("findings", strings(manifest.findings));
    document.set("evidence", strings(manifest.evidence));
    document.set("unverified", strings(manifest.unverified));
    json::Value list = json::Value::array();
    for (const PackageFile& file : files) {
        json::Value entry = json::Value::object();
        entry.set("name", json::Value::string(file.name));
        entry.set("bytes", json::Value::number(static_cast<std::int64_t>(file.bytes.size())));
        entry.set("hash", json::Value::string(hashHex(manifest.hash, file.bytes)));
        list.push(std::move(entry));
    }
    document.set("files", std::move(list));
    return document;
}

bool isPlainName(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
           name.find('\\') == std::string::npos;
}

Result<std::string> readWhole(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("cannot be read");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

Status writeCasePackage(const std::string& dir, const std::vector<PackageFile>& files,
                        const PackageManifest& manifest, const PrivateKey* signer, bool force) {
    const fs::path target(dir);
    std::error_code error;
    const bool exists = fs::exists(target, error);
    if (exists) {
        if (!force) return fail(dir + " already exists (use --force to replace it)");
        if (!fs::is_directory(target, error)) return fail(dir + " exists and is not a folder; not replaced");
        const bool empty = fs::is_empty(target, error);
        if (!empty && !fs::exists(target / kManifestFile, error))
            return fail(dir + " is a folder that holds no case package (no manifest.json); not replaced");
    }

    json::Value document = manifestJson(files, manifest);
    if (signer) {
        const PublicKey key = signer->publicKey();
        const Bytes signature = signer->sign(signingMessage(document));
        json::Value entry = json::Value::object();
        entry.set("suite", json::Value::string(std::string(suiteName(signer->suite()))));
        entry.set("key", json::Value::string(key.spkiBase64()));
        entry.set("fingerprint", json::Value::string(key.fingerprint()));
        entry.set("sig", json::Value::string(toBase64(signature)));
        document.set("signature", std::move(entry));
    }

    // Build beside the target, then swap it in: a reader never sees half a package.
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const fs::path staging =
        parent / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
    fs::remove_all(staging, error);
    if (!fs::create_directories(staging, error)) return fail(staging.string() + ": " + error.message());
    for (const PackageFile& file : files) {
        if (!isPlainName(file.name)) return fail("not a plain file name: " + file.name);
        if (auto status = writeWholeFile((staging / file.name).string(), file.bytes); !status) return status;
    }
    if (auto status =
            writeWholeFile((staging / kManifestFile).string(), json::serializePretty(document) + "\n");
        !status)
        return status;
    if (exists) fs::remove_all(target, error);
    if (error) return fail(dir + ": " + error.message());
    fs::rename(staging, target, error);
    if (error) {
        fs::remove_all(staging);
        return fail(dir + ": " + error.message());
    }
    return Ok{};
}

Result<CasePackageReport> verifyCasePackage(const std::string& dir, const TrustStore* trust) {
    const fs::path root(dir);
    std::error_code error;
    if (!fs::is_directory(root, error)) return fail(dir + " is not a folder");
    CasePackageReport report;
    auto& problems = report.problems;

    auto text = readWhole(root / kManifestFile);
    if (!text) {
        problems.push_back(std::string(kManifestFile) + ": missing or unreadable");
        return report;
    }
    auto manifest = json::parse(*text);
    if (!manifest || !manifest->isObject() || manifest->getInt("lianjian_case") != 1) {
        problems.push_back(std::string(kManifestFile) +
                           ": not a Lianjian case manifest (changed or damaged)");
        return report;
    }
    const std::string hashName = manifest->getString("hash").value_or("");
    if (hashName != "sha256" && hashName != "sm3") {
        problems.push_back(std::string(kManifestFile) + ": unknown hash \"" + hashName + "\"");
        return report;
    }
    const HashAlgo algo = hashName == "sm3" ? HashAlgo::Sm3 : HashAlgo::Sha256;
    report.hash = std::string(hashAlgoName(algo));
    report.chain = manifest->getString("chain").value_or("");

    // The signature first: it vouches for the manifest's own bytes.
    if (const json::Value* signature = manifest->find("signature")) {
        json::Value unsignedManifest = json::Value::object();
        for (const auto& [member, value] : manifest->asObject())
            if (member != "signature") unsignedManifest.set(member, value);
        const auto suite = suiteFromName(signature->getString("suite").value_or(""));
        const auto sig = fromBase64(signature->getString("sig").value_or(""));
        auto key = suite ? PublicKey::fromSpkiBase64(*suite, signature->getString("key").value_or(""))
                         : Result<PublicKey>(fail("unknown suite"));
        if (!suite || !sig || !key) {
            problems.push_back(std::string(kManifestFile) + ": the signature entry is malformed");
        } else {
            report.signer = key->fingerprint();
            report.signerSuite = std::string(suiteName(*suite));
            if (!key->verify(signingMessage(unsignedManifest), *sig))
                problems.push_back(std::string(kManifestFile) +
                                   ": the handler's signature does not match the manifest (manifest changed "
                                   "after signing, or signed by another key)");
            if (signature->getString("fingerprint") != report.signer)
                problems.push_back(std::string(kManifestFile) +
                                   ": the stated key fingerprint is not the key's");
        }
    }

    std::set<std::string> listed{kManifestFile};
    const json::Value* files = manifest->find("files");
    if (!files || !files->isArray()) problems.push_back(std::string(kManifestFile) + ": no file list");
    const json::Array none;
    for (const json::Value& entry : files && files->isArray() ? files->asArray() : none) {
        const std::string name = entry.getString("name").value_or("");
        if (!isPlainName(name)) {
            problems.push_back(std::string(kManifestFile) + ": a listed file name is not a plain name");
            continue;
        }
        listed.insert(name);
        auto bytes = readWhole(root / name);
        if (!bytes) {
            problems.push_back(name + ": listed in the manifest but missing");
            continue;
        }
        ++report.filesChecked;
        const auto size = entry.getInt("bytes");
        const std::string expected = entry.getString("hash").value_or("");
        const std::string actual = hashHex(algo, *bytes);
        if (actual != expected) {
            std::string message = name + ": " + report.hash + " differs from the manifest (file changed)";
            if (size && static_cast<std::size_t>(*size) != bytes->size())
                message += "; " + std::to_string(bytes->size()) + " bytes, the manifest says " +
                           std::to_string(*size);
            message += "; expected " + expected + ", found " + actual;
            problems.push_back(message);
        }
    }
    for (const std::string required : {"case.pdf", "case.odt", kEvidenceFile})
        if (!listed.count(required)) problems.push_back(required + ": not listed in the manifest");
    for (const auto& item : fs::directory_iterator(root, error))
        if (!listed.count(item.path().filename().string()))
            report.notes.push_back(item.path().filename().string() +
                                   ": present but not in the manifest (ignored)");

    // Every evidence item, independently of the manifest's hash: a changed record names itself.
    const std::vector<std::string> proven = stringList(manifest->find("evidence"));
    // A case whose facts are all unverified has a bundle without items (and maybe without the
    // validators nobody could know): only its emptiness is checked.
    const auto noteUnverified = [&] {
        const std::vector<std::string> unverified = stringList(manifest->find("unverified"));
        if (!unverified.empty())
            report.notes.push_back(
                std::to_string(unverified.size()) +
                " cited fact(s) are marked unverified in the case file and have no proof here");
    };
    const auto evidenceText = readWhole(root / kEvidenceFile);
    const auto empty = json::parse(evidenceText.ok() ? *evidenceText : "");
    const json::Value* emptyItems = empty && empty->isObject() ? empty->find("items") : nullptr;
    if (proven.empty() && emptyItems && emptyItems->isArray() && emptyItems->asArray().empty()) {
        report.notes.push_back(std::string(kEvidenceFile) + ": no items (no cited fact is proven)");
        noteUnverified();
        return report;
    }
    auto bundle = loadEvidenceFile((root / kEvidenceFile).string());
    if (!bundle) {
        problems.push_back(std::string(kEvidenceFile) + ": " + bundle.error());
    } else {
        const EvidenceReport checked = verifyEvidence(*bundle, trust);
        report.evidenceItems = checked.items.size();
        report.trusted = checked.trusted;
        if (checked.trusted == false)
            problems.push_back(std::string(kEvidenceFile) + ": not trusted: " + checked.untrustedReason);
        if (bundle->consortium.chain != report.chain)
            problems.push_back(std::string(kEvidenceFile) + ": chain \"" + bundle->consortium.chain +
                               "\" is not the manifest's \"" + report.chain + "\"");
        for (const EvidenceItemResult& item : checked.items) {
            const std::string where = std::string(kEvidenceFile) + " item " + std::to_string(item.item + 1) +
                                      " (tx " + item.txId.substr(0, 16) + "…" +
                                      (item.height ? ", block " + std::to_string(*item.height) : "") + ")";
            for (const Finding& finding : item.findings)
                problems.push_back(where + ": " + std::string(findingCodeName(finding.code)) + " " +
                                   finding.message);
            if (item.item >= proven.size())
                problems.push_back(where + ": not listed among the manifest's evidence");
            else if (proven[item.item] != item.txId)
                problems.push_back(where + ": the record's id is not " + proven[item.item].substr(0, 16) +
                                   "…, the one the manifest lists (record changed)");
        }
        if (checked.items.size() < proven.size())
            problems.push_back(std::string(kEvidenceFile) + ": holds " +
                               std::to_string(checked.items.size()) + " items, the manifest lists " +
                               std::to_string(proven.size()));
    }
    noteUnverified();
    return report;
}

} // namespace lj
