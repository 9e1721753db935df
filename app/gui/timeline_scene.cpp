#include "timeline_scene.h"

#include "format.h"

#include <QBrush>
#include <QCursor>
#include <QFont>
#include <QGraphicsEllipseItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace lj::gui {

namespace {

const QColor kLease(0x3a, 0x78, 0xc2);
const QColor kLeaseUnlisted(0x8e, 0x5a, 0xc2);
const QColor kIdle(0xe0, 0x9b, 0x2d);
const QColor kIdleAlert(0xd0, 0x45, 0x2a);
const QColor kReceived(0x2f, 0x9e, 0x55);
const QColor kOverdue(0xc8, 0x1e, 0x1e);
const QColor kDue(0x99, 0x99, 0x99);
const QColor kRegistration(0x1b, 0x1b, 0x1b);
const QColor kListing(0x14, 0x9c, 0xa0);
const QColor kAlert(0xd0, 0x1e, 0x6a);

constexpr double kLabelWidth = 170;

QGraphicsPolygonItem* diamond(double cx, double cy, double r, const QColor& color)
{
    QPolygonF shape;
    shape << QPointF(cx, cy - r) << QPointF(cx + r, cy) << QPointF(cx, cy + r) << QPointF(cx - r, cy);
    auto* item = new QGraphicsPolygonItem(shape);
    item->setBrush(color);
    item->setPen(QPen(color.darker(130), 0.8));
    return item;
}

QGraphicsPolygonItem* triangle(double cx, double cy, double r, const QColor& color)
{
    QPolygonF shape;
    shape << QPointF(cx, cy - r) << QPointF(cx + r, cy + r) << QPointF(cx - r, cy + r);
    auto* item = new QGraphicsPolygonItem(shape);
    item->setBrush(color);
    item->setPen(QPen(color.darker(130), 0.8));
    return item;
}

QString leaseText(const Session& session, const TimelineLease& lease)
{
    QString text = q(session.dataset->nameOf(lease.lessee));
    if (lease.annualRent) text += QStringLiteral(" · ") + Format::money(*lease.annualRent) + TimelineScene::tr("/yr");
    return text;
}

} // namespace

TimelineScene::TimelineScene(QObject* parent) : QGraphicsScene(parent) {}

double TimelineScene::x(Date day) const { return kLabelWidth + (day.days - m_origin.days) * m_pixelsPerDay; }

void TimelineScene::addMark(QGraphicsItem* item, std::optional<TxRefId> ref, const QString& description)
{
    if (ref) item->setData(TxRefKey, static_cast<qulonglong>(*ref));
    item->setData(DescriptionKey, description);
    item->setToolTip(description);
    item->setCursor(Qt::PointingHandCursor);
    addItem(item);
}

TimelineScene::Range TimelineScene::rangeOf(const std::vector<const AssetTimeline*>& timelines) const
{
    std::optional<Date> first, last;
    const auto see = [&](std::optional<Date> day) {
        if (!day) return;
        if (!first || *day < *first) first = day;
        if (!last || *last < *day) last = day;
    };
    for (const AssetTimeline* t : timelines) {
        see(t->registered);
        see(t->asOf);
        for (const auto& lease : t->leases) {
            see(lease.start);
            see(lease.end);
        }
        for (const auto& event : t->events) see(event.date);
        for (const auto& run : t->idle) see(run.from);
    }
    const Date a = first.value_or(Date{}), b = last.value_or(Date{});
    // Whole years with a margin so that labels fit.
    return {Date::fromCivil(a.year(), 1, 1), Date::fromCivil(b.year() + 1, 1, 1)};
}

void TimelineScene::drawAxis(const Range& range, double top, double bottom, const TimelineStyle&)
{
    QFont font;
    font.setPointSizeF(8.5);
    for (int year = range.first.year(); year <= range.last.year(); ++year) {
        const double px = x(Date::fromCivil(year, 1, 1));
        addLine(px, top, px, bottom, QPen(QColor(0xdd, 0xdd, 0xdd), 0));
        auto* label = addSimpleText(QString::number(year), font);
        label->setPos(px + 3, top - 16);
        label->setBrush(QColor(0x55, 0x55, 0x55));
    }
}

void TimelineScene::drawLeases(const Session& session, const AssetTimeline& timeline, double y, double height, bool labels)
{
    QFont font;
    font.setPointSizeF(8);
    for (const TimelineLease& lease : timeline.leases) {
        const double left = x(lease.start);
        const double right = std::max(left + 2, x(lease.end.addDays(1)));
        auto* bar = new QGraphicsRectItem(left, y, right - left, height);
        const QColor color = lease.listing.empty() ? kLeaseUnlisted : kLease;
        bar->setBrush(lease.inForceAtAsOf ? color : color.lighter(135));
        bar->setPen(QPen(color.darker(140), 0.8));
        const Contract* contract = nullptr;
        if (auto it = session.dataset->contracts.find(lease.contract); it != session.dataset->contracts.end()) contract = &it->second;
        const QString description = tr("Lease %1 to %2, %3 – %4, %5 a year%6")
                                        .arg(q(lease.contract), q(session.dataset->nameOf(lease.lessee)),
                                             Format::date(lease.start), Format::date(lease.end),
                                             lease.annualRent ? Format::money(*lease.annualRent) : QStringLiteral("?"),
                                             lease.listing.empty() ? tr(", not publicly listed")
                                                                   : tr(", listing %1").arg(q(lease.listing)));
        addMark(bar, contract && !contract->refs.empty() ? std::optional<TxRefId>(contract->refs.front()) : std::nullopt, description);
        if (labels) {
            auto* text = new QGraphicsSimpleTextItem(leaseText(session, lease), bar);
            text->setFont(font);
            text->setBrush(Qt::white);
            text->setPos(left + 4, y + (height - text->boundingRect().height()) / 2);
            if (text->boundingRect().width() > right - left - 6) text->setText(q(lease.contract));
            if (text->boundingRect().width() > right - left - 6) text->hide();
        }
        // Expiry marker.
        auto* expiry = new QGraphicsLineItem(right, y - 3, right, y + height + 3);
        expiry->setPen(QPen(color.darker(160), 1.6));
        addMark(expiry, std::nullopt, tr("Lease %1 ends %2").arg(q(lease.contract), Format::date(lease.end)));
    }
}

void TimelineScene::drawIdle(const AssetTimeline& timeline, double y, double height)
{
    for (const IdleRun& run : timeline.idle) {
        const double left = x(run.from);
        const double right = std::max(left + 2, x(run.to.addDays(1)));
        auto* bar = new QGraphicsRectItem(left, y, right - left, height);
        const QColor color = run.reachesThreshold ? kIdleAlert : kIdle;
        bar->setBrush(QBrush(color, Qt::BDiagPattern));
        bar->setPen(QPen(color, 1));
        addMark(bar, run.refs.empty() ? std::nullopt : std::optional<TxRefId>(run.refs.front()),
                tr("Idle %1 – %2%3: %n day(s)", nullptr, run.days)
                    .arg(Format::date(run.from), Format::date(run.to), run.open ? tr(" (still idle)") : QString()));
    }
}

void TimelineScene::showAsset(const Session& session, const AssetTimeline& timeline, const TimelineStyle& style)
{
    clear();
    m_pixelsPerDay = style.pixelsPerDay;
    const Range range = rangeOf({&timeline});
    m_origin = range.first;
    const double lane = style.laneHeight * 1.6;
    const QStringList lanes = {tr("Registration & status"), tr("Listings"), tr("Leases"), tr("Idle"), tr("Rent instalments"), tr("Chain alerts")};
    const double top = 30;
    const double bottom = top + lanes.size() * lane;
    drawAxis(range, top, bottom, style);
    QFont laneFont;
    laneFont.setPointSizeF(9);
    for (int i = 0; i < lanes.size(); ++i) {
        auto* label = addSimpleText(lanes[i], laneFont);
        label->setPos(6, top + i * lane + (lane - label->boundingRect().height()) / 2);
        addLine(0, top + (i + 1) * lane, x(range.last), top + (i + 1) * lane, QPen(QColor(0xee, 0xee, 0xee), 0));
    }
    const auto laneY = [&](int i) { return top + i * lane + (lane - style.laneHeight) / 2; };
    const auto laneMid = [&](int i) { return top + i * lane + lane / 2; };

    // Registration and statuses.
    if (timeline.registered) {
        auto* flag = triangle(x(*timeline.registered), laneMid(0), 7, kRegistration);
        const Asset* asset = nullptr;
        if (auto it = session.dataset->assets.find(timeline.asset); it != session.dataset->assets.end()) asset = &it->second;
        addMark(flag, asset && !asset->refs.empty() ? std::optional<TxRefId>(asset->refs.front()) : std::nullopt,
                tr("Registered %1").arg(Format::date(timeline.registered)));
    }
    for (const TimelineStatus& status : timeline.statuses)
        addMark(diamond(x(status.asOf), laneMid(0), 5, QColor(0x66, 0x66, 0x66)), status.ref,
                tr("Status %1 declared as of %2").arg(q(status.status), Format::date(status.asOf)));
    // Listings: open–close bars.
    for (const TimelineListing& listing : timeline.listings) {
        if (!listing.open) continue;
        const double left = x(*listing.open);
        const double right = std::max(left + 4, x(listing.close.value_or(*listing.open).addDays(1)));
        auto* bar = new QGraphicsRectItem(left, laneY(1) + 4, right - left, style.laneHeight - 8);
        bar->setBrush(kListing);
        bar->setPen(Qt::NoPen);
        const Listing* record = nullptr;
        if (auto it = session.dataset->listings.find(listing.id); it != session.dataset->listings.end()) record = &it->second;
        addMark(bar, record && !record->refs.empty() ? std::optional<TxRefId>(record->refs.front()) : std::nullopt,
                tr("Listing %1: %n bidder(s), reserve %2%3", nullptr, listing.bidders)
                    .arg(q(listing.id), listing.reserveRent ? Format::money(*listing.reserveRent) : QStringLiteral("?"),
                         listing.winner.empty() ? QString() : tr(", won by %1").arg(q(session.dataset->nameOf(listing.winner)))));
    }
    drawLeases(session, timeline, laneY(2), style.laneHeight, true);
    drawIdle(timeline, laneY(3), style.laneHeight);
    for (const RentInstalment& instalment : timeline.instalments) {
        const QColor color = instalment.overdue ? kOverdue : instalment.received >= instalment.amount ? kReceived : kDue;
        const Contract* contract = nullptr;
        if (auto it = session.dataset->contracts.find(instalment.contract); it != session.dataset->contracts.end()) contract = &it->second;
        addMark(diamond(x(instalment.due), laneMid(4), 5, color),
                contract && !contract->refs.empty() ? std::optional<TxRefId>(contract->refs.front()) : std::nullopt,
                tr("Rent %1 due %2: %3, received %4%5")
                    .arg(q(instalment.contract), Format::date(instalment.due), Format::money(instalment.amount),
                         Format::money(instalment.received), instalment.overdue ? tr(" — OVERDUE") : QString()));
    }
    for (const ChainAlert* alert : timeline.alerts)
        if (alert->date)
            addMark(triangle(x(*alert->date), laneMid(5), 6, kAlert), alert->refs.empty() ? std::nullopt : std::optional<TxRefId>(alert->refs.front()),
                    tr("Chain alert %1 (%2): %3").arg(q(alert->id), q(alert->rule), q(alert->message)));
    // As-of line.
    auto* asOf = addLine(x(timeline.asOf), top - 4, x(timeline.asOf), bottom, QPen(QColor(0xc8, 0x1e, 0x1e), 1, Qt::DashLine));
    asOf->setToolTip(tr("As of %1").arg(Format::date(timeline.asOf)));
    drawLegend(bottom + 14);
    setSceneRect(itemsBoundingRect().adjusted(-10, -10, 20, 10));
}

void TimelineScene::showOverview(const Session& session, const std::vector<AssetTimeline>& timelines, const TimelineStyle& style)
{
    clear();
    m_pixelsPerDay = style.pixelsPerDay;
    std::vector<const AssetTimeline*> pointers;
    for (const AssetTimeline& t : timelines) pointers.push_back(&t);
    const Range range = rangeOf(pointers);
    m_origin = range.first;
    const double lane = style.laneHeight + 8;
    const double top = 30;
    const double bottom = top + timelines.size() * lane;
    drawAxis(range, top, bottom, style);
    QFont laneFont;
    laneFont.setPointSizeF(8.5);
    for (std::size_t i = 0; i < timelines.size(); ++i) {
        const AssetTimeline& t = timelines[i];
        const double y = top + i * lane + 4;
        auto* label = addSimpleText(q(t.name.empty() ? t.asset : t.name), laneFont);
        label->setPos(6, y + 2);
        label->setToolTip(q(t.asset));
        if (label->boundingRect().width() > kLabelWidth - 12) label->setScale((kLabelWidth - 12) / label->boundingRect().width());
        drawIdle(t, y, style.laneHeight);
        drawLeases(session, t, y, style.laneHeight, true);
        if (t.registered) addMark(triangle(x(*t.registered), y + style.laneHeight / 2, 5, kRegistration), std::nullopt,
                                  tr("%1 registered %2").arg(q(t.name), Format::date(t.registered)));
        for (const RentInstalment& instalment : t.instalments)
            if (instalment.overdue)
                addMark(diamond(x(instalment.due), y + style.laneHeight, 4, kOverdue), std::nullopt,
                        tr("Rent %1 due %2 overdue").arg(q(instalment.contract), Format::date(instalment.due)));
    }
    if (!timelines.empty()) {
        auto* asOf = addLine(x(timelines.front().asOf), top - 4, x(timelines.front().asOf), bottom,
                             QPen(QColor(0xc8, 0x1e, 0x1e), 1, Qt::DashLine));
        asOf->setToolTip(tr("As of %1").arg(Format::date(timelines.front().asOf)));
    }
    drawLegend(bottom + 14);
    setSceneRect(itemsBoundingRect().adjusted(-10, -10, 20, 10));
}

void TimelineScene::drawLegend(double top)
{
    const std::vector<std::pair<QColor, QString>> entries = {
        {kLease, tr("lease (listed)")},          {kLeaseUnlisted, tr("lease (not listed)")},
        {kIdle, tr("idle")},                     {kIdleAlert, tr("idle ≥ threshold (A02)")},
        {kReceived, tr("rent received")},        {kDue, tr("rent due")},
        {kOverdue, tr("rent overdue")},          {kListing, tr("listing open")},
        {kRegistration, tr("registration")},     {kAlert, tr("chain alert")},
    };
    QFont font;
    font.setPointSizeF(8);
    double left = kLabelWidth;
    for (const auto& [color, text] : entries) {
        addRect(left, top, 12, 10, QPen(color.darker(130), 0.5), QBrush(color));
        auto* label = addSimpleText(text, font);
        label->setPos(left + 16, top - 2);
        left += 28 + label->boundingRect().width();
    }
}

} // namespace lj::gui
