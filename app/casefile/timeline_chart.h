#pragma once
// One asset's timeline as a picture for a printed case file: a year axis and lanes for
// registration and statuses, listings, leases (lessee and rent), idle runs, rent instalments
// (received, due, overdue) and chain alerts, with the as-of date and a legend. Drawn with QPainter
// on a QImage (QtGui only), sized for an A4 column.
#include "timeline/asset_timeline.h"

#include <QImage>

namespace lj::casefile {

// `width` is the logical width; the image has `scale` times as many pixels for print.
QImage renderTimelineChart(const Dataset& data, const AssetTimeline& timeline, int width = 1000,
                           double scale = 2.0);

} // namespace lj::casefile
