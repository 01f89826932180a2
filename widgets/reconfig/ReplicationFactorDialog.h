#pragma once

#include "core/Clock.h"
#include "reconfig/ReplicationFactorRun.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace fleetscope {

class ReconfigController;
class ReplicationFactorJob;
class ReplicationPlanModel;

// A topic's replication factor: the new factor -> a plan read from the cluster (each partition's
// replicas now -> new, replicas per broker before -> after) -> an optional throttle -> confirm ->
// Apply with progress per partition and Cancel -> the result, audited. The same core path as
// `fleetscope replicate`. The dialog cannot be closed while a change runs (the throttle must be
// removed at its end); Cancel Change stops it, and partitions still copying go back.
class ReplicationFactorDialog final : public QDialog
{
    Q_OBJECT

public:
    // factor: the factor to plan first; undoOf: the audit batch this change reverts.
    ReplicationFactorDialog(ReconfigController &controller, QString cluster, QString topic, int factor,
        std::optional<qint64> undoOf = std::nullopt, QWidget *parent = nullptr);
    ~ReplicationFactorDialog() override;
    Q_DISABLE_COPY_MOVE(ReplicationFactorDialog)

    // For tests: the controls as a person uses them.
    QSpinBox *factorBox() const { return m_factor; }
    QCheckBox *throttleBox() const { return m_throttleOn; }
    QLineEdit *throttleRate() const { return m_throttleRate; }
    QCheckBox *confirmation() const { return m_confirm; }
    QPushButton *planButton() const { return m_plan; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *cancelButton() const { return m_cancel; }
    ReplicationPlanModel *planModel() const { return m_model; }
    QString statusText() const;
    QString loadsText() const;

Q_SIGNALS:
    void planned();
    void progressed();
    void finished(const fleetscope::ReplicationResult &result, qint64 batch);
    void applied(); // a change was attempted (and audited): views re-read

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void makePlan();
    void showProposal(const ReplicationProposal &proposal);
    void startApply();
    void showProgress(const ReplicationProgress &progress);
    void showResult(const ReplicationResult &result, qint64 batch);
    std::optional<qint64> throttleBytesPerSecond(QString *error) const;
    void setStatus(const QString &text, bool problem = false);
    void updateButtons();

    ReconfigController &m_controller;
    QString m_cluster;
    QString m_topic;
    std::optional<qint64> m_undoOf;
    SystemClock m_clock;
    ReplicationFactorJob *m_job;
    ReplicationPlanModel *m_model;
    std::optional<ReplicationProposal> m_proposal;
    bool m_running = false;

    QLabel *m_current;
    QSpinBox *m_factor;
    QPushButton *m_plan;
    QCheckBox *m_throttleOn;
    QLineEdit *m_throttleRate;
    QTableView *m_table;
    QLabel *m_loads;
    QCheckBox *m_confirm;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace fleetscope
