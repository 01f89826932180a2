#include "kafka/KafkaConnection.h"

#include <atomic>

#include "core/Logging.h"
#include "kafka/RdKafkaLibrary.h"
#include "security/ClusterCredentials.h"
#include "security/Redactor.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <librdkafka/rdkafka.h>

#include <array>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KafkaConnection", text);
}

} // namespace

KafkaConnection::KafkaConnection(QString clusterName) : m_clusterName(std::move(clusterName)) { }

namespace {
std::atomic<int> liveHandleCount{0};
} // namespace

int KafkaConnection::liveHandles()
{
    return liveHandleCount.load();
}

KafkaConnection::~KafkaConnection()
{
    if (!m_rk)
        return;
    // A consumer that never joined a group closes at once; the flag skips its offset commit.
    rd_kafka_destroy_flags(m_rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    --liveHandleCount;
}

Result<std::unique_ptr<KafkaConnection>> KafkaConnection::open(const Options &options)
{
    RdKafkaLibrary::logOnce();
    std::unique_ptr<KafkaConnection> connection(new KafkaConnection(options.clusterName));
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    std::array<char, 512> errstr{};

    // Our defaults first, so that the fleet file's properties win.
    QMap<QString, QString> properties{
        {QStringLiteral("client.id"), QStringLiteral("fleetscope")},
        // A monitor wants a connection to every broker, not only to those it has requests for:
        // that is what makes a stopped broker show as down.
        {QStringLiteral("enable.sparse.connections"), QStringLiteral("false")},
        {QStringLiteral("statistics.interval.ms"), QString::number(options.statisticsIntervalMs)},
        {QStringLiteral("reconnect.backoff.ms"), QStringLiteral("200")},
        {QStringLiteral("reconnect.backoff.max.ms"), QString::number(options.reconnectBackoffMaxMs)},
        {QStringLiteral("log.connection.close"), QStringLiteral("false")},
    };
    if (options.consumer) {
        properties.insert(QStringLiteral("enable.sparse.connections"), QStringLiteral("true"));
        properties.insert(QStringLiteral("enable.auto.commit"), QStringLiteral("false"));
        properties.insert(QStringLiteral("enable.auto.offset.store"), QStringLiteral("false"));
        properties.insert(QStringLiteral("fetch.wait.max.ms"), QStringLiteral("100"));
        properties.insert(QStringLiteral("group.id"), QStringLiteral("fleetscope-reader")); // never commits
    }
    for (auto it = options.properties.cbegin(); it != options.properties.cend(); ++it)
        properties.insert(it.key(), it.value());

    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        if (rd_kafka_conf_set(conf, it.key().toUtf8().constData(), it.value().toUtf8().constData(),
                              errstr.data(), errstr.size())
            != RD_KAFKA_CONF_OK) {
            rd_kafka_conf_destroy(conf);
            // The value is left out on purpose: it may be a secret.
            return Error{tr("Cluster \"%1\": property \"%2\" was refused by librdkafka: %3. "
                            "Check the cluster's properties in the fleet file.")
                             .arg(options.clusterName, it.key(), Redactor::redact(QString::fromUtf8(errstr.data())))};
        }
    }
    // Only for librdkafka before 2.6.1 (Debian 12's 2.0.2): it sends a SCRAM client-final nonce that
    // Kafka 4 rejects (#4895). The builds tools/bootstrap makes link 2.8.0.
    const QString mechanism = properties.value(QStringLiteral("sasl.mechanism"),
                                               properties.value(QStringLiteral("sasl.mechanisms")));
    connection->m_scramBroken = mechanism.startsWith(QLatin1String("SCRAM"), Qt::CaseInsensitive)
        && !RdKafkaLibrary::scramWorksWithKafka4();
    rd_kafka_conf_set_opaque(conf, connection.get());
    rd_kafka_conf_set_stats_cb(conf, [](rd_kafka_t *rk, char *json, size_t len, void *opaque) {
        onStatistics(rk, json, len, opaque);
        return 0; // 0: librdkafka frees json
    });
    rd_kafka_conf_set_error_cb(conf, [](rd_kafka_t *rk, int err, const char *reason, void *opaque) {
        onError(rk, err, reason, opaque);
    });
    rd_kafka_conf_set_log_cb(conf, [](const rd_kafka_t *rk, int level, const char *fac, const char *buf) {
        onLog(rk, level, fac, buf);
    });

    // On success rd_kafka_new owns conf; on failure it is still ours.
    connection->m_rk = rd_kafka_new(options.consumer ? RD_KAFKA_CONSUMER : RD_KAFKA_PRODUCER, conf, errstr.data(),
                                    errstr.size());
    if (connection->m_rk)
        ++liveHandleCount;
    if (!connection->m_rk) {
        rd_kafka_conf_destroy(conf);
        QString reason = Redactor::redact(QString::fromUtf8(errstr.data()));
        // OpenSSL's words for a key it cannot decrypt are "PEM lib"
        if (reason.contains(QLatin1String("ssl.key.location"))
            && ClusterCredentials::isEncryptedKeyFile(options.properties.value(QStringLiteral("ssl.key.location")).trimmed()))
            reason += tr(" (the key is encrypted: is its passphrase, ssl.key.password, right?)");
        return Error{tr("Cluster \"%1\": cannot create a Kafka client: %2").arg(options.clusterName, reason)};
    }
    return connection;
}

Result<ClusterMetadata> KafkaConnection::metadata(int timeoutMs)
{
    const rd_kafka_metadata_t *md = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_metadata(m_rk, 1, nullptr, &md, timeoutMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        // The cause (a failed login, a TLS error) is an error event still queued on the handle: serve
        // it, so the message says what to do rather than only "transport failure".
        rd_kafka_poll(m_rk, 100);
        QString detail = QString::fromUtf8(rd_kafka_err2str(err));
        if (const QString last = lastError(); !last.isEmpty())
            detail += QStringLiteral(" (%1)").arg(last);
        if (m_scramBroken && detail.contains(QLatin1String("SCRAM")))
            detail += tr(". This librdkafka (%1) cannot authenticate with SCRAM to Kafka 4 brokers even with "
                         "the right password (librdkafka issue #4895, fixed in 2.6.1): build Fleetscope with "
                         "librdkafka 2.6.1 or newer (tools/bootstrap builds 2.8.0), or use sasl.mechanism PLAIN "
                         "over SASL_SSL where the cluster offers it")
                          .arg(QString::fromUtf8(rd_kafka_version_str()));
        return Error{tr("Cluster \"%1\" did not answer a metadata request: %2")
                         .arg(m_clusterName, detail)};
    }
    ClusterMetadata result;
    for (int i = 0; i < md->broker_cnt; ++i)
        result.brokers.append({md->brokers[i].id, QString::fromUtf8(md->brokers[i].host), md->brokers[i].port});
    for (int t = 0; t < md->topic_cnt; ++t) {
        const rd_kafka_metadata_topic &topic = md->topics[t];
        if (topic.err != RD_KAFKA_RESP_ERR_NO_ERROR)
            continue; // e.g. a topic being deleted: it has no usable partitions
        TopicMetadata tm;
        tm.name = QString::fromUtf8(topic.topic);
        for (int p = 0; p < topic.partition_cnt; ++p) {
            const rd_kafka_metadata_partition &part = topic.partitions[p];
            PartitionMetadata pm;
            pm.id = part.id;
            pm.leader = part.leader;
            for (int r = 0; r < part.replica_cnt; ++r)
                pm.replicas.append(part.replicas[r]);
            for (int r = 0; r < part.isr_cnt; ++r)
                pm.isr.append(part.isrs[r]);
            tm.partitions.append(pm);
        }
        result.topics.append(tm);
    }
    rd_kafka_metadata_destroy(md);
    return result;
}

void KafkaConnection::serveEvents()
{
    rd_kafka_poll(m_rk, 0);
}

QList<QByteArray> KafkaConnection::takeStatistics()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_statistics, {});
}

QString KafkaConnection::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

void KafkaConnection::onStatistics(rd_kafka_s *, char *json, size_t len, void *opaque)
{
    auto *self = static_cast<KafkaConnection *>(opaque);
    QMutexLocker lock(&self->m_mutex);
    // Every window counts: round-trip times are only in windows that saw a request.
    if (self->m_statistics.size() >= 16)
        self->m_statistics.removeFirst();
    self->m_statistics.append(QByteArray(json, qsizetype(len)));
}

void KafkaConnection::onError(rd_kafka_s *, int err, const char *reason, void *opaque)
{
    auto *self = static_cast<KafkaConnection *>(opaque);
    const QString text = Redactor::redact(QString::fromUtf8(reason));
    qCDebug(lcKafka) << self->m_clusterName << rd_kafka_err2name(rd_kafka_resp_err_t(err)) << text;
    QMutexLocker lock(&self->m_mutex);
    // "all brokers are down" follows every failed authentication: keep the cause, which says what to do.
    if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN && self->m_lastErrorCode == RD_KAFKA_RESP_ERR__AUTHENTICATION)
        return;
    self->m_lastError = text;
    self->m_lastErrorCode = err;
}

void KafkaConnection::onLog(const rd_kafka_s *rk, int level, const char *facility, const char *message)
{
    // librdkafka's own threads call this: only hand the text to Qt's thread-safe logging.
    // Debug contexts (debug=security, conf dumps) can print configuration: mask secrets first.
    const QString text = Redactor::redact(QStringLiteral("%1 %2: %3")
                                              .arg(QString::fromUtf8(rd_kafka_name(rk)), QString::fromUtf8(facility),
                                                   QString::fromUtf8(message)));
    // Connection failures arrive at level 3 (LOG_ERR) and again as snapshot errors; only worse goes out as a warning.
    if (level <= 2)
        qCWarning(lcKafka).noquote() << text;
    else
        qCDebug(lcKafka).noquote() << text;
}

} // namespace fleetscope
