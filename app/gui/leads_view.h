#pragma once
// 问题线索: every rule finding in a sortable, filterable table, with counts per rule and per
// village drawn as charts, and the selected finding explained with its proofs.
#include "findings_model.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QCheckBox;

class QChartView;

namespace lj::gui {

class ProvenanceFetcher;

class LeadsView : public QWidget {
    Q_OBJECT

public:
    explicit LeadsView(QWidget* parent = nullptr);
    void setSession(std::shared_ptr<const Session> session);

    FindingsFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    // Selects the first visible finding of `rule` (used by tests and the screenshot tour).
    bool selectFirstOf(const QString& rule);
    // Ids of the selected findings (several may be selected), in table order.
    QStringList selectedFindingIds() const;
    std::vector<RuleFinding> selectedFindings() const;

signals:
    void openAssetRequested(const QString& assetId);
    void openEntityRequested(const QString& id);
    void openPathRequested(const QString& from, const QString& to);
    void openTransactionRequested(const QString& txId);
    void createCaseRequested(const QStringList& findingIds);

private:
    void rebuildFilters();
    void rebuildCharts();
    void applyFilters();
    void showDetails();
    void openLink(const QUrl& url);
    void exportCaseFile();

    std::shared_ptr<const Session> m_session;
    FindingsModel* m_model;
    FindingsFilter* m_filter;
    QTableView* m_table;
    QTextBrowser* m_details;
    ProvenanceFetcher* m_provenance; // completes tx details with the raw record and its proof
    QComboBox* m_rule;
    QComboBox* m_severity;
    QComboBox* m_village;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_search;
    QLabel* m_count;
    QChartView* m_byRule;
    QChartView* m_byVillage;
};

} // namespace lj::gui
