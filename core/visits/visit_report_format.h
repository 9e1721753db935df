#pragma once
// What writing and reading a field report share: photo paths inside the package and the
// manifest's signature (field_report.h describes the package).
#include "crypto/keys.h"

#include "json/json.h"
#include <string>

namespace lj {

// "photos/<sha256>.jpg" / ".png"
std::string photoPackagePath(const std::string& sha256, const std::string& mime);
// The bytes the inspector's key signs: a domain prefix and the compact manifest without "signature".
std::string fieldReportSigningMessage(const json::Value& manifest);
// {"suite","key","fingerprint","sig"} over fieldReportSigningMessage(manifest).
json::Value fieldReportSignature(const json::Value& manifest, const PrivateKey& signer);

} // namespace lj
