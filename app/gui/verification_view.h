#pragma once
// 核验: one row per export with a clear state badge, the forks between exports, and the
// verification findings of the selected export with line numbers, in plain words.
#include "verification_model.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace lj::gui {

class VerificationView : public QWidget {
    Q_OBJECT

public:
    explicit VerificationView(QWidget* parent = nullptr);
    void setSession(std::shared_ptr<const Session> session);
    QString bannerText() const;

private:
    void showFindingsOf(int row);

    std::shared_ptr<const Session> m_session;
    VerificationModel* m_exports;
    ExportFindingsModel* m_findings;
    QTableView* m_exportTable;
    QTableView* m_findingTable;
    QLabel* m_banner;
    QLabel* m_findingsTitle;
};

} // namespace lj::gui
