#pragma once
// 关系图谱: the relationship graph page. Ask for an entity's ego network, the shortest paths
// between two entities or the conflict paths of a collective; the core answers and lays the
// picture out off the GUI thread; the page draws it (shapes per entity type, labelled relations,
// the conflict path in red), lets the user expand, hide and pin nodes, re-lay out, search, and
// export PNG or SVG, or attach it to a case. A click on a node or relation shows its facts and the
// transactions behind them.
#include "graph_request.h"
#include "session.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace lj::gui {

class ProvenanceFetcher;

class GraphScene;
class ZoomableView;

class RelationshipView : public QWidget {
    Q_OBJECT

public:
    explicit RelationshipView(QWidget* parent = nullptr);
    ~RelationshipView() override;

    void setSession(std::shared_ptr<const Session> session);
    void showEgo(const QString& entityId, int hops = 2);
    void showPath(const QString& from, const QString& to);
    void showConflicts(const QString& collectiveId = {});
    bool isBusy() const;
    GraphScene* scene() const { return m_scene; }
    QGraphicsView* canvas() const;
    QListWidget* pathList() const { return m_paths; }
    bool exportImage(const QString& path); // .png or .svg
    // The picture as it stands, for a case: what was asked, the core's JSON of the displayed view
    // (nodes, relations with their transactions, paths, centrality, positions as the user left
    // them, hidden entities listed) and the picture (PNG).
    struct Snapshot {
        QString subject;
        QByteArray json, png;
    };
    std::optional<Snapshot> snapshot() const;
    // The toolbar's actions on the selected entities.
    void expandSelected();
    void hideSelected();
    void relayout();

signals:
    void rendered();
    void inspectRequested(const QString& entityId);
    void attachToCaseRequested(); // the main window knows the current case

private:
    void buildGraph();
    void submit(GraphRequest request);
    void showAnswer();
    void runFromControls();
    void chooseExport();
    void showItemDetails();
    void showNodeDetails(graph::NodeId node);
    void showEdgeDetails(graph::EdgeId edge);
    void openLink(const QUrl& url);
    QString entityIdFromInput(const QString& text) const;
    void setBusy(bool busy);

    std::shared_ptr<const Session> m_session;
    std::shared_ptr<const graph::EntityGraph> m_graph;
    GraphRequest m_request;
    std::optional<GraphRequest> m_pending; // asked for before the graph was built
    QFutureWatcher<std::shared_ptr<const graph::EntityGraph>> m_graphWatcher;
    QFutureWatcher<GraphAnswer> m_answerWatcher;

    QComboBox* m_mode;
    QLineEdit* m_first;
    QLineEdit* m_second;
    QSpinBox* m_hops;
    QComboBox* m_layout;
    QPushButton* m_show;
    QPushButton* m_expand;
    QPushButton* m_hide;
    QPushButton* m_relayout;
    QPushButton* m_export;
    QPushButton* m_attach;
    GraphScene* m_scene;
    ZoomableView* m_canvas;
    QListWidget* m_paths;
    QTextBrowser* m_details;
    ProvenanceFetcher* m_provenance; // completes tx details with the raw record and its proof
    QLabel* m_status;
};

} // namespace lj::gui
