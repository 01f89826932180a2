#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fleetscope {

// ListGroups (16) v3-4 and OffsetFetch (9) v8: a broker lists the groups it coordinates, and the
// same broker answers their committed offsets, many groups in one request. Two round trips per
// broker for every group of a cluster, and none of librdkafka's admin-API code paths, which
// abort the process when a coordinator goes away mid-request (librdkafka issues #3663, #4605; seen
// with 2.0.2, and not only 2.0.2's: #3663 is still open and #5040 shows the same in 2.4.0).
struct ListedGroup
{
    QString groupId;
    QString protocolType; // "consumer" for consumer groups; empty for "simple" offset-only groups
    QString state;        // v4+: Stable, Empty, PreparingRebalance, ...; empty before
};

struct CommittedOffset
{
    QString topic;
    qint32 partition = 0;
    qint64 offset = -1; // -1: none committed
    qint16 errorCode = 0;
};

struct GroupOffsets
{
    QString groupId;
    qint16 errorCode = 0;
    QList<CommittedOffset> offsets;
};

class GroupOffsetsCodec final
{
public:
    static QByteArray encodeListGroupsRequest(qint16 version);
    static Result<QList<ListedGroup>> decodeListGroupsResponse(const QByteArray &body, qint16 version);

    // All topics of every group given (v8 batches groups).
    static QByteArray encodeOffsetFetchRequest(const QStringList &groupIds);
    static Result<QList<GroupOffsets>> decodeOffsetFetchResponse(const QByteArray &body);

    static constexpr qint16 offsetFetchVersion = 8;
};

} // namespace fleetscope
