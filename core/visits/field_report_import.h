#pragma once
// Importing a field report into a workspace: everything is checked before anything is written —
// the inspector's signature (required; against --trust-key when given), each file's SHA-256
// against the manifest, each photo (JPEG/PNG, size cap, its hash against report.json), each
// observation's fields. A report already imported adds nothing; an observation already here is
// skipped; observations about assets or projects the ledger lacks are kept and listed.
#include "crypto/keys.h"
#include "model/dataset.h"
#include "util/result.h"
#include "visits/visit_photo.h"
#include "visits/visit_types.h"
#include "workspace/workspace.h"

#include <optional>
#include <string>
#include <vector>

namespace lj {

struct FieldReportContents {
    std::string reportId, inspector, createdAt, chain;
    std::string signer, signerSuite; // fingerprint and suite of the signing key
    std::vector<Observation> observations;
    std::vector<PhotoFile> photos;
};

// Reads and checks the package in `dir`. Fails with every problem found, each naming its file.
Result<FieldReportContents> readFieldReport(const std::string& dir, const PublicKey* trustedKey);

struct FieldReportImport {
    std::string reportId, signer, inspector;
    std::optional<bool> trusted; // signer is the --trust-key; nullopt when no key was given
    bool alreadyImported = false;
    std::size_t added = 0, skipped = 0;
    std::vector<std::string> notInLedger; // subjects of observations the ledger lacks
};

Result<FieldReportImport> importFieldReport(Workspace& workspace, const Dataset& data, const std::string& dir,
                                            const PublicKey* trustedKey);

} // namespace lj
