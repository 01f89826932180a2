#pragma once

#include "core/Result.h"
#include "kafka/ClusterMetadata.h"

#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

struct rd_kafka_s;

namespace fleetscope {

// One librdkafka client handle for one cluster. Thread-safe like librdkafka itself: calls may come
// from any thread; librdkafka's callbacks (on its own threads) only store their payload here.
class KafkaConnection final
{
public:
    struct Options
    {
        QString clusterName;
        QMap<QString, QString> properties; // as written in the fleet file; they win over our defaults
        int statisticsIntervalMs = 5000; // 0: none
        bool consumer = false;           // a consumer handle (for reading records) instead of the monitor's
        int reconnectBackoffMaxMs = 10000;
    };

    static Result<std::unique_ptr<KafkaConnection>> open(const Options &options);
    ~KafkaConnection();
    // librdkafka handles alive in this process: what a stopped engine must have given back.
    static int liveHandles();
    Q_DISABLE_COPY_MOVE(KafkaConnection)

    // Blocking Metadata request for every topic, at most timeoutMs.
    Result<ClusterMetadata> metadata(int timeoutMs);

    // Serves librdkafka's queued events (statistics, errors) on the calling thread; never blocks.
    void serveEvents();

    // The statistics JSON documents that arrived since the last call, oldest first (at most 16).
    QList<QByteArray> takeStatistics();
    // The last error librdkafka reported for the whole client ("all brokers down", authentication).
    QString lastError() const;

    rd_kafka_s *handle() const { return m_rk; }
    const QString &clusterName() const { return m_clusterName; }

private:
    explicit KafkaConnection(QString clusterName);
    static void onStatistics(rd_kafka_s *, char *json, size_t len, void *opaque);
    static void onError(rd_kafka_s *, int err, const char *reason, void *opaque);
    static void onLog(const rd_kafka_s *rk, int level, const char *facility, const char *message);

    QString m_clusterName;
    rd_kafka_s *m_rk = nullptr;
    mutable QMutex m_mutex;
    QList<QByteArray> m_statistics;
    QString m_lastError;
    int m_lastErrorCode = 0;
    bool m_scramBroken = false; // only librdkafka < 2.6.1 (2.0.2): SCRAM that Kafka 4 refuses (see metadata())
};

} // namespace fleetscope
