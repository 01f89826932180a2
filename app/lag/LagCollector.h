#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "kafka/ClusterMetadata.h"
#include "lag/ConsumerLag.h"
#include "lag/LagRateEstimator.h"

namespace fleetscope {

class KafkaConnection;

// Reads every consumer group's committed offsets and every partition's end offset, and turns them
// into lag. Round trips per poll: one ListGroups, one OffsetFetch per group (all in flight at once:
// librdkafka 2.0.2 takes one group per call) and one ListOffsets per partition leader (batched by
// librdkafka), never one watermark query per partition.
class LagCollector final
{
public:
    explicit LagCollector(const Clock &clock) : m_clock(clock) { }

    LagReport collect(KafkaConnection &connection, const ClusterMetadata &metadata, int timeoutMs);

    // End offsets of the given partitions in one batched lookup.
    static Result<QHash<TopicPartition, qint64>> endOffsets(KafkaConnection &connection,
                                                            const QList<TopicPartition> &partitions,
                                                            int timeoutMs);

private:
    const Clock &m_clock;
    LagRateEstimator m_rates;
};

} // namespace fleetscope
