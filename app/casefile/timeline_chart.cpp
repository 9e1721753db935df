#include "timeline_chart.h"

#include "case_text.h"
#include "chart_painting.h"
#include "format.h"

#include <QPainterPath>
#include <algorithm>

namespace lj::casefile {

namespace {

const QColor kLease(0x2f, 0x5f, 0x9e);
const QColor kLeaseUnlisted(0x7a, 0x4e, 0xa8);
const QColor kIdle(0xd9, 0x8e, 0x1f);
const QColor kIdleAlert(0xc0, 0x39, 0x2b);
const QColor kReceived(0x2e, 0x8b, 0x4f);
const QColor kOverdue(0xb7, 0x1c, 0x1c);
const QColor kDue(0x9a, 0x9a, 0x9a);
const QColor kListing(0x16, 0x8f, 0x93);
const QColor kRegistration(0x22, 0x22, 0x22);
const QColor kAlert(0xc2, 0x18, 0x5b);
const QColor kGrid(0xdd, 0xdd, 0xdd);

constexpr double kLabelWidth = 120;
constexpr double kLane = 30;
constexpr double kTop = 28;

struct Axis {
    Date first, last;
    double left = 0, right = 0;
    double x(Date day) const {
        const double span = std::max(1, last.days - first.days);
        return left + (right - left) * (day.days - first.days) / span;
    }
};

Axis axisFor(const AssetTimeline& t, double left, double right) {
    std::optional<Date> first, last;
    const auto see = [&](std::optional<Date> day) {
        if (!day) return;
        if (!first || *day < *first) first = day;
        if (!last || *last < *day) last = day;
    };
    see(t.registered);
    see(t.acquired);
    see(t.asOf);
    for (const TimelineLease& lease : t.leases) {
        see(lease.start);
        see(lease.end);
    }
    for (const TimelineEvent& event : t.events)
        see(event.date);
    for (const IdleRun& run : t.idle)
        see(run.from);
    const Date a = first.value_or(t.asOf), b = last.value_or(t.asOf);
    return {Date::fromCivil(a.year(), 1, 1), Date::fromCivil(b.year() + 1, 1, 1), left, right};
}

void diamond(QPainter& painter, QPointF c, double r, const QColor& color) {
    const QPointF points[4] = {
        {c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
    painter.setPen(QPen(color.darker(130), 0.8));
    painter.setBrush(color);
    painter.drawPolygon(points, 4);
}

void triangle(QPainter& painter, QPointF c, double r, const QColor& color) {
    const QPointF points[3] = {{c.x(), c.y() - r}, {c.x() + r, c.y() + r}, {c.x() - r, c.y() + r}};
    painter.setPen(QPen(color.darker(130), 0.8));
    painter.setBrush(color);
    painter.drawPolygon(points, 3);
}

// Text inside a bar when it fits, elided otherwise.
void barLabel(QPainter& painter, const QRectF& bar, const QString& text) {
    const QFontMetricsF metrics(painter.font());
    if (bar.width() < 30) return;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, bar.width() - 6);
    painter.setPen(Qt::white);
    painter.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, shown);
}

} // namespace

QImage renderTimelineChart(const Dataset& data, const AssetTimeline& t, int width, double scale) {
    using Text = CaseFileText;
    const QStringList lanes = {Text::tr("Registration, status"),
                               Text::tr("Listings"),
                               Text::tr("Leases"),
                               Text::tr("Idle"),
                               Text::tr("Rent"),
                               Text::tr("Chain alerts")};
    const double bottom = kTop + lanes.size() * kLane;
    const int height = static_cast<int>(bottom + 44);
    QImage image = blankCanvas(width, height, scale);
    QPainter painter(&image);
    prepare(painter, scale);
    const Axis axis = axisFor(t, kLabelWidth, width - 12);

    // Axis: a line per year, labels thinned out for long histories.
    painter.setFont(chartFont(7.5));
    const int years = axis.last.year() - axis.first.year();
    const int step = years > 24 ? 5 : years > 12 ? 2 : 1;
    for (int year = axis.first.year(); year <= axis.last.year(); ++year) {
        const double x = axis.x(Date::fromCivil(year, 1, 1));
        painter.setPen(QPen(kGrid, 0.6));
        painter.drawLine(QPointF(x, kTop), QPointF(x, bottom));
        if ((year - axis.first.year()) % step == 0 && year < axis.last.year()) {
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QPointF(x + 2, kTop - 6), QString::number(year));
        }
    }
    painter.setFont(chartFont(8));
    for (int i = 0; i < lanes.size(); ++i) {
        const double y = kTop + i * kLane;
        if (i % 2 == 0) painter.fillRect(QRectF(0, y, width, kLane), QColor(0xf6, 0xf6, 0xf6));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(4, y, kLabelWidth - 8, kLane), Qt::AlignVCenter | Qt::AlignLeft, lanes[i]);
    }
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
    painter.drawRect(QRectF(0.5, kTop, width - 1, bottom - kTop));
    const auto mid = [&](int lane) { return kTop + lane * kLane + kLane / 2; };
    const auto bar = [&](int lane, Date from, Date to, double inset) {
        const double left = axis.x(from);
        return QRectF(left, kTop + lane * kLane + inset, std::max(2.0, axis.x(to.addDays(1)) - left),
                      kLane - 2 * inset);
    };

    if (t.registered) triangle(painter, {axis.x(*t.registered), mid(0)}, 6, kRegistration);
    for (const TimelineStatus& status : t.statuses)
        diamond(painter, {axis.x(status.asOf), mid(0)}, 4.5, kDue.darker(140));
    for (const TimelineListing& listing : t.listings)
        if (listing.open)
            painter.fillRect(bar(1, *listing.open, listing.close.value_or(*listing.open), 8), kListing);

    painter.setFont(chartFont(7));
    for (const TimelineLease& lease : t.leases) {
        const QColor color = lease.listing.empty() ? kLeaseUnlisted : kLease;
        const QRectF rect = bar(2, lease.start, lease.end, 5);
        painter.setPen(QPen(color.darker(140), 0.8));
        painter.setBrush(lease.inForceAtAsOf ? color : color.lighter(140));
        painter.drawRect(rect);
        QString text = qs(data.nameOf(lease.lessee));
        if (lease.annualRent) text += QStringLiteral(" · ") + gui::Format::money(*lease.annualRent);
        barLabel(painter, rect, text);
    }
    for (const IdleRun& run : t.idle) {
        const QColor color = run.reachesThreshold ? kIdleAlert : kIdle;
        painter.setPen(QPen(color, 1));
        painter.setBrush(QBrush(color, Qt::BDiagPattern));
        painter.drawRect(bar(3, run.from, run.to, 7));
    }
    for (const RentInstalment& instalment : t.instalments) {
        const QColor color = instalment.overdue                         ? kOverdue
                             : instalment.received >= instalment.amount ? kReceived
                                                                        : kDue;
        diamond(painter, {axis.x(instalment.due), mid(4)}, 4.5, color);
    }
    for (const ChainAlert* alert : t.alerts)
        if (alert->date) triangle(painter, {axis.x(*alert->date), mid(5)}, 5.5, kAlert);

    // The as-of date.
    const double asOf = axis.x(t.asOf);
    painter.setPen(QPen(kOverdue, 1.2, Qt::DashLine));
    painter.drawLine(QPointF(asOf, kTop - 2), QPointF(asOf, bottom));
    painter.setFont(chartFont(7));
    painter.setPen(kOverdue);
    painter.drawText(QRectF(asOf - 150, bottom + 1, 148, 12), Qt::AlignRight | Qt::AlignTop,
                     Text::tr("as of %1").arg(gui::Format::date(t.asOf)));

    // Legend.
    const std::vector<std::pair<QColor, QString>> legend = {
        {kLease, Text::tr("lease (listed)")},
        {kLeaseUnlisted, Text::tr("lease (not listed)")},
        {kIdle, Text::tr("idle")},
        {kIdleAlert, Text::tr("idle ≥ threshold")},
        {kReceived, Text::tr("rent paid")},
        {kOverdue, Text::tr("rent overdue")},
        {kListing, Text::tr("listing")},
        {kAlert, Text::tr("chain alert")},
    };
    double x = kLabelWidth;
    const double y = bottom + 20;
    const QFontMetricsF metrics(painter.font());
    for (const auto& [color, label] : legend) {
        painter.fillRect(QRectF(x, y, 10, 8), color);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QPointF(x + 13, y + 8), label);
        x += 24 + metrics.horizontalAdvance(label);
    }
    return image;
}

} // namespace lj::casefile
