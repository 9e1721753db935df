#include "case_list_model.h"

#include "case_text.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace lj::gui {

namespace {

QString localTime(const std::string& rfc3339) {
    const QDateTime time = QDateTime::fromString(QString::fromStdString(rfc3339), Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString::fromStdString(rfc3339);
}

QColor reviewColor(ReviewStatus status) {
    switch (status) {
    case ReviewStatus::Pending:
        return QColor(0xb3, 0x6b, 0x00);
    case ReviewStatus::Approved:
        return QColor(0x1b, 0x7f, 0x3b);
    case ReviewStatus::Returned:
        return QColor(0xb0, 0x1e, 0x1e);
    case ReviewStatus::None:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

} // namespace

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CaseListModel::setCases(std::vector<CaseSummary> cases) {
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

const CaseSummary* CaseListModel::caseAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_cases.size()) ? &m_cases[static_cast<std::size_t>(row)]
                                                              : nullptr;
}

int CaseListModel::rowOf(std::int64_t caseId) const {
    for (std::size_t i = 0; i < m_cases.size(); ++i)
        if (m_cases[i].id == caseId) return static_cast<int>(i);
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    const CaseSummary* summary = index.isValid() ? caseAt(index.row()) : nullptr;
    if (!summary) return {};
    if (role == CaseIdRole) return QVariant::fromValue<qlonglong>(summary->id);
    if (role == Qt::ForegroundRole && index.column() == Review)
        return QBrush(reviewColor(summary->status.review));
    if (role == Qt::TextAlignmentRole && index.column() == Findings)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (static_cast<Column>(index.column())) {
    case Number:
        return QString::fromStdString(summary->number);
    case Title:
        return QString::fromStdString(summary->title);
    case State:
        return CaseText::state(summary->status.state);
    case Review:
        return CaseText::review(summary->status.review);
    case Handler:
        return QString::fromStdString(summary->handler);
    case Findings:
        return QVariant::fromValue<qlonglong>(summary->findingCount);
    case Updated:
        return localTime(summary->updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("Number");
    case Title:
        return tr("Title");
    case State:
        return tr("State");
    case Review:
        return tr("Review");
    case Handler:
        return tr("Handler");
    case Findings:
        return tr("Findings");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lj::gui
