#include "trust_dialog.h"

#include "format.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lj::gui {

TrustStore loadTrustStore(const QStringList& files, QStringList* problems)
{
    TrustStore store;
    for (const QString& file : files)
        if (auto status = store.addFile(file.toStdString()); !status && problems) problems->append(q(status.error()));
    return store;
}

TrustDialog::TrustDialog(QStringList files, QWidget* parent)
    : QDialog(parent)
    , m_files(std::move(files))
    , m_tree(new QTreeWidget)
    , m_remove(new QPushButton(tr("Remove")))
{
    setWindowTitle(tr("Trust store"));
    resize(760, 420);
    auto* intro = new QLabel(tr("Exports are trusted only when they are signed with the keys the district distributed. "
                                "Import the consortium file you received and compare the fingerprints with the paper copy."));
    intro->setWordWrap(true);
    m_tree->setHeaderLabels({tr("Chain / validator"), tr("Organisation"), tr("Key fingerprint")});
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* importButton = new QPushButton(tr("Import consortium file…"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(importButton, &QPushButton::clicked, this, &TrustDialog::importFile);
    connect(m_remove, &QPushButton::clicked, this, &TrustDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { m_remove->setEnabled(m_tree->currentItem()); });
    refresh();
}

void TrustDialog::refresh()
{
    m_tree->clear();
    for (const QString& file : m_files) {
        TrustStore single;
        auto status = single.addFile(file.toStdString());
        auto* top = new QTreeWidgetItem(m_tree);
        top->setData(0, Qt::UserRole, file);
        if (!status) {
            top->setText(0, file);
            top->setText(1, q(status.error()));
            continue;
        }
        const Consortium& consortium = single.entries().front().consortium;
        top->setText(0, QStringLiteral("%1 (%2)").arg(q(consortium.chain), q(std::string(suiteName(consortium.suite)))));
        top->setText(1, q(consortium.chainName));
        top->setText(2, tr("quorum %1 of %2 · %3").arg(consortium.quorum).arg(consortium.validators.size()).arg(file));
        for (const Validator& validator : consortium.validators) {
            auto* child = new QTreeWidgetItem(top);
            child->setText(0, q(validator.id));
            child->setText(1, q(validator.org));
            child->setText(2, q(validator.key.fingerprint()));
            child->setFont(2, QFont(QStringLiteral("monospace")));
        }
        top->setExpanded(true);
    }
    m_remove->setEnabled(false);
}

void TrustDialog::importFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import consortium file"), {}, tr("Consortium files (*.json)"));
    if (file.isEmpty()) return;
    TrustStore probe;
    if (auto status = probe.addFile(file.toStdString()); !status) {
        QMessageBox::warning(this, tr("Not a consortium file"), q(status.error()));
        return;
    }
    if (!m_files.contains(file)) m_files.append(file);
    refresh();
}

void TrustDialog::removeSelected()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->parent()) item = item->parent();
    if (!item) return;
    m_files.removeAll(item->data(0, Qt::UserRole).toString());
    refresh();
}

} // namespace lj::gui
