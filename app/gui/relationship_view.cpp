#include "relationship_view.h"

#include "finding_details.h"
#include "format.h"
#include "graph/graph_export.h"
#include "graph_scene.h"
#include "graph_text.h"
#include "provenance_fetcher.h"
#include "timeline_view.h"

#include <QBuffer>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QSvgGenerator>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace lj::gui {

namespace {

constexpr std::size_t kMaxEdgesListed = 60;
const QString kSeparator = QStringLiteral(" · ");

QString escape(const std::string& text) {
    return q(text).toHtmlEscaped();
}

QString entityLink(const graph::GraphNode& node) {
    return QStringLiteral("<a href='entity:%1'>%2</a>").arg(q(node.id).toHtmlEscaped(), escape(node.label));
}

QString txLinks(const Dataset& data, const std::vector<TxRefId>& refs) {
    QStringList links;
    for (const TxRefId ref : refs) {
        if (ref >= data.txs.size()) continue;
        const QString id = q(data.txs[ref].tx);
        links << QStringLiteral("<a href='tx:%1'><code>%2…</code></a>%3")
                     .arg(id, id.left(12), data.txs[ref].verified ? QString() : QStringLiteral(" ⚠"));
    }
    return links.join(QStringLiteral(" "));
}

} // namespace

RelationshipView::RelationshipView(QWidget* parent)
    : QWidget(parent)
    , m_mode(new QComboBox)
    , m_first(new QLineEdit)
    , m_second(new QLineEdit)
    , m_hops(new QSpinBox)
    , m_layout(new QComboBox)
    , m_show(new QPushButton(tr("Show")))
    , m_expand(new QPushButton(tr("Expand")))
    , m_hide(new QPushButton(tr("Hide")))
    , m_relayout(new QPushButton(tr("Re-layout")))
    , m_export(new QPushButton(tr("Export image…")))
    , m_attach(new QPushButton(tr("Attach to case")))
    , m_scene(new GraphScene(this))
    , m_canvas(new ZoomableView)
    , m_paths(new QListWidget)
    , m_details(new QTextBrowser)
    , m_provenance(new ProvenanceFetcher(m_details))
    , m_status(new QLabel) {
    m_mode->addItem(tr("Ego network"), static_cast<int>(GraphRequest::Kind::Ego));
    m_mode->addItem(tr("Paths between two entities"), static_cast<int>(GraphRequest::Kind::Path));
    m_mode->addItem(tr("Conflicts of interest"), static_cast<int>(GraphRequest::Kind::Conflicts));
    m_first->setPlaceholderText(tr("Entity: name or id"));
    m_second->setPlaceholderText(tr("Second entity"));
    m_second->setVisible(false);
    m_hops->setRange(1, 4);
    m_hops->setValue(2);
    m_hops->setPrefix(tr("Hops: "));
    m_layout->addItem(tr("Force-directed (FR)"), static_cast<int>(graph::LayoutMethod::FruchtermanReingold));
    m_layout->addItem(tr("Kamada–Kawai (small graphs)"), static_cast<int>(graph::LayoutMethod::KamadaKawai));
    m_expand->setToolTip(tr("Add the selected entity's direct relations to the picture"));
    m_hide->setToolTip(tr("Remove the selected entity from the picture"));
    m_relayout->setToolTip(tr("Lay the picture out again; entities you dragged stay where you put them"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_mode);
    controls->addWidget(m_first, 2);
    controls->addWidget(m_second, 2);
    controls->addWidget(m_hops);
    controls->addWidget(m_layout);
    controls->addWidget(m_show);
    auto* actions = new QHBoxLayout;
    m_attach->setToolTip(tr("Keep this picture, with the transactions behind every relation, in the case "
                            "selected on the Cases page"));
    for (QPushButton* button : {m_expand, m_hide, m_relayout, m_export, m_attach})
        actions->addWidget(button);
    actions->addStretch();
    actions->addWidget(m_status);

    m_canvas->setScene(m_scene);
    m_canvas->setRenderHint(QPainter::Antialiasing);
    m_canvas->setDragMode(QGraphicsView::ScrollHandDrag);
    m_canvas->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // Every item sets the pen, brush, font and hints it paints with: no save and restore around
    // each of thousands of items.
    m_canvas->setOptimizationFlags(QGraphicsView::DontSavePainterState);
    m_canvas->setBackgroundBrush(QColor(0xfa, 0xfa, 0xf8));
    m_details->setOpenLinks(false);
    m_paths->setWordWrap(true);

    auto* side = new QSplitter(Qt::Vertical);
    auto* pathsBox = new QWidget;
    auto* pathsLayout = new QVBoxLayout(pathsBox);
    pathsLayout->setContentsMargins(0, 0, 0, 0);
    pathsLayout->addWidget(new QLabel(tr("Paths (shortest first)")));
    pathsLayout->addWidget(m_paths);
    side->addWidget(pathsBox);
    side->addWidget(m_details);
    side->setStretchFactor(1, 2);
    side->setMinimumWidth(260);
    side->setMaximumWidth(480);
    m_canvas->setMinimumWidth(420);
    auto* split = new QSplitter;
    split->addWidget(m_canvas);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setCollapsible(0, false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = static_cast<GraphRequest::Kind>(m_mode->currentData().toInt());
        m_second->setVisible(kind == GraphRequest::Kind::Path);
        m_hops->setVisible(kind == GraphRequest::Kind::Ego);
        m_first->setPlaceholderText(kind == GraphRequest::Kind::Conflicts ? tr("Collective (empty: all)")
                                                                          : tr("Entity: name or id"));
    });
    connect(m_show, &QPushButton::clicked, this, &RelationshipView::runFromControls);
    connect(m_first, &QLineEdit::returnPressed, this, &RelationshipView::runFromControls);
    connect(m_second, &QLineEdit::returnPressed, this, &RelationshipView::runFromControls);
    connect(m_expand, &QPushButton::clicked, this, &RelationshipView::expandSelected);
    connect(m_hide, &QPushButton::clicked, this, &RelationshipView::hideSelected);
    connect(m_relayout, &QPushButton::clicked, this, &RelationshipView::relayout);
    connect(m_export, &QPushButton::clicked, this, &RelationshipView::chooseExport);
    connect(m_attach, &QPushButton::clicked, this, &RelationshipView::attachToCaseRequested);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &RelationshipView::showItemDetails);
    connect(m_paths, &QListWidget::currentRowChanged, m_scene, &GraphScene::highlightPath);
    connect(m_details, &QTextBrowser::anchorClicked, this, &RelationshipView::openLink);
    connect(&m_graphWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_graph = m_graphWatcher.result();
        setBusy(false);
        auto* completer = new QCompleter(this);
        QStringList names;
        names.reserve(static_cast<qsizetype>(m_graph->nodes().size()));
        for (const graph::GraphNode& node : m_graph->nodes())
            names << q(node.label) + kSeparator + q(node.id);
        completer->setModel(new QStringListModel(names, completer));
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_first->setCompleter(completer);
        m_second->setCompleter(completer);
        m_status->setText(tr("%n entities in the graph", nullptr, static_cast<int>(m_graph->nodes().size())));
        if (m_pending) {
            GraphRequest request = std::move(*m_pending);
            m_pending.reset();
            submit(std::move(request));
        }
    });
    connect(&m_answerWatcher, &QFutureWatcherBase::finished, this, &RelationshipView::showAnswer);
    setBusy(false);
}

RelationshipView::~RelationshipView() {
    m_graphWatcher.waitForFinished();
    m_answerWatcher.waitForFinished();
}

void RelationshipView::setSession(std::shared_ptr<const Session> session) {
    m_graphWatcher.waitForFinished();
    m_answerWatcher.waitForFinished();
    m_session = std::move(session);
    m_graph.reset();
    m_scene->showView({}, graph::kNoNode);
    m_scene->clearHidden();
    m_paths->clear();
    m_details->clear();
    buildGraph();
}

void RelationshipView::buildGraph() {
    if (!m_session || !m_session->dataset) return;
    setBusy(true);
    m_status->setText(tr("Building the relationship graph…"));
    const std::shared_ptr<const Session> session = m_session;
    m_graphWatcher.setFuture(QtConcurrent::run([session]() -> std::shared_ptr<const graph::EntityGraph> {
        return std::make_shared<const graph::EntityGraph>(
            graph::EntityGraph::build(*session->dataset, session->asOf));
    }));
}

QGraphicsView* RelationshipView::canvas() const {
    return m_canvas;
}

bool RelationshipView::isBusy() const {
    return m_graphWatcher.isRunning() || m_answerWatcher.isRunning();
}

void RelationshipView::setBusy(bool busy) {
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_show, m_expand, m_hide, m_relayout, m_export, m_attach})
        widget->setEnabled(!busy && m_session);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void RelationshipView::showEgo(const QString& entityId, int hops) {
    GraphRequest request;
    request.kind = GraphRequest::Kind::Ego;
    request.first = entityId.toStdString();
    request.hops = hops;
    m_mode->setCurrentIndex(0);
    m_first->setText(entityId);
    m_hops->setValue(hops);
    m_scene->clearHidden();
    submit(std::move(request));
}

void RelationshipView::showPath(const QString& from, const QString& to) {
    GraphRequest request;
    request.kind = GraphRequest::Kind::Path;
    request.first = from.toStdString();
    request.second = to.toStdString();
    m_mode->setCurrentIndex(1);
    m_first->setText(from);
    m_second->setText(to);
    m_scene->clearHidden();
    submit(std::move(request));
}

void RelationshipView::showConflicts(const QString& collectiveId) {
    GraphRequest request;
    request.kind = GraphRequest::Kind::Conflicts;
    request.first = collectiveId.toStdString();
    m_mode->setCurrentIndex(2);
    m_first->setText(collectiveId);
    m_scene->clearHidden();
    submit(std::move(request));
}

QString RelationshipView::entityIdFromInput(const QString& text) const {
    const qsizetype at = text.lastIndexOf(kSeparator);
    return (at >= 0 ? text.mid(at + kSeparator.size()) : text).trimmed();
}

void RelationshipView::runFromControls() {
    const auto kind = static_cast<GraphRequest::Kind>(m_mode->currentData().toInt());
    const QString first = entityIdFromInput(m_first->text());
    if (kind == GraphRequest::Kind::Ego) showEgo(first, m_hops->value());
    if (kind == GraphRequest::Kind::Path) showPath(first, entityIdFromInput(m_second->text()));
    if (kind == GraphRequest::Kind::Conflicts) showConflicts(first);
}

void RelationshipView::submit(GraphRequest request) {
    request.layout = static_cast<graph::LayoutMethod>(m_layout->currentData().toInt());
    request.hidden = {m_scene->hiddenNodes().begin(), m_scene->hiddenNodes().end()};
    m_request = request;
    if (!m_graph) {
        m_pending = std::move(request);
        return;
    }
    // A layout still running is not waited for: the watcher follows the newest request only, and
    // the task keeps the session (whose dataset the graph reads) and the graph alive until it ends.
    setBusy(true);
    m_status->setText(tr("Laying out…"));
    m_answerWatcher.setFuture(QtConcurrent::run(
        [graph = m_graph, session = m_session, request] { return answerGraphRequest(*graph, request); }));
}

void RelationshipView::showAnswer() {
    setBusy(false);
    const GraphAnswer answer = m_answerWatcher.result();
    if (!answer.error.empty()) {
        m_status->setText(
            tr("No such entity in the graph: %1").arg(q(answer.error.substr(answer.error.rfind(' ') + 1))));
        emit rendered();
        return;
    }
    m_scene->showView(answer.view, answer.centre);
    m_paths->clear();
    const graph::EntityGraph& graph = *m_graph;
    for (const graph::GraphPath& path : answer.view.subgraph.paths) {
        QStringList names;
        for (const graph::NodeId node : path.nodes)
            names << q(graph.node(node).label);
        QString text = names.join(QStringLiteral(" → "));
        if (!path.rule.empty()) text = Format::ruleName(path.rule) + QStringLiteral(": ") + text;
        auto* item = new QListWidgetItem(tr("%n step(s): ", nullptr, path.steps) + text);
        if (path.date) item->setToolTip(Format::date(path.date));
        m_paths->addItem(item);
    }
    if (m_paths->count() > 0) m_paths->setCurrentRow(0);
    const auto& subgraph = answer.view.subgraph;
    QString status = tr("%n entities", nullptr, static_cast<int>(subgraph.nodes.size())) +
                     QStringLiteral(", ") +
                     tr("%n relations", nullptr, static_cast<int>(subgraph.edges.size()));
    if (!subgraph.paths.empty())
        status += QStringLiteral(", ") + tr("%n paths", nullptr, static_cast<int>(subgraph.paths.size()));
    if (subgraph.capped)
        status += QStringLiteral(" — ") + tr("capped: %n entities not fully expanded", nullptr,
                                             static_cast<int>(subgraph.cappedNodes.size()));
    if (m_request.kind == GraphRequest::Kind::Path && subgraph.paths.empty())
        status += QStringLiteral(" — ") + tr("no path");
    m_status->setText(status);
    m_canvas->fitInView(m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (m_canvas->transform().m11() > 1.4)
        m_canvas->setTransform(QTransform::fromScale(1.4, 1.4)); // few nodes: not huge
    emit rendered();
}

void RelationshipView::expandSelected() {
    for (QGraphicsItem* item : m_scene->selectedItems())
        if (auto* node = dynamic_cast<GraphNodeItem*>(item)) m_request.expanded.push_back(node->node());
    submit(m_request);
}

void RelationshipView::hideSelected() {
    for (QGraphicsItem* item : m_scene->selectedItems())
        if (auto* node = dynamic_cast<GraphNodeItem*>(item)) m_scene->hideNode(node->node());
    m_status->setText(tr("%n entities shown", nullptr, static_cast<int>(m_scene->visibleNodeCount())));
}

void RelationshipView::relayout() {
    m_request.seed += 1;
    submit(m_request);
}

namespace {

// The scene as an SVG drawing, into `device`.
bool renderSvg(QGraphicsScene& scene, QIODevice* device, const QString& title) {
    const QRectF area = scene.itemsBoundingRect().adjusted(-30, -30, 30, 30);
    if (area.isEmpty()) return false;
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(area.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
    svg.setTitle(title);
    QPainter painter(&svg);
    scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    return painter.end();
}

// The scene as a picture on white, at up to twice its size and at most 8,000 pixels across.
QImage renderImage(QGraphicsScene& scene) {
    const QRectF area = scene.itemsBoundingRect().adjusted(-30, -30, 30, 30);
    if (area.isEmpty()) return {};
    const qreal scale = std::min(2.0, 8000.0 / std::max(area.width(), area.height()));
    QImage image((area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), area.size() * scale), area);
    painter.end();
    return image;
}

} // namespace

std::optional<RelationshipView::Snapshot> RelationshipView::snapshot() const {
    graph::GraphView view = m_scene->view();
    if (!view.graph || view.subgraph.nodes.empty()) return std::nullopt;
    view.positions.resize(view.subgraph.nodes.size());
    for (std::size_t i = 0; i < view.subgraph.nodes.size(); ++i) // where the user left them
        if (const GraphNodeItem* item = m_scene->nodeItem(view.subgraph.nodes[i]))
            view.positions[i] = {item->pos().x(), item->pos().y()};
    json::Value document = graph::toJson(view);
    json::Value hidden = json::Value::array();
    for (graph::NodeId node : m_scene->hiddenNodes())
        hidden.push(json::Value::string(view.graph->node(node).id));
    document.set("hidden", std::move(hidden));
    document.set("as_of", json::Value::string(m_session ? m_session->asOf.toString() : std::string()));

    Snapshot snapshot;
    switch (m_request.kind) {
    case GraphRequest::Kind::Ego:
        snapshot.subject = q(m_request.first);
        break;
    case GraphRequest::Kind::Path:
        snapshot.subject = q(m_request.first) + QStringLiteral(" → ") + q(m_request.second);
        break;
    case GraphRequest::Kind::Conflicts:
        snapshot.subject = m_request.first.empty() ? tr("conflicts, every collective")
                                                   : tr("conflicts of %1").arg(q(m_request.first));
        break;
    }
    document.set("request", json::Value::string(snapshot.subject.toStdString()));
    snapshot.json = QByteArray::fromStdString(json::serialize(document));
    const QImage image = renderImage(*m_scene);
    QBuffer png(&snapshot.png);
    if (image.isNull() || !png.open(QIODevice::WriteOnly) || !image.save(&png, "PNG")) return std::nullopt;
    return snapshot;
}

bool RelationshipView::exportImage(const QString& path) {
    const QRectF area = m_scene->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    if (area.isEmpty()) return false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && renderSvg(*m_scene, &file, tr("Relationship graph")) &&
               file.flush();
    }
    return renderImage(*m_scene).save(path);
}

void RelationshipView::chooseExport() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the picture"), tr("relationship-graph.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty()) return;
    if (!exportImage(path)) m_status->setText(tr("Could not write %1").arg(QFileInfo(path).fileName()));
}

void RelationshipView::showItemDetails() {
    const auto selected = m_scene->selectedItems();
    if (selected.size() != 1) return;
    if (auto* node = dynamic_cast<GraphNodeItem*>(selected.front())) showNodeDetails(node->node());
    if (auto* edge = dynamic_cast<GraphEdgeItem*>(selected.front())) showEdgeDetails(edge->edge());
}

void RelationshipView::showNodeDetails(graph::NodeId id) {
    if (!m_graph) return;
    const graph::EntityGraph& graph = *m_graph;
    const graph::GraphNode& node = graph.node(id);
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · <code>%3</code></p>")
                       .arg(escape(node.label), nodeTypeText(node.type), escape(node.id));
    const auto& view = m_scene->view();
    for (std::size_t i = 0; i < view.subgraph.nodes.size(); ++i)
        if (view.subgraph.nodes[i] == id && i < view.betweenness.size())
            html += tr("<p>In this picture: %1 relations, betweenness %2.</p>")
                        .arg(view.degree[i])
                        .arg(view.betweenness[i], 0, 'f', 1);
    html += QStringLiteral("<p><a href='inspect:%1'>%2</a> · <a href='ego:%1'>%3</a></p>")
                .arg(q(node.id).toHtmlEscaped(), tr("Inspect this entity"), tr("Centre the graph here"));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Relations (%1)").arg(graph.degree(id)));
    std::size_t listed = 0;
    graph.forEachEdge(id, [&](graph::NodeId other, graph::EdgeId edgeId) {
        if (listed++ >= kMaxEdgesListed) return;
        const graph::GraphEdge& edge = graph.edge(edgeId);
        html += QStringLiteral("<li>%1 — %2 <small>%3</small></li>")
                    .arg(edgeLabel(edge).replace(QLatin1Char('\n'), QLatin1Char(' ')).toHtmlEscaped(),
                         entityLink(graph.node(other)), txLinks(graph.data(), edge.refs));
    });
    html += QStringLiteral("</ul>");
    if (listed > kMaxEdgesListed) html += tr("<p>… and %1 more.</p>").arg(listed - kMaxEdgesListed);
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Stated by"), txLinks(graph.data(), node.refs));
    m_details->setHtml(html);
}

void RelationshipView::showEdgeDetails(graph::EdgeId id) {
    if (!m_graph) return;
    const graph::EntityGraph& graph = *m_graph;
    const graph::GraphEdge& edge = graph.edge(id);
    QString html = QStringLiteral("<h3>%1</h3><p>%2 — %3</p>")
                       .arg(edgeTypeText(edge.type), entityLink(graph.node(edge.source)),
                            entityLink(graph.node(edge.target)));
    html += QStringLiteral("<p>%1</p>")
                .arg(edgeLabel(edge).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!edge.subjects.empty()) {
        QStringList subjects;
        for (const std::string& subject : edge.subjects)
            subjects << escape(subject);
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Dealings:"), subjects.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Stated by"), txLinks(graph.data(), edge.refs));
    m_details->setHtml(html);
}

void RelationshipView::openLink(const QUrl& url) {
    const QString scheme = url.scheme();
    const QString id = url.path();
    if (scheme == QLatin1String("tx") && m_session)
        m_provenance->show(m_session, transactionHtml(*m_session, id.toStdString()), {id.toStdString()});
    if (scheme == QLatin1String("entity") || scheme == QLatin1String("ego")) showEgo(id, m_hops->value());
    if (scheme == QLatin1String("inspect")) emit inspectRequested(id);
}

} // namespace lj::gui
