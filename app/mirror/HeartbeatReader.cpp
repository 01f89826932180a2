#include "mirror/HeartbeatReader.h"

#include "kafka/KafkaConnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSet>

#include <librdkafka/rdkafka.h>

namespace fleetscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HeartbeatReader", text);
}
} // namespace

HeartbeatReader::HeartbeatReader(QString clusterName, QMap<QString, QString> properties)
    : m_clusterName(std::move(clusterName)), m_properties(std::move(properties))
{
}

HeartbeatReader::~HeartbeatReader() = default;

Result<MirrorHeartbeat> HeartbeatReader::newest(const QString &alias, const QHash<TopicPartition, qint64> &endOffsets,
                                                int timeoutMs)
{
    const QString topic = topicFor(alias);
    const QByteArray topicName = topic.toUtf8();
    QSet<int> pending;
    std::unique_ptr<rd_kafka_topic_partition_list_t, decltype(&rd_kafka_topic_partition_list_destroy)> assignment(
        rd_kafka_topic_partition_list_new(1), &rd_kafka_topic_partition_list_destroy);
    for (auto it = endOffsets.cbegin(); it != endOffsets.cend(); ++it) {
        if (it.key().topic != topic || it.value() <= 0)
            continue;
        rd_kafka_topic_partition_list_add(assignment.get(), topicName.constData(), it.key().partition)->offset =
            it.value() - 1;
        pending.insert(it.key().partition);
    }
    if (pending.isEmpty())
        return Error{tr("No heartbeats from \"%1\" on cluster \"%2\": topic %3 is missing or empty. "
                        "Is MirrorMaker 2 running with emit.heartbeats.enabled?")
                         .arg(alias, m_clusterName, topic)};

    if (!m_consumer) {
        KafkaConnection::Options options;
        options.clusterName = m_clusterName;
        options.properties = m_properties;
        options.statisticsIntervalMs = 0;
        options.consumer = true;
        auto opened = KafkaConnection::open(options);
        if (!opened)
            return opened.error();
        m_consumer = std::move(opened).value();
    }
    rd_kafka_t *rk = m_consumer->handle();
    if (const rd_kafka_resp_err_t err = rd_kafka_assign(rk, assignment.get()))
        return Error{tr("Cannot read %1 on cluster \"%2\": %3").arg(topic, m_clusterName, QString::fromUtf8(rd_kafka_err2str(err)))};

    std::optional<MirrorHeartbeat> newest;
    QString lastError;
    const QDeadlineTimer deadline(timeoutMs);
    while (!pending.isEmpty() && !deadline.hasExpired()) {
        rd_kafka_message_t *message = rd_kafka_consumer_poll(rk, int(std::max<qint64>(1, deadline.remainingTime())));
        if (!message)
            continue;
        if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            pending.remove(int(message->partition));
            const Result<MirrorHeartbeat> heartbeat = MirrorHeartbeat::decode(
                QByteArray(static_cast<const char *>(message->key), qsizetype(message->key_len)),
                QByteArray(static_cast<const char *>(message->payload), qsizetype(message->len)));
            if (!heartbeat)
                lastError = heartbeat.errorMessage();
            else if (!newest || heartbeat->timestampMs > newest->timestampMs)
                newest = *heartbeat;
        } else if (message->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            lastError = QString::fromUtf8(rd_kafka_message_errstr(message));
        }
        rd_kafka_message_destroy(message);
    }
    rd_kafka_assign(rk, nullptr);
    if (newest)
        return *newest;
    return Error{lastError.isEmpty() ? tr("Reading %1 on cluster \"%2\" timed out").arg(topic, m_clusterName)
                                     : tr("Reading %1 on cluster \"%2\" failed: %3").arg(topic, m_clusterName, lastError)};
}

} // namespace fleetscope
