#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fleetscope {

// Plain values decoded from DescribeLogDirs (key 35); immutable snapshots once built.

struct LogDirPartition
{
    qint32 partition = 0;
    qint64 sizeBytes = 0; // sum of the partition's segment (.log) files on this broker
    qint64 offsetLag
        = 0; // log end offset behind the high watermark (or, for a future log, behind the current one)
    bool isFuture = false; // a copy being moved here by AlterReplicaLogDirs
};

struct LogDirTopic
{
    QString name;
    QList<LogDirPartition> partitions;
};

struct LogDir
{
    QString path;
    qint16 errorCode = 0;
    QString errorText; // empty when errorCode is 0; e.g. "KAFKA_STORAGE_ERROR (56): the log directory is
                       // offline ..."
    // Size of the volume holding the directory and what is left for Kafka (v4+, KIP-827). Empty on
    // older brokers or when the broker reports -1 (unknown).
    std::optional<qint64> totalBytes;
    std::optional<qint64> usableBytes;
    QList<LogDirTopic> topics;

    bool isOnline() const { return errorCode == 0; }
    // The bytes all partitions in this directory take, future copies included.
    qint64 partitionBytes() const
    {
        qint64 sum = 0;
        for (const LogDirTopic &topic : topics)
            for (const LogDirPartition &partition : topic.partitions)
                sum += partition.sizeBytes;
        return sum;
    }
};

struct DescribeLogDirsResponse
{
    qint32 throttleTimeMs = 0;
    qint16 errorCode = 0; // v3+: an error for the whole request (e.g. CLUSTER_AUTHORIZATION_FAILED)
    QList<LogDir> logDirs;
};

// One broker's disks as Fleetscope shows them: what LogDirsProbe returns.
struct BrokerLogDirs
{
    int nodeId = -1;
    QString host;
    int port = 0;
    qint16 version = -1; // the DescribeLogDirs version used
    bool hasCapacity = false; // false before v4 (Kafka < 3.3): partition sizes only, no volume sizes
    QList<LogDir> logDirs;
    qint64 roundTripUs = 0; // of the DescribeLogDirs request alone
    qint64 sampledAtMs = 0; // when the answer arrived, by the injected clock
};

} // namespace fleetscope
