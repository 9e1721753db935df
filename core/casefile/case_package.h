#pragma once
// A case package: a folder holding case.pdf, case.odt, evidence.json and manifest.json. The
// manifest lists every other file with its size and hash (SHA-256, or SM3 in a 国密 workspace),
// what the case cites and which facts are proven, and may be signed by the handler's key
// (Ed25519, P-256 or SM2, from `lianjian-cli keygen`). verifyCasePackage checks it all offline.
//
// manifest.json:
//   {"lianjian_case":1,"hash":"sha256"|"sm3","chain","suite","created_at","case","findings":[ids],
//    "evidence":[tx ids proven by evidence.json, in its order],"unverified":[tx ids],
//    "files":[{"name","bytes","hash"}],
//    "signature":{"suite","key":base64 SPKI,"fingerprint","sig":base64}}   (signature optional)
// The signature covers the compact serialisation of the manifest without "signature", prefixed
// with "lianjian-case-v1\n".
#include "crypto/keys.h"
#include "crypto/suite.h"
#include "ledger/evidence.h"
#include "ledger/trust_store.h"
#include "util/result.h"

#include <string>
#include <vector>

namespace lj {

inline constexpr const char* kManifestFile = "manifest.json";
inline constexpr const char* kEvidenceFile = "evidence.json";

struct PackageFile {
    std::string name; // a plain file name, no directories
    std::string bytes;
};

struct PackageManifest {
    HashAlgo hash = HashAlgo::Sha256;
    std::string chain, suite, createdAt, caseNumber;
    std::vector<std::string> findings, evidence, unverified;
};

// Writes the files and the manifest into `dir`. An existing `dir` is refused unless `force`, and
// even then only when it is empty or holds a case package (a manifest.json): --force never wipes
// an unrelated folder. The files are written to a sibling folder first and renamed into place.
Status writeCasePackage(const std::string& dir, const std::vector<PackageFile>& files,
                        const PackageManifest& manifest, const PrivateKey* signer, bool force);

struct CasePackageReport {
    std::vector<std::string> problems; // each names the file (and item) at fault; empty when intact
    std::vector<std::string> notes;    // facts marked unverified, files not in the manifest
    std::size_t filesChecked = 0;
    std::size_t evidenceItems = 0;
    std::string hash;   // "SHA-256" / "SM3"
    std::string signer; // the signing key's fingerprint; empty when unsigned
    std::string signerSuite;
    std::optional<bool> trusted; // evidence keys in the trust store; nullopt without one
    std::string chain;
    bool ok() const { return problems.empty(); }
};

// Fails only when `dir` is not a readable folder; everything else is a problem in the report.
Result<CasePackageReport> verifyCasePackage(const std::string& dir, const TrustStore* trust);

} // namespace lj
