// The main window's links between leads, timelines, the relationship graph and the entity
// inspector: a finding's path opens on the graph, an entity opens in the inspector, and so on.
#include "cases_view.h"
#include "entity_inspector.h"
#include "leads_view.h"
#include "main_window.h"
#include "relationship_view.h"
#include "timeline_view.h"

#include <QStatusBar>

namespace lj::gui {

void MainWindow::connectGraphAndEntities() {
    const auto openEntity = [this](const QString& id) {
        showPage(EntityPage);
        m_entity->inspect(id);
    };
    const auto openGraph = [this](const QString& id) {
        showPage(GraphPage);
        m_graph->showEgo(id);
    };
    connect(m_leads, &LeadsView::openEntityRequested, this, openEntity);
    connect(m_leads, &LeadsView::openPathRequested, this, [this](const QString& from, const QString& to) {
        showPage(GraphPage);
        m_graph->showPath(from, to);
    });
    connect(m_graph, &RelationshipView::inspectRequested, this, openEntity);
    connect(m_graph, &RelationshipView::attachToCaseRequested, this, &MainWindow::attachGraphToCase);
    connect(m_entity, &EntityInspector::openGraphRequested, this, openGraph);
    connect(m_entity, &EntityInspector::openAssetRequested, this, [this](const QString& asset) {
        showPage(TimelinePage);
        m_timeline->showAsset(asset);
    });
}

bool MainWindow::attachGraphToCase() {
    const auto snapshot = m_graph->snapshot();
    if (!snapshot) {
        statusBar()->showMessage(tr("There is no picture to attach yet."), 8000);
        return false;
    }
    if (!m_cases->hasWorkspace() || m_cases->currentCaseId() == 0) {
        statusBar()->showMessage(tr("Cases live in a workspace: open or save one, select a case on the Cases "
                                    "page, then attach the picture."),
                                 10000);
        return false;
    }
    // The data (with the transactions behind every relation) and the picture, as two snapshots.
    const QString graph = QStringLiteral("graph");
    const bool attached =
        m_cases->attachSnapshot(graph, snapshot->subject, QStringLiteral("json"), snapshot->json) != 0 &&
        m_cases->attachSnapshot(graph, snapshot->subject, QStringLiteral("png"), snapshot->png) != 0;
    statusBar()->showMessage(attached ? tr("The picture is attached to the case selected on the Cases page.")
                                      : m_cases->lastMessage(),
                             10000);
    return attached;
}

} // namespace lj::gui
