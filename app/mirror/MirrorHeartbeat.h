#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fleetscope {

// One MirrorMaker 2 heartbeat record, as found on the central cluster in "<alias>.heartbeats".
struct MirrorHeartbeat
{
    QString sourceAlias;
    QString targetAlias;
    qint64 timestampMs = 0; // when MirrorMaker 2 emitted it

    // Key: int16-length source alias, int16-length target alias. Value: int16 version (0), int64
    // timestamp in ms, big-endian. Anything else is an error, not a guess.
    static Result<MirrorHeartbeat> decode(const QByteArray &key, const QByteArray &value);
};

enum class MirrorLinkState { Unknown, Up, Degraded, Down };

// The edge -> central replication link of one edge cluster.
struct MirrorLinkStatus
{
    QString alias;        // the edge's MirrorMaker 2 alias
    QString intoCluster;  // the central cluster
    MirrorLinkState state = MirrorLinkState::Unknown;
    std::optional<qint64> heartbeatAgeMs; // age of the newest heartbeat on central
    std::optional<qint64> offsetLag;      // edge end offsets - central end offsets of "<alias>.<topic>"
    int mirroredTopics = 0;
    QString detail;       // why Unknown or Down, in words

    static constexpr qint64 degradedAfterMs = 60'000;
};

} // namespace fleetscope
