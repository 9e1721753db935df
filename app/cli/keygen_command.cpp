#include "arguments.h"
#include "cli_text.h"
#include "commands.h"

#include "crypto/key_files.h"

#include <filesystem>

namespace lj::cli {

namespace {

class KeygenCommand final : public Command {
public:
    std::string_view name() const override { return "keygen"; }
    std::string synopsis() const override
    {
        return u8(CliText::tr("keygen --suite sha256-ed25519|sha256-p256|sm3-sm2 --out PREFIX   make a key pair (PREFIX.key, PREFIX.pub)"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override
    {
        const Arguments parsed = parseArguments(args, {{"--suite", "--out"}, {}, {}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (!parsed.positional.empty()) return usageError(*this, u8(CliText::tr("unexpected argument %1").arg(q(parsed.positional[0]))), context);
        const auto suite = suiteFromName(parsed.one("--suite"));
        if (!suite) return usageError(*this, u8(CliText::tr("--suite must be sha256-ed25519, sha256-p256 or sm3-sm2")), context);
        const std::string prefix = parsed.one("--out");
        if (prefix.empty()) return usageError(*this, u8(CliText::tr("no --out given")), context);
        for (const char* extension : {".key", ".pub"}) {
            std::error_code error;
            if (std::filesystem::exists(prefix + extension, error)) {
                context.err << "lianjian-cli: " << u8(CliText::tr("%1 exists; refusing to overwrite a key").arg(q(prefix + extension))) << '\n';
                return kExitUsage;
            }
        }
        const PrivateKey key = PrivateKey::generate(*suite);
        if (auto written = writeKeyPair(key, prefix); !written) {
            context.err << "lianjian-cli: " << written.error() << '\n';
            return kExitUsage;
        }
        const PublicKey publicKey = key.publicKey();
        context.out << u8(CliText::tr("Private key  %1.key (keep it secret)").arg(q(prefix))) << '\n';
        context.out << u8(CliText::tr("Public key   %1.pub").arg(q(prefix))) << '\n';
        context.out << "  " << publicKey.spkiBase64() << '\n';
        context.out << u8(CliText::tr("Fingerprint  %1").arg(q(publicKey.fingerprint()))) << '\n';
        return kExitClean;
    }
};

} // namespace

std::unique_ptr<Command> makeKeygenCommand() { return std::make_unique<KeygenCommand>(); }

} // namespace lj::cli
