#pragma once
// Draws asset timelines on a QGraphicsScene: a year axis, and per asset lanes for registration
// and statuses, listings, leases (bars labelled with lessee and rent), idle runs, rent instalments
// (received, due, overdue) and chain alerts. Every mark carries the transaction that proves it.
#include "session.h"
#include "timeline/asset_timeline.h"

#include <QGraphicsScene>

namespace lj::gui {

// Data roles set on every mark (QGraphicsItem::data).
enum TimelineItemData { TxRefKey = 0, DescriptionKey = 1 };

struct TimelineStyle {
    double pixelsPerDay = 0.35;
    double laneHeight = 22;
};

class TimelineScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit TimelineScene(QObject* parent = nullptr);
    // One asset in detail (several lanes) or many assets (one lane each).
    void showAsset(const Session& session, const AssetTimeline& timeline, const TimelineStyle& style);
    void showOverview(const Session& session, const std::vector<AssetTimeline>& timelines, const TimelineStyle& style);

private:
    struct Range {
        Date first, last;
    };
    Range rangeOf(const std::vector<const AssetTimeline*>& timelines) const;
    void drawAxis(const Range& range, double top, double bottom, const TimelineStyle& style);
    double x(Date day) const;
    void addMark(QGraphicsItem* item, std::optional<TxRefId> ref, const QString& description);
    void drawLeases(const Session& session, const AssetTimeline& timeline, double y, double height, bool labels);
    void drawIdle(const AssetTimeline& timeline, double y, double height);
    void drawLegend(double top);

    Date m_origin;
    double m_pixelsPerDay = 0.35;
};

} // namespace lj::gui
