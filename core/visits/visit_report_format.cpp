#include "visits/visit_report_format.h"

#include "visits/visit_photo.h"

namespace lj {

std::string photoPackagePath(const std::string& sha256, const std::string& mime) {
    return "photos/" + sha256 + "." + photoExtension(mime);
}

std::string fieldReportSigningMessage(const json::Value& manifest) {
    json::Value unsignedManifest = json::Value::object();
    for (const auto& [member, value] : manifest.asObject())
        if (member != "signature") unsignedManifest.set(member, value);
    return "lianjian-visit-v1\n" + json::serialize(unsignedManifest);
}

json::Value fieldReportSignature(const json::Value& manifest, const PrivateKey& signer) {
    const PublicKey key = signer.publicKey();
    json::Value entry = json::Value::object();
    entry.set("suite", json::Value::string(std::string(suiteName(signer.suite()))));
    entry.set("key", json::Value::string(key.spkiBase64()));
    entry.set("fingerprint", json::Value::string(key.fingerprint()));
    entry.set("sig", json::Value::string(toBase64(signer.sign(fieldReportSigningMessage(manifest)))));
    return entry;
}

} // namespace lj
