#include "lag/LagCollector.h"

#include "core/Logging.h"
#include "kafka/AdminRequest.h"
#include "kafka/KafkaConnection.h"

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

struct ListedGroup
{
    QString name;
    QString state;
};

Result<QList<ListedGroup>> listGroups(KafkaConnection &connection, const QDeadlineTimer &deadline)
{
    AdminRequest request(connection, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS, deadline);
    rd_kafka_ListConsumerGroups(connection.handle(), request.options(), request.queue());
    const Result<AdminEvent> event = request.waitForResult(RD_KAFKA_EVENT_LISTCONSUMERGROUPS_RESULT);
    if (!event)
        return event.error();
    const rd_kafka_ListConsumerGroups_result_t *result = rd_kafka_event_ListConsumerGroups_result(event->get());
    size_t count = 0;
    const rd_kafka_ConsumerGroupListing_t **listings = rd_kafka_ListConsumerGroups_result_valid(result, &count);
    QList<ListedGroup> groups;
    groups.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        groups.append({QString::fromUtf8(rd_kafka_ConsumerGroupListing_group_id(listings[i])),
                       QString::fromUtf8(rd_kafka_consumer_group_state_name(
                           rd_kafka_ConsumerGroupListing_state(listings[i])))});
    size_t errorCount = 0;
    const rd_kafka_error_t **errors = rd_kafka_ListConsumerGroups_result_errors(result, &errorCount);
    if (count == 0 && errorCount > 0)
        return Error{tr("Listing consumer groups failed: %1").arg(QString::fromUtf8(rd_kafka_error_string(errors[0])))};
    return groups;
}

// One OffsetFetch per group, all in flight together on one queue.
QHash<QString, Result<QHash<TopicPartition, qint64>>> committedOffsets(KafkaConnection &connection,
                                                                      const QList<ListedGroup> &groups,
                                                                      const QDeadlineTimer &deadline)
{
    AdminRequest request(connection, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS, deadline);
    for (const ListedGroup &group : groups) {
        rd_kafka_ListConsumerGroupOffsets_t *what =
            rd_kafka_ListConsumerGroupOffsets_new(group.name.toUtf8().constData(), nullptr);
        rd_kafka_ListConsumerGroupOffsets(connection.handle(), &what, 1, request.options(), request.queue());
        rd_kafka_ListConsumerGroupOffsets_destroy(what);
    }

    QHash<QString, Result<QHash<TopicPartition, qint64>>> results;
    while (results.size() < groups.size()) {
        const Result<AdminEvent> event = request.waitForResult(RD_KAFKA_EVENT_LISTCONSUMERGROUPOFFSETS_RESULT);
        if (!event) {
            for (const ListedGroup &group : groups)
                if (!results.contains(group.name))
                    results.insert(group.name, event.error());
            break;
        }
        size_t count = 0;
        const rd_kafka_group_result_t **groupResults = rd_kafka_ListConsumerGroupOffsets_result_groups(
            rd_kafka_event_ListConsumerGroupOffsets_result(event->get()), &count);
        for (size_t i = 0; i < count; ++i) {
            const QString name = QString::fromUtf8(rd_kafka_group_result_name(groupResults[i]));
            if (const rd_kafka_error_t *error = rd_kafka_group_result_error(groupResults[i])) {
                results.insert(name, Error{QString::fromUtf8(rd_kafka_error_string(error))});
                continue;
            }
            QHash<TopicPartition, qint64> offsets;
            const rd_kafka_topic_partition_list_t *partitions = rd_kafka_group_result_partitions(groupResults[i]);
            for (int p = 0; partitions && p < partitions->cnt; ++p) {
                const rd_kafka_topic_partition_t &tp = partitions->elems[p];
                if (tp.err == RD_KAFKA_RESP_ERR_NO_ERROR && tp.offset >= 0)
                    offsets.insert({QString::fromUtf8(tp.topic), int(tp.partition)}, tp.offset);
            }
            results.insert(name, offsets);
        }
    }
    return results;
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

LagReport LagCollector::collect(KafkaConnection &connection, const ClusterMetadata &metadata, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
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

    const Result<QList<ListedGroup>> groups = listGroups(connection, deadline);
    if (!groups) {
        report.error = groups.errorMessage();
        return report;
    }
    const auto committed = committedOffsets(connection, *groups, deadline);

    Result<QHash<TopicPartition, qint64>> ends =
        endOffsets(connection, partitions, int(std::max<qint64>(1, deadline.remainingTime())));
    if (!ends)
        report.error = ends.errorMessage();
    else
        report.endOffsets = std::move(ends).value();

    for (const ListedGroup &listed : *groups) {
        GroupLag group;
        group.group = listed.name;
        group.state = listed.state;
        const auto &offsets = committed.value(listed.name, Error{tr("no answer")});
        if (!offsets) {
            group.error = offsets.errorMessage();
            report.groups.append(group);
            continue;
        }
        for (auto it = offsets->cbegin(); it != offsets->cend(); ++it) {
            PartitionLag p;
            p.topic = it.key().topic;
            p.partition = it.key().partition;
            p.committed = it.value();
            p.endOffset = report.endOffsets.value(it.key(), -1);
            p.leader = leaders.value(it.key(), -1);
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
