#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace fleetscope {

// One partition's replicas before and after a replication-factor change. The first replica is the
// preferred leader; a plan keeps the current leader there so that no leadership moves.
struct PartitionAssignment
{
    int partition = 0;
    QList<int> current;
    QList<int> target;

    bool changes() const { return current != target; }
    QList<int> adding() const;   // in target, not in current
    QList<int> removing() const; // in current, not in target
};

// What ReplicationPlanner proposes for one topic: every partition, the changed ones marked by
// changes(), and the replica count per broker over the whole cluster before and after, for the preview.
struct ReplicationPlan
{
    QString topic;
    int targetReplicationFactor = 0;
    QList<PartitionAssignment> partitions;
    QMap<int, int> replicasPerBrokerBefore; // node id -> replicas of every topic on it
    QMap<int, int> replicasPerBrokerAfter;
    bool rackAware = false; // racks were known and the plan spreads each partition across them

    QList<PartitionAssignment> changedPartitions() const;
    // Every broker that holds or will hold a replica of a changed partition.
    QList<int> involvedBrokers() const;
};

// "1, 2, 3": node ids as the preview and the command line show them.
QString replicasText(const QList<int> &replicas);

} // namespace fleetscope
