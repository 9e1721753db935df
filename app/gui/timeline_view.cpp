#include "timeline_view.h"

#include "finding_details.h"
#include "format.h"
#include "provenance_fetcher.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lj::gui {

void ZoomableView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
        scale(factor, 1.0); // zoom the time axis only: lanes keep their height
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void ZoomableView::mousePressEvent(QMouseEvent* event) {
    if (QGraphicsItem* item = itemAt(event->pos()); item && !item->data(DescriptionKey).isNull()) {
        emit markClicked(item);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_scene(new TimelineScene(this))
    , m_view(new ZoomableView(m_scene))
    , m_village(new QComboBox)
    , m_asset(new QComboBox)
    , m_asOf(new QDateEdit)
    , m_title(new QLabel)
    , m_provenance(new QTextBrowser)
    , m_provenanceFetcher(new ProvenanceFetcher(m_provenance)) {
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_asset->setEditable(true);
    m_asset->setInsertPolicy(QComboBox::NoInsert);
    m_asset->setMinimumContentsLength(28);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_title->setTextFormat(Qt::RichText);
    m_provenance->setPlaceholderText(tr("Click a mark to see the transaction that proves it."));

    auto* zoomIn = new QPushButton(tr("Zoom in"));
    auto* zoomOut = new QPushButton(tr("Zoom out"));
    auto* fit = new QPushButton(tr("Fit"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Village")));
    controls->addWidget(m_village);
    controls->addWidget(new QLabel(tr("Asset")));
    controls->addWidget(m_asset, 1);
    controls->addWidget(new QLabel(tr("As of")));
    controls->addWidget(m_asOf);
    controls->addWidget(zoomIn);
    controls->addWidget(zoomOut);
    controls->addWidget(fit);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(m_provenance);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    m_provenance->setMinimumWidth(220);
    m_provenance->setMaximumWidth(420);
    splitter->setSizes({1000, 300});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(zoomIn, &QPushButton::clicked, this, [this] { m_view->scale(1.25, 1.0); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { m_view->scale(0.8, 1.0); });
    connect(fit, &QPushButton::clicked, this, &TimelineView::fitWidth);
    connect(m_village, &QComboBox::activated, this, [this] {
        const QSignalBlocker block(m_asset);
        m_asset->setCurrentIndex(-1);
        render();
    });
    connect(m_asset, &QComboBox::activated, this, [this] { render(); });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { render(); });
    connect(m_view, &ZoomableView::markClicked, this, &TimelineView::showProvenance);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_renderAgain) {
            m_renderAgain = false;
            render();
            return;
        }
        const Result result = m_watcher.result();
        if (!m_session) return;
        TimelineStyle style;
        if (result.overview) {
            m_scene->showOverview(*m_session, result.timelines, style);
            m_title->setText(tr("<b>%1</b>: %n asset(s)", nullptr, static_cast<int>(result.timelines.size()))
                                 .arg(m_village->currentText().toHtmlEscaped()));
        } else if (!result.timelines.empty()) {
            const AssetTimeline& t = result.timelines.front();
            m_scene->showAsset(*m_session, t, style);
            m_title->setText(QStringLiteral("<b>%1</b> (%2) · %3 · %4")
                                 .arg(q(t.name).toHtmlEscaped(), q(t.asset).toHtmlEscaped(),
                                      tr("registered %1").arg(Format::date(t.registered)),
                                      tr("%n lease(s)", nullptr, static_cast<int>(t.leases.size()))));
        }
        fitWidth();
        emit rendered();
    });
}

void TimelineView::setSession(std::shared_ptr<const Session> session, const RuleSettings& settings) {
    m_session = std::move(session);
    m_settings = settings;
    const QSignalBlocker block(m_asOf);
    if (m_session)
        m_asOf->setDate(QDate(m_session->asOf.year(), static_cast<int>(m_session->asOf.month()),
                              static_cast<int>(m_session->asOf.day())));
    rebuildChoices();
}

void TimelineView::rebuildChoices() {
    const QSignalBlocker blockVillage(m_village), blockAsset(m_asset);
    m_village->clear();
    m_asset->clear();
    if (!m_session) return;
    for (const auto& [id, org] : m_session->dataset->orgs)
        if (org.level == "village" || org.level == "community") m_village->addItem(q(org.name), q(id));
    for (const auto& [id, asset] : m_session->dataset->assets)
        m_asset->addItem(QStringLiteral("%1  %2").arg(q(asset.name), q(id)), q(id));
    m_asset->setCurrentIndex(-1);
}

// Shows the whole time range across the view's width; only the time axis is scaled.
void TimelineView::fitWidth() {
    m_view->resetTransform();
    const double factor = (m_view->viewport()->width() - 8) / std::max(1.0, m_scene->sceneRect().width());
    m_view->scale(factor, 1.0);
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->minimum());
}

QString TimelineView::currentAsset() const {
    return m_asset->currentData().toString();
}
bool TimelineView::isBusy() const {
    return m_watcher.isRunning();
}

void TimelineView::showAsset(const QString& assetId) {
    const int index = m_asset->findData(assetId);
    if (index < 0) return;
    m_asset->setCurrentIndex(index);
    if (m_session)
        if (auto it = m_session->dataset->assets.find(assetId.toStdString());
            it != m_session->dataset->assets.end()) {
            const QSignalBlocker block(m_village);
            m_village->setCurrentIndex(m_village->findData(q(it->second.org)));
        }
    render();
}

void TimelineView::showVillage(const QString& villageId) {
    m_village->setCurrentIndex(m_village->findData(villageId));
    m_asset->setCurrentIndex(-1);
    render();
}

void TimelineView::render() {
    if (!m_session) return;
    if (m_watcher.isRunning()) {
        m_renderAgain = true;
        return;
    }
    const QDate d = m_asOf->date();
    const Date asOf =
        Date::fromCivil(d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    const std::string asset =
        m_asset->currentIndex() >= 0 ? m_asset->currentData().toString().toStdString() : std::string();
    const std::string village = m_village->currentData().toString().toStdString();
    auto session = m_session;
    const RuleSettings settings = m_settings;
    // Timelines are built off the GUI thread so that switching assets never stalls the window.
    m_watcher.setFuture(QtConcurrent::run([session, settings, asset, village, asOf] {
        Result result;
        if (!asset.empty()) {
            result.timelines.push_back(buildAssetTimeline(*session->dataset, asset, asOf, settings));
            return result;
        }
        result.overview = true;
        for (const auto& [id, record] : session->dataset->assets)
            if (record.org == village)
                result.timelines.push_back(buildAssetTimeline(*session->dataset, id, asOf, settings));
        return result;
    }));
}

void TimelineView::showProvenance(QGraphicsItem* item) {
    QString html = QStringLiteral("<p>%1</p>").arg(item->data(DescriptionKey).toString().toHtmlEscaped());
    std::vector<std::string> txIds;
    if (!item->data(TxRefKey).isNull() && m_session) {
        const auto ref = static_cast<TxRefId>(item->data(TxRefKey).toULongLong());
        if (ref < m_session->dataset->txs.size()) {
            txIds.push_back(m_session->dataset->txs[ref].tx);
            html += transactionHtml(*m_session, txIds.back());
        }
    }
    m_provenanceFetcher->show(m_session, html, std::move(txIds));
}

} // namespace lj::gui
