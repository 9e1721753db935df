#include "case_export.h"

#include "case_document.h"
#include "case_pdf.h"
#include "case_text.h"
#include "casefile/case_package.h"

#include <QElapsedTimer>
#include <filesystem>

namespace lj::casefile {

Status exportCasePackage(const CaseFileContent& content, const CaseExportOptions& options,
                         CaseExportTimings* timings) {
    CaseExportTimings local;
    CaseExportTimings& t = timings ? *timings : local;
    const auto step = [&](int percent, const QString& stage) {
        return !options.progress || options.progress(percent, stage);
    };
    // Refuse early: rendering is the slow part, and the answer would be the same afterwards.
    std::error_code error;
    if (!options.force && std::filesystem::exists(options.outDir, error))
        return fail(options.outDir + " already exists (use --force to replace it)");
    const QString packageName =
        QString::fromStdString(std::filesystem::path(options.outDir).filename().string());

    QElapsedTimer clock;
    clock.start();
    if (!step(5, CaseFileText::tr("Drawing charts"))) return fail("cancelled");
    const CaseImages images = renderCaseImages(content);
    t.images = clock.nsecsElapsed() / 1e9;

    clock.restart();
    if (!step(20, CaseFileText::tr("Writing the PDF"))) return fail("cancelled");
    std::vector<PackageFile> files;
    files.push_back({"case.pdf", renderCasePdf(content, images, packageName).toStdString()});
    t.pdf = clock.nsecsElapsed() / 1e9;
    t.pdfBytes = files.back().bytes.size();

    clock.restart();
    if (!step(60, CaseFileText::tr("Writing the ODT"))) return fail("cancelled");
    files.push_back({"case.odt", renderCaseOdt(content, images, packageName).toStdString()});
    t.odt = clock.nsecsElapsed() / 1e9;
    t.odtBytes = files.back().bytes.size();
    if (files[0].bytes.empty() || files[1].bytes.empty())
        return fail("the case document could not be rendered");

    clock.restart();
    if (!step(80, CaseFileText::tr("Writing the evidence and the manifest"))) return fail("cancelled");
    EvidenceBundle bundle = content.bundle;
    if (!content.consortium) { // no validator keys known: an empty bundle that still names its chain
        bundle.consortium.chain = content.chain;
        bundle.consortium.suite = suiteFromName(content.suite).value_or(Suite::Sha256Ed25519);
    }
    files.push_back({kEvidenceFile, json::serializePretty(evidenceToJson(bundle)) + "\n"});
    t.evidenceBytes = files.back().bytes.size();

    PackageManifest manifest;
    manifest.hash = content.suite == "sm3-sm2" ? HashAlgo::Sm3 : HashAlgo::Sha256;
    manifest.chain = content.chain;
    manifest.suite = content.suite;
    manifest.createdAt = content.generatedAt;
    if (content.meta) manifest.caseNumber = content.meta->number;
    for (const RuleFinding& finding : content.findings)
        manifest.findings.push_back(finding.id);
    for (const CaseFact& fact : content.facts)
        (fact.state == FactState::Unverified ? manifest.unverified : manifest.evidence).push_back(fact.tx);
    auto written = writeCasePackage(options.outDir, files, manifest, options.signer, options.force);
    t.write = clock.nsecsElapsed() / 1e9;
    if (!written) return written;
    step(100, CaseFileText::tr("Done"));
    return Ok{};
}

} // namespace lj::casefile
