#pragma once
// 实地核查 Field visits: choose a village and a date, get the checklist (each asset and project
// with its ledger state and the questions to answer on site), record what is seen per item
// (state, occupant, notes, photos, inspector) — saved in the workspace on every edit — and print
// the checklist. A recorded observation that contradicts the ledger shows its V01 finding.
#include "rules/rule_settings.h"
#include "session.h"
#include "visits/observation_store.h"
#include "visits/visit_plan.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace lj::gui {

class VisitsView : public QWidget {
    Q_OBJECT

public:
    explicit VisitsView(QWidget* parent = nullptr);
    ~VisitsView() override;

    void setSession(std::shared_ptr<const Session> session, const RuleSettings& settings);

    // For tests and scripting: the checklist of `org` as of `asOf`; item `row` selected.
    bool showVillage(const QString& org, Date asOf);
    bool selectItem(int row);
    bool setObservedState(const QString& state);
    bool setOccupant(const QString& occupant);
    bool attachPhotos(const QStringList& paths); // refuses non-images and huge files with a message
    bool printPlan(const QString& pdfPath);

    QTableWidget* checklist() const { return m_table; }
    const VisitPlan& plan() const { return m_plan; }
    ObservationStore* store() const { return m_store.get(); }
    QString currentObservationId() const { return QString::fromStdString(m_observation.id); }
    QString lastMessage() const { return m_lastMessage; }

signals:
    void contradictionFound(const QString& summary);

private:
    void rebuildVillages();
    void rebuildChecklist();
    void showItem();
    void save();
    void showMessage(const QString& text);
    void refreshPhotos();
    void refreshVerdict();
    QString verdictFor(const VisitItem& item) const;

    std::shared_ptr<const Session> m_session;
    RuleSettings m_settings = RuleSettings::defaults();
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ObservationStore> m_store;
    std::vector<Observation> m_observations; // of this workspace, by visit date
    VisitPlan m_plan;
    Observation m_observation; // the one being recorded for the selected item (id empty: none yet)
    bool m_loadingItem = false;
    QString m_lastMessage;

    QComboBox* m_village;
    QDateEdit* m_asOf;
    QTableWidget* m_table;
    QLabel* m_itemTitle;
    QLabel* m_ledger;
    QLabel* m_questions;
    QComboBox* m_state;
    QLineEdit* m_occupant;
    QLineEdit* m_inspector;
    QPlainTextEdit* m_notes;
    QListWidget* m_photos;
    QLabel* m_verdict;
    QLabel* m_message;
};

} // namespace lj::gui
