#include "entity_inspector.h"

#include "entity_facts.h"
#include "finding_details.h"
#include "format.h"
#include "provenance_fetcher.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace lj::gui {

namespace {

const QString kSeparator = QStringLiteral(" · ");

} // namespace

EntityInspector::EntityInspector(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit)
    , m_facts(new QTextBrowser)
    , m_transaction(new QTextBrowser)
    , m_provenance(new ProvenanceFetcher(m_transaction)) {
    m_search->setPlaceholderText(tr("Find a person, firm, account, asset or collective by name or id"));
    m_search->setClearButtonEnabled(true);
    auto* backButton = new QPushButton(tr("Back"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(backButton);
    m_facts->setOpenLinks(false);
    m_transaction->setOpenLinks(false);
    m_transaction->setHtml(tr("<p style='color:#666'>Click a transaction to see its provenance.</p>"));
    auto* split = new QSplitter;
    split->addWidget(m_facts);
    split->addWidget(m_transaction);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_facts, &QTextBrowser::anchorClicked, this, &EntityInspector::openLink);
    connect(backButton, &QPushButton::clicked, this, &EntityInspector::back);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_search->text();
        const qsizetype at = text.lastIndexOf(kSeparator);
        inspect((at >= 0 ? text.mid(at + kSeparator.size()) : text).trimmed());
    });
}

void EntityInspector::setSession(std::shared_ptr<const Session> session) {
    m_session = std::move(session);
    m_history.clear();
    m_current.clear();
    m_facts->clear();
    ++m_generation; // whatever was being gathered belongs to the previous session
    m_gathering = false;
    if (!m_session || !m_session->dataset) return;
    // Every entity's name and id, for the search box: listed off the GUI thread too.
    auto choices = QtConcurrent::run([session = m_session] { return entityChoices(*session->dataset); });
    choices.then(this, [this, session = m_session](const QStringList& names) {
        if (session != m_session) return;
        auto* completer = new QCompleter(new QStringListModel(names), m_search);
        completer->model()->setParent(completer);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_search->setCompleter(completer);
        connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
                [this](const QString& text) {
                    inspect(text.mid(text.lastIndexOf(kSeparator) + kSeparator.size()));
                });
    });
}

void EntityInspector::inspect(const QString& entityId) {
    if (!m_session || entityId.isEmpty()) return;
    if (!m_current.isEmpty() && m_current != entityId) m_history << m_current;
    m_current = entityId;
    showFacts();
}

void EntityInspector::back() {
    if (m_history.isEmpty()) return;
    m_current = m_history.takeLast();
    showFacts();
}

// Gathering an entity's facts reads the whole dataset (its dealings, the findings naming it): off
// the GUI thread, so that a district of a million transactions does not freeze the page.
void EntityInspector::showFacts() {
    const quint64 generation = ++m_generation;
    m_gathering = true;
    m_facts->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                         .arg(tr("Gathering what the ledger says about %1…").arg(m_current.toHtmlEscaped())));
    auto future = QtConcurrent::run(
        [session = m_session, id = m_current.toStdString()] { return entityFactsHtml(*session, id); });
    future.then(this, [this, generation, id = m_current](const QString& html) {
        if (generation != m_generation) return; // the user moved on
        m_gathering = false;
        m_facts->setHtml(html);
        emit factsShown(id);
    });
}

void EntityInspector::openLink(const QUrl& url) {
    const QString scheme = url.scheme();
    const QString id = url.path();
    if (scheme == QLatin1String("entity")) inspect(id);
    if (scheme == QLatin1String("tx") && m_session)
        m_provenance->show(m_session, transactionHtml(*m_session, id.toStdString()), {id.toStdString()});
    if (scheme == QLatin1String("timeline")) emit openAssetRequested(id);
    if (scheme == QLatin1String("graph")) emit openGraphRequested(id);
}

} // namespace lj::gui
