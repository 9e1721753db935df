#include "findings_model.h"

#include "format.h"

#include <QColor>

namespace lj::gui {

namespace {

// The collective an id belongs to, for the entity kinds that name one.
std::string orgOfSubject(const Dataset& data, const std::string& id)
{
    if (auto it = data.assets.find(id); it != data.assets.end()) return it->second.org;
    if (auto it = data.contracts.find(id); it != data.contracts.end()) return it->second.lessor;
    if (auto it = data.payments.find(id); it != data.payments.end()) return it->second.org;
    if (auto it = data.projects.find(id); it != data.projects.end()) return it->second.org;
    if (auto it = data.subsidies.find(id); it != data.subsidies.end()) return it->second.org;
    if (auto it = data.receipts.find(id); it != data.receipts.end()) return it->second.org;
    if (auto it = data.listings.find(id); it != data.listings.end()) return orgOfSubject(data, it->second.asset);
    if (auto it = data.persons.find(id); it != data.persons.end()) return it->second.org;
    if (data.orgs.count(id)) return id;
    return {};
}

QDate toQDate(Date day) { return QDate(day.year(), static_cast<int>(day.month()), static_cast<int>(day.day())); }

} // namespace

FindingPlace placeOf(const Dataset& data, const RuleFinding& finding)
{
    for (const std::string& subject : finding.subjects) {
        std::string org = orgOfSubject(data, subject);
        // Walk up to the village level (departments and collectives hang below villages).
        for (int guard = 0; guard < 8 && !org.empty(); ++guard) {
            const auto it = data.orgs.find(org);
            if (it == data.orgs.end()) break;
            if (it->second.level == "village" || it->second.level == "community") return {org, it->second.parent};
            if (it->second.level == "town") return {{}, org};
            org = it->second.parent;
        }
    }
    return {};
}

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingsModel::setSession(std::shared_ptr<const Session> session)
{
    beginResetModel();
    m_session = std::move(session);
    m_places.clear();
    m_dates.clear();
    if (m_session) {
        // A finding is filed under the date the rule names, else its interval start, else the
        // date of its latest proof (the event that completed it).
        for (const RuleFinding& finding : m_session->findings) {
            m_places.push_back(placeOf(*m_session->dataset, finding));
            std::optional<Date> day;
            if (const auto named = finding.details.getString("date")) day = Date::parse(*named);
            if (!day) day = finding.from;
            if (!day && !finding.txs.empty())
                if (const TxRef* ref = m_session->findTx(finding.txs.back())) day = dateOfTimestamp(ref->time);
            m_dates.push_back(day);
        }
    }
    endResetModel();
}

const RuleFinding* FindingsModel::findingAt(int row) const
{
    if (!m_session || row < 0 || row >= static_cast<int>(m_session->findings.size())) return nullptr;
    return &m_session->findings[static_cast<std::size_t>(row)];
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_session ? 0 : static_cast<int>(m_session->findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    const RuleFinding* finding = findingAt(index.row());
    if (!finding) return {};
    const auto row = static_cast<std::size_t>(index.row());
    const Dataset& dataset = *m_session->dataset;
    switch (role) {
    case RuleCodeRole: return q(finding->rule);
    case SeverityRole: return static_cast<int>(finding->severity);
    case VillageRole: return q(m_places[row].villageId);
    case DateRole: return m_dates[row] ? toQDate(*m_dates[row]) : QDate();
    case Qt::ForegroundRole:
        if (index.column() == Severity && finding->severity == lj::Severity::Alarm) return QColor(0xb3, 0x1b, 0x1b);
        if (index.column() == Severity && finding->severity == lj::Severity::Warning) return QColor(0xc2, 0x6a, 0x00);
        return {};
    case SortRole:
        if (index.column() == Severity) return static_cast<int>(finding->severity);
        if (index.column() == When) return m_dates[row] ? m_dates[row]->days : 0;
        if (index.column() == Transactions) return static_cast<int>(finding->txs.size());
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Summary) return q(finding->summary);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity: return Format::severity(finding->severity);
        case Rule: return Format::ruleName(finding->rule);
        case Summary: return q(finding->summary);
        case Town: return m_places[row].townId.empty() ? QString() : q(dataset.nameOf(m_places[row].townId));
        case Village: return m_places[row].villageId.empty() ? QString() : q(dataset.nameOf(m_places[row].villageId));
        case When: return Format::date(m_dates[row]);
        case Transactions: return static_cast<int>(finding->txs.size());
        }
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Rule: return tr("Rule");
    case Summary: return tr("Finding");
    case Town: return tr("Town");
    case Village: return tr("Village");
    case When: return tr("Date");
    case Transactions: return tr("Proofs");
    }
    return {};
}

FindingsFilter::FindingsFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
}

void FindingsFilter::setRules(std::set<QString> rules)
{
    m_rules = std::move(rules);
    invalidateFilter();
}

void FindingsFilter::setMinimumSeverity(int severity)
{
    m_minimumSeverity = severity;
    invalidateFilter();
}

void FindingsFilter::setVillage(const QString& villageId)
{
    m_village = villageId;
    invalidateFilter();
}

void FindingsFilter::setDateRange(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void FindingsFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_rules.empty() && !m_rules.count(index.data(FindingsModel::RuleCodeRole).toString())) return false;
    if (index.data(FindingsModel::SeverityRole).toInt() < m_minimumSeverity) return false;
    if (!m_village.isEmpty() && index.data(FindingsModel::VillageRole).toString() != m_village) return false;
    const QDate day = index.data(FindingsModel::DateRole).toDate();
    if (m_from.isValid() && (!day.isValid() || day < m_from)) return false;
    if (m_to.isValid() && (!day.isValid() || day > m_to)) return false;
    if (m_text.isEmpty()) return true;
    for (int column = 0; column < sourceModel()->columnCount(); ++column)
        if (sourceModel()->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    const auto* model = static_cast<const FindingsModel*>(sourceModel());
    if (const RuleFinding* finding = model->findingAt(sourceRow))
        for (const std::string& subject : finding->subjects)
            if (q(subject).contains(m_text, Qt::CaseInsensitive)) return true;
    return false;
}

} // namespace lj::gui
