// MainWindow's part in cases: opening investigation workspaces, saving opened exports as one, the
// Edit menu's undo/redo of case edits, and making a case from the leads view's selection. Kept
// apart from main_window.cpp so that the window's own file stays about navigation and loading.
#include "case_text.h"
#include "cases/case_builder.h"
#include "cases_view.h"
#include "format.h"
#include "leads_view.h"
#include "main_window.h"
#include "timeline_view.h"
#include "trust_dialog.h"
#include "workspace_session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <utility>

namespace lj::gui {

void MainWindow::setUpCases() {
    connect(m_leads, &LeadsView::createCaseRequested, this, &MainWindow::createCaseFromFindings);
    connect(m_cases, &CasesView::saveAsWorkspaceRequested, this, &MainWindow::chooseSaveAsWorkspace);
    connect(m_cases, &CasesView::openAssetRequested, this, [this](const QString& asset) {
        showPage(TimelinePage);
        m_timeline->showAsset(asset);
    });
    // "Create case" with only exports open: once they are saved as a workspace, make the case.
    // Any other load forgets the request, so that a stale selection never makes a case later.
    connect(this, &MainWindow::sessionLoaded, this, [this] {
        const QStringList pending = std::exchange(m_pendingCaseFindings, {});
        if (!pending.isEmpty() && m_session && m_session->hasWorkspace()) createCaseFromFindings(pending);
    });
}

void MainWindow::buildEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_cases->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_cases->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Your &name in the audit trail…"), this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Your name"), tr("Name recorded as the author of case changes:"),
                                  QLineEdit::Normal, CaseText::userName(), &ok);
        if (ok && !name.trimmed().isEmpty())
            QSettings().setValue(QStringLiteral("user/name"), name.trimmed());
    });
}

bool MainWindow::openWorkspaceInstead(const QStringList& paths) {
    for (const QString& path : paths)
        if (isWorkspacePath(path)) {
            if (paths.size() > 1)
                statusBar()->showMessage(
                    tr("Opened the workspace only; add exports to it with Save as investigation workspace."),
                    10000);
            openWorkspace(path);
            return true;
        }
    return false;
}

void MainWindow::openWorkspace(const QString& path) {
    rememberRecent({path});
    const std::string file = path.toStdString();
    const RuleSettings settings = m_settings;
    startLoading([file, settings](const LoadProgress& progress) {
        return loadWorkspaceSession(file, settings, progress);
    });
}

void MainWindow::saveAsWorkspace(const QString& path) {
    if (!m_session || m_session->reports.empty()) {
        statusBar()->showMessage(tr("Open ledger exports first: they are what the workspace is made of."),
                                 10000);
        return;
    }
    std::vector<std::string> exports;
    for (const VerifyReport& report : m_session->reports)
        exports.push_back(report.path);
    const TrustStore trust = loadTrustStore(m_sessionTrustFiles);
    const std::string file = path.toStdString();
    const RuleSettings settings = m_settings;
    rememberRecent({path});
    startLoading([exports, file, trust, settings](const LoadProgress& progress) {
        return importIntoWorkspace(exports, file, trust, settings, progress);
    });
}

void MainWindow::chooseSaveAsWorkspace() {
    if (!m_session || m_session->reports.empty()) {
        statusBar()->showMessage(m_session && m_session->hasWorkspace()
                                     ? tr("This is already an investigation workspace.")
                                     : tr("Open ledger exports first."),
                                 10000);
        m_pendingCaseFindings.clear();
        return;
    }
    const QString base = QFileInfo(q(m_session->reports.front().path)).completeBaseName();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + QStringLiteral(".lianjian"));
    // An existing workspace of the same chain is not overwritten: the exports are added to it.
    QString path = QFileDialog::getSaveFileName(this, tr("Save as investigation workspace"), suggested,
                                                tr("Investigation workspaces (*.lianjian)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        m_pendingCaseFindings.clear();
        return;
    }
    if (!isWorkspacePath(path)) path += QStringLiteral(".lianjian");
    saveAsWorkspace(path);
}

void MainWindow::createCaseFromFindings(const QStringList& findingIds) {
    if (findingIds.isEmpty()) {
        statusBar()->showMessage(tr("Select one or more findings in the leads table first."), 8000);
        return;
    }
    if (!m_cases->hasWorkspace()) {
        const auto answer =
            QMessageBox::question(this, tr("Create case"),
                                  tr("Cases are kept in an investigation workspace, one file with the "
                                     "verified records, the cases and "
                                     "their audit trail. Save the open exports as a workspace now?"));
        if (answer != QMessageBox::Yes) return;
        m_pendingCaseFindings = findingIds;
        chooseSaveAsWorkspace();
        return;
    }
    std::vector<RuleFinding> chosen;
    for (const RuleFinding& finding : m_session->findings)
        if (findingIds.contains(q(finding.id))) chosen.push_back(finding);
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Create case"), tr("Case title:"), QLineEdit::Normal,
                                                q(defaultCaseTitle(chosen)), &ok);
    if (!ok) return;
    showPage(CasesPage);
    if (m_cases->createCaseFromFindings(findingIds, title) == 0)
        QMessageBox::warning(this, tr("Create case"), m_cases->lastMessage());
}

bool MainWindow::refuseFailedSession(const std::shared_ptr<Session>& session) {
    if (!session || !session->failed) return false;
    m_pendingCaseFindings.clear();
    QStringList reasons;
    for (const QString& error : session->openErrors)
        reasons << error;
    const QString reason = reasons.join(QLatin1Char('\n'));
    m_status->setText(m_session ? m_session->statusText() : reason);
    statusBar()->showMessage(reason, 15000);
    if (isVisible() && !testAttribute(Qt::WA_DontShowOnScreen))
        QMessageBox::warning(this, tr("Cannot open"), reason);
    emit loadFailed(reason);
    return true;
}

} // namespace lj::gui
