#include "reconfig/ReplicationThrottle.h"

#include "units/HumanUnits.h"

#include <QCoreApplication>
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

Result<qint64> ReplicationThrottle::parseRate(const QString &text)
{
    QString rate = text.trimmed();
    if (rate.endsWith(QLatin1String("/s")))
        rate.chop(2);
    const Result<qint64> bytes = parseBytes(rate);
    if (bytes && *bytes > 0)
        return bytes;
    return Error { bytes ? QCoreApplication::translate("ReplicationThrottle", "it must be above 0") : bytes.errorMessage() };
}

} // namespace fleetscope
