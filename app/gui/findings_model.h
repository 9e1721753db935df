#pragma once
// The leads table: one row per rule finding, with where it happened (town, village) and when.
#include "session.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>
#include <memory>
#include <set>

namespace lj::gui {

struct FindingPlace {
    std::string villageId, townId;
};

// The village (and its town) a finding concerns, from the orgs of its subjects.
FindingPlace placeOf(const Dataset& data, const RuleFinding& finding);

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Severity, Rule, Summary, Town, Village, When, Transactions, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RuleCodeRole, SeverityRole, VillageRole, DateRole };

    explicit FindingsModel(QObject* parent = nullptr);
    void setSession(std::shared_ptr<const Session> session);
    const RuleFinding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Session> m_session;
    std::vector<FindingPlace> m_places;
    std::vector<std::optional<Date>> m_dates;
};

// Filters leads by rule, minimum severity, village, date range and free text.
class FindingsFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit FindingsFilter(QObject* parent = nullptr);
    void setRules(std::set<QString> rules); // empty: all
    void setMinimumSeverity(int severity);   // lj::Severity as int; 0 = all
    void setVillage(const QString& villageId); // empty: all
    void setDateRange(QDate from, QDate to);   // invalid: open
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::set<QString> m_rules;
    int m_minimumSeverity = 0;
    QString m_village;
    QDate m_from, m_to;
    QString m_text;
};

} // namespace lj::gui
