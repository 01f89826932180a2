#pragma once

#include "reconfig/ConfigPlan.h"
#include "reconfig/ReconfigJob.h" // Q_DECLARE_METATYPE(ConfigPlan), before this header's signals use it

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace fleetscope {

class ConfigPlanModel;
class ReconfigController;
class ReconfigJob;

// One change across many targets: choose them (clusters from the tree's selection, by tag, a topic or
// a topic pattern, a broker or every broker, the cluster-wide default), type KEY=VALUE lines, then
// Plan (target, key, old -> new) -> Dry run on every target -> confirm -> Apply with progress and
// Cancel -> one result per target, failed ones with the broker's message and a Retry of just those.
class BulkReconfigDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkReconfigDialog(ReconfigController &controller, const TargetSelection &initial, QWidget *parent = nullptr);
    ~BulkReconfigDialog() override;
    Q_DISABLE_COPY_MOVE(BulkReconfigDialog)

    // For tests: fill the form as a person would.
    void setSelection(const TargetSelection &selection);
    void setAssignments(const QStringList &assignments);
    ConfigPlanModel *planModel() const { return m_planModel; }
    QPushButton *planButton() const { return m_plan; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *confirmation() const { return m_confirm; }
    QString summaryText() const;

Q_SIGNALS:
    void planned();
    void stepFinished(const fleetscope::ConfigPlan &plan); // a dry run, apply or retry ended
    void applied(const fleetscope::ConfigPlan &plan);

private:
    TargetSelection selection() const;
    void makePlan();
    void startStep(bool apply);
    void showFinished(const ConfigPlan &plan, bool wasApply);
    void updateButtons();
    QString writeBlockedReason() const;

    ReconfigController &m_controller;
    ReconfigJob *m_job;
    QComboBox *m_scope;
    QLineEdit *m_name;
    QListWidget *m_clusters;
    QLineEdit *m_tags;
    QPlainTextEdit *m_assignments;
    QLabel *m_inputError;
    ConfigPlanModel *m_planModel;
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QCheckBox *m_confirm;
    QPushButton *m_plan;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    bool m_hasPlan = false;
    bool m_dryRunDone = false;
    bool m_applyRunning = false;
    bool m_retrying = false;
};

} // namespace fleetscope
