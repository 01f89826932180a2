#include "kafka/ClusterMetadata.h"

namespace fleetscope {

int ClusterMetadata::underReplicatedPartitions() const
{
    int count = 0;
    for (const TopicMetadata &topic : topics)
        for (const PartitionMetadata &p : topic.partitions)
            if (p.isr.size() < p.replicas.size())
                ++count;
    return count;
}

int ClusterMetadata::offlinePartitions() const
{
    int count = 0;
    for (const TopicMetadata &topic : topics)
        for (const PartitionMetadata &p : topic.partitions)
            if (p.leader < 0)
                ++count;
    return count;
}

int ClusterMetadata::partitionCount() const
{
    int count = 0;
    for (const TopicMetadata &topic : topics)
        count += int(topic.partitions.size());
    return count;
}

} // namespace fleetscope
