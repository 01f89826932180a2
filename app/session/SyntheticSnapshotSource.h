#pragma once

#include "core/Clock.h"
#include "fleet/Fleet.h"
#include "session/SnapshotSource.h"

#include <QHash>

#include <functional>

class QTimer;

namespace fleetscope {

// Snapshots made up by a function instead of polled from brokers: GUI and session tests that check
// what views show, and benchmarks at a scale no test fleet has. Each cluster is "polled" on its own
// interval (or at once by pollNow), with the clock's time; nothing here opens a socket.
class SyntheticSnapshotSource final : public SnapshotSource
{
    Q_OBJECT

public:
    // cluster, time, poll number (0, 1, ...) -> the snapshot that poll finds
    using Generator = std::function<ClusterSnapshot(const ClusterConfig &, qint64 nowMs, int poll)>;

    SyntheticSnapshotSource(const Fleet &fleet, const Clock &clock, Generator generator, QObject *parent = nullptr);
    ~SyntheticSnapshotSource() override;

    void start() override;
    void stop() override;
    bool isStopped() const override { return m_stopped; }
    void pollNow(const QString &cluster) override;
    int clusterCount() const override { return int(m_clusters.size()); }
    int pollsInFlight() const override { return 0; }

    // Timers off: snapshots come only from pollNow (tests that step through polls by hand).
    void setManual(bool manual) { m_manual = manual; }

private:
    struct Cluster
    {
        ClusterConfig config;
        QTimer *timer = nullptr;
        int polls = 0;
    };

    const Clock &m_clock;
    Generator m_generator;
    QHash<QString, Cluster> m_clusters;
    bool m_manual = false;
    bool m_stopped = false;
};

} // namespace fleetscope
