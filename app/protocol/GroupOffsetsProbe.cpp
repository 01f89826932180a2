#include "protocol/GroupOffsetsProbe.h"

#include "protocol/ApiKey.h"
#include "protocol/BrokerChannel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>

namespace fleetscope {

Result<QList<CoordinatedGroup>> GroupOffsetsProbe::fetch(BrokerChannel &channel, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    auto remaining = [&] { return int(std::max<qint64>(1, deadline.remainingTime())); };
    const std::optional<qint16> listVersion = channel.negotiatedVersion(ApiKey::ListGroups, 3, 4);
    const std::optional<qint16> fetchVersion =
        channel.negotiatedVersion(ApiKey::OffsetFetch, GroupOffsetsCodec::offsetFetchVersion, GroupOffsetsCodec::offsetFetchVersion);
    if (!listVersion || !fetchVersion)
        return Error{QCoreApplication::translate("GroupOffsetsProbe",
                                                 "Broker %1 does not offer ListGroups v3+ and OffsetFetch v8 (Kafka 3.0 "
                                                 "or newer), so consumer lag cannot be read from it.")
                         .arg(channel.brokerName())};

    const Result<QByteArray> listed = channel.roundTrip(ApiKey::ListGroups, *listVersion,
                                                        GroupOffsetsCodec::encodeListGroupsRequest(*listVersion), remaining());
    if (!listed)
        return listed.error();
    const Result<QList<ListedGroup>> groups = GroupOffsetsCodec::decodeListGroupsResponse(*listed, *listVersion);
    if (!groups)
        return groups.error();
    QList<CoordinatedGroup> result;
    if (groups->isEmpty())
        return result;

    QStringList ids;
    for (const ListedGroup &group : *groups)
        ids.append(group.groupId);
    const Result<QByteArray> fetched = channel.roundTrip(ApiKey::OffsetFetch, *fetchVersion,
                                                         GroupOffsetsCodec::encodeOffsetFetchRequest(ids), remaining());
    if (!fetched)
        return fetched.error();
    const Result<QList<GroupOffsets>> offsets = GroupOffsetsCodec::decodeOffsetFetchResponse(*fetched);
    if (!offsets)
        return offsets.error();
    QHash<QString, GroupOffsets> byId;
    for (const GroupOffsets &group : *offsets)
        byId.insert(group.groupId, group);
    for (const ListedGroup &group : *groups)
        result.append({group, byId.value(group.groupId, GroupOffsets{group.groupId, -1, {}})});
    return result;
}

} // namespace fleetscope
