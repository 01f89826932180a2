#include "reconfig/ReplicationFactorRun.h"

#include "reconfig/AuditLog.h"
#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ConfigPlan.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/ReassignmentClient.h"
#include "reconfig/ReplicationPlanner.h"
#include "reconfig/ThrottleWriter.h"

#include "reconfig/ReconfigLogging.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReplicationFactorRun", text);
}

const TopicMetadata *findTopic(const ClusterMetadata &metadata, const QString &topic)
{
    const auto it = std::find_if(metadata.topics.cbegin(), metadata.topics.cend(),
        [&](const TopicMetadata &t) { return t.name == topic; });
    return it == metadata.topics.cend() ? nullptr : &*it;
}

BrokerChannel::Options channelOptions(const ClusterConfig &cluster)
{
    BrokerChannel::Options options;
    options.properties = cluster.properties;
    return options;
}

QString outcomeId(const ReplicationResult &result)
{
    switch (result.outcome) {
    case ReplicationOutcome::Completed:
        return targetStateId(TargetState::Applied);
    case ReplicationOutcome::Cancelled:
        return targetStateId(TargetState::Cancelled);
    case ReplicationOutcome::Failed:
        break;
    }
    return result.refusedPartitions.isEmpty() ? QStringLiteral("failed") : targetStateId(TargetState::Refused);
}

} // namespace

Result<ReplicationProposal> ReplicationFactorRun::propose(const Fleet &fleet, const QString &cluster,
    const QString &topic, int factor, const Clock &clock, int timeoutMs)
{
    const ClusterConfig *config = fleet.findCluster(cluster);
    if (!config)
        return Error { tr("%1 is not a cluster of this fleet.").arg(cluster) };
    if (ConfigPlanner::isReadOnly(fleet, cluster))
        return Error { tr("%1 is read-only in the fleet file %2 (read_only: true): its replication factor "
                          "cannot be changed here.")
                           .arg(cluster, fleet.sourcePath) };
    ClusterConfigGateway gateway(*config, timeoutMs);
    const Result<ClusterMetadata> metadata = gateway.metadata();
    if (!metadata)
        return metadata.error();
    const TopicMetadata *found = findTopic(*metadata, topic);
    if (!found)
        return Error { tr("Cluster %1 has no topic \"%2\".").arg(cluster, topic) };

    ReassignmentClient client(channelOptions(*config), metadata->brokers);
    const Result<QMap<int, QString>> racks = client.brokerRacks(timeoutMs);
    if (!racks)
        return Error { tr("Cluster %1 did not tell its brokers' racks, so nothing was planned: %2")
                           .arg(cluster, racks.errorMessage()) };
    const Result<ReplicationPlan> plan = ReplicationPlanner::plan(*metadata, topic, factor, *racks);
    if (!plan)
        return plan.error();

    ReplicationProposal proposal;
    proposal.cluster = cluster;
    proposal.topic = topic;
    for (const PartitionMetadata &p : found->partitions)
        proposal.currentFactor = qMax(proposal.currentFactor, int(p.replicas.size()));
    proposal.plan = *plan;
    proposal.brokers = metadata->brokers;
    proposal.readAtMs = clock.nowMs();
    return proposal;
}

Result<ReplicationFactorRun::Reversal> ReplicationFactorRun::reversalOf(const AuditLog &audit, qint64 batch)
{
    AuditFilter filter;
    filter.batch = batch;
    filter.key = auditKey;
    const Result<QList<AuditRecord>> rows = audit.query(filter);
    if (!rows)
        return rows.error();
    for (const AuditRecord &row : *rows) {
        if (row.outcome != targetStateId(TargetState::Applied) || !row.oldValue)
            continue;
        bool ok = false;
        const int factor = row.oldValue->toInt(&ok);
        if (ok && factor > 0)
            return Reversal { row.cluster, row.resource.name, factor };
    }
    return Error { tr("Batch %1 holds no completed replication-factor change to undo.").arg(batch) };
}

bool ReplicationFactorRun::isReplicationBatch(const AuditLog &audit, qint64 batch)
{
    AuditFilter filter;
    filter.batch = batch;
    filter.key = auditKey;
    filter.limit = 1;
    const Result<QList<AuditRecord>> rows = audit.query(filter);
    return rows && !rows->isEmpty();
}

ReplicationFactorRun::ReplicationFactorRun(const Fleet &fleet, Options options, const Clock &clock)
    : m_fleet(fleet)
    , m_options(std::move(options))
    , m_clock(clock)
{
}

void ReplicationFactorRun::cancel()
{
    m_cancelled.store(true);
    if (ReplicationChange *change = m_change.load())
        change->cancel();
}

ReplicationResult ReplicationFactorRun::run(const ReplicationProposal &proposal,
    const std::function<void(const ReplicationProgress &)> &onProgress)
{
    m_batch = 0;
    ReplicationResult result;
    result.startedAtMs = m_clock.nowMs();
    const ClusterConfig *config = m_fleet.findCluster(proposal.cluster);
    if (!config || ConfigPlanner::isReadOnly(m_fleet, proposal.cluster)) {
        // Checked again just before sending: the fleet may have been reloaded since the proposal.
        result.message = tr("%1 is read-only or no longer in the fleet: nothing was sent.").arg(proposal.cluster);
        result.finishedAtMs = m_clock.nowMs();
        audit(proposal, result);
        return result;
    }

    ClusterConfigGateway gateway(*config, m_options.requestTimeoutMs);
    ThrottleWriter throttle(gateway);
    ReplicationChange::Options options;
    options.channel = channelOptions(*config);
    options.brokers = proposal.brokers;
    options.requestTimeoutMs = m_options.requestTimeoutMs;
    options.pollIntervalMs = m_options.pollIntervalMs;
    options.maxWaitMs = m_options.maxWaitMs;
    options.throttleBytesPerSecond = m_options.throttleBytesPerSecond;
    options.throttleSetter = throttle.setter();
    ReplicationChange change(m_clock, options);
    if (onProgress)
        QObject::connect(&change, &ReplicationChange::progress, &change, onProgress, Qt::DirectConnection);

    m_change.store(&change);
    if (m_cancelled.exchange(false)) {
        result.outcome = ReplicationOutcome::Cancelled;
        result.message = tr("Cancelled before anything was sent.");
        result.finishedAtMs = m_clock.nowMs();
    } else {
        result = change.run(proposal.plan);
    }
    m_change.store(nullptr);
    audit(proposal, result);
    return result;
}

void ReplicationFactorRun::audit(const ReplicationProposal &proposal, const ReplicationResult &result)
{
    if (!m_options.audit)
        return;
    const Result<qint64> batch = m_options.audit->newBatch();
    if (!batch) {
        qCWarning(lcReconfig) << "replication change of" << proposal.topic << "not audited:" << batch.errorMessage();
        return;
    }
    AuditRecord record;
    record.timeMs = result.finishedAtMs;
    record.osUser = AuditLog::osUser();
    record.operatorName = m_options.operatorName;
    record.cluster = proposal.cluster;
    record.resource = ConfigResource::topic(proposal.topic);
    record.key = auditKey;
    record.oldValue = QString::number(proposal.currentFactor);
    record.oldSetHere = true;
    record.newValue = QString::number(proposal.plan.targetReplicationFactor);
    record.dryRun = QStringLiteral("not run");
    record.outcome = outcomeId(result);
    record.message = result.message;
    if (m_options.throttleBytesPerSecond > 0)
        record.message += QLatin1Char(' ') + tr("(throttled to %1 bytes/s)").arg(m_options.throttleBytesPerSecond);
    record.batch = *batch;
    record.undoOf = m_options.undoOf;
    if (const Status appended = m_options.audit->append({ record }); !appended) {
        qCWarning(lcReconfig) << "replication change of" << proposal.topic << "not audited:" << appended.errorMessage();
        return;
    }
    m_batch = *batch;
}

} // namespace fleetscope
