#include "arguments.h"
#include "cli_text.h"
#include "commands.h"
#include "generator/generator.h"

#include <charconv>
#include <filesystem>

namespace lj::cli {

namespace {

bool parseCount(const std::string& text, std::uint64_t& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

class GenerateCommand final : public Command {
public:
    std::string_view name() const override { return "generate"; }
    std::string synopsis() const override {
        return u8(CliText::tr(
            "generate --villages N --seed S --suite SUITE --out FILE [--txs N] [--from DATE] [--to DATE]   "
            "write a synthetic district's export with planted cases and their answer key"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override {
        const Arguments parsed = parseArguments(
            args, {{"--villages", "--seed", "--suite", "--out", "--txs", "--from", "--to"}, {}, {}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (!parsed.positional.empty())
            return usageError(*this, u8(CliText::tr("unexpected argument %1").arg(q(parsed.positional[0]))),
                              context);

        gen::GeneratorOptions options;
        std::uint64_t number = 0;
        if (!parseCount(parsed.one("--villages"), number) || number > 1000)
            return usageError(*this, u8(CliText::tr("--villages needs a number of villages")), context);
        options.villages = static_cast<int>(number);
        if (!parseCount(parsed.one("--seed"), options.seed))
            return usageError(*this, u8(CliText::tr("--seed needs a non-negative integer")), context);
        const auto suite = suiteFromName(parsed.one("--suite"));
        if (!suite)
            return usageError(
                *this, u8(CliText::tr("--suite must be sha256-ed25519, sha256-p256 or sm3-sm2")), context);
        options.suite = *suite;
        if (!parsed.one("--txs").empty() && !parseCount(parsed.one("--txs"), options.txs))
            return usageError(*this, u8(CliText::tr("--txs needs a number of transactions")), context);
        for (const auto& [option, date] :
             {std::pair{"--from", &options.from}, std::pair{"--to", &options.to}}) {
            if (parsed.one(option).empty()) continue;
            const auto parsedDate = Date::parse(parsed.one(option));
            if (!parsedDate)
                return usageError(*this, u8(CliText::tr("%1 needs a date YYYY-MM-DD").arg(q(option))),
                                  context);
            *date = *parsedDate;
        }
        const std::string out = parsed.one("--out");
        if (out.empty()) return usageError(*this, u8(CliText::tr("no --out given")), context);
        if (auto checked = gen::checkOptions(options); !checked)
            return usageError(*this, checked.error(), context);
        std::error_code error;
        if (std::filesystem::exists(out, error)) {
            context.err << "lianjian-cli: "
                        << u8(CliText::tr("%1 exists; refusing to overwrite it").arg(q(out))) << '\n';
            return kExitUsage;
        }

        const auto result = gen::generateDistrict(options, out);
        if (!result) {
            context.err << "lianjian-cli: " << result.error() << '\n';
            return kExitUsage;
        }
        context.out << u8(CliText::tr("Export       %1: %2 blocks, %3 transactions, %4 bytes")
                              .arg(q(out))
                              .arg(static_cast<qulonglong>(result->blocks))
                              .arg(static_cast<qulonglong>(result->txs))
                              .arg(static_cast<qulonglong>(result->bytes)))
                    << '\n';
        context.out << u8(CliText::tr("Consortium   %1 (give it to verify and import as --trust)")
                              .arg(q(result->consortiumPath)))
                    << '\n';
        context.out << u8(CliText::tr("Keys         %1 (validators' private keys: keep them out of releases)")
                              .arg(q(result->keysDir)))
                    << '\n';
        context.out << u8(CliText::tr("Answer key   %1: %2 planted cases and look-alikes")
                              .arg(q(result->answerKeyPath))
                              .arg(static_cast<qulonglong>(result->cases)))
                    << '\n';
        return kExitClean;
    }
};

} // namespace

std::unique_ptr<Command> makeGenerateCommand() {
    return std::make_unique<GenerateCommand>();
}

} // namespace lj::cli
