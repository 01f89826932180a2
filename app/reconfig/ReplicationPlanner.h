#pragma once

#include "core/Result.h"
#include "kafka/ClusterMetadata.h"
#include "reconfig/ReplicationPlan.h"

#include <QMap>
#include <QString>

namespace fleetscope {

// Proposes a new replica assignment for one topic at a new replication factor. A pure function of
// the cluster's metadata: nothing is sent anywhere, so a refusal (a factor above the broker count,
// an unknown topic) happens before any request.
//
// Growing: each partition keeps its replicas, current leader first, and gains the brokers that
// (1) add a rack the partition does not have yet, when racks are known, (2) hold the fewest
// replicas of this topic, (3) hold the fewest replicas overall; ties go to the next node id after
// the leader's.
// Shrinking: the leader always stays; the replicas dropped first are those out of the ISR, then
// those sharing a rack with another replica, then those on the most loaded brokers.
// Leaders never move (the preferred leader stays the current leader), so the topic's leader
// balance is the one it had.
class ReplicationPlanner final
{
public:
    // racks: node id -> broker.rack, for the brokers that have one (empty: not rack-aware).
    static Result<ReplicationPlan> plan(const ClusterMetadata &metadata, const QString &topic,
        int targetReplicationFactor, const QMap<int, QString> &racks = {});
};

} // namespace fleetscope
