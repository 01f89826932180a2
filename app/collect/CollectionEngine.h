#pragma once

#include "collect/ClusterSnapshot.h"
#include "collect/HandleBudget.h"
#include "core/Clock.h"
#include "fleet/Fleet.h"
#include "session/SnapshotSource.h"

#include <QHash>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QTimer;

namespace fleetscope {

class ClusterPoller;

// Schedules every cluster's polls: its own interval each, exponential backoff while unreachable,
// at most maxConcurrentPolls running at once on worker threads, never two of one cluster. The
// engine's own thread only schedules; results arrive as immutable snapshots through a signal.
// The real SnapshotSource of a FleetSession, which joins the mirror links and keeps the latest.
class CollectionEngine final : public SnapshotSource
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

    void start() override;
    // Stops scheduling without waiting: polls already running finish on their workers, polls still
    // queued end at once without polling, then stopped() is emitted (at once when none is running).
    // Use it instead of deleting the engine on the GUI thread, which waits for running polls.
    void stop() override;
    bool isStopped() const override { return m_stopping && m_inFlight == 0; }
    // Polls a cluster as soon as a worker is free, whatever its schedule says.
    void pollNow(const QString &cluster) override;
    int clusterCount() const override { return int(m_slots.size()); }
    int pollsInFlight() const override { return m_inFlight; }

    // The delay before the next poll of a cluster that failed `failures` times in a row.
    static qint64 nextDelayMs(qint64 intervalMs, int failures, qint64 maxBackoffMs);

private:
    struct Slot;
    void launch(Slot &slot);
    void finish(const QString &cluster, ClusterSnapshot snapshot);

    const Clock &m_clock;
    Options m_options;
    QThreadPool m_pool;
    HandleBudget m_budget; // outlives the pollers, which give their slots back when destroyed
    QHash<QString, std::shared_ptr<Slot>> m_slots;
    int m_inFlight = 0;
    bool m_stopping = false;
    // Read by queued polls as they start: once stopping, they return at once instead of polling.
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace fleetscope
