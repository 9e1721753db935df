#include "crypto/key_files.h"

#include "ledger/trust_store.h" // readSmallFile
#include "util/file_write.h"

#include <string_view>

namespace lj {

namespace {

constexpr std::size_t kMaxKeyFileBytes = 64u << 10;
constexpr std::string_view kFingerprintPrefix = "fingerprint ";

std::string_view trimLineEnd(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.remove_suffix(1);
    return line;
}

} // namespace

Status writeKeyPair(const PrivateKey& key, const std::string& prefix) {
    const PublicKey publicKey = key.publicKey();
    const std::string pub =
        publicKey.spkiBase64() + "\n" + std::string(kFingerprintPrefix) + publicKey.fingerprint() + "\n";
    // The private key first: a .pub without its .key is less confusing than the reverse.
    if (Status status = writeWholeFile(prefix + ".key", key.toPem(), 0600); !status) return status;
    return writeWholeFile(prefix + ".pub", pub, 0644);
}

Result<PrivateKey> readPrivateKeyFile(const std::string& path, std::optional<Suite> suite) {
    auto pem = readSmallFile(path, kMaxKeyFileBytes);
    if (!pem) return fail(pem.error());
    if (suite) {
        auto key = PrivateKey::fromPem(*suite, *pem);
        if (!key) return fail(path + ": " + key.error());
        return key;
    }
    // The key type decides the suite: each type is accepted by exactly one of them.
    std::string firstError;
    for (Suite candidate : {Suite::Sha256Ed25519, Suite::Sha256P256, Suite::Sm3Sm2}) {
        auto key = PrivateKey::fromPem(candidate, *pem);
        if (key) return key;
        if (firstError.empty()) firstError = key.error();
    }
    return fail(path + ": " + firstError);
}

Result<PublicKey> readPublicKeyFile(Suite suite, const std::string& path) {
    auto text = readSmallFile(path, kMaxKeyFileBytes);
    if (!text) return fail(text.error());
    const std::string_view content = *text;
    const std::size_t lineEnd = content.find('\n');
    const std::string_view keyLine = trimLineEnd(content.substr(0, lineEnd));
    auto key = PublicKey::fromSpkiBase64(suite, keyLine);
    if (!key) return fail(path + ": " + key.error());
    if (lineEnd == std::string_view::npos) return key;

    const std::string_view second =
        trimLineEnd(content.substr(lineEnd + 1, content.find('\n', lineEnd + 1) - lineEnd - 1));
    if (second.empty()) return key;
    if (!second.starts_with(kFingerprintPrefix))
        return fail(path + ": the second line is not \"fingerprint <hex>\"");
    if (second.substr(kFingerprintPrefix.size()) != key->fingerprint())
        return fail(path + ": the fingerprint line does not match the key");
    return key;
}

} // namespace lj
