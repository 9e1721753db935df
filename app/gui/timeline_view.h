#pragma once
// 资产时间线: one asset in detail, or every asset of a village as an overview; zoom and pan,
// hover for details, click any mark for its provenance.
#include "session.h"
#include "timeline_scene.h"

#include <QFutureWatcher>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTextBrowser;

namespace lj::gui {

class ProvenanceFetcher;

class ZoomableView : public QGraphicsView {
    Q_OBJECT

public:
    using QGraphicsView::QGraphicsView;

signals:
    void markClicked(QGraphicsItem* item);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
};

class TimelineView : public QWidget {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);
    void setSession(std::shared_ptr<const Session> session, const RuleSettings& settings);
    void showAsset(const QString& assetId);
    void showVillage(const QString& villageId);
    QString currentAsset() const;
    bool isBusy() const;

signals:
    void rendered();

private:
    void rebuildChoices();
    void render();
    void showProvenance(QGraphicsItem* item);
    void fitWidth();

    struct Result {
        std::vector<AssetTimeline> timelines;
        bool overview = false;
    };

    std::shared_ptr<const Session> m_session;
    RuleSettings m_settings;
    TimelineScene* m_scene;
    ZoomableView* m_view;
    QComboBox* m_village;
    QComboBox* m_asset;
    QDateEdit* m_asOf;
    QLabel* m_title;
    QTextBrowser* m_provenance;
    ProvenanceFetcher* m_provenanceFetcher; // adds the raw record and its proof
    QFutureWatcher<Result> m_watcher;
    bool m_renderAgain = false;
};

} // namespace lj::gui
