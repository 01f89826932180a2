#pragma once

#include "core/Result.h"
#include "reconfig/ReplicationPlan.h"

#include <QList>
#include <QString>

#include <functional>

namespace fleetscope {

// The replication throttle of one reassignment, as the config values Kafka reads (the same ones
// kafka-reassign-partitions --throttle sets):
//   each involved broker: leader.replication.throttled.rate and follower.replication.throttled.rate
//   the topic:            leader.replication.throttled.replicas   (current replicas, "0:1,0:2")
//                         follower.replication.throttled.replicas (replicas being added)
// Writing them needs IncrementalAlterConfigs, which lives in the configuration module; the change
// only calls a ThrottleSetter, so it does not depend on how that write is done.
struct ReplicationThrottle
{
    qint64 bytesPerSecond = 0;
    QList<int> brokers;
    QString topic;
    QString leaderReplicas;
    QString followerReplicas;

    static inline const QString kLeaderRate = QStringLiteral("leader.replication.throttled.rate");
    static inline const QString kFollowerRate = QStringLiteral("follower.replication.throttled.rate");
    static inline const QString kLeaderReplicas = QStringLiteral("leader.replication.throttled.replicas");
    static inline const QString kFollowerReplicas = QStringLiteral("follower.replication.throttled.replicas");

    // The throttle for a plan's changed partitions at bytesPerSecond.
    static ReplicationThrottle forPlan(const ReplicationPlan &plan, qint64 bytesPerSecond);
    // "10 MiB", "50MB/s": bytes per second, above 0. The Error says what was wrong with the text.
    static Result<qint64> parseRate(const QString &text);
};

enum class ThrottleAction { Set, Remove };

// Sets the four keys above (Set) or deletes them (Remove) with IncrementalAlterConfigs: SET/DELETE
// operations on the broker resources (one per id in `brokers`) and on the topic. Called on the
// change's worker thread. Return the broker's message on failure.
using ThrottleSetter = std::function<Status(const ReplicationThrottle &throttle, ThrottleAction action)>;

} // namespace fleetscope
