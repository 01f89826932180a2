#include "protocol/PartitionReassignments.h"

#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"

#include <QCoreApplication>
#include <QPair>

#include <algorithm>

namespace fleetscope {

namespace {

// A reserve() is only a hint and stays small: lists grow as elements are really decoded.
constexpr qint32 kMaxReserve = 1024;

// Smallest encodings of one element, for the count checks. A topic: empty name, empty list, tags.
// An Alter partition result: int32, int16, null string, tags. An ongoing partition: int32, three
// empty arrays, tags.
constexpr int kMinTopicBytes = 3;
constexpr int kMinAlterPartitionBytes = 8;
constexpr int kMinOngoingPartitionBytes = 8;

Error decodeError(const char *what, const ByteReader &reader)
{
    return Error { QCoreApplication::translate("PartitionReassignments", "cannot read the %1 response: %2")
                       .arg(QLatin1String(what), reader.errorText()) };
}

Result<QByteArray> encoded(const ByteWriter &writer, const char *what)
{
    if (!writer.ok())
        return Error { QCoreApplication::translate("PartitionReassignments", "cannot encode the %1 request: %2")
                           .arg(QLatin1String(what), writer.errorText()) };
    return writer.data();
}

void writeInt32Array(ByteWriter &writer, const QList<qint32> &values)
{
    writer.writeCompactArrayLength(qint32(values.size()));
    for (qint32 value : values)
        writer.writeInt32(value);
}

QList<qint32> readInt32Array(ByteReader &reader)
{
    const qint32 count = reader.readCompactArrayLength(4);
    QList<qint32> values;
    values.reserve(qMin(count, kMaxReserve));
    for (qint32 i = 0; i < count && reader.ok(); ++i)
        values.append(reader.readInt32());
    return values;
}

} // namespace

Result<QByteArray> PartitionReassignments::encodeAlterRequest(
    const QList<TopicReassignment> &topics, qint32 timeoutMs, qint16 version)
{
    ByteWriter writer;
    writer.writeInt32(timeoutMs);
    if (version >= 1)
        writer.writeBool(true); // AllowReplicationFactorChange
    writer.writeCompactArrayLength(qint32(topics.size()));
    for (const TopicReassignment &topic : topics) {
        writer.writeCompactString(topic.topic);
        writer.writeCompactArrayLength(qint32(topic.partitions.size()));
        for (const PartitionReassignment &partition : topic.partitions) {
            writer.writeInt32(partition.partition);
            if (partition.replicas)
                writeInt32Array(writer, *partition.replicas);
            else
                writer.writeCompactNullArray();
            writer.writeEmptyTaggedFields();
        }
        writer.writeEmptyTaggedFields();
    }
    writer.writeEmptyTaggedFields();
    return encoded(writer, "AlterPartitionReassignments");
}

Result<AlterPartitionReassignmentsResponse> PartitionReassignments::decodeAlterResponse(
    const QByteArray &body, qint16 version)
{
    ByteReader reader(body);
    AlterPartitionReassignmentsResponse response;
    response.throttleTimeMs = reader.readInt32();
    if (version >= 1)
        response.allowReplicationFactorChange = reader.readBool();
    response.errorCode = reader.readInt16();
    response.errorMessage = reader.readCompactNullableString().value_or(QString());
    const qint32 topicCount = reader.readCompactArrayLength(kMinTopicBytes);
    for (qint32 t = 0; t < topicCount && reader.ok(); ++t) {
        const QString topic = reader.readCompactString();
        const qint32 partitionCount = reader.readCompactArrayLength(kMinAlterPartitionBytes);
        response.partitions.reserve(qMin(response.partitions.size() + partitionCount, qsizetype(kMaxReserve)));
        for (qint32 p = 0; p < partitionCount && reader.ok(); ++p) {
            ReassignmentPartitionResult result;
            result.topic = topic;
            result.partition = reader.readInt32();
            result.errorCode = reader.readInt16();
            result.errorMessage = reader.readCompactNullableString().value_or(QString());
            reader.skipTaggedFields();
            response.partitions.append(std::move(result));
        }
        reader.skipTaggedFields();
    }
    reader.skipTaggedFields();
    if (!reader.ok())
        return decodeError("AlterPartitionReassignments", reader);
    return response;
}

Result<QByteArray> PartitionReassignments::encodeListRequest(
    const std::optional<QList<TopicPartitions>> &topics, qint32 timeoutMs, qint16 version)
{
    Q_UNUSED(version) // v0 is the only version
    ByteWriter writer;
    writer.writeInt32(timeoutMs);
    if (!topics) {
        writer.writeCompactNullArray();
    } else {
        writer.writeCompactArrayLength(qint32(topics->size()));
        for (const TopicPartitions &topic : *topics) {
            writer.writeCompactString(topic.topic);
            writeInt32Array(writer, topic.partitions);
            writer.writeEmptyTaggedFields();
        }
    }
    writer.writeEmptyTaggedFields();
    return encoded(writer, "ListPartitionReassignments");
}

Result<ListPartitionReassignmentsResponse> PartitionReassignments::decodeListResponse(
    const QByteArray &body, qint16 version)
{
    Q_UNUSED(version)
    ByteReader reader(body);
    ListPartitionReassignmentsResponse response;
    response.throttleTimeMs = reader.readInt32();
    response.errorCode = reader.readInt16();
    response.errorMessage = reader.readCompactNullableString().value_or(QString());
    const qint32 topicCount = reader.readCompactArrayLength(kMinTopicBytes);
    for (qint32 t = 0; t < topicCount && reader.ok(); ++t) {
        const QString topic = reader.readCompactString();
        const qint32 partitionCount = reader.readCompactArrayLength(kMinOngoingPartitionBytes);
        response.ongoing.reserve(qMin(response.ongoing.size() + partitionCount, qsizetype(kMaxReserve)));
        for (qint32 p = 0; p < partitionCount && reader.ok(); ++p) {
            OngoingReassignment ongoing;
            ongoing.topic = topic;
            ongoing.partition = reader.readInt32();
            ongoing.replicas = readInt32Array(reader);
            ongoing.addingReplicas = readInt32Array(reader);
            ongoing.removingReplicas = readInt32Array(reader);
            reader.skipTaggedFields();
            response.ongoing.append(std::move(ongoing));
        }
        reader.skipTaggedFields();
    }
    reader.skipTaggedFields();
    if (!reader.ok())
        return decodeError("ListPartitionReassignments", reader);
    return response;
}

namespace {

// Topics in the order they first appear, each with its elements: the wire groups by topic.
template<typename T>
QList<QPair<QString, QList<const T *>>> groupByTopic(const QList<T> &items)
{
    QList<QPair<QString, QList<const T *>>> groups;
    for (const T &item : items) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == item.topic; });
        if (it == groups.end())
            groups.append({ item.topic, { &item } });
        else
            it->second.append(&item);
    }
    return groups;
}

} // namespace

QByteArray PartitionReassignments::encodeAlterResponse(
    const AlterPartitionReassignmentsResponse &response, qint16 version)
{
    ByteWriter writer;
    writer.writeInt32(response.throttleTimeMs);
    if (version >= 1)
        writer.writeBool(response.allowReplicationFactorChange);
    writer.writeInt16(response.errorCode);
    writer.writeCompactNullableString(
        response.errorMessage.isEmpty() ? std::nullopt : std::optional<QString>(response.errorMessage));
    const auto topics = groupByTopic(response.partitions);
    writer.writeCompactArrayLength(qint32(topics.size()));
    for (const auto &[topic, partitions] : topics) {
        writer.writeCompactString(topic);
        writer.writeCompactArrayLength(qint32(partitions.size()));
        for (const ReassignmentPartitionResult *result : partitions) {
            writer.writeInt32(result->partition);
            writer.writeInt16(result->errorCode);
            writer.writeCompactNullableString(
                result->errorMessage.isEmpty() ? std::nullopt : std::optional<QString>(result->errorMessage));
            writer.writeEmptyTaggedFields();
        }
        writer.writeEmptyTaggedFields();
    }
    writer.writeEmptyTaggedFields();
    return writer.data();
}

QByteArray PartitionReassignments::encodeListResponse(
    const ListPartitionReassignmentsResponse &response, qint16 version)
{
    Q_UNUSED(version)
    ByteWriter writer;
    writer.writeInt32(response.throttleTimeMs);
    writer.writeInt16(response.errorCode);
    writer.writeCompactNullableString(
        response.errorMessage.isEmpty() ? std::nullopt : std::optional<QString>(response.errorMessage));
    const auto topics = groupByTopic(response.ongoing);
    writer.writeCompactArrayLength(qint32(topics.size()));
    for (const auto &[topic, partitions] : topics) {
        writer.writeCompactString(topic);
        writer.writeCompactArrayLength(qint32(partitions.size()));
        for (const OngoingReassignment *ongoing : partitions) {
            writer.writeInt32(ongoing->partition);
            writeInt32Array(writer, ongoing->replicas);
            writeInt32Array(writer, ongoing->addingReplicas);
            writeInt32Array(writer, ongoing->removingReplicas);
            writer.writeEmptyTaggedFields();
        }
        writer.writeEmptyTaggedFields();
    }
    writer.writeEmptyTaggedFields();
    return writer.data();
}

} // namespace fleetscope
