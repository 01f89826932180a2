#pragma once

#include "fleet/Fleet.h"
#include "reconfig/ConfigApplier.h"
#include "reconfig/PendingChange.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace fleetscope {

class ReconfigDatabase;
struct ClusterSnapshot;

// Applies queued changes when their cluster answers again. Feed it "this cluster answered" events:
// connect CollectionEngine::clusterSampled to clusterSampled() (only reachable snapshots count), or
// call clusterReachable() directly. Each queued change of that cluster is planned again from what was
// typed, validated, dry-run, applied and audited on a worker thread; a change whose cluster is down
// again stays queued, one the broker refuses is marked failed with the broker's message.
class PendingChangeRunner final : public QObject
{
    Q_OBJECT

public:
    PendingChangeRunner(Fleet fleet, ReconfigDatabase &database, ConfigApplier::Options options,
                        QObject *parent = nullptr);
    ~PendingChangeRunner() override; // waits for a running attempt to end
    Q_DISABLE_COPY_MOVE(PendingChangeRunner)

    // Blocking: tries every queued change of `cluster` (all clusters when empty) now. For the CLI and tests.
    // Returns the changes it finished (applied or failed); those still queued are not listed.
    static QList<PendingChange> runQueued(const Fleet &fleet, ReconfigDatabase &database,
                                          const ConfigApplier::Options &options, const QString &cluster = {});

public Q_SLOTS:
    void clusterSampled(const fleetscope::ClusterSnapshot &snapshot);
    void clusterReachable(const QString &cluster);

Q_SIGNALS:
    // A queued change left the queue (applied or failed), from the GUI thread's point of view.
    void pendingFinished(const fleetscope::PendingChange &change);
    // The queue may look different now: views re-read it.
    void queueChanged();

private:
    Fleet m_fleet;
    ReconfigDatabase &m_database;
    ConfigApplier::Options m_options;
    QThreadPool m_pool;
    QSet<QString> m_running; // clusters with an attempt under way (GUI thread only)
};

} // namespace fleetscope
