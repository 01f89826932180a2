#pragma once

#include "core/Clock.h"
#include "fleet/Fleet.h"
#include "reconfig/ReplicationFactorRun.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace fleetscope {

class ReconfigDatabase;

// The GUI's handle on one topic's replication-factor change: propose() and apply() run
// ReplicationFactorRun on a worker thread and answer with signals on the owner's thread. One step at
// a time (a call while busy returns false). cancel() asks a running change to stop: partitions
// still copying go back to their old replicas, and the throttle is removed.
class ReplicationFactorJob final : public QObject
{
    Q_OBJECT

public:
    // database may be null: nothing is audited then (only for tests).
    ReplicationFactorJob(Fleet fleet, ReconfigDatabase *database, const Clock &clock, QObject *parent = nullptr);
    ~ReplicationFactorJob() override; // cancels and waits for the running step
    Q_DISABLE_COPY_MOVE(ReplicationFactorJob)

    bool isBusy() const { return m_busy; }

    bool propose(const QString &cluster, const QString &topic, int factor);
    bool apply(const fleetscope::ReplicationProposal &proposal, const fleetscope::ReplicationFactorRun::Options &options);
    void cancel();

Q_SIGNALS:
    void proposed(const fleetscope::ReplicationProposal &proposal);
    void proposeFailed(const QString &message);
    void progressed(const fleetscope::ReplicationProgress &progress);
    // batch: the audit batch of the change (0: not audited).
    void finished(const fleetscope::ReplicationResult &result, qint64 batch);

private:
    bool start(std::function<void()> work);
    void deliver(std::function<void()> onOwnerThread);

    Fleet m_fleet;
    ReconfigDatabase *m_database;
    const Clock &m_clock;
    QThreadPool m_pool;
    std::shared_ptr<ReplicationFactorRun> m_run;
    bool m_busy = false;
};

} // namespace fleetscope
