#pragma once

#include "kafka/BrokerLink.h"
#include "kafka/ClusterMetadata.h"
#include "lag/ConsumerLag.h"
#include "metrics/JvmHeap.h"
#include "protocol/LogDirs.h"
#include "mirror/MirrorHeartbeat.h"

#include <QHash>

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace fleetscope {

struct BrokerStatus
{
    int nodeId = -1;
    QString host;
    int port = 0;
    LinkState state = LinkState::Unknown;
    bool inMetadata = false;          // listed in the cluster's newest metadata
    std::optional<BrokerLink> link;   // librdkafka's view; empty before the first statistics
    qint64 linkSampledAtMs = 0;       // when librdkafka wrote those statistics
    qint64 lastUpAtMs = 0;            // the last sample that saw it up; 0 = never
    std::optional<qint64> rttUs;      // the newest measured round trip (a statistics window may have none)
    qint64 rttSampledAtMs = 0;
    std::optional<BrokerLogDirs> disk; // the newest DescribeLogDirs answer; kept while the broker is away
    QString diskError;                 // why this poll has none
    std::optional<JvmHeap> heap;       // the newest JMX exporter scrape; kept while the broker is away
    QString heapError;

    // Used and total bytes over the broker's online log directories: the volume's when the broker
    // reports capacity (Kafka 3.3+), else only what its partitions take (total unknown).
    std::optional<qint64> diskUsedBytes() const;
    std::optional<qint64> diskTotalBytes() const;
};

// The newest heartbeat of one edge alias, read on a central cluster.
struct HeartbeatSample
{
    std::optional<MirrorHeartbeat> heartbeat;
    QString error; // why there is none
};

// What one poll learned about one cluster. Immutable once emitted; every value carries its time.
struct ClusterSnapshot
{
    QString cluster;
    qint64 sampledAtMs = 0;
    bool reachable = false; // the cluster answered this poll's metadata request
    QString error;          // why not, in words for people; empty when reachable
    bool linkFromMetadata = false; // served by connect -> query -> close: broker states come from metadata
    QList<BrokerStatus> brokers; // every broker ever seen in this session, sorted by node id
    int topicCount = 0;
    int partitionCount = 0;
    int underReplicatedPartitions = 0;
    int offlinePartitions = 0;
    QList<TopicMetadata> topics; // the newest metadata's topics, sorted by name; empty when unreachable
    LagReport lag; // consumer groups, their lag, and every partition's end offset
    QHash<QString, HeartbeatSample> heartbeats; // central clusters: per edge alias mirrored into it
    std::optional<MirrorLinkStatus> mirror;     // edge clusters with a mirror: their link into central

    int brokersUp() const;
    const BrokerStatus *broker(int nodeId) const;
};

} // namespace fleetscope

Q_DECLARE_METATYPE(fleetscope::ClusterSnapshot)
