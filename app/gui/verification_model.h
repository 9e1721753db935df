#pragma once
// One row per opened export: chain, suite, heights, counts and its verification state.
#include "session.h"

#include <QAbstractTableModel>
#include <QColor>
#include <memory>

namespace lj::gui {

enum class ExportState { VerifiedTrusted, VerifiedNoTrustStore, Untrusted, Broken, Unreadable, Fork };

ExportState exportState(const Session& session, std::size_t index);
QString exportStateText(const Session& session, std::size_t index);
QColor exportStateColor(ExportState state);

class VerificationModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { File, Chain, Suite, Heights, Blocks, Transactions, State, ColumnCount };

    explicit VerificationModel(QObject* parent = nullptr);
    void setSession(std::shared_ptr<const Session> session);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Session> m_session;
};

// The verification findings (E_… codes) of one export.
class ExportFindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Line, Height, Code, Meaning, Detail, ColumnCount };

    explicit ExportFindingsModel(QObject* parent = nullptr);
    void setReport(std::shared_ptr<const Session> session, int reportIndex);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const VerifyReport* report() const;
    std::shared_ptr<const Session> m_session;
    int m_report = -1;
};

} // namespace lj::gui
