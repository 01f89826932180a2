// Live: DescribeLogDirs against the real test fleet (tools/fleet up --profile test), checked against
// what the brokers' disks say: statvfs of each data directory and the segment files of each partition.
#include "KafkaTestClient.h"
#include "TestFleet.h"
#include "kafka/KafkaConnection.h"
#include "protocol/ApiKey.h"
#include "protocol/BrokerChannel.h"
#include "protocol/DescribeLogDirs.h"
#include "protocol/LogDirsProbe.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <librdkafka/rdkafka.h>
#include <sys/statvfs.h>

#include <array>
#include <cmath>

using namespace fleetscope;
using fleetscope::test::KafkaTestClient;
using fleetscope::test::TestFleet;

namespace {

constexpr int kTimeoutMs = 5000;

// One broker of the test fleet: where Kafka says it listens, and where tools/fleet put its data.
struct FleetBroker
{
    const ClusterConfig *cluster = nullptr;
    BrokerAddress address;
    QString dataDir;
};

// The brokers in each cluster's metadata, with their data directories from the fleet's state.json.
QList<FleetBroker> fleetBrokers(const Fleet &fleet, QString *error)
{
    const QString statePath = qEnvironmentVariable("FLEETSCOPE_FLEET_DIR") + QStringLiteral("/state.json");
    QFile file(statePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: set FLEETSCOPE_FLEET_DIR to the test fleet's directory")
                     .arg(statePath);
        return {};
    }
    const QJsonObject nodes = QJsonDocument::fromJson(file.readAll()).object().value(u"nodes").toObject();
    QList<FleetBroker> brokers;
    for (const SiteConfig &site : fleet.sites) {
        for (const ClusterConfig &cluster : site.clusters) {
            KafkaConnection::Options options;
            options.clusterName = cluster.name;
            options.properties = cluster.properties;
            Result<std::unique_ptr<KafkaConnection>> connection = KafkaConnection::open(options);
            Result<ClusterMetadata> metadata
                = connection ? (*connection)->metadata(10'000) : Result<ClusterMetadata>(connection.error());
            if (!metadata) {
                *error = metadata.errorMessage();
                return {};
            }
            for (const BrokerAddress &address : metadata->brokers) {
                FleetBroker broker { &cluster, address, {} };
                for (const QJsonValue &node : nodes) {
                    const QJsonObject n = node.toObject();
                    if (n.value(u"kind").toString() == u"broker"
                        && n.value(u"cluster").toString() == cluster.name
                        && n.value(u"node_id").toInt() == address.nodeId
                        && n.value(u"ports").toObject().value(u"broker").toInt() == address.port)
                        broker.dataDir = QDir::cleanPath(n.value(u"data_dir").toString());
                }
                if (broker.dataDir.isEmpty()) {
                    *error = QStringLiteral("%1 node %2 is not in %3")
                                 .arg(cluster.name)
                                 .arg(address.nodeId)
                                 .arg(statePath);
                    return {};
                }
                brokers.append(broker);
            }
        }
    }
    return brokers;
}

// What Kafka counts as a partition's size (UnifiedLog.size): the sum of its segment .log files.
qint64 segmentBytes(const QString &logDir, const QString &topic, int partition)
{
    const QDir dir(QStringLiteral("%1/%2-%3").arg(logDir, topic).arg(partition));
    qint64 sum = 0;
    for (const QFileInfo &info : dir.entryInfoList({ QStringLiteral("*.log") }, QDir::Files))
        sum += info.size();
    return sum;
}

const LogDirPartition *findPartition(const LogDir &dir, const QString &topic, int partition)
{
    for (const LogDirTopic &t : dir.topics)
        if (t.name == topic)
            for (const LogDirPartition &p : t.partitions)
                if (p.partition == partition && !p.isFuture)
                    return &p;
    return nullptr;
}

QString deleteTopic(const QString &bootstrap, const QString &topic)
{
    std::array<char, 512> errstr {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(
        conf, "bootstrap.servers", bootstrap.toUtf8().constData(), errstr.data(), errstr.size());
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr.data(), errstr.size());
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        return QString::fromUtf8(errstr.data());
    }
    const QByteArray name = topic.toUtf8();
    rd_kafka_DeleteTopic_t *request = rd_kafka_DeleteTopic_new(name.constData());
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_DeleteTopics(rk, &request, 1, nullptr, queue);
    rd_kafka_DeleteTopic_destroy(request);
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 30'000);
    QString error = event ? QString() : QStringLiteral("DeleteTopics timed out");
    if (event && rd_kafka_event_error(event))
        error = QString::fromUtf8(rd_kafka_event_error_string(event));
    if (event)
        rd_kafka_event_destroy(event);
    rd_kafka_queue_destroy(queue);
    rd_kafka_destroy(rk);
    return error;
}

bool within(qint64 reported, qint64 measured, double fraction)
{
    return std::abs(double(reported - measured)) <= fraction * double(qMax(reported, measured));
}

} // namespace

class TestLogDirs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void negotiatesVersion4();
    void capacityMatchesStatvfs();
    void partitionsMatchTheDisk();
    void ownTopicSizesMatchSegmentFilesExactly();

private:
    Result<BrokerLogDirs> probe(const FleetBroker &broker) const
    {
        BrokerChannel::Options options;
        options.properties = broker.cluster->properties;
        return LogDirsProbe(m_clock, options).probe(broker.address, kTimeoutMs);
    }

    SystemClock m_clock;
    std::optional<Fleet> m_fleet;
    QList<FleetBroker> m_brokers;
};

void TestLogDirs::initTestCase()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    m_fleet = fleet;
    QString error;
    m_brokers = fleetBrokers(*m_fleet, &error);
    QVERIFY2(!m_brokers.isEmpty(), qPrintable(error));
    QCOMPARE(m_brokers.size(), 5); // central-1, edge-a-1, edge-b-1..3
}

void TestLogDirs::negotiatesVersion4()
{
    for (const FleetBroker &broker : std::as_const(m_brokers)) {
        BrokerChannel channel;
        const Status opened = channel.open(broker.address.host, quint16(broker.address.port), kTimeoutMs);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
        QCOMPARE(channel.apiVersionsVersionUsed(), qint16(3));
        // Kafka 4.1 offers DescribeLogDirs 1-4 (v0 was removed in 4.0; there is no v5 yet).
        QCOMPARE(channel.brokerApiVersions().value(ApiKey::DescribeLogDirs).maxVersion, qint16(4));
        QCOMPARE(channel.negotiatedVersion(
                     ApiKey::DescribeLogDirs, DescribeLogDirs::kMinVersion, DescribeLogDirs::kMaxVersion),
            std::optional<qint16>(4));
        const Result<BrokerLogDirs> result = probe(broker);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        QCOMPARE(result->version, qint16(4));
        QVERIFY(result->hasCapacity);
        QCOMPARE(result->nodeId, broker.address.nodeId);
        QVERIFY(result->roundTripUs > 0);
        const ApiVersionRange offered = channel.brokerApiVersions().value(ApiKey::DescribeLogDirs);
        qInfo("%s node %d offers DescribeLogDirs v%d-%d; v%d took %lld us", qPrintable(broker.cluster->name),
            broker.address.nodeId, offered.minVersion, offered.maxVersion, result->version,
            result->roundTripUs);
    }
}

void TestLogDirs::capacityMatchesStatvfs()
{
    for (const FleetBroker &broker : std::as_const(m_brokers)) {
        const Result<BrokerLogDirs> result = probe(broker);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        struct statvfs fs
        {
        };
        QCOMPARE(statvfs(QFile::encodeName(broker.dataDir).constData(), &fs), 0);
        // What Java's FileStore reports: getTotalSpace = f_blocks * f_frsize, getUsableSpace = f_bavail *
        // f_frsize.
        const qint64 total = qint64(fs.f_blocks) * qint64(fs.f_frsize);
        const qint64 usable = qint64(fs.f_bavail) * qint64(fs.f_frsize);
        QCOMPARE(result->logDirs.size(), 1);
        const LogDir &dir = result->logDirs[0];
        QCOMPARE(dir.path, broker.dataDir);
        QVERIFY2(dir.isOnline(), qPrintable(dir.errorText));
        QVERIFY(dir.totalBytes && dir.usableBytes);
        QVERIFY2(within(*dir.totalBytes, total, 0.01),
            qPrintable(QStringLiteral("total %1 vs statvfs %2").arg(*dir.totalBytes).arg(total)));
        QVERIFY2(within(*dir.usableBytes, usable, 0.01),
            qPrintable(QStringLiteral("usable %1 vs statvfs %2").arg(*dir.usableBytes).arg(usable)));
    }
}

void TestLogDirs::partitionsMatchTheDisk()
{
    // The load generator writes all the time, so sizes are bracketed: the disk before the request
    // <= the broker's answer <= the disk after it. Internal topics are left out: the log cleaner may
    // shrink compacted partitions at any moment.
    for (const FleetBroker &broker : std::as_const(m_brokers)) {
        QMap<QString, qint64> before;
        const QDir data(broker.dataDir);
        for (const QString &entry : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const qsizetype dash = entry.lastIndexOf(QLatin1Char('-'));
            if (dash > 0 && !entry.startsWith(u"__"))
                before.insert(
                    entry, segmentBytes(broker.dataDir, entry.left(dash), entry.mid(dash + 1).toInt()));
        }
        const Result<BrokerLogDirs> result = probe(broker);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        int checked = 0;
        for (const LogDirTopic &topic : result->logDirs.value(0).topics) {
            for (const LogDirPartition &partition : topic.partitions) {
                const QString name = QStringLiteral("%1-%2").arg(topic.name).arg(partition.partition);
                QVERIFY2(data.exists(name), qPrintable(name + QStringLiteral(" reported but not on disk")));
                if (topic.name.startsWith(u"__") || !before.contains(name))
                    continue;
                const qint64 after = segmentBytes(broker.dataDir, topic.name, partition.partition);
                QVERIFY2(before[name] <= partition.sizeBytes && partition.sizeBytes <= after,
                    qPrintable(QStringLiteral("%1 on node %2: disk %3 before, %4 after, broker said %5")
                                   .arg(name)
                                   .arg(broker.address.nodeId)
                                   .arg(before[name])
                                   .arg(after)
                                   .arg(partition.sizeBytes)));
                ++checked;
            }
        }
        if (broker.cluster->name != u"central")
            QVERIFY2(checked > 0,
                qPrintable(broker.cluster->name + QStringLiteral(" has no load generator topics")));
    }
}

void TestLogDirs::ownTopicSizesMatchSegmentFilesExactly()
{
    // Our own topic, written once and then left alone, so the broker's answer and the disk must agree
    // to the byte; every replica (RF = the cluster's broker count) must hold the same bytes.
    const QString topic = QStringLiteral("fleetscope-logdirs-%1").arg(QDateTime::currentMSecsSinceEpoch());
    for (const SiteConfig &site : std::as_const(m_fleet->sites)) {
        for (const ClusterConfig &cluster : site.clusters) {
            QList<FleetBroker> brokers;
            for (const FleetBroker &broker : std::as_const(m_brokers))
                if (broker.cluster->name == cluster.name)
                    brokers.append(broker);
            KafkaTestClient client(cluster.bootstrapServers());
            QString error = client.createTopic(topic, 2, int(brokers.size()));
            QVERIFY2(error.isEmpty(), qPrintable(cluster.name + QStringLiteral(": ") + error));
            for (int partition = 0; partition < 2; ++partition) {
                error = client.produce(topic, partition, 500 * (partition + 1));
                QVERIFY2(error.isEmpty(), qPrintable(cluster.name + QStringLiteral(": ") + error));
            }
            QString mismatch;
            QString sizes;
            const bool settled = TestFleet::waitFor(
                [&] {
                    mismatch.clear();
                    sizes.clear();
                    for (int partition = 0; partition < 2; ++partition) {
                        std::optional<qint64> firstReplicaBytes;
                        for (const FleetBroker &broker : std::as_const(brokers)) {
                            const Result<BrokerLogDirs> result = probe(broker);
                            const LogDirPartition *reported = result
                                ? findPartition(result->logDirs.value(0), topic, partition)
                                : nullptr;
                            const qint64 onDisk = segmentBytes(broker.dataDir, topic, partition);
                            const qint64 said = reported ? reported->sizeBytes : -1;
                            sizes += QStringLiteral(" node%1/p%2=%3")
                                         .arg(broker.address.nodeId)
                                         .arg(partition)
                                         .arg(said);
                            if (said != onDisk || said <= 0
                                || (firstReplicaBytes && *firstReplicaBytes != said))
                                mismatch += QStringLiteral(" [%1 node %2 p%3: broker %4, disk %5]")
                                                .arg(cluster.name)
                                                .arg(broker.address.nodeId)
                                                .arg(partition)
                                                .arg(said)
                                                .arg(onDisk);
                            if (!firstReplicaBytes)
                                firstReplicaBytes = said;
                        }
                    }
                    return mismatch.isEmpty();
                },
                30'000);
            const QString cleanup = deleteTopic(cluster.bootstrapServers(), topic);
            QVERIFY2(settled, qPrintable(QStringLiteral("sizes never matched:") + mismatch));
            qInfo("%s: %s and its segment files agree to the byte:%s", qPrintable(cluster.name),
                qPrintable(topic), qPrintable(sizes));
            QVERIFY2(cleanup.isEmpty(), qPrintable(cleanup));
        }
    }
}

QTEST_GUILESS_MAIN(TestLogDirs)
#include "tst_logdirs.moc"
