#include "reconfig/ReplicationThrottle.h"

#include <QStringList>

namespace fleetscope {

namespace {

QString replicaList(const QList<PartitionAssignment> &partitions, QList<int> (*pick)(const PartitionAssignment &))
{
    QStringList entries;
    for (const PartitionAssignment &p : partitions) {
        for (int id : pick(p))
            entries.append(QStringLiteral("%1:%2").arg(p.partition).arg(id));
    }
    return entries.join(QLatin1Char(','));
}

} // namespace

ReplicationThrottle ReplicationThrottle::forPlan(const ReplicationPlan &plan, qint64 bytesPerSecond)
{
    const QList<PartitionAssignment> changed = plan.changedPartitions();
    ReplicationThrottle throttle;
    throttle.bytesPerSecond = bytesPerSecond;
    throttle.brokers = plan.involvedBrokers();
    throttle.topic = plan.topic;
    // Leaders of the copy are the replicas that hold the data now; followers are the new ones.
    throttle.leaderReplicas = replicaList(changed, [](const PartitionAssignment &p) { return p.current; });
    throttle.followerReplicas = replicaList(changed, [](const PartitionAssignment &p) { return p.adding(); });
    return throttle;
}

} // namespace fleetscope
