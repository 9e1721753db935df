#include "generator/generator.h"

#include "crypto/key_files.h"
#include "generator/answer_key.h"
#include "generator/district.h"
#include "generator/export_stream.h"
#include "generator/planted_common.h"
#include "ledger/consortium.h"
#include "ledger/export_writer.h"

#include <filesystem>

namespace lj::gen {

namespace {

namespace fs = std::filesystem;

std::string fileName(const std::string& path) {
    return fs::path(path).filename().string();
}

// The district as it was before the chain started, then every record since: organisations and
// officials, each village's assets, projects, payments and welfare, then the planted cases, then
// what depends on everything else (budgets, disclosures, operation logs).
std::vector<PlantedCase> buildDistrict(District& district) {
    district.buildOrganisations();
    district.appointOfficials();
    for (std::size_t v = 0; v < district.villages().size(); ++v) {
        const int village = static_cast<int>(v);
        district.villageAssets(village);
        district.villageProjects(village);
        district.routinePayments(village);
        district.villageWelfare(village);
    }
    std::vector<PlantedCase> cases = plantCases(district);
    district.approveBudgets();
    district.disclosures();
    district.operationLogs();
    district.finalRecords();
    return cases;
}

// Validators: the discipline commission, the agriculture bureau and the finance offices of the
// first two towns (the district finance bureau when there is only one town).
std::vector<SigningValidator> makeValidators(District& district, Suite suite) {
    std::vector<std::pair<std::string, std::string>> members = {{"jw", "相城区纪委监委"},
                                                                {"ny", "相城区农业农村局"}};
    for (std::size_t t = 0; t < std::min<std::size_t>(2, district.towns().size()); ++t)
        members.emplace_back(district.towns()[t].validatorId, district.towns()[t].name + "财政与资产管理局");
    if (members.size() < 4) members.emplace_back("czj", "相城区财政局");
    std::vector<SigningValidator> validators;
    for (auto& [id, org] : members)
        validators.push_back({id, org, PrivateKey::generate(suite)});
    return validators;
}

} // namespace

Status checkOptions(const GeneratorOptions& options) {
    if (options.villages < 4 || options.villages > 64)
        return fail("--villages must be between 4 and 64 (the planted cases and their look-alikes need four "
                    "villages)");
    if (options.to.days - options.from.days < 3 * 365)
        return fail("the period must span at least three years, so that every planted case has room");
    if (!isValidChainId(options.chain)) return fail("invalid chain id " + options.chain);
    return Ok{};
}

Result<GeneratorResult> generateDistrict(const GeneratorOptions& options, const std::string& outPath) {
    if (auto checked = checkOptions(options); !checked) return Error{checked.error()};
    GeneratorResult result;
    result.consortiumPath = outPath + ".consortium.json";
    result.keysDir = outPath + ".keys";
    result.answerKeyPath = outPath + ".key.json";
    for (const std::string& path : {outPath, result.consortiumPath, result.keysDir, result.answerKeyPath}) {
        std::error_code error;
        if (fs::exists(path, error)) return fail(path + " exists; refusing to overwrite it");
    }

    District district(options, Date::fromCivil(options.from.year() - 4, 1, 1));
    const std::vector<PlantedCase> cases = buildDistrict(district);

    // Reaching a transaction target: elderly villagers with monthly subsidies for most of the
    // difference, then operation logs for the exact remainder.
    std::uint64_t fillerLogs = 0;
    if (options.txs > 0) {
        const std::uint64_t base = district.sink().size() + district.subsidyTxCount();
        if (options.txs > base) district.addBulkVillagers((options.txs - base) * 85 / 100);
        const std::uint64_t withVillagers = district.sink().size() + district.subsidyTxCount();
        if (options.txs > withVillagers) fillerLogs = options.txs - withVillagers;
    }

    ExportWriterOptions writerOptions;
    writerOptions.chain = options.chain;
    writerOptions.chainName = options.chainName;
    writerOptions.suite = options.suite;
    writerOptions.validators = makeValidators(district, options.suite);
    writerOptions.quorum = 3;
    writerOptions.exporter = "jw";
    writerOptions.exportedAt = formatChinaTime(chinaSeconds(options.to.addDays(1), 8));

    std::error_code error;
    fs::create_directories(result.keysDir, error);
    if (error) return fail("cannot create " + result.keysDir + ": " + error.message());
    fs::permissions(result.keysDir, fs::perms::owner_all, fs::perm_options::replace, error);
    for (const SigningValidator& validator : writerOptions.validators)
        if (auto written = writeKeyPair(validator.key, result.keysDir + "/" + validator.id); !written)
            return Error{written.error()};

    auto writer = ExportWriter::create(outPath, writerOptions);
    if (!writer) return Error{writer.error()};
    StreamOptions stream;
    stream.fillerLogs = fillerLogs;
    stream.progress = options.progress;
    if (auto status = streamBlocks(district, district.sink().takeSorted(), **writer, stream); !status)
        return Error{status.error()};
    result.blocks = (*writer)->blocksWritten();
    result.txs = (*writer)->txsWritten();
    if (auto status = (*writer)->finish(); !status) return Error{status.error()};
    result.bytes = static_cast<std::uint64_t>(fs::file_size(outPath, error));

    if (auto status = writeConsortiumFile(result.consortiumPath, consortiumOf(writerOptions)); !status)
        return Error{status.error()};
    AnswerKeyInfo info;
    info.exportName = fileName(outPath);
    info.consortiumName = fileName(result.consortiumPath);
    info.chain = options.chain;
    info.chainName = options.chainName;
    info.suite = std::string(suiteName(options.suite));
    info.exportedAt = writerOptions.exportedAt;
    info.blocks = result.blocks;
    info.txs = result.txs;
    if (auto status = writeAnswerKey(result.answerKeyPath, options, info, cases); !status)
        return Error{status.error()};
    result.cases = cases.size();
    return result;
}

} // namespace lj::gen
