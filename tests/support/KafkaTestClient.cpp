#include "KafkaTestClient.h"

#include <librdkafka/rdkafka.h>

#include <array>
#include <functional>

namespace fleetscope::test {

namespace {

rd_kafka_t *newClient(rd_kafka_type_t type, const QString &bootstrap, const QString &group = {})
{
    std::array<char, 512> errstr{};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.toUtf8().constData(), errstr.data(), errstr.size());
    if (!group.isEmpty()) {
        rd_kafka_conf_set(conf, "group.id", group.toUtf8().constData(), errstr.data(), errstr.size());
        rd_kafka_conf_set(conf, "enable.auto.commit", "false", errstr.data(), errstr.size());
    }
    rd_kafka_t *rk = rd_kafka_new(type, conf, errstr.data(), errstr.size());
    if (!rk)
        rd_kafka_conf_destroy(conf);
    return rk;
}

// Waits for the one-topic answer of an admin request on `queue` (then destroys the queue): its error, or "".
QString topicResultError(rd_kafka_queue_t *queue, const char *request,
                         const std::function<const rd_kafka_topic_result_t **(rd_kafka_event_t *, size_t *)> &results)
{
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 30'000);
    QString error;
    if (!event) {
        error = QStringLiteral("%1 timed out").arg(QLatin1String(request));
    } else {
        size_t count = 0;
        const rd_kafka_topic_result_t **topics = results(event, &count);
        if (rd_kafka_event_error(event))
            error = QString::fromUtf8(rd_kafka_event_error_string(event));
        else if (count == 1 && rd_kafka_topic_result_error(topics[0]))
            error = QString::fromUtf8(rd_kafka_topic_result_error_string(topics[0]));
        rd_kafka_event_destroy(event);
    }
    rd_kafka_queue_destroy(queue);
    return error;
}

} // namespace

KafkaTestClient::KafkaTestClient(const QString &bootstrapServers)
    : m_bootstrap(bootstrapServers), m_producer(newClient(RD_KAFKA_PRODUCER, bootstrapServers))
{
}

KafkaTestClient::~KafkaTestClient()
{
    if (m_producer)
        rd_kafka_destroy(m_producer);
}

QString KafkaTestClient::createTopic(const QString &topic, int partitions, int replicationFactor)
{
    std::array<char, 512> errstr{};
    rd_kafka_NewTopic_t *newTopic = rd_kafka_NewTopic_new(topic.toUtf8().constData(), partitions,
                                                          replicationFactor, errstr.data(), errstr.size());
    if (!newTopic)
        return QString::fromUtf8(errstr.data());
    rd_kafka_queue_t *queue = rd_kafka_queue_new(m_producer);
    rd_kafka_CreateTopics(m_producer, &newTopic, 1, nullptr, queue);
    rd_kafka_NewTopic_destroy(newTopic);
    return topicResultError(queue, "CreateTopics", [](rd_kafka_event_t *event, size_t *count) {
        return rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), count);
    });
}

QString KafkaTestClient::deleteTopic(const QString &topic)
{
    rd_kafka_DeleteTopic_t *deleted = rd_kafka_DeleteTopic_new(topic.toUtf8().constData());
    rd_kafka_queue_t *queue = rd_kafka_queue_new(m_producer);
    rd_kafka_DeleteTopics(m_producer, &deleted, 1, nullptr, queue);
    rd_kafka_DeleteTopic_destroy(deleted);
    return topicResultError(queue, "DeleteTopics", [](rd_kafka_event_t *event, size_t *count) {
        return rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(event), count);
    });
}

QString KafkaTestClient::produce(const QString &topic, int partition, int count)
{
    const QByteArray name = topic.toUtf8();
    for (int i = 0; i < count; ++i) {
        const QByteArray value = QByteArray("record-") + QByteArray::number(i);
        const rd_kafka_resp_err_t err = rd_kafka_producev(
            m_producer, RD_KAFKA_V_TOPIC(name.constData()), RD_KAFKA_V_PARTITION(partition),
            RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
        if (err)
            return QString::fromUtf8(rd_kafka_err2str(err));
    }
    const rd_kafka_resp_err_t err = rd_kafka_flush(m_producer, 30'000);
    return err ? QString::fromUtf8(rd_kafka_err2str(err)) : QString();
}

QString KafkaTestClient::commit(const QString &group, const QString &topic, const QList<std::pair<int, qint64>> &offsets)
{
    rd_kafka_t *consumer = newClient(RD_KAFKA_CONSUMER, m_bootstrap, group);
    if (!consumer)
        return QStringLiteral("cannot create a consumer");
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(int(offsets.size()));
    for (const auto &[partition, offset] : offsets)
        rd_kafka_topic_partition_list_add(list, topic.toUtf8().constData(), partition)->offset = offset;
    const rd_kafka_resp_err_t err = rd_kafka_commit(consumer, list, 0);
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_consumer_close(consumer);
    rd_kafka_destroy(consumer);
    return err ? QString::fromUtf8(rd_kafka_err2str(err)) : QString();
}

} // namespace fleetscope::test
