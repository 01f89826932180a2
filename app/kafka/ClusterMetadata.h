#pragma once

#include <QList>
#include <QString>

namespace fleetscope {

struct BrokerAddress
{
    int nodeId = -1;
    QString host;
    int port = 0;
};

struct PartitionMetadata
{
    int id = 0;
    int leader = -1; // -1: no leader (offline)
    QList<int> replicas;
    QList<int> isr;
};

struct TopicMetadata
{
    QString name;
    QList<PartitionMetadata> partitions;
};

// One Metadata response. Note that KRaft brokers name a random live broker as "controller", so
// Fleetscope never shows that field.
struct ClusterMetadata
{
    QList<BrokerAddress> brokers;
    QList<TopicMetadata> topics;

    int underReplicatedPartitions() const;
    int offlinePartitions() const;
    int partitionCount() const;
};

} // namespace fleetscope
