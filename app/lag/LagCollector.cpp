#include "lag/LagCollector.h"

#include "core/Logging.h"
#include "kafka/KafkaConnection.h"
#include "protocol/KafkaErrorCode.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <librdkafka/rdkafka.h>

#include <memory>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LagCollector", text);
}

} // namespace

Result<QHash<TopicPartition, qint64>> LagCollector::endOffsets(KafkaConnection &connection,
                                                               const QList<TopicPartition> &partitions, int timeoutMs)
{
    QHash<TopicPartition, qint64> result;
    if (partitions.isEmpty())
        return result;
    std::unique_ptr<rd_kafka_topic_partition_list_t, decltype(&rd_kafka_topic_partition_list_destroy)> list(
        rd_kafka_topic_partition_list_new(int(partitions.size())), &rd_kafka_topic_partition_list_destroy);
    for (const TopicPartition &tp : partitions)
        rd_kafka_topic_partition_list_add(list.get(), tp.topic.toUtf8().constData(), tp.partition)->offset =
            RD_KAFKA_OFFSET_END; // "latest": ListOffsets answers with the end offset
    const rd_kafka_resp_err_t err = rd_kafka_offsets_for_times(connection.handle(), list.get(), timeoutMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR__TIMED_OUT)
        return Error{tr("Reading end offsets failed: %1").arg(QString::fromUtf8(rd_kafka_err2str(err)))};
    for (int i = 0; i < list->cnt; ++i) {
        const rd_kafka_topic_partition_t &tp = list->elems[i];
        if (tp.err == RD_KAFKA_RESP_ERR_NO_ERROR && tp.offset >= 0)
            result.insert({QString::fromUtf8(tp.topic), int(tp.partition)}, tp.offset);
    }
    if (result.isEmpty() && err == RD_KAFKA_RESP_ERR__TIMED_OUT)
        return Error{tr("Reading end offsets timed out after %1 ms").arg(timeoutMs)};
    return result;
}

LagReport LagCollector::collect(KafkaConnection &connection, const ClusterMetadata &metadata,
                                const CommittedGroups &committed, int timeoutMs)
{
    LagReport report;
    QList<TopicPartition> partitions;
    QHash<TopicPartition, int> leaders;
    for (const TopicMetadata &topic : metadata.topics) {
        if (topic.name.startsWith(QLatin1String("__")))
            continue; // internal topics: nobody's consumer lag
        for (const PartitionMetadata &p : topic.partitions) {
            partitions.append({topic.name, p.id});
            leaders.insert({topic.name, p.id}, p.leader);
        }
    }

    QStringList errors = committed.errors;
    Result<QHash<TopicPartition, qint64>> ends = endOffsets(connection, partitions, timeoutMs);
    if (ends)
        report.endOffsets = std::move(ends).value();
    else
        errors.append(ends.errorMessage());
    report.error = errors.join(QStringLiteral("; "));

    for (const CoordinatedGroup &coordinated : committed.groups) {
        GroupLag group;
        group.group = coordinated.listing.groupId;
        group.state = coordinated.listing.state;
        if (coordinated.offsets.errorCode != 0) {
            group.error = coordinated.offsets.errorCode < 0 ? tr("no answer")
                                                            : kafkaErrorText(coordinated.offsets.errorCode);
            report.groups.append(group);
            continue;
        }
        for (const CommittedOffset &offset : coordinated.offsets.offsets) {
            if (offset.errorCode != 0 || offset.offset < 0)
                continue; // nothing committed there
            PartitionLag p;
            p.topic = offset.topic;
            p.partition = offset.partition;
            p.committed = offset.offset;
            p.endOffset = report.endOffsets.value({p.topic, p.partition}, -1);
            p.leader = leaders.value({p.topic, p.partition}, -1);
            group.totalLag += p.lag().value_or(0);
            group.partitions.append(p);
        }
        std::sort(group.partitions.begin(), group.partitions.end(), [](const PartitionLag &a, const PartitionLag &b) {
            return a.topic != b.topic ? a.topic < b.topic : a.partition < b.partition;
        });
        report.groups.append(group);
    }
    std::sort(report.groups.begin(), report.groups.end(),
              [](const GroupLag &a, const GroupLag &b) { return a.group < b.group; });
    m_rates.estimate(report.groups, m_clock.nowMs());
    return report;
}

} // namespace fleetscope
