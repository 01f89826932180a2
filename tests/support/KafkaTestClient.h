#pragma once

#include <QList>
#include <QString>

#include <utility>

struct rd_kafka_s;

namespace fleetscope::test {

// A plain librdkafka producer and committer for tests that need data of a known shape on a real
// broker: topics created on purpose, exact record counts, exact committed offsets.
class KafkaTestClient final
{
public:
    explicit KafkaTestClient(const QString &bootstrapServers);
    ~KafkaTestClient();
    KafkaTestClient(const KafkaTestClient &) = delete;
    KafkaTestClient &operator=(const KafkaTestClient &) = delete;

    // Each returns an empty string on success, else what went wrong.
    QString createTopic(const QString &topic, int partitions, int replicationFactor);
    QString deleteTopic(const QString &topic);
    QString produce(const QString &topic, int partition, int count);
    // Commits offsets for a group that has no members (as an admin tool would).
    QString commit(const QString &group, const QString &topic, const QList<std::pair<int, qint64>> &offsets);

private:
    QString m_bootstrap;
    rd_kafka_s *m_producer = nullptr;
};

} // namespace fleetscope::test
