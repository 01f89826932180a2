#pragma once

#include "core/Clock.h"
#include "kafka/ClusterMetadata.h"
#include "protocol/BrokerChannel.h"
#include "protocol/PartitionReassignments.h"
#include "reconfig/ReplicationPlan.h"
#include "reconfig/ReplicationThrottle.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

namespace fleetscope {

// Where a running change stands, after each ListPartitionReassignments.
struct ReplicationProgress
{
    QString topic;
    int partitionsTotal = 0; // partitions the change moves (those the broker accepted)
    int partitionsDone = 0;
    QList<OngoingReassignment> ongoing; // this change's partitions still being copied
    qint64 sampledAtMs = 0;
};

enum class ReplicationOutcome { Completed, Cancelled, Failed };

struct ReplicationResult
{
    ReplicationOutcome outcome = ReplicationOutcome::Failed;
    QString message; // what happened; for a failure also what to do
    QList<ReassignmentPartitionResult> refusedPartitions; // with the broker's own messages
    bool throttleLeftSet = false; // removing the throttle failed: message says which keys to delete
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
};

// Carries out a ReplicationPlan: optionally sets a replication throttle, submits the new replica
// lists with AlterPartitionReassignments, polls ListPartitionReassignments until none of them is
// running any more (progress() after each poll), and always removes the throttle again, also after
// a failure or a cancel. cancel() sends the same partitions with null replicas, which puts every
// partition still copying back on its old replicas.
//
// run() blocks (a worker thread, or the CLI); start() runs it on a pool thread and reports through
// finished(). Signals are emitted on the worker thread, so receivers in the GUI get them queued.
class ReplicationChange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicationChange)

public:
    struct Options
    {
        BrokerChannel::Options channel;
        QList<BrokerAddress> brokers; // any of them: each forwards to the controller
        int requestTimeoutMs = 30'000;
        int pollIntervalMs = 1'000;
        qint64 maxWaitMs = 0; // 0: wait as long as it takes; else give up watching (the change goes on)
        qint64 throttleBytesPerSecond = 0; // 0: no throttle
        ThrottleSetter throttleSetter; // needed when throttleBytesPerSecond > 0
    };

    ReplicationChange(const Clock &clock, Options options, QObject *parent = nullptr);
    // Cancels a running change and waits for its worker (at most about one request timeout).
    ~ReplicationChange() override;

    ReplicationResult run(const ReplicationPlan &plan);
    void start(const ReplicationPlan &plan);
    // Thread-safe; the worker acts on it within about 50 ms (or when its current request returns).
    void cancel();
    bool isRunning() const { return m_running.load(); }

Q_SIGNALS:
    void progress(const fleetscope::ReplicationProgress &progress);
    void finished(const fleetscope::ReplicationResult &result);

private:
    bool sleepUnlessCancelled(int ms) const;
    ReplicationResult finish(ReplicationResult result, const std::optional<ReplicationThrottle> &throttle);

    const Clock &m_clock;
    Options m_options;
    std::atomic_bool m_cancel { false };
    std::atomic_bool m_running { false };
    QFuture<void> m_future;
};

} // namespace fleetscope
