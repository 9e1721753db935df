#pragma once
// Key files of validator nodes and exporters, as the tools exchange them:
//   PREFIX.key  the private key, unencrypted PKCS#8 PEM, permissions 0600;
//   PREFIX.pub  line 1: the public key (base64 of DER SubjectPublicKeyInfo, as in SLE headers),
//               line 2: "fingerprint <hex>" (the suite's hash of the DER, for comparing by eye).
#include "crypto/keys.h"
#include "crypto/suite.h"
#include "util/result.h"

#include <optional>
#include <string>

namespace lj {

// Writes PREFIX.key and PREFIX.pub, replacing existing files.
Status writeKeyPair(const PrivateKey& key, const std::string& prefix);

// Reads a PREFIX.key file. Without `suite` the suite is inferred from the key type (Ed25519 →
// sha256-ed25519, EC P-256 → sha256-p256, SM2 → sm3-sm2); with it, a key of another type fails.
Result<PrivateKey> readPrivateKeyFile(const std::string& path, std::optional<Suite> suite = std::nullopt);

// Reads a PREFIX.pub file. When the fingerprint line is present it must match the key.
Result<PublicKey> readPublicKeyFile(Suite suite, const std::string& path);

} // namespace lj
