#pragma once

#include "collect/ClusterSnapshot.h"
#include "collect/HandleBudget.h"
#include "core/Clock.h"
#include "fleet/Fleet.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <memory>

class QTimer;

namespace fleetscope {

class ClusterPoller;

// Schedules every cluster's polls: its own interval each, exponential backoff while unreachable,
// at most maxConcurrentPolls running at once on worker threads, never two of one cluster. The
// engine's own thread only schedules; results arrive as immutable snapshots through a signal.
class CollectionEngine final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxConcurrentPolls = 8;
        qint64 maxBackoffMs = 5 * 60 * 1000;
        int maxLiveHandles = 100; // beyond it, clusters are served by connect -> query -> close
    };

    CollectionEngine(const Fleet &fleet, const Clock &clock, Options options, QObject *parent = nullptr);
    CollectionEngine(const Fleet &fleet, const Clock &clock, QObject *parent = nullptr);
    ~CollectionEngine() override;
    Q_DISABLE_COPY_MOVE(CollectionEngine)

    void start();
    // Stops scheduling without waiting: polls already running finish on their workers, then
    // stopped() is emitted (at once when none is running). Use it instead of deleting the engine
    // on the GUI thread, which waits for running polls.
    void stop();
    bool isStopped() const { return m_stopping && m_inFlight == 0; }
    // Polls a cluster as soon as a worker is free, whatever its schedule says.
    void pollNow(const QString &cluster);
    int clusterCount() const { return int(m_slots.size()); }
    int pollsInFlight() const { return m_inFlight; }

    // The delay before the next poll of a cluster that failed `failures` times in a row.
    static qint64 nextDelayMs(qint64 intervalMs, int failures, qint64 maxBackoffMs);

Q_SIGNALS:
    void clusterSampled(const fleetscope::ClusterSnapshot &snapshot);
    void activityChanged(int pollsInFlight);
    void stopped();

private:
    struct Slot;
    void launch(Slot &slot);
    void finish(const QString &cluster, ClusterSnapshot snapshot);

    const Clock &m_clock;
    Options m_options;
    QThreadPool m_pool;
    HandleBudget m_budget; // outlives the pollers, which give their slots back when destroyed
    QHash<QString, std::shared_ptr<Slot>> m_slots;
    QHash<QString, ClusterSnapshot> m_latest; // the newest snapshot of each cluster
    int m_inFlight = 0;
    bool m_stopping = false;
};

} // namespace fleetscope
