// The main window's links between leads, timelines, the relationship graph and the entity
// inspector: a finding's path opens on the graph, an entity opens in the inspector, and so on.
#include "entity_inspector.h"
#include "leads_view.h"
#include "main_window.h"
#include "relationship_view.h"
#include "timeline_view.h"

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
    connect(m_entity, &EntityInspector::openGraphRequested, this, openGraph);
    connect(m_entity, &EntityInspector::openAssetRequested, this, [this](const QString& asset) {
        showPage(TimelinePage);
        m_timeline->showAsset(asset);
    });
}

} // namespace lj::gui
