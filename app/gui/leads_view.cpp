#include "leads_view.h"

#include "case_export_dialog.h"
#include "finding_details.h"
#include "format.h"
#include "provenance_fetcher.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <map>

namespace lj::gui {

namespace {

QChartView* makeChartView() {
    auto* view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

// A horizontal-label bar chart of counts.
QChart* barChart(const QString& title, const std::vector<std::pair<QString, int>>& counts,
                 const QColor& color) {
    auto* set = new QBarSet(title);
    set->setColor(color);
    QStringList categories;
    int maximum = 1;
    for (const auto& [label, count] : counts) {
        *set << count;
        categories << label;
        maximum = std::max(maximum, count);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, maximum + 1);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    return chart;
}

} // namespace

LeadsView::LeadsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_filter(new FindingsFilter(this))
    , m_table(new QTableView)
    , m_details(new QTextBrowser)
    , m_provenance(new ProvenanceFetcher(m_details))
    , m_rule(new QComboBox)
    , m_severity(new QComboBox)
    , m_village(new QComboBox)
    , m_useDates(new QCheckBox(tr("Dated")))
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_byRule(makeChartView())
    , m_byVillage(makeChartView()) {
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several findings make one case (file)
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::Summary, QHeaderView::Stretch);
    m_table->sortByColumn(FindingsModel::Severity, Qt::DescendingOrder);
    m_details->setOpenLinks(false);

    m_severity->addItem(tr("All severities"), 0);
    m_severity->addItem(tr("Warnings and alarms"), static_cast<int>(Severity::Warning));
    m_severity->addItem(tr("Alarms only"), static_cast<int>(Severity::Alarm));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_search->setPlaceholderText(tr("Search findings, names, ids…"));
    m_search->setClearButtonEnabled(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Rule")));
    filters->addWidget(m_rule);
    filters->addWidget(m_severity);
    filters->addWidget(new QLabel(tr("Village")));
    filters->addWidget(m_village);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–")));
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto* exportCase = new QPushButton(tr("Export Case File…"));
    exportCase->setToolTip(
        tr("Write the selected findings as a case file (PDF, ODT) with verifiable evidence"));
    filters->addWidget(exportCase);
    connect(exportCase, &QPushButton::clicked, this, &LeadsView::exportCaseFile);

    auto* charts = new QHBoxLayout;
    charts->addWidget(m_byRule, 3);
    charts->addWidget(m_byVillage, 2);
    auto* chartBox = new QWidget;
    chartBox->setLayout(charts);

    auto* detailBox = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details);

    // Several findings (Ctrl/Shift+click) can make one case.
    auto* createCase = new QPushButton(tr("Create case from selected findings…"));
    createCase->setToolTip(tr("Create a case (案件) from the selected findings"));
    connect(createCase, &QPushButton::clicked, this,
            [this] { emit createCaseRequested(selectedFindingIds()); });
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(createCase, 0, Qt::AlignRight);

    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(tableBox);
    lower->addWidget(detailBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(chartBox);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(vertical, 1);

    connect(m_rule, &QComboBox::currentIndexChanged, this, &LeadsView::applyFilters);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &LeadsView::applyFilters);
    connect(m_village, &QComboBox::currentIndexChanged, this, &LeadsView::applyFilters);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &LeadsView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &LeadsView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &LeadsView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LeadsView::showDetails);
    connect(m_details, &QTextBrowser::anchorClicked, this, &LeadsView::openLink);
}

void LeadsView::setSession(std::shared_ptr<const Session> session) {
    m_session = std::move(session);
    m_model->setSession(m_session);
    rebuildFilters();
    rebuildCharts();
    applyFilters();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::Summary, QHeaderView::Stretch);
    m_table->setColumnWidth(FindingsModel::Rule, 130);
    if (m_filter->rowCount() > 0) m_table->selectRow(0);
}

void LeadsView::rebuildFilters() {
    const QSignalBlocker blockRule(m_rule), blockVillage(m_village);
    m_rule->clear();
    m_village->clear();
    m_rule->addItem(tr("All rules"), QString());
    m_village->addItem(tr("All villages"), QString());
    if (!m_session) return;
    std::map<std::string, int> rules;
    std::map<std::string, int> villages;
    for (const RuleFinding& finding : m_session->findings)
        ++rules[finding.rule];
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const QString village = m_model->index(row, 0).data(FindingsModel::VillageRole).toString();
            !village.isEmpty())
            ++villages[village.toStdString()];
    for (const auto& [rule, count] : rules)
        m_rule->addItem(QStringLiteral("%1 (%2)").arg(Format::ruleName(rule)).arg(count), q(rule));
    for (const auto& [village, count] : villages)
        m_village->addItem(QStringLiteral("%1 (%2)").arg(q(m_session->dataset->nameOf(village))).arg(count),
                           q(village));
    if (m_session->dataset->lastBlockDate) {
        const Date last = *m_session->dataset->lastBlockDate;
        m_to->setDate(QDate(last.year(), static_cast<int>(last.month()), static_cast<int>(last.day())));
        m_from->setDate(m_to->date().addYears(-1));
    }
}

void LeadsView::rebuildCharts() {
    std::map<std::string, int> rules;
    std::map<std::string, int> villages;
    if (m_session) {
        for (const RuleFinding& finding : m_session->findings)
            ++rules[finding.rule];
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (const QString village = m_model->index(row, 0).data(FindingsModel::VillageRole).toString();
                !village.isEmpty())
                ++villages[village.toStdString()];
    }
    std::vector<std::pair<QString, int>> byRule;
    for (const auto& [rule, count] : rules)
        byRule.emplace_back(q(rule), count);
    std::vector<std::pair<QString, int>> byVillage;
    for (const auto& [village, count] : villages)
        byVillage.emplace_back(q(m_session->dataset->nameOf(village)), count);
    std::sort(byVillage.begin(), byVillage.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    if (byVillage.size() > 12) byVillage.resize(12);
    m_byRule->setChart(barChart(tr("Findings per rule"), byRule, QColor(0x2f, 0x5f, 0x9e)));
    m_byVillage->setChart(barChart(tr("Findings per village (top 12)"), byVillage, QColor(0xb3, 0x4a, 0x1b)));
}

void LeadsView::applyFilters() {
    const QString rule = m_rule->currentData().toString();
    m_filter->setRules(rule.isEmpty() ? std::set<QString>{} : std::set<QString>{rule});
    m_filter->setMinimumSeverity(m_severity->currentData().toInt());
    m_filter->setVillage(m_village->currentData().toString());
    m_filter->setDateRange(m_useDates->isChecked() ? m_from->date() : QDate(),
                           m_useDates->isChecked() ? m_to->date() : QDate());
    m_filter->setText(m_search->text());
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

bool LeadsView::selectFirstOf(const QString& rule) {
    for (int row = 0; row < m_filter->rowCount(); ++row)
        if (m_filter->index(row, 0).data(FindingsModel::RuleCodeRole).toString() == rule) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

QStringList LeadsView::selectedFindingIds() const {
    QStringList ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : rows)
        if (const RuleFinding* finding = m_model->findingAt(m_filter->mapToSource(row).row()))
            ids << q(finding->id);
    return ids;
}

void LeadsView::showDetails() {
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const RuleFinding* finding = m_model->findingAt(current.row());
    m_details->setHtml(finding && m_session ? findingHtml(*m_session, *finding) : QString());
}

std::vector<RuleFinding> LeadsView::selectedFindings() const {
    std::vector<RuleFinding> findings;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (const RuleFinding* finding = m_model->findingAt(m_filter->mapToSource(index).row()))
            findings.push_back(*finding);
    return findings;
}

void LeadsView::exportCaseFile() {
    exportCaseFileInteractively(this, m_session, selectedFindings());
}

void LeadsView::openLink(const QUrl& url) {
    const QString scheme = url.scheme();
    const QString id = url.path(QUrl::FullyDecoded);
    if (scheme == QLatin1String("asset")) emit openAssetRequested(id);
    if (scheme == QLatin1String("entity")) emit openEntityRequested(id);
    if (scheme == QLatin1String("path"))
        emit openPathRequested(id.section(QLatin1Char('|'), 0, 0), id.section(QLatin1Char('|'), 1));
    if (scheme == QLatin1String("tx") && m_session)
        m_provenance->show(m_session, transactionHtml(*m_session, id.toStdString()), {id.toStdString()});
}

} // namespace lj::gui
