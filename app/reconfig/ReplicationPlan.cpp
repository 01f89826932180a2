#include "reconfig/ReplicationPlan.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace fleetscope {

namespace {

QList<int> without(const QList<int> &from, const QList<int> &excluded)
{
    QList<int> result;
    for (int id : from) {
        if (!excluded.contains(id))
            result.append(id);
    }
    return result;
}

} // namespace

QList<int> PartitionAssignment::adding() const
{
    return without(target, current);
}

QList<int> PartitionAssignment::removing() const
{
    return without(current, target);
}

QList<PartitionAssignment> ReplicationPlan::changedPartitions() const
{
    QList<PartitionAssignment> changed;
    std::copy_if(partitions.cbegin(), partitions.cend(), std::back_inserter(changed),
        [](const PartitionAssignment &p) { return p.changes(); });
    return changed;
}

QList<int> ReplicationPlan::involvedBrokers() const
{
    QSet<int> brokers;
    for (const PartitionAssignment &p : partitions) {
        if (!p.changes())
            continue;
        for (int id : p.current)
            brokers.insert(id);
        for (int id : p.target)
            brokers.insert(id);
    }
    QList<int> sorted(brokers.cbegin(), brokers.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QString replicasText(const QList<int> &replicas)
{
    QStringList ids;
    for (int id : replicas)
        ids.append(QString::number(id));
    return ids.join(QStringLiteral(", "));
}

} // namespace fleetscope
