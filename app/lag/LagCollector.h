#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "kafka/ClusterMetadata.h"
#include "lag/ConsumerLag.h"
#include "lag/LagRateEstimator.h"
#include "protocol/GroupOffsetsProbe.h"

namespace fleetscope {

class KafkaConnection;

// Committed offsets as the group coordinators answered them in this poll (GroupOffsetsProbe, one
// ListGroups and one OffsetFetch per broker).
struct CommittedGroups
{
    QList<CoordinatedGroup> groups; // from every broker that answered
    QStringList errors;             // brokers that could not be asked, in words
};

// Turns committed offsets and every partition's end offset into lag. End offsets cost one
// ListOffsets per partition leader (batched by librdkafka), never one watermark query per partition.
class LagCollector final
{
public:
    explicit LagCollector(const Clock &clock) : m_clock(clock) { }

    LagReport collect(KafkaConnection &connection, const ClusterMetadata &metadata, const CommittedGroups &committed,
                      int timeoutMs);

    // End offsets of the given partitions in one batched lookup.
    static Result<QHash<TopicPartition, qint64>> endOffsets(KafkaConnection &connection,
                                                            const QList<TopicPartition> &partitions,
                                                            int timeoutMs);

private:
    const Clock &m_clock;
    LagRateEstimator m_rates;
};

} // namespace fleetscope
