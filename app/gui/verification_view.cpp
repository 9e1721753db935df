#include "verification_view.h"

#include "format.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lj::gui {

namespace {

QTableView* makeTable(QAbstractItemModel* model)
{
    auto* table = new QTableView;
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

VerificationView::VerificationView(QWidget* parent)
    : QWidget(parent)
    , m_exports(new VerificationModel(this))
    , m_findings(new ExportFindingsModel(this))
    , m_exportTable(makeTable(m_exports))
    , m_findingTable(makeTable(m_findings))
    , m_banner(new QLabel)
    , m_findingsTitle(new QLabel)
{
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(10);
    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_findingsTitle);
    lowerLayout->addWidget(m_findingTable);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_exportTable);
    splitter->addWidget(lower);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    connect(m_exportTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showFindingsOf(current.row()); });
}

QString VerificationView::bannerText() const { return m_banner->text(); }

void VerificationView::setSession(std::shared_ptr<const Session> session)
{
    m_session = std::move(session);
    m_exports->setSession(m_session);
    m_exportTable->resizeColumnsToContents();
    QString html;
    QString color = QStringLiteral("#1b7f3b");
    if (!m_session || m_session->empty()) {
        html = tr("Open a ledger export (.sle) to verify it.");
        color = QStringLiteral("#555");
    } else {
        for (std::size_t i = 0; i < m_session->reports.size(); ++i) {
            const ExportState state = exportState(*m_session, i);
            if (state != ExportState::VerifiedTrusted && state != ExportState::VerifiedNoTrustStore)
                color = exportStateColor(state).name();
        }
        html = QStringLiteral("<b>%1</b>").arg(m_session->statusText().toHtmlEscaped());
        for (const ExportPair& pair : m_session->pairs) {
            const QString a = QFileInfo(q(m_session->reports[pair.a].path)).fileName();
            const QString b = QFileInfo(q(m_session->reports[pair.b].path)).fileName();
            if (pair.result.relation == ExportRelation::Fork)
                html += QStringLiteral("<br/>") +
                        tr("FORK at height %1: %2 holds block %3…, %4 holds block %5…. Some node rewrote history; keep both files as evidence.")
                            .arg(pair.result.forkHeight)
                            .arg(a, q(pair.result.hashA.substr(0, 16)), b, q(pair.result.hashB.substr(0, 16)))
                            .toHtmlEscaped();
            else
                html += QStringLiteral("<br/>") +
                        tr("%1 continues %2.").arg(pair.result.relation == ExportRelation::BContinuesA ? b : a,
                                                   pair.result.relation == ExportRelation::BContinuesA ? a : b).toHtmlEscaped();
        }
        for (const QString& error : m_session->openErrors) html += QStringLiteral("<br/>") + error.toHtmlEscaped();
    }
    m_banner->setText(html);
    m_banner->setStyleSheet(QStringLiteral("QLabel { border-left: 6px solid %1; background: #f6f7f9; }").arg(color));
    if (m_exports->rowCount() > 0) m_exportTable->selectRow(0);
    else showFindingsOf(-1);
}

void VerificationView::showFindingsOf(int row)
{
    m_findings->setReport(m_session, row);
    m_findingTable->resizeColumnsToContents();
    m_findingTable->horizontalHeader()->setStretchLastSection(true);
    if (row < 0 || !m_session) {
        m_findingsTitle->clear();
        return;
    }
    const VerifyReport& report = m_session->reports[static_cast<std::size_t>(row)];
    m_findingsTitle->setText(report.findings.empty()
                                 ? tr("%1: no findings — every line, hash, Merkle root and signature checked.")
                                       .arg(QFileInfo(q(report.path)).fileName())
                                 : tr("%1: %n finding(s)", nullptr, static_cast<int>(report.findings.size()))
                                       .arg(QFileInfo(q(report.path)).fileName()));
}

} // namespace lj::gui
