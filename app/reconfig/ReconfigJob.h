#pragma once

#include "core/Result.h"
#include "fleet/Fleet.h"
#include "reconfig/ConfigApplier.h"
#include "reconfig/ConfigPlanner.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>

namespace fleetscope {

class ReconfigDatabase;

// The GUI's handle on one reconfiguration: plan, dry run, apply, retry of the failed targets,
// undo, each on a worker thread, results back on the owner's thread as signals. One step at a time
// (a call while busy is ignored and returns false). cancel() stops before the next target is sent.
//
// Typical form flow: plan() -> planned(plan) shows target, key, old -> new; dryRun(plan) ->
// finished(plan); apply(plan) -> targetFinished(...) per target for a progress bar -> finished(plan)
// with one result per target; retryFailed(plan) for just the failed ones.
class ReconfigJob final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        ConfigPlanner::Options planner;
        ConfigApplier::Options applier; // audit/pending/cancel/onTargetDone are set by the job
    };

    // database may be null: nothing is audited or queued then (only for tests and demos).
    ReconfigJob(Fleet fleet, ReconfigDatabase *database, Options options, QObject *parent = nullptr);
    ~ReconfigJob() override; // cancels and waits for the running step
    Q_DISABLE_COPY_MOVE(ReconfigJob)

    bool isBusy() const { return m_busy; }

    bool plan(const fleetscope::TargetSelection &selection, const QList<fleetscope::ConfigChange> &changes);
    bool dryRun(const fleetscope::ConfigPlan &plan);
    bool apply(const fleetscope::ConfigPlan &plan);
    bool retryFailed(const fleetscope::ConfigPlan &plan); // re-plans the failed targets, then applies them
    bool planUndo(qint64 batch);                          // -> planned(plan of the undo); then applyUndo()
    bool applyUndo(const fleetscope::ConfigPlan &undoPlan, qint64 batch);
    void cancel();

Q_SIGNALS:
    void planned(const fleetscope::ConfigPlan &plan);
    void planFailed(const QString &message);
    void targetFinished(const fleetscope::PlannedTarget &target, int done, int total);
    // After dryRun/apply/retry/applyUndo: every target with its result; batch = the audit batch (0: none).
    void finished(const fleetscope::ConfigPlan &plan, qint64 batch);

private:
    enum class Step { DryRun, Apply, Retry };
    bool start(std::function<void()> work);
    void runApplier(ConfigPlan plan, Step step, std::optional<qint64> undoOf);
    void deliverPlan(const Result<ConfigPlan> &plan);

    Fleet m_fleet;
    ReconfigDatabase *m_database;
    Options m_options;
    QThreadPool m_pool;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_done{0};
    bool m_busy = false;
};

} // namespace fleetscope

Q_DECLARE_METATYPE(fleetscope::ConfigPlan)
Q_DECLARE_METATYPE(fleetscope::PlannedTarget)
