#include "protocol/DescribeLogDirs.h"

#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"
#include "protocol/KafkaErrorCode.h"

namespace fleetscope {

namespace {

// Lists grow as elements are really decoded; a reserve() is only a hint and stays small, so even a
// count that fits the frame cannot make us allocate much ahead of the data.
constexpr qint32 kMaxReserve = 1024;

std::optional<qint64> knownBytes(qint64 value)
{
    return value < 0 ? std::nullopt : std::optional<qint64>(value);
}

} // namespace

QByteArray DescribeLogDirs::encodeAllTopicsRequest(qint16 version)
{
    ByteWriter writer;
    if (isFlexible(version)) {
        writer.writeCompactNullArray();
        writer.writeEmptyTaggedFields();
    } else {
        writer.writeNullArray();
    }
    return writer.data();
}

Result<DescribeLogDirsResponse> DescribeLogDirs::decodeResponse(const QByteArray &body, qint16 version)
{
    const bool flexible = isFlexible(version);
    ByteReader reader(body);
    auto readString = [&] { return flexible ? reader.readCompactString() : reader.readString(); };
    // Smallest encodings of one element, for the count checks: a partition is int32 + 2 * int64 + bool
    // (+ tags); a topic is an empty name and an empty list (+ tags); a result adds an int16 error code
    // (and two int64 in v4).
    auto readCount = [&](int classicMin, int compactMin) {
        return flexible ? reader.readCompactArrayLength(compactMin) : reader.readArrayLength(classicMin);
    };

    DescribeLogDirsResponse response;
    response.throttleTimeMs = reader.readInt32();
    if (version >= 3)
        response.errorCode = reader.readInt16();
    const qint32 dirCount = readCount(8, version >= 4 ? 21 : 5);
    response.logDirs.reserve(qMin(dirCount, kMaxReserve));
    for (qint32 d = 0; d < dirCount && reader.ok(); ++d) {
        LogDir dir;
        dir.errorCode = reader.readInt16();
        dir.path = readString();
        const qint32 topicCount = readCount(6, 3);
        dir.topics.reserve(qMin(topicCount, kMaxReserve));
        for (qint32 t = 0; t < topicCount && reader.ok(); ++t) {
            LogDirTopic topic;
            topic.name = readString();
            const qint32 partitionCount = readCount(21, 22);
            topic.partitions.reserve(qMin(partitionCount, kMaxReserve));
            for (qint32 p = 0; p < partitionCount && reader.ok(); ++p) {
                LogDirPartition partition;
                partition.partition = reader.readInt32();
                partition.sizeBytes = reader.readInt64();
                partition.offsetLag = reader.readInt64();
                partition.isFuture = reader.readBool();
                if (flexible)
                    reader.skipTaggedFields();
                topic.partitions.append(partition);
            }
            if (flexible)
                reader.skipTaggedFields();
            dir.topics.append(std::move(topic));
        }
        if (version >= 4) {
            dir.totalBytes = knownBytes(reader.readInt64());
            dir.usableBytes = knownBytes(reader.readInt64());
        }
        if (flexible)
            reader.skipTaggedFields();
        if (dir.errorCode != KafkaErrorCode::None)
            dir.errorText = kafkaErrorText(dir.errorCode);
        response.logDirs.append(std::move(dir));
    }
    if (flexible)
        reader.skipTaggedFields();
    if (!reader.ok())
        return Error {
            QStringLiteral("DescribeLogDirs v%1 response: %2").arg(version).arg(reader.errorText())
        };
    return response;
}

QByteArray DescribeLogDirs::encodeResponse(const DescribeLogDirsResponse &response, qint16 version)
{
    const bool flexible = isFlexible(version);
    ByteWriter writer;
    auto writeString = [&](const QString &value) {
        flexible ? writer.writeCompactString(value) : writer.writeString(value);
    };
    auto writeCount = [&](qsizetype count) {
        flexible ? writer.writeCompactArrayLength(qint32(count)) : writer.writeArrayLength(qint32(count));
    };
    auto writeTags = [&] {
        if (flexible)
            writer.writeEmptyTaggedFields();
    };

    writer.writeInt32(response.throttleTimeMs);
    if (version >= 3)
        writer.writeInt16(response.errorCode);
    writeCount(response.logDirs.size());
    for (const LogDir &dir : response.logDirs) {
        writer.writeInt16(dir.errorCode);
        writeString(dir.path);
        writeCount(dir.topics.size());
        for (const LogDirTopic &topic : dir.topics) {
            writeString(topic.name);
            writeCount(topic.partitions.size());
            for (const LogDirPartition &partition : topic.partitions) {
                writer.writeInt32(partition.partition);
                writer.writeInt64(partition.sizeBytes);
                writer.writeInt64(partition.offsetLag);
                writer.writeBool(partition.isFuture);
                writeTags();
            }
            writeTags();
        }
        if (version >= 4) {
            writer.writeInt64(dir.totalBytes.value_or(-1));
            writer.writeInt64(dir.usableBytes.value_or(-1));
        }
        writeTags();
    }
    writeTags();
    return writer.data();
}

} // namespace fleetscope
