#include "verification_model.h"

#include "format.h"

#include <QFileInfo>

namespace lj::gui {

namespace {

const Finding* firstBreaking(const VerifyReport& report)
{
    for (const Finding& finding : report.findings)
        if (isBreaking(finding.code)) return &finding;
    return nullptr;
}

bool inFork(const Session& session, std::size_t index)
{
    for (const ExportPair& pair : session.pairs)
        if (pair.result.relation == ExportRelation::Fork && (pair.a == index || pair.b == index)) return true;
    return false;
}

} // namespace

ExportState exportState(const Session& session, std::size_t index)
{
    const VerifyReport& report = session.reports[index];
    if (!report.header) return ExportState::Unreadable;
    if (inFork(session, index)) return ExportState::Fork;
    if (firstBreaking(report)) return ExportState::Broken;
    if (report.trusted == false) return ExportState::Untrusted;
    return session.trustGiven ? ExportState::VerifiedTrusted : ExportState::VerifiedNoTrustStore;
}

QString exportStateText(const Session& session, std::size_t index)
{
    const VerifyReport& report = session.reports[index];
    switch (exportState(session, index)) {
    case ExportState::VerifiedTrusted: return VerificationModel::tr("Verified and trusted");
    case ExportState::VerifiedNoTrustStore: return VerificationModel::tr("Verified (origin not checked: no trust store)");
    case ExportState::Untrusted: return VerificationModel::tr("Verified but untrusted: unknown signing keys");
    case ExportState::Unreadable:
        return VerificationModel::tr("Unreadable: %1").arg(Format::findingCode(std::string(findingCodeName(report.findings.front().code))));
    case ExportState::Fork:
        for (const ExportPair& pair : session.pairs)
            if (pair.result.relation == ExportRelation::Fork && (pair.a == index || pair.b == index))
                return VerificationModel::tr("FORK at height %1: another export holds a different block").arg(pair.result.forkHeight);
        break;
    case ExportState::Broken: {
        const Finding* broken = firstBreaking(report);
        if (report.verifiedThrough)
            return VerificationModel::tr("Broken at line %1: verified through height %2").arg(broken->line).arg(*report.verifiedThrough);
        return VerificationModel::tr("Broken at line %1: nothing verified").arg(broken->line);
    }
    }
    return {};
}

QColor exportStateColor(ExportState state)
{
    switch (state) {
    case ExportState::VerifiedTrusted: return QColor(0x1b, 0x7f, 0x3b);
    case ExportState::VerifiedNoTrustStore: return QColor(0x2f, 0x5f, 0x9e);
    case ExportState::Untrusted: return QColor(0xc2, 0x6a, 0x00);
    case ExportState::Broken:
    case ExportState::Unreadable:
    case ExportState::Fork: return QColor(0xb3, 0x1b, 0x1b);
    }
    return {};
}

VerificationModel::VerificationModel(QObject* parent) : QAbstractTableModel(parent) {}

void VerificationModel::setSession(std::shared_ptr<const Session> session)
{
    beginResetModel();
    m_session = std::move(session);
    endResetModel();
}

int VerificationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session ? 0 : static_cast<int>(m_session->reports.size());
}

int VerificationModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant VerificationModel::data(const QModelIndex& index, int role) const
{
    if (!m_session || !index.isValid()) return {};
    const auto row = static_cast<std::size_t>(index.row());
    const VerifyReport& report = m_session->reports[row];
    if (role == Qt::ToolTipRole && index.column() == File) return q(report.path);
    if (role == Qt::ForegroundRole && index.column() == State) return exportStateColor(exportState(*m_session, row));
    if (role == Qt::TextAlignmentRole && (index.column() == Blocks || index.column() == Transactions))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case File: return QFileInfo(q(report.path)).fileName();
    case Chain:
        if (!report.header) return QStringLiteral("—");
        return report.header->consortium.chainName.empty() ? q(report.header->consortium.chain)
                                                           : q(report.header->consortium.chainName);
    case Suite: return report.header ? q(std::string(suiteName(report.header->consortium.suite))) : QStringLiteral("—");
    case Heights:
        if (!report.toHeight()) return QStringLiteral("—");
        return QStringLiteral("%1–%2").arg(report.header->from).arg(*report.toHeight());
    case Blocks: return QStringLiteral("%1 / %2").arg(report.verifiedBlocks).arg(report.blocks);
    case Transactions: return QStringLiteral("%1 / %2").arg(report.verifiedTxs).arg(report.txs);
    case State: return exportStateText(*m_session, row);
    }
    return {};
}

QVariant VerificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case File: return tr("Export");
    case Chain: return tr("Chain");
    case Suite: return tr("Algorithms");
    case Heights: return tr("Heights");
    case Blocks: return tr("Blocks verified / total");
    case Transactions: return tr("Transactions verified / total");
    case State: return tr("State");
    }
    return {};
}

ExportFindingsModel::ExportFindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExportFindingsModel::setReport(std::shared_ptr<const Session> session, int reportIndex)
{
    beginResetModel();
    m_session = std::move(session);
    m_report = reportIndex;
    endResetModel();
}

const VerifyReport* ExportFindingsModel::report() const
{
    if (!m_session || m_report < 0 || m_report >= static_cast<int>(m_session->reports.size())) return nullptr;
    return &m_session->reports[static_cast<std::size_t>(m_report)];
}

int ExportFindingsModel::rowCount(const QModelIndex& parent) const
{
    const VerifyReport* r = report();
    return parent.isValid() || !r ? 0 : static_cast<int>(r->findings.size());
}

int ExportFindingsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExportFindingsModel::data(const QModelIndex& index, int role) const
{
    const VerifyReport* r = report();
    if (!r || !index.isValid()) return {};
    const Finding& finding = r->findings[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Code)
        return isBreaking(finding.code) ? QColor(0xb3, 0x1b, 0x1b) : QColor(0xc2, 0x6a, 0x00);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case Line: return QVariant::fromValue<qulonglong>(finding.line);
    case Height: return finding.height ? QVariant::fromValue<qlonglong>(*finding.height) : QVariant();
    case Code: return q(std::string(findingCodeName(finding.code)));
    case Meaning: return Format::findingCode(std::string(findingCodeName(finding.code)));
    case Detail: return q(finding.message);
    }
    return {};
}

QVariant ExportFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Line: return tr("Line");
    case Height: return tr("Height");
    case Code: return tr("Code");
    case Meaning: return tr("Meaning");
    case Detail: return tr("Detail");
    }
    return {};
}

} // namespace lj::gui
