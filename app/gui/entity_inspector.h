#pragma once
// 实体: the entity inspector. Search any person, firm, account, asset or collective; see every
// fact the ledger states about it with its proving transactions, its roles, relations, dealings
// and the findings that name it; follow links to other entities, its timeline or its graph.
#include "session.h"

#include <QWidget>
#include <memory>

class QLineEdit;
class QTextBrowser;
class QLabel;

namespace lj::gui {

class ProvenanceFetcher;

class EntityInspector : public QWidget {
    Q_OBJECT

public:
    explicit EntityInspector(QWidget* parent = nullptr);
    void setSession(std::shared_ptr<const Session> session);
    void inspect(const QString& entityId);
    QString currentEntity() const { return m_current; }
    bool isBusy() const { return m_gathering; } // facts being gathered
    QTextBrowser* facts() const { return m_facts; }

signals:
    void factsShown(const QString& entityId); // the page shows this entity's facts
    void openAssetRequested(const QString& assetId);
    void openGraphRequested(const QString& entityId);

private:
    void openLink(const QUrl& url);
    void back();
    void showFacts(); // of m_current

    std::shared_ptr<const Session> m_session;
    QString m_current;
    quint64 m_generation = 0; // of the facts being gathered: a newer request wins
    bool m_gathering = false;
    QStringList m_history;
    QLineEdit* m_search;
    QTextBrowser* m_facts;
    QTextBrowser* m_transaction;
    ProvenanceFetcher* m_provenance; // completes tx details with the raw record and its proof
};

} // namespace lj::gui
