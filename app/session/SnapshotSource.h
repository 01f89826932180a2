#pragma once

#include "collect/ClusterSnapshot.h"

#include <QObject>

namespace fleetscope {

// Where a fleet session's snapshots come from: the CollectionEngine polling real brokers, or a
// synthetic source for tests and benchmarks. Snapshots arrive on the source's thread as immutable
// values; a source never touches a model or a widget.
class SnapshotSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SnapshotSource() override = default;
    Q_DISABLE_COPY_MOVE(SnapshotSource)

    virtual void start() = 0;
    // Stops scheduling without waiting for work that runs; stopped() follows once nothing runs.
    virtual void stop() = 0;
    virtual bool isStopped() const = 0;
    // Polls a cluster as soon as possible, whatever its schedule says.
    virtual void pollNow(const QString &cluster) = 0;
    virtual int clusterCount() const = 0;
    virtual int pollsInFlight() const = 0;

Q_SIGNALS:
    void clusterSampled(const fleetscope::ClusterSnapshot &snapshot);
    void activityChanged(int pollsInFlight);
    void stopped();
};

} // namespace fleetscope
