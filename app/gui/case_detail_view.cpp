#include "case_detail_view.h"

#include "case_notes_editor.h"
#include "case_text.h"
#include "format.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace lj::gui {

namespace {

QString localTime(const std::string& rfc3339) {
    const QDateTime time = QDateTime::fromString(QString::fromStdString(rfc3339), Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString::fromStdString(rfc3339);
}

QTreeWidget* makeTree(const QStringList& headers) {
    auto* tree = new QTreeWidget;
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString joined(const std::vector<std::string>& items) {
    QStringList list;
    for (const std::string& item : items)
        list << QString::fromStdString(item);
    return list.join(QStringLiteral(", "));
}

} // namespace

CaseDetailView::CaseDetailView(QWidget* parent)
    : QWidget(parent)
    , m_number(new QLabel)
    , m_title(new QLineEdit)
    , m_people(new QLabel)
    , m_state(new QLabel)
    , m_message(new QLabel)
    , m_tabs(new QTabWidget)
    , m_findings(makeTree({tr("Rule"), tr("Severity"), tr("Finding"), tr("Summary"), tr("Subjects")}))
    , m_entities(makeTree({tr("Kind"), tr("Id"), tr("Name")}))
    , m_snapshots(makeTree({tr("Kind"), tr("Subject"), tr("Format"), tr("Taken"), tr("By"), tr("SHA-256")}))
    , m_audit(makeTree({tr("#"), tr("When"), tr("Who"), tr("What"), tr("Detail"), tr("Hash")}))
    , m_auditResult(new QLabel)
    , m_removeFinding(new QPushButton(tr("Remove from case")))
    , m_snapshotTimeline(new QPushButton(tr("Attach timeline snapshot")))
    , m_notes(new CaseNotesEditor)
    , m_reviews(makeTree({tr("When"), tr("Reviewer"), tr("Decision"), tr("On state"), tr("Comment")}))
    , m_reviewer(new QLineEdit)
    , m_reviewText(new QPlainTextEdit)
    , m_approve(new QPushButton(tr("Approve")))
    , m_return(new QPushButton(tr("Return to handler"))) {
    m_message->setWordWrap(true);

    auto* findingsPage = new QWidget;
    auto* findingsLayout = new QVBoxLayout(findingsPage);
    findingsLayout->addWidget(m_findings, 1);
    auto* findingsBar = new QHBoxLayout;
    findingsBar->addStretch(1);
    findingsBar->addWidget(m_removeFinding);
    findingsLayout->addLayout(findingsBar);

    auto* entitiesPage = new QWidget;
    auto* entitiesLayout = new QVBoxLayout(entitiesPage);
    entitiesLayout->addWidget(m_entities, 1);
    auto* entitiesBar = new QHBoxLayout;
    auto* openTimeline = new QPushButton(tr("Open timeline"));
    entitiesBar->addStretch(1);
    entitiesBar->addWidget(openTimeline);
    entitiesBar->addWidget(m_snapshotTimeline);
    entitiesLayout->addLayout(entitiesBar);

    auto* auditPage = new QWidget;
    auto* auditLayout = new QVBoxLayout(auditPage);
    auditLayout->addWidget(m_audit, 1);
    auto* auditBar = new QHBoxLayout;
    auto* verify = new QPushButton(tr("Verify the audit log"));
    m_auditResult->setWordWrap(true);
    auditBar->addWidget(m_auditResult, 1);
    auditBar->addWidget(verify);
    auditLayout->addLayout(auditBar);

    m_tabs->addTab(findingsPage, tr("Findings"));
    m_tabs->addTab(entitiesPage, tr("Entities"));
    m_tabs->addTab(m_snapshots, tr("Snapshots"));
    m_tabs->addTab(auditPage, tr("Audit trail"));

    auto* notesBox = new QGroupBox(tr("Handler's notes"));
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes);
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(notesBox);
    lower->addWidget(buildReviewPanel());
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_tabs);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildHeader());
    layout->addWidget(vertical, 1);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_title->isModified()) {
            m_title->setModified(false);
            emit titleEdited(m_title->text().trimmed());
        }
    });
    connect(m_removeFinding, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem* item = m_findings->currentItem())
            emit removeFindingRequested(item->data(0, Qt::UserRole).toString());
    });
    connect(m_snapshotTimeline, &QPushButton::clicked, this, [this] {
        if (const QString asset = selectedAsset(); !asset.isEmpty()) emit timelineSnapshotRequested(asset);
    });
    connect(openTimeline, &QPushButton::clicked, this, [this] {
        if (const QString asset = selectedAsset(); !asset.isEmpty()) emit openAssetRequested(asset);
    });
    connect(m_entities, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (const QString asset = selectedAsset(); !asset.isEmpty()) emit openAssetRequested(asset);
    });
    connect(verify, &QPushButton::clicked, this, &CaseDetailView::verifyAuditRequested);
    clear();
}

QWidget* CaseDetailView::buildHeader() {
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_number->setStyleSheet(QStringLiteral("QLabel { font-size: 13pt; font-weight: bold; }"));
    m_title->setPlaceholderText(tr("Case title"));
    m_title->setStyleSheet(QStringLiteral("QLineEdit { font-size: 12pt; }"));
    top->addWidget(m_number);
    top->addWidget(m_title, 1);
    top->addWidget(m_state);
    layout->addLayout(top);
    layout->addWidget(m_people);
    auto* states = new QHBoxLayout;
    states->addWidget(new QLabel(tr("Propose:")));
    for (CaseState state : allCaseStates()) {
        if (state == CaseState::New) continue;
        auto* button = new QPushButton(CaseText::state(state));
        button->setToolTip(
            tr("Propose %1; the supervisor approves or returns it").arg(CaseText::state(state)));
        connect(button, &QPushButton::clicked, this, [this, state] { emit stateRequested(state); });
        m_stateButtons[state] = button;
        states->addWidget(button);
    }
    states->addStretch(1);
    layout->addLayout(states);
    layout->addWidget(m_message);
    return header;
}

QWidget* CaseDetailView::buildReviewPanel() {
    auto* box = new QGroupBox(tr("Supervisor's review"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_reviews, 1);
    auto* form = new QFormLayout;
    m_reviewer->setPlaceholderText(tr("Supervisor's name"));
    form->addRow(tr("Reviewer"), m_reviewer);
    m_reviewText->setPlaceholderText(tr("Comment, reasons for approving or returning"));
    m_reviewText->setMaximumHeight(70);
    form->addRow(tr("Comment"), m_reviewText);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    auto* comment = new QPushButton(tr("Comment"));
    buttons->addStretch(1);
    buttons->addWidget(comment);
    buttons->addWidget(m_return);
    buttons->addWidget(m_approve);
    layout->addLayout(buttons);
    const auto request = [this](ReviewKind kind) {
        emit reviewRequested(kind, m_reviewer->text().trimmed(), m_reviewText->toPlainText().trimmed());
    };
    connect(comment, &QPushButton::clicked, this, [request] { request(ReviewKind::Comment); });
    connect(m_approve, &QPushButton::clicked, this, [request] { request(ReviewKind::Approve); });
    connect(m_return, &QPushButton::clicked, this, [request] { request(ReviewKind::Return); });
    return box;
}

void CaseDetailView::showCase(const CaseRecord& record, const std::optional<CaseNote>& draft,
                              const std::vector<AuditEntry>& audit) {
    const CaseSummary& summary = record.summary;
    setEnabled(true);
    m_number->setText(QString::fromStdString(summary.number));
    if (!m_title->hasFocus() || !m_title->isModified())
        m_title->setText(QString::fromStdString(summary.title));
    m_title->setModified(false);
    m_people->setText(tr("Handler %1 · created %2 by %3 · updated %4")
                          .arg(QString::fromStdString(summary.handler), localTime(summary.createdAt),
                               QString::fromStdString(summary.createdBy), localTime(summary.updatedAt)));
    QString state = QStringLiteral("<b>%1</b> · %2")
                        .arg(CaseText::state(summary.status.state).toHtmlEscaped(),
                             CaseText::review(summary.status.review).toHtmlEscaped());
    if (summary.status.review == ReviewStatus::Pending)
        state +=
            QStringLiteral(" ") +
            tr("(proposed by %1)").arg(QString::fromStdString(summary.status.proposedBy)).toHtmlEscaped();
    m_state->setText(state);
    const std::vector<CaseState> allowed = allowedTransitions(summary.status);
    for (auto& [candidate, button] : m_stateButtons)
        button->setEnabled(std::find(allowed.begin(), allowed.end(), candidate) != allowed.end());
    const bool awaiting = summary.status.review == ReviewStatus::Pending;
    m_approve->setEnabled(awaiting);
    m_return->setEnabled(awaiting);
    fillFindings(record);
    fillEntities(record);
    fillSnapshots(record);
    fillReviews(record);
    fillAudit(audit);
    if (m_notes->caseId() != summary.id || !m_notes->isModified())
        m_notes->showCase(summary.id, record.note, draft);
}

void CaseDetailView::clear() {
    m_number->setText(tr("No case selected"));
    m_title->clear();
    m_people->clear();
    m_state->clear();
    m_message->clear();
    for (auto& [state, button] : m_stateButtons)
        button->setEnabled(false);
    for (QTreeWidget* tree : {m_findings, m_entities, m_snapshots, m_audit, m_reviews})
        tree->clear();
    m_auditResult->clear();
    m_notes->clear();
    setEnabled(false);
}

void CaseDetailView::setMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b01e1e; }")
                                   : QStringLiteral("QLabel { color: #1b7f3b; }"));
}

QString CaseDetailView::message() const {
    return m_message->text();
}

void CaseDetailView::showAuditVerification(const AuditVerification& verification) {
    if (verification.intact) {
        m_auditResult->setText(
            tr("Audit log intact: %n entries, %1 hash chain", nullptr, static_cast<int>(verification.entries))
                .arg(QString::fromStdString(verification.algorithm)));
        m_auditResult->setStyleSheet(QStringLiteral("QLabel { color: #1b7f3b; }"));
    } else {
        m_auditResult->setText(tr("Audit log BROKEN at entry %1: %2")
                                   .arg(verification.firstBroken.value_or(0))
                                   .arg(QString::fromStdString(verification.problem)));
        m_auditResult->setStyleSheet(QStringLiteral("QLabel { color: #b01e1e; font-weight: bold; }"));
    }
    if (!verification.recordProblems.empty()) {
        QStringList problems;
        for (const std::string& problem : verification.recordProblems)
            problems << QString::fromStdString(problem);
        m_auditResult->setText(m_auditResult->text() + QLatin1Char('\n') +
                               tr("The cases differ from what the audit trail records: %1")
                                   .arg(problems.join(QStringLiteral("; "))));
        m_auditResult->setStyleSheet(QStringLiteral("QLabel { color: #b01e1e; font-weight: bold; }"));
    }
}

void CaseDetailView::fillFindings(const CaseRecord& record) {
    m_findings->clear();
    for (const CaseFinding& finding : record.findings) {
        auto* item = new QTreeWidgetItem(m_findings);
        item->setText(0, Format::ruleName(finding.rule));
        const auto severity = severityFromName(finding.severity);
        item->setText(1, severity ? Format::severity(*severity) : QString::fromStdString(finding.severity));
        item->setText(2, QString::fromStdString(finding.findingId));
        item->setText(3, QString::fromStdString(finding.summary));
        item->setToolTip(3, QString::fromStdString(finding.summary));
        item->setText(4, joined(finding.subjects));
        item->setData(0, Qt::UserRole, QString::fromStdString(finding.findingId));
    }
    m_findings->resizeColumnToContents(0);
    m_removeFinding->setEnabled(!record.findings.empty());
}

void CaseDetailView::fillEntities(const CaseRecord& record) {
    m_entities->clear();
    for (const CaseEntity& entity : record.entities) {
        auto* item = new QTreeWidgetItem(m_entities);
        item->setText(0, CaseText::entityKind(entity.kind));
        item->setText(1, QString::fromStdString(entity.id));
        item->setText(2, QString::fromStdString(entity.label));
        item->setData(0, Qt::UserRole, QString::fromStdString(entity.kind));
    }
    m_entities->resizeColumnToContents(1);
}

void CaseDetailView::fillSnapshots(const CaseRecord& record) {
    m_snapshots->clear();
    for (const CaseSnapshot& snapshot : record.snapshots) {
        auto* item = new QTreeWidgetItem(m_snapshots);
        item->setText(0, snapshot.kind == "graph" ? tr("graph") : tr("timeline"));
        item->setText(1, QString::fromStdString(snapshot.subject));
        item->setText(2, QString::fromStdString(snapshot.format).toUpper());
        item->setText(3, localTime(snapshot.takenAt));
        item->setText(4, QString::fromStdString(snapshot.takenBy));
        item->setText(5, QString::fromStdString(snapshot.sha256.substr(0, 16)) + QStringLiteral("…"));
    }
}

void CaseDetailView::fillReviews(const CaseRecord& record) {
    m_reviews->clear();
    for (const CaseReview& review : record.reviews) {
        auto* item = new QTreeWidgetItem(m_reviews);
        item->setText(0, localTime(review.at));
        item->setText(1, QString::fromStdString(review.reviewer));
        item->setText(2, CaseText::reviewKind(review.kind));
        item->setText(3, CaseText::state(review.state));
        item->setText(4, QString::fromStdString(review.text));
        item->setToolTip(4, QString::fromStdString(review.text));
    }
}

void CaseDetailView::fillAudit(const std::vector<AuditEntry>& audit) {
    m_audit->clear();
    for (const AuditEntry& entry : audit) {
        auto* item = new QTreeWidgetItem(m_audit);
        item->setText(0, QString::number(entry.seq));
        item->setText(1, localTime(entry.at));
        item->setText(2, QString::fromStdString(entry.user));
        item->setText(3, CaseText::action(entry.action));
        item->setText(4, QString::fromStdString(entry.detail));
        item->setToolTip(4, QString::fromStdString(entry.detail));
        item->setText(5, QString::fromStdString(entry.hash.substr(0, 16)) + QStringLiteral("…"));
        item->setToolTip(5, QString::fromStdString(entry.hash));
    }
    m_auditResult->clear();
}

QString CaseDetailView::selectedAsset() const {
    const QTreeWidgetItem* item = m_entities->currentItem();
    if (!item || item->data(0, Qt::UserRole).toString() != QLatin1String("asset")) return {};
    return item->text(1);
}

} // namespace lj::gui
