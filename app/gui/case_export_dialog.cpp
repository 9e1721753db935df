#include "case_export_dialog.h"

#include "case_export.h"
#include "casefile/case_file_assembly.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace lj::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseExportDialog)
};

} // namespace

CaseFileContent caseFileFromSession(const Session& session, std::vector<RuleFinding> findings) {
    std::vector<const VerifyReport*> reports;
    for (const VerifyReport& report : session.reports)
        reports.push_back(&report);
    WorkspaceEvidence evidence = collectExportEvidence(reports, citedTransactions(findings), nullptr);
    if (session.trustGiven) {
        bool all = !session.reports.empty();
        for (const VerifyReport& report : session.reports)
            all = all && report.trusted == true;
        evidence.trusted = all;
    }
    CaseFileContent content = assembleCaseFileContent(session.dataset, std::move(findings), session.asOf,
                                                      RuleSettings::defaults(), std::move(evidence), 12);
    for (const VerifyReport& report : session.reports)
        if (report.header) {
            content.chain = report.header->consortium.chain;
            content.chainName = report.header->consortium.chainName;
            content.suite = std::string(suiteName(report.header->consortium.suite));
            break;
        }
    return content;
}

void exportCaseFileInteractively(QWidget* parent, std::shared_ptr<const Session> session,
                                 std::vector<RuleFinding> findings) {
    if (!session || findings.empty()) return;
    const QString suggested =
        QDir::home().filePath(Text::tr("case-file-%1").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString folder =
        QFileDialog::getSaveFileName(parent, Text::tr("Export Case File"), suggested, QString(), nullptr,
                                     QFileDialog::ShowDirsOnly | QFileDialog::DontConfirmOverwrite);
    if (folder.isEmpty()) return;
    bool force = false;
    if (QFileInfo::exists(folder)) {
        const auto answer =
            QMessageBox::question(parent, Text::tr("Export Case File"),
                                  Text::tr("%1 already exists. Replace the case package in it?").arg(folder));
        if (answer != QMessageBox::Yes) return;
        force = true;
    }

    QProgressDialog progress(Text::tr("Assembling the case file…"), Text::tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    std::atomic<bool> cancelled = false;
    QFutureWatcher<QString> watcher;
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancelled = true; });
    QObject::connect(&watcher, &QFutureWatcher<QString>::progressValueChanged, &progress,
                     &QProgressDialog::setValue);
    QObject::connect(&watcher, &QFutureWatcher<QString>::progressTextChanged, &progress,
                     &QProgressDialog::setLabelText);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(
        QtConcurrent::run([session, findings, folder, force, &cancelled](QPromise<QString>& promise) {
            promise.setProgressRange(0, 100);
            const CaseFileContent content = caseFileFromSession(*session, findings);
            casefile::CaseExportOptions options;
            options.outDir = folder.toStdString();
            options.force = force;
            options.progress = [&](int percent, const QString& stage) {
                promise.setProgressValueAndText(percent, stage);
                return !cancelled.load();
            };
            const auto status = casefile::exportCasePackage(content, options);
            promise.addResult(status ? QString() : QString::fromStdString(status.error()));
        }));
    loop.exec();
    progress.close();
    const QString error = watcher.future().resultCount() ? watcher.result() : Text::tr("cancelled");
    if (!error.isEmpty() && !cancelled)
        QMessageBox::warning(parent, Text::tr("Export Case File"),
                             Text::tr("The case file was not written: %1").arg(error));
    else if (error.isEmpty())
        QMessageBox::information(
            parent, Text::tr("Export Case File"),
            Text::tr("Case file written to %1 (case.pdf, case.odt, evidence.json, manifest.json).")
                .arg(folder));
}

} // namespace lj::gui
