// MainWindow's part in field visits: what the Field visits page tells the rest of the window.
#include "main_window.h"
#include "visits_view.h"

#include <QStatusBar>

namespace lj::gui {

void MainWindow::setUpVisits()
{
    // A contradiction is worth telling wherever the user looks next.
    connect(m_visits, &VisitsView::contradictionFound, this,
            [this](const QString& summary) { statusBar()->showMessage(tr("V01: %1").arg(summary), 15000); });
}

} // namespace lj::gui
