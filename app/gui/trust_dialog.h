#pragma once
// The trust store dialog: the consortium files the district distributed, each validator's
// organisation and key fingerprint; import and remove.
#include "ledger/trust_store.h"

#include <QDialog>
#include <QStringList>

class QTreeWidget;
class QPushButton;

namespace lj::gui {

class TrustDialog : public QDialog {
    Q_OBJECT

public:
    TrustDialog(QStringList files, QWidget* parent = nullptr);
    QStringList files() const { return m_files; }

private:
    void refresh();
    void importFile();
    void removeSelected();

    QStringList m_files;
    QTreeWidget* m_tree;
    QPushButton* m_remove;
};

// Loads the trust store from consortium files; unreadable files are reported in `problems`.
TrustStore loadTrustStore(const QStringList& files, QStringList* problems = nullptr);

} // namespace lj::gui
