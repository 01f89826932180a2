#include "protocol/GroupOffsets.h"

#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"
#include "protocol/KafkaErrorCode.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

Error decodeError(const char *what, const ByteReader &reader)
{
    return Error{QCoreApplication::translate("GroupOffsetsCodec", "cannot read the %1 response: %2")
                     .arg(QLatin1String(what), reader.errorText())};
}

} // namespace

QByteArray GroupOffsetsCodec::encodeListGroupsRequest(qint16 version)
{
    ByteWriter writer;
    if (version >= 4)
        writer.writeCompactArrayLength(0); // StatesFilter: every state
    writer.writeEmptyTaggedFields();
    return writer.data();
}

Result<QList<ListedGroup>> GroupOffsetsCodec::decodeListGroupsResponse(const QByteArray &body, qint16 version)
{
    ByteReader reader(body);
    reader.readInt32(); // ThrottleTimeMs
    const qint16 error = reader.readInt16();
    // Smallest group: three empty compact strings (one byte each), a state from v4, and tags.
    const qint32 count = reader.readCompactArrayLength(version >= 4 ? 4 : 3);
    QList<ListedGroup> groups;
    for (qint32 i = 0; i < count && reader.ok(); ++i) {
        ListedGroup group;
        group.groupId = reader.readCompactString();
        group.protocolType = reader.readCompactString();
        if (version >= 4)
            group.state = reader.readCompactString();
        reader.skipTaggedFields();
        groups.append(group);
    }
    reader.skipTaggedFields();
    if (!reader.ok())
        return decodeError("ListGroups", reader);
    if (error != 0)
        return Error{QCoreApplication::translate("GroupOffsetsCodec", "ListGroups was refused: %1").arg(kafkaErrorText(error))};
    return groups;
}

QByteArray GroupOffsetsCodec::encodeOffsetFetchRequest(const QStringList &groupIds)
{
    ByteWriter writer;
    writer.writeCompactArrayLength(qint32(groupIds.size()));
    for (const QString &groupId : groupIds) {
        writer.writeCompactString(groupId);
        writer.writeCompactNullArray(); // Topics: null = every topic the group committed to
        writer.writeEmptyTaggedFields();
    }
    writer.writeBool(false); // RequireStable: monitoring reads what is committed now
    writer.writeEmptyTaggedFields();
    return writer.data();
}

Result<QList<GroupOffsets>> GroupOffsetsCodec::decodeOffsetFetchResponse(const QByteArray &body)
{
    ByteReader reader(body);
    reader.readInt32(); // ThrottleTimeMs
    // Smallest elements: a group is an id, an empty topic list, an error code and tags (5 bytes); a
    // topic a name, an empty list and tags (3); a partition 4 + 8 + 4 + 1 + 2 + 1 bytes (20).
    const qint32 groupCount = reader.readCompactArrayLength(5);
    QList<GroupOffsets> groups;
    for (qint32 g = 0; g < groupCount && reader.ok(); ++g) {
        GroupOffsets group;
        group.groupId = reader.readCompactString();
        const qint32 topicCount = reader.readCompactArrayLength(3);
        for (qint32 t = 0; t < topicCount && reader.ok(); ++t) {
            const QString topic = reader.readCompactString();
            const qint32 partitionCount = reader.readCompactArrayLength(20);
            for (qint32 p = 0; p < partitionCount && reader.ok(); ++p) {
                CommittedOffset offset;
                offset.topic = topic;
                offset.partition = reader.readInt32();
                offset.offset = reader.readInt64();
                reader.readInt32(); // CommittedLeaderEpoch
                reader.readCompactNullableString(); // Metadata
                offset.errorCode = reader.readInt16();
                reader.skipTaggedFields();
                group.offsets.append(offset);
            }
            reader.skipTaggedFields();
        }
        group.errorCode = reader.readInt16();
        reader.skipTaggedFields();
        groups.append(group);
    }
    reader.skipTaggedFields();
    if (!reader.ok())
        return decodeError("OffsetFetch", reader);
    return groups;
}

} // namespace fleetscope
