#include "visits_view.h"

#include "case_text.h"
#include "crypto/key_files.h"
#include "format.h"
#include "util/file_write.h"
#include "visit_documents.h"
#include "visit_text.h"
#include "visits/field_report_import.h"
#include "visits/visit_compare.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <set>

namespace lj::gui {

namespace {

Date toDate(const QDate& day) {
    return Date::fromCivil(day.year(), static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

QDate toQDate(Date day) {
    return QDate(day.year(), static_cast<int>(day.month()), static_cast<int>(day.day()));
}

QString joinedQuestions(const VisitItem& item) {
    QStringList lines;
    for (const std::string& question : item.questions)
        lines << QStringLiteral("□ ") + q(question);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

VisitsView::VisitsView(QWidget* parent)
    : QWidget(parent)
    , m_village(new QComboBox)
    , m_asOf(new QDateEdit)
    , m_table(new QTableWidget(0, 4))
    , m_itemTitle(new QLabel)
    , m_ledger(new QLabel)
    , m_questions(new QLabel)
    , m_state(new QComboBox)
    , m_occupant(new QLineEdit)
    , m_inspector(new QLineEdit(CaseText::userName()))
    , m_notes(new QPlainTextEdit)
    , m_photos(new QListWidget)
    , m_verdict(new QLabel)
    , m_message(new QLabel) {
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDate(toQDate(todayInChina()));
    auto* print = new QPushButton(tr("Print plan…"));
    auto* exportReport = new QPushButton(tr("Export field report…"));
    auto* importReport = new QPushButton(tr("Import field report…"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Village:")));
    bar->addWidget(m_village, 1);
    bar->addWidget(new QLabel(tr("Ledger as of:")));
    bar->addWidget(m_asOf);
    bar->addWidget(print);
    bar->addWidget(exportReport);
    bar->addWidget(importReport);

    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Name"), tr("Ledger state"), tr("Observed")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();

    for (QLabel* label : {m_itemTitle, m_ledger, m_questions, m_verdict, m_message})
        label->setWordWrap(true);
    m_itemTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt;"));
    m_verdict->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_notes->setPlaceholderText(tr("What was seen on site"));
    m_occupant->setPlaceholderText(tr("Who uses it (name or id)"));
    auto* attach = new QPushButton(tr("Attach photos…"));
    auto* form = new QFormLayout;
    form->addRow(tr("Ledger:"), m_ledger);
    form->addRow(tr("To check:"), m_questions);
    form->addRow(tr("Observed state:"), m_state);
    form->addRow(tr("Occupant:"), m_occupant);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(tr("Photos:"), m_photos);
    form->addRow(QString(), attach);
    form->addRow(tr("Inspector:"), m_inspector);
    auto* panel = new QWidget;
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_itemTitle);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_verdict);
    panelLayout->addStretch();

    auto* splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_village, &QComboBox::currentIndexChanged, this, [this] { rebuildChecklist(); });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { rebuildChecklist(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { showItem(); });
    // Saved on every edit: a laptop on a village road may lose power at any time.
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] { save(); });
    connect(m_occupant, &QLineEdit::textEdited, this, [this] { save(); });
    connect(m_inspector, &QLineEdit::textEdited, this, [this] { save(); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { save(); });
    connect(attach, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach photos"), QString(),
                                                                tr("Photos (*.jpg *.jpeg *.png)"));
        if (!paths.isEmpty()) attachPhotos(paths);
    });
    connect(print, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Print visit plan"), tr("visit-plan.pdf"),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty()) printPlan(path);
    });
    connect(exportReport, &QPushButton::clicked, this, [this] {
        if (!m_store || !m_session || !m_session->dataset)
            return showMessage(tr("Open an investigation workspace first."));
        const QString dir = QFileDialog::getSaveFileName(this, tr("Field report folder"), tr("field-report"));
        if (dir.isEmpty()) return;
        const QString keyPath = QFileDialog::getOpenFileName(this, tr("Inspector's key to sign with"),
                                                             QString(), tr("Private keys (*.key)"));
        std::optional<PrivateKey> key;
        if (!keyPath.isEmpty()) {
            auto loaded = readPrivateKeyFile(keyPath.toStdString());
            if (!loaded) return showMessage(q(loaded.error()));
            key = std::move(*loaded);
        }
        auto written = visits::exportFieldReport(
            *m_workspace, *m_session->dataset,
            {dir.toStdString(), m_inspector->text().toStdString(), key ? &*key : nullptr});
        showMessage(written
                        ? tr("Wrote field report %1: %2 observation(s), %3 photo(s)%4")
                              .arg(dir)
                              .arg(written->observations)
                              .arg(written->photos)
                              .arg(key ? QString() : tr(" — not signed: other workstations will refuse it"))
                        : q(written.error()));
    });
    connect(importReport, &QPushButton::clicked, this, [this] {
        if (!m_store || !m_session || !m_session->dataset)
            return showMessage(tr("Open an investigation workspace first."));
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Field report folder"));
        if (dir.isEmpty()) return;
        auto imported = importFieldReport(*m_workspace, *m_session->dataset, dir.toStdString(), nullptr);
        if (!imported) return showMessage(q(imported.error()));
        showMessage(imported->alreadyImported ? tr("This field report was already imported: nothing added.")
                                              : tr("Imported %1 observation(s) signed with key %2; %3 about "
                                                   "assets or projects not in this ledger.")
                                                    .arg(imported->added)
                                                    .arg(q(imported->signer))
                                                    .arg(imported->notInLedger.size()));
        rebuildChecklist();
    });
}

VisitsView::~VisitsView() = default;

void VisitsView::showMessage(const QString& text) {
    m_lastMessage = text;
    m_message->setText(text);
}

void VisitsView::setSession(std::shared_ptr<const Session> session, const RuleSettings& settings) {
    m_session = std::move(session);
    m_settings = settings;
    m_store.reset();
    m_workspace.reset();
    if (m_session && m_session->hasWorkspace()) {
        auto workspace = Workspace::open(m_session->workspacePath, WorkspaceOpenMode::OpenExisting);
        if (workspace) {
            m_workspace = std::make_unique<Workspace>(std::move(*workspace));
            m_store = std::make_unique<ObservationStore>(*m_workspace);
        } else {
            showMessage(q(workspace.error()));
        }
    } else {
        showMessage(tr("Observations are saved in an investigation workspace: open one (or save the exports "
                       "as one) to record."));
    }
    if (m_session && m_session->dataset && m_session->dataset->lastBlockDate && !m_store)
        m_asOf->setDate(toQDate(*m_session->dataset->lastBlockDate));
    rebuildVillages();
}

void VisitsView::rebuildVillages() {
    const QSignalBlocker blocker(m_village);
    m_village->clear();
    if (m_session && m_session->dataset) {
        std::set<std::string> orgs;
        for (const auto& [id, asset] : m_session->dataset->assets)
            orgs.insert(asset.org);
        for (const auto& [id, project] : m_session->dataset->projects)
            orgs.insert(project.org);
        for (const std::string& org : orgs)
            if (!org.empty())
                m_village->addItem(q(m_session->dataset->nameOf(org)) + QStringLiteral("（") + q(org) +
                                       QStringLiteral("）"),
                                   q(org));
    }
    rebuildChecklist();
}

bool VisitsView::showVillage(const QString& org, Date asOf) {
    const int index = m_village->findData(org);
    if (index < 0) return false;
    const QSignalBlocker blockVillage(m_village), blockDate(m_asOf);
    m_village->setCurrentIndex(index);
    m_asOf->setDate(toQDate(asOf));
    rebuildChecklist();
    return !m_plan.items.empty();
}

void VisitsView::rebuildChecklist() {
    m_plan = {};
    m_observations.clear();
    if (m_store)
        if (auto list = m_store->list()) m_observations = std::move(*list);
    if (m_session && m_session->dataset && m_village->currentIndex() >= 0) {
        auto plan =
            buildVisitPlan(*m_session->dataset, {m_village->currentData().toString().toStdString(), {}, {}},
                           toDate(m_asOf->date()), m_settings);
        if (plan)
            m_plan = std::move(*plan);
        else
            showMessage(q(plan.error()));
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(m_plan.items.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const VisitItem& item = m_plan.items[static_cast<std::size_t>(row)];
        QString observed;
        for (const Observation& o : m_observations)
            if (o.subject == item.state.subject) observed = visits::VisitText::stateName(o.state);
        const QStringList cells = {visits::VisitText::kindName(item.state.kind) + QLatin1Char(' ') +
                                       q(item.state.subject),
                                   q(item.state.name), q(item.ledgerText), observed};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            if (column == 2) cell->setToolTip(joinedQuestions(item));
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    showItem();
}

bool VisitsView::selectItem(int row) {
    if (row < 0 || row >= m_table->rowCount()) return false;
    m_table->selectRow(row);
    showItem();
    return true;
}

void VisitsView::showItem() {
    m_loadingItem = true;
    const int row = m_table->currentRow();
    const bool valid =
        row >= 0 && row < static_cast<int>(m_plan.items.size()) && !m_table->selectedItems().isEmpty();
    m_observation = {};
    m_state->clear();
    if (!valid) {
        m_itemTitle->setText(tr("Choose an item of the checklist."));
        m_ledger->clear();
        m_questions->clear();
        m_occupant->clear();
        m_notes->clear();
        m_photos->clear();
        m_verdict->clear();
        m_loadingItem = false;
        return;
    }
    const VisitItem& item = m_plan.items[static_cast<std::size_t>(row)];
    m_itemTitle->setText(visits::VisitText::kindName(item.state.kind) + QLatin1Char(' ') +
                         q(item.state.name) + QStringLiteral("（") + q(item.state.subject) +
                         QStringLiteral("）"));
    m_ledger->setText(q(item.ledgerText));
    m_questions->setText(joinedQuestions(item));
    m_state->addItem(tr("— not recorded —"), QString());
    for (const std::string& state : observedStates(item.state.kind))
        m_state->addItem(visits::VisitText::stateName(state), q(state));
    // The latest local observation of this item is the one being recorded.
    for (const Observation& o : m_observations)
        if (o.subject == item.state.subject && o.origin == "local") m_observation = o;
    m_observation.kind = item.state.kind;
    m_observation.subject = item.state.subject;
    m_observation.org = item.state.org;
    m_state->setCurrentIndex(std::max(0, m_state->findData(q(m_observation.state))));
    m_occupant->setText(q(m_observation.occupant));
    m_notes->setPlainText(q(m_observation.notes));
    refreshPhotos();
    refreshVerdict();
    m_loadingItem = false;
}

void VisitsView::save() {
    if (m_loadingItem || m_observation.subject.empty()) return;
    if (!m_store) return showMessage(tr("Open an investigation workspace to record observations."));
    const QString state = m_state->currentData().toString();
    if (state.isEmpty()) return; // nothing observed yet
    m_observation.state = state.toStdString();
    m_observation.occupant = m_occupant->text().trimmed().toStdString();
    m_observation.notes = m_notes->toPlainText().toStdString();
    m_observation.inspector = m_inspector->text().trimmed().toStdString();
    if (m_observation.visitDate.days == 0) m_observation.visitDate = todayInChina();
    if (m_observation.id.empty()) {
        auto id = m_store->record(m_observation);
        if (!id) return showMessage(q(id.error()));
        m_observation.id = *id;
        m_observation.origin = "local";
    } else if (auto status = m_store->update(m_observation); !status) {
        return showMessage(q(status.error()));
    }
    if (auto list = m_store->list()) m_observations = std::move(*list);
    if (auto* cell = m_table->item(m_table->currentRow(), 3))
        cell->setText(visits::VisitText::stateName(m_observation.state));
    showMessage(tr("Saved %1.").arg(q(m_observation.id)));
    refreshVerdict();
}

bool VisitsView::setObservedState(const QString& state) {
    const int index = m_state->findData(state);
    if (index < 0) return false;
    m_state->setCurrentIndex(index);
    return !m_observation.id.empty();
}

bool VisitsView::setOccupant(const QString& occupant) {
    m_occupant->setText(occupant);
    save();
    return !m_observation.id.empty();
}

bool VisitsView::attachPhotos(const QStringList& paths) {
    if (m_observation.id.empty()) {
        showMessage(tr("Choose the observed state first, then attach photos."));
        return false;
    }
    for (const QString& path : paths) {
        auto photo = readPhotoFile(path.toStdString());
        if (!photo) {
            showMessage(q(photo.error()));
            return false;
        }
        if (auto status = m_store->attachPhoto(m_observation.id, *photo); !status) {
            showMessage(q(status.error()));
            return false;
        }
    }
    if (auto saved = m_store->find(m_observation.id); saved && *saved)
        m_observation.photos = (*saved)->photos;
    refreshPhotos();
    showMessage(tr("Attached %1 photo(s).").arg(paths.size()));
    return true;
}

void VisitsView::refreshPhotos() {
    m_photos->clear();
    for (const VisitPhoto& photo : m_observation.photos)
        m_photos->addItem(
            q(photo.fileName) + QStringLiteral("  SHA-256 ") + q(photo.sha256.substr(0, 16)) +
            QStringLiteral("…") +
            (photo.exifDate.empty() ? QString() : QStringLiteral("  EXIF ") + q(photo.exifDate)));
}

void VisitsView::refreshVerdict() {
    m_verdict->clear();
    if (m_observation.id.empty() || !m_session || !m_session->dataset) return;
    const auto findings = compareObservations(*m_session->dataset, {m_observation}, m_settings);
    if (findings.empty()) return;
    m_verdict->setText(Format::ruleName("V01") + QStringLiteral(": ") + q(findings.front().summary));
    emit contradictionFound(q(findings.front().summary));
}

bool VisitsView::printPlan(const QString& pdfPath) {
    if (m_plan.items.empty()) {
        showMessage(tr("Choose a village first."));
        return false;
    }
    const QByteArray pdf = visits::renderVisitPlanPdf(m_plan);
    if (auto status = writeWholeFile(pdfPath.toStdString(),
                                     std::string_view(pdf.constData(), static_cast<std::size_t>(pdf.size())));
        !status) {
        showMessage(q(status.error()));
        return false;
    }
    showMessage(tr("Wrote the visit plan to %1.").arg(pdfPath));
    return true;
}

} // namespace lj::gui
