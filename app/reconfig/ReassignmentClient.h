#pragma once

#include "core/Result.h"
#include "kafka/ClusterMetadata.h"
#include "protocol/BrokerChannel.h"
#include "protocol/PartitionReassignments.h"

#include <QMap>

#include <functional>
#include <optional>

namespace fleetscope {

// Alter/ListPartitionReassignments against one cluster, blocking, for a worker thread. Any broker
// will do (each forwards to the active controller), so the client keeps one channel to the first
// broker that answers and moves on to the next broker when that channel fails.
class ReassignmentClient final
{
public:
    ReassignmentClient(BrokerChannel::Options options, QList<BrokerAddress> brokers);
    Q_DISABLE_COPY_MOVE(ReassignmentClient)

    // Submits new replica lists (or cancellations: nullopt replicas). A top-level refusal is an
    // Error with the broker's message; per-partition results come back as they are, errors included.
    Result<QList<ReassignmentPartitionResult>> alter(const QList<TopicReassignment> &topics, int timeoutMs);
    // The reassignments still running (nullopt: in the whole cluster).
    Result<QList<OngoingReassignment>> list(const std::optional<QList<TopicPartitions>> &topics, int timeoutMs);
    // node id -> broker.rack for the brokers that have one (Metadata, no topics), for the planner.
    Result<QMap<int, QString>> brokerRacks(int timeoutMs);

private:
    Result<BrokerChannel *> openChannel(int timeoutMs);
    Result<QByteArray> request(qint16 apiKey, qint16 minVersion, qint16 maxVersion,
        const std::function<Result<QByteArray>(qint16)> &encode, qint16 *usedVersion, int timeoutMs);

    BrokerChannel m_channel;
    QList<BrokerAddress> m_brokers;
    int m_nextBroker = 0;
};

} // namespace fleetscope
