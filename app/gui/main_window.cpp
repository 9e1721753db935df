#include "main_window.h"

#include "cases_view.h"
#include "entity_inspector.h"
#include "format.h"
#include "leads_view.h"
#include "relationship_view.h"
#include "timeline_view.h"
#include "trust_dialog.h"
#include "verification_view.h"
#include "visits_view.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace lj::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_verification(new VerificationView)
    , m_leads(new LeadsView)
    , m_timeline(new TimelineView)
    , m_graph(new RelationshipView)
    , m_entity(new EntityInspector)
    , m_visits(new VisitsView)
    , m_cases(new CasesView)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setWindowTitle(tr("Lianjian — three-capitals ledger investigation"));
    setAcceptDrops(true);
    m_trustFiles = QSettings().value(QStringLiteral("trust/files")).toStringList();

    m_navigation->addItems({tr("Verification"), tr("Leads"), tr("Asset timelines"), tr("Relationship graph"),
                            tr("Entities"), tr("Field visits"), tr("Cases")});
    m_navigation->setFixedWidth(150);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { font-size: 11pt; } QListWidget::item { padding: 10px 8px; }"));
    m_pages->addWidget(m_verification);
    m_pages->addWidget(m_leads);
    m_pages->addWidget(m_timeline);
    m_pages->addWidget(m_graph);
    m_pages->addWidget(m_entity);
    m_pages->addWidget(m_visits);
    m_pages->addWidget(m_cases);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({150, 4000}); // the navigation keeps its width; the page takes the rest
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(VerificationPage);

    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_loader.cancel(); });
    connect(&m_loader, &QFutureWatcher<std::shared_ptr<Session>>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_loader, &QFutureWatcher<std::shared_ptr<Session>>::progressTextChanged, m_status, &QLabel::setText);
    connect(&m_loader, &QFutureWatcher<std::shared_ptr<Session>>::finished, this, &MainWindow::finishLoading);

    connect(m_leads, &LeadsView::openAssetRequested, this, [this](const QString& asset) {
        showPage(TimelinePage);
        m_timeline->showAsset(asset);
    });
    buildMenus();
    setUpCases();
    connectGraphAndEntities();
    setUpVisits();
    m_verification->setSession(nullptr);
    m_status->setText(tr("Open a ledger export (.sle) to begin."));
}

MainWindow::~MainWindow()
{
    m_loader.cancel();
    m_loader.waitForFinished();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open exports or workspace…"), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addAction(tr("Save as investigation &workspace…"), this, &MainWindow::chooseSaveAsWorkspace);
    file->addSeparator();
    file->addAction(tr("&Trust store…"), this, &MainWindow::editTrustStore);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    buildEditMenu();
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < PageCount; ++page)
        view->addAction(m_navigation->item(page)->text(), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)),
                        this, [this, page] { showPage(static_cast<Page>(page)); });
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lianjian"), this, [this] {
        QMessageBox::about(this, tr("About Lianjian"),
                           tr("<h3>Lianjian 链鉴 %1</h3><p>Offline verification and investigation of the rural collective "
                              "three-capitals supervision chain: signed exports, asset timelines, warning rules and "
                              "evidence anyone can check.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showPage(Page page) { m_navigation->setCurrentRow(page); }

bool MainWindow::isLoading() const { return m_loader.isRunning(); }

void MainWindow::chooseAndOpen()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open ledger exports or an investigation workspace"), {},
        tr("Exports and workspaces (*.sle *.sle.gz *.lianjian);;Ledger exports (*.sle *.sle.gz);;Investigation "
           "workspaces (*.lianjian);;All files (*)"));
    if (!paths.isEmpty()) openExports(paths);
}

void MainWindow::editTrustStore()
{
    TrustDialog dialog(m_trustFiles, this);
    if (dialog.exec() != QDialog::Accepted) return;
    m_trustFiles = dialog.files();
    QSettings().setValue(QStringLiteral("trust/files"), m_trustFiles);
    if (m_session && !m_session->reports.empty()) {
        QStringList paths;
        for (const VerifyReport& report : m_session->reports) paths << q(report.path);
        openExports(paths); // re-verify against the new trust store
    }
}

void MainWindow::openExports(const QStringList& paths, const QStringList& trustFiles)
{
    if (openWorkspaceInstead(paths)) return;
    QStringList problems;
    m_sessionTrustFiles = trustFiles.isEmpty() ? m_trustFiles : trustFiles;
    const TrustStore trust = loadTrustStore(m_sessionTrustFiles, &problems);
    for (const QString& problem : problems) statusBar()->showMessage(problem, 8000);
    std::vector<std::string> files;
    for (const QString& path : paths) files.push_back(path.toStdString());
    const RuleSettings settings = m_settings;
    rememberRecent(paths);
    startLoading([files, trust, settings](const LoadProgress& progress) {
        return loadSession(files, trust, settings, std::nullopt, progress);
    });
}

void MainWindow::startLoading(std::function<std::shared_ptr<Session>(const LoadProgress&)> job)
{
    if (m_loader.isRunning()) {
        m_loader.cancel();
        m_loader.waitForFinished();
    }
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_loader.setFuture(QtConcurrent::run([job = std::move(job)](QPromise<std::shared_ptr<Session>>& promise) {
        promise.setProgressRange(0, 100);
        auto session = job([&](int percent, const QString& stage) {
            promise.setProgressValueAndText(percent, stage);
            return !promise.isCanceled();
        });
        if (session) promise.addResult(std::move(session));
    }));
}

void MainWindow::finishLoading()
{
    m_progress->hide();
    m_cancel->hide();
    if (m_loader.isCanceled() || m_loader.future().resultCount() == 0) {
        m_status->setText(m_session ? m_session->statusText() : tr("Loading cancelled."));
        return;
    }
    if (refuseFailedSession(m_loader.result())) return;
    m_session = m_loader.result();
    m_cases->setSession(m_session, m_settings);
    m_verification->setSession(m_session);
    m_leads->setSession(m_session);
    m_timeline->setSession(m_session, m_settings);
    m_graph->setSession(m_session);
    m_entity->setSession(m_session);
    m_visits->setSession(m_session, m_settings);
    m_status->setText(m_session->statusText() + QStringLiteral(" · ") +
                      tr("%n finding(s) as of %1", nullptr, static_cast<int>(m_session->findings.size())).arg(Format::date(m_session->asOf)));
    emit sessionLoaded();
}

void MainWindow::rememberRecent(const QStringList& paths)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent/files")).toStringList();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > 10) recent.removeLast();
    settings.setValue(QStringLiteral("recent/files"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent/files")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openExports({path}); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (!paths.isEmpty()) openExports(paths);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_cases->confirmClose()) { // unsaved case notes: save, discard or stay
        event->ignore();
        return;
    }
    m_loader.cancel();
    event->accept();
}

} // namespace lj::gui
