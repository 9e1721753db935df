#include "ledger/commit_check.h"

#include <set>

namespace lj {

std::string blockSigningMessage(std::string_view chain, std::int64_t height, std::string_view blockHashHex)
{
    std::string message = "sle/1 block ";
    message.append(chain).append(" ").append(std::to_string(height)).append(" ").append(blockHashHex);
    return message;
}

std::string exportSigningMessage(std::string_view chain, std::string_view digestHex)
{
    std::string message = "sle/1 export ";
    message.append(chain).append(" ").append(digestHex);
    return message;
}

void collectSignatures(const json::Value* sigs, const Consortium& consortium, CommitJob& job,
                       std::vector<Finding>& findings)
{
    const auto report = [&](FindingCode code, std::string message) {
        findings.push_back({code, job.line, job.height, std::move(message)});
    };
    if (!sigs || !sigs->isArray()) {
        report(FindingCode::Sig, "\"sigs\" is not an array");
        return;
    }
    std::size_t position = 0;
    for (const json::Value& entry : sigs->asArray()) {
        ++position;
        const auto id = entry.getString("v");
        const auto text = entry.getString("sig");
        if (!id || !text) {
            report(FindingCode::Sig, "signature #" + std::to_string(position) + " is not {\"v\":…,\"sig\":…}");
            continue;
        }
        const int index = consortium.validatorIndex(*id);
        if (index < 0) {
            report(FindingCode::UnknownValidator, "signature by \"" + *id + "\", who is not a validator of this chain");
            continue;
        }
        auto bytes = fromBase64(*text);
        if (!bytes) {
            report(FindingCode::Sig, "signature by \"" + *id + "\" is not valid base64");
            continue;
        }
        job.entries.push_back({index, std::move(*bytes)});
    }
}

CommitOutcome checkCommit(const CommitJob& job, const Consortium& consortium, const TrustStore* trust)
{
    CommitOutcome outcome;
    std::set<int> signers;
    for (const SignatureEntry& entry : job.entries) {
        const Validator& validator = consortium.validators[static_cast<std::size_t>(entry.validator)];
        if (!validator.key.verify(job.message, entry.signature)) {
            outcome.findings.push_back({FindingCode::Sig, job.line, job.height,
                                        "signature by \"" + validator.id + "\" does not verify"});
            continue;
        }
        signers.insert(entry.validator);
        if (trust && !trust->trustsKey(consortium.chain, validator.id, validator.key)) outcome.usedUntrustedKey = true;
    }
    outcome.distinctSigners = static_cast<int>(signers.size());
    if (outcome.distinctSigners < consortium.quorum)
        outcome.findings.push_back({FindingCode::Quorum, job.line, job.height,
                                    std::to_string(outcome.distinctSigners) + " distinct valid signatures, quorum is " +
                                        std::to_string(consortium.quorum)});
    return outcome;
}

} // namespace lj
