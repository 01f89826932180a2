#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "fleet/Fleet.h"
#include "kafka/ClusterMetadata.h"
#include "reconfig/ReplicationChange.h"
#include "reconfig/ReplicationPlan.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace fleetscope {

class AuditLog;

// What a replication-factor change of one topic would do, read from the cluster but not yet sent.
struct ReplicationProposal
{
    QString cluster;
    QString topic;
    int currentFactor = 0; // the largest replica count among the topic's partitions
    ReplicationPlan plan;
    QList<BrokerAddress> brokers;
    qint64 readAtMs = 0;

    bool changesAnything() const { return !plan.changedPartitions().isEmpty(); }
};

// One topic's replication factor changed end to end, the same for the GUI and `fleetscope
// replicate`: propose() reads the metadata (and racks) and plans; run() sets the optional throttle,
// reassigns, watches to the end, removes the throttle, and writes one audit row (key
// "replication.factor", old -> new factor, outcome and the broker's words). Blocking, for a worker
// thread or the CLI; cancel() is thread-safe.
//
// Kafka has no validate-only reassignment, so the audit's dry-run column reads "not run"; what a
// dry run would catch (a factor above the broker count, an unknown topic, a read-only cluster) is
// refused by propose() before anything is sent.
class ReplicationFactorRun final
{
public:
    // The audit key of a replication-factor change; not a Kafka config key.
    static inline const QString auditKey = QStringLiteral("replication.factor");

    struct Options
    {
        AuditLog *audit = nullptr; // null: not audited (tests of the planner only)
        QString operatorName;
        qint64 throttleBytesPerSecond = 0; // 0: no throttle
        std::optional<qint64> undoOf;      // the audit batch this change reverts
        int requestTimeoutMs = 30'000;
        int pollIntervalMs = 1'000;
        qint64 maxWaitMs = 0; // 0: watch until done
    };

    static Result<ReplicationProposal> propose(const Fleet &fleet, const QString &cluster, const QString &topic,
        int factor, const Clock &clock, int timeoutMs = 30'000);

    // The change a batch would revert: the same topic back to its old factor. Errors: the batch
    // is no completed replication-factor change.
    struct Reversal
    {
        QString cluster;
        QString topic;
        int factor = 0;
    };
    static Result<Reversal> reversalOf(const AuditLog &audit, qint64 batch);
    static bool isReplicationBatch(const AuditLog &audit, qint64 batch);

    ReplicationFactorRun(const Fleet &fleet, Options options, const Clock &clock);

    // onProgress is called on the calling thread after each ListPartitionReassignments.
    ReplicationResult run(const ReplicationProposal &proposal,
        const std::function<void(const ReplicationProgress &)> &onProgress = {});
    void cancel();
    // Where run() writes its row (replaces Options::audit): the log of the thread that runs it.
    void setAudit(AuditLog *audit) { m_options.audit = audit; }
    // The audit batch of the last run() (0: none, or no audit log).
    qint64 batch() const { return m_batch; }

private:
    void audit(const ReplicationProposal &proposal, const ReplicationResult &result);

    Fleet m_fleet;
    Options m_options;
    const Clock &m_clock;
    std::atomic<ReplicationChange *> m_change { nullptr };
    std::atomic_bool m_cancelled { false };
    qint64 m_batch = 0;
};

} // namespace fleetscope
