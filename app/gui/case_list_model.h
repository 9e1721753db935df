#pragma once
// The cases of a workspace, one row each: number, state, review, title, handler, findings, updated.
#include "cases/case_types.h"

#include <QAbstractTableModel>
#include <vector>

namespace lj::gui {

class CaseListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, State, Review, Title, Handler, Findings, Updated, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1 };

    explicit CaseListModel(QObject* parent = nullptr);
    void setCases(std::vector<CaseSummary> cases);
    const CaseSummary* caseAt(int row) const;
    int rowOf(std::int64_t caseId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CaseSummary> m_cases;
};

} // namespace lj::gui
