// Records real answers of the running test fleet as the fuzzers' seed corpora (tests/fuzz/corpus):
// what brokers, the JMX exporter and librdkafka actually send, so that the fuzzers start from
// valid input and mutate it. Only bytes the other side sent are kept, never a request (the PLAIN
// token carries a password). It changes nothing on a broker: IncrementalAlterConfigs is sent with
// validateOnly, AlterPartitionReassignments cancels a reassignment of a topic that does not exist.
//
//   cmake --build build --target fleetscope_capture_corpus
//   FLEETSCOPE_TEST_FLEET="$(tools/fleet file)" build/bin/fleetscope_capture_corpus [OUTDIR]
//
// OUTDIR defaults to tests/fuzz/corpus of the checkout. Targets whose seeds are not answers of a
// fleet (fleet files, human units, history blobs) are written here too, from the codecs' encoders
// and the repository's test data, so that one run refreshes every corpus.
#include "FuzzTargets.h"
#include "SecuredTestFleet.h"
#include "TestFleet.h"

#include "history/JournalCodec.h"
#include "history/ValueCodec.h"
#include "kafka/KafkaConnection.h"
#include "protocol/ApiKey.h"
#include "protocol/BrokerChannel.h"
#include "protocol/DescribeConfigs.h"
#include "protocol/DescribeLogDirs.h"
#include "protocol/GroupOffsets.h"
#include "protocol/IncrementalAlterConfigs.h"
#include "protocol/MetadataBrokers.h"
#include "protocol/PartitionReassignments.h"
#include "protocol/SaslMessages.h"
#include "protocol/ScramClient.h"
#include "protocol/SecuritySettings.h"
#include "protocol/TcpTransport.h"
#include "protocol/TlsTransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <QtEndian>

#include <cstdio>

using namespace fleetscope;
using namespace fleetscope::test;

namespace {

constexpr int kTimeoutMs = 15000;
constexpr qsizetype kMaxSeedBytes = 6 * 1024; // corpora stay small (issue 13: a few KB per target)

QString g_outDir;
int g_written = 0;

void writeSeed(const char *target, const QString &name, const QByteArray &bytes)
{
    if (bytes.size() > kMaxSeedBytes) {
        std::fprintf(stderr, "skipped %s/%s: %lld bytes\n", target, qPrintable(name), qlonglong(bytes.size()));
        return;
    }
    const QString dir = g_outDir + u'/' + QLatin1String(target);
    QDir().mkpath(dir);
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
    ++g_written;
    std::printf("%s/%s: %lld bytes\n", target, qPrintable(name), qlonglong(bytes.size()));
}

QByteArray versioned(qint16 version, qint16 low, const QByteArray &body)
{
    return char(version - low) + body; // the fuzz targets' first byte picks the version from low on
}

// A Transport that keeps a copy of every byte the broker sent.
class RecordingTransport final : public Transport
{
public:
    explicit RecordingTransport(std::unique_ptr<Transport> inner, QByteArray *received)
        : m_inner(std::move(inner))
        , m_received(received)
    {
    }
    Status connectTo(const QString &host, quint16 port, const QDeadlineTimer &deadline) override
    {
        return m_inner->connectTo(host, port, deadline);
    }
    Status writeAll(const QByteArray &bytes, const QDeadlineTimer &deadline) override
    {
        return m_inner->writeAll(bytes, deadline);
    }
    Result<QByteArray> readExactly(qint64 count, const QDeadlineTimer &deadline) override
    {
        Result<QByteArray> bytes = m_inner->readExactly(count, deadline);
        if (bytes)
            *m_received += *bytes;
        return bytes;
    }
    void close() override { m_inner->close(); }
    bool isConnected() const override { return m_inner->isConnected(); }

private:
    std::unique_ptr<Transport> m_inner;
    QByteArray *m_received;
};

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "capture_corpus: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename R> const R &must(const R &result, const char *what)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.errorMessage()));
    return result;
}

std::pair<QString, quint16> firstBroker(const ClusterConfig &cluster)
{
    const QStringList hostPort = cluster.bootstrapServers().split(u',').first().split(u':');
    return { hostPort.value(0), quint16(hostPort.value(1).toUInt()) };
}

// The same requests, in the same order and versions, as the brokerchannel fuzz target sends them:
// the recorded stream replays through it request by request.
void askAsBrokerChannelTargetDoes(BrokerChannel &channel)
{
    if (const auto v = channel.negotiatedVersion(ApiKey::Metadata, MetadataBrokers::kMinVersion, MetadataBrokers::kMaxVersion))
        must(channel.roundTrip(ApiKey::Metadata, *v, MetadataBrokers::encodeRequest(*v), kTimeoutMs), "Metadata");
    if (const auto v = channel.negotiatedVersion(ApiKey::DescribeLogDirs, DescribeLogDirs::kMinVersion, DescribeLogDirs::kMaxVersion))
        must(channel.roundTrip(ApiKey::DescribeLogDirs, *v, DescribeLogDirs::encodeAllTopicsRequest(*v), kTimeoutMs),
            "DescribeLogDirs");
    if (const auto v = channel.negotiatedVersion(ApiKey::ListGroups, 0, 4))
        must(channel.roundTrip(ApiKey::ListGroups, *v, GroupOffsetsCodec::encodeListGroupsRequest(*v), kTimeoutMs),
            "ListGroups");
    const qint16 fetch = GroupOffsetsCodec::offsetFetchVersion;
    if (channel.negotiatedVersion(ApiKey::OffsetFetch, fetch, fetch))
        must(channel.roundTrip(ApiKey::OffsetFetch, fetch,
                 GroupOffsetsCodec::encodeOffsetFetchRequest({ QStringLiteral("fuzz-group") }), kTimeoutMs),
            "OffsetFetch");
}

void captureBrokerAnswers(const ClusterConfig &cluster, const QString &topic)
{
    const auto [host, port] = firstBroker(cluster);
    QByteArray stream;
    BrokerChannel channel(BrokerChannel::Options {},
        std::make_unique<RecordingTransport>(std::make_unique<TcpTransport>(), &stream));
    must(channel.open(host, port, kTimeoutMs), "open");
    // The ApiVersions v3 answer: size, correlation id, then the body.
    writeSeed("apiversions", QStringLiteral("v3-") + cluster.name, versioned(3, 0, stream.mid(8)));
    askAsBrokerChannelTargetDoes(channel);
    writeSeed("brokerchannel", QStringLiteral("plaintext-") + cluster.name, char(0) + stream);

    const auto ask = [&](qint16 api, qint16 version, const QByteArray &body, const char *what) {
        return must(channel.roundTrip(api, version, body, kTimeoutMs), what).value();
    };
    for (const qint16 v : { MetadataBrokers::kMinVersion, MetadataBrokers::kMaxVersion })
        if (channel.negotiatedVersion(ApiKey::Metadata, v, v))
            writeSeed("metadata", QStringLiteral("v%1-%2").arg(v).arg(cluster.name),
                versioned(v, MetadataBrokers::kMinVersion,
                    ask(ApiKey::Metadata, v, MetadataBrokers::encodeRequest(v), "Metadata")));
    for (const qint16 v : { qint16(1), DescribeLogDirs::kMaxVersion })
        if (channel.negotiatedVersion(ApiKey::DescribeLogDirs, v, v))
            writeSeed("describelogdirs", QStringLiteral("v%1-%2").arg(v).arg(cluster.name),
                versioned(v, DescribeLogDirs::kMinVersion,
                    ask(ApiKey::DescribeLogDirs, v, DescribeLogDirs::encodeAllTopicsRequest(v), "DescribeLogDirs")));
    for (const qint16 v : { qint16(0), qint16(4) })
        if (channel.negotiatedVersion(ApiKey::ListGroups, v, v))
            writeSeed("listgroups", QStringLiteral("v%1-%2").arg(v).arg(cluster.name),
                versioned(v, 0, ask(ApiKey::ListGroups, v, GroupOffsetsCodec::encodeListGroupsRequest(v), "ListGroups")));
    {
        const QByteArray groups = ask(ApiKey::ListGroups, 0, GroupOffsetsCodec::encodeListGroupsRequest(0), "ListGroups");
        QStringList ids { QStringLiteral("no-such-group") };
        if (const Result<QList<ListedGroup>> listed = GroupOffsetsCodec::decodeListGroupsResponse(groups, 0))
            for (const ListedGroup &group : *listed)
                if (ids.size() < 3)
                    ids.append(group.groupId);
        writeSeed("offsetfetch", QStringLiteral("v8-") + cluster.name,
            ask(ApiKey::OffsetFetch, GroupOffsetsCodec::offsetFetchVersion,
                GroupOffsetsCodec::encodeOffsetFetchRequest(ids), "OffsetFetch"));
    }
    DescribeConfigsRequest describe;
    describe.resources.append({ ConfigResource::broker(1),
        QStringList { QStringLiteral("log.retention.ms"), QStringLiteral("min.insync.replicas") } });
    describe.resources.append({ ConfigResource::topic(topic),
        QStringList { QStringLiteral("retention.ms"), QStringLiteral("cleanup.policy") } });
    describe.resources.append({ ConfigResource::topic(QStringLiteral("fleetscope-no-such-topic")), std::nullopt });
    for (const qint16 v : { DescribeConfigs::kMinVersion, DescribeConfigs::kMaxVersion })
        writeSeed("describeconfigs", QStringLiteral("v%1-%2").arg(v).arg(cluster.name),
            versioned(v, DescribeConfigs::kMinVersion,
                ask(ApiKey::DescribeConfigs, v, DescribeConfigs::encodeRequest(describe, v), "DescribeConfigs")));
    IncrementalAlterConfigsRequest alter;
    alter.validateOnly = true; // nothing changes: the broker only says whether it would accept it
    alter.resources.append({ ConfigResource::topic(topic),
        { AlterableConfig { QStringLiteral("retention.ms"), AlterConfigOp::Set, QStringLiteral("86400000") } } });
    alter.resources.append({ ConfigResource::topic(topic),
        { AlterableConfig { QStringLiteral("segment.bytes"), AlterConfigOp::Set, QStringLiteral("-1") } } });
    for (const qint16 v : { IncrementalAlterConfigs::kMinVersion, IncrementalAlterConfigs::kMaxVersion })
        writeSeed("incrementalalterconfigs", QStringLiteral("v%1-%2").arg(v).arg(cluster.name),
            versioned(v, IncrementalAlterConfigs::kMinVersion,
                ask(ApiKey::IncrementalAlterConfigs, v, IncrementalAlterConfigs::encodeRequest(alter, v),
                    "IncrementalAlterConfigs")));
    const QList<TopicReassignment> cancel {
        { QStringLiteral("fleetscope-no-such-topic"), { PartitionReassignment { 0, std::nullopt } } }
    };
    for (qint16 v = PartitionReassignments::kAlterMinVersion; v <= PartitionReassignments::kAlterMaxVersion; ++v)
        if (channel.negotiatedVersion(ApiKey::AlterPartitionReassignments, v, v))
            writeSeed("alterreassignments", QStringLiteral("v%1-%2").arg(v).arg(cluster.name),
                versioned(v, PartitionReassignments::kAlterMinVersion,
                    ask(ApiKey::AlterPartitionReassignments, v,
                        *must(PartitionReassignments::encodeAlterRequest(cancel, kTimeoutMs, v), "encode"),
                        "AlterPartitionReassignments")));
    writeSeed("listreassignments", QStringLiteral("v0-") + cluster.name,
        versioned(0, 0, ask(ApiKey::ListPartitionReassignments, 0,
                               *must(PartitionReassignments::encodeListRequest(std::nullopt, kTimeoutMs, 0), "encode"),
                               "ListPartitionReassignments")));
}

// edge-s: SASL_SSL. The plaintext after TLS is what the decoders see.
void captureSaslAnswers(const Fleet &secured)
{
    const ClusterConfig *cluster = SecuredTestFleet::find(secured, SecuredTestFleet::kCluster);
    if (!cluster)
        die(QStringLiteral("no cluster edge-s in the secured fleet file"));
    const auto [host, port] = firstBroker(*cluster);
    QMap<QString, QString> properties = cluster->properties;
    properties.insert(QStringLiteral("sasl.username"), QStringLiteral("monitor"));
    properties.insert(QStringLiteral("sasl.password"), QString::fromUtf8(SecuredTestFleet::password(QStringLiteral("monitor"))));
    const SecuritySettings security = must(SecuritySettings::fromProperties(properties), "security").value();

    // A whole PLAIN login and the brokerchannel target's requests, as the broker answered them.
    properties.insert(QStringLiteral("sasl.mechanism"), QStringLiteral("PLAIN"));
    {
        QByteArray stream;
        BrokerChannel::Options options;
        options.properties = properties;
        BrokerChannel channel(options, std::make_unique<RecordingTransport>(std::make_unique<TlsTransport>(security.tlsSettings), &stream));
        must(channel.open(host, port, kTimeoutMs), "open with SASL PLAIN");
        askAsBrokerChannelTargetDoes(channel);
        writeSeed("brokerchannel", QStringLiteral("sasl-plain-edge-s"), char(1) + stream);
    }

    // SaslHandshake and SCRAM by hand, with the scram target's nonce, so that its server-first passes
    // the nonce check there. The wrong password makes the broker answer the final step with an error.
    QMap<QString, QString> unauthenticated = properties;
    unauthenticated.insert(QStringLiteral("security.protocol"), QStringLiteral("SSL"));
    BrokerChannel::Options options;
    options.properties = unauthenticated;
    BrokerChannel channel(options);
    must(channel.open(host, port, kTimeoutMs), "open for SCRAM");
    const QByteArray handshake = must(channel.roundTrip(ApiKey::SaslHandshake, SaslMessages::kHandshakeVersion,
                                          SaslMessages::encodeHandshake(QStringLiteral("SCRAM-SHA-512")), kTimeoutMs),
        "SaslHandshake")
                                     .value();
    writeSeed("saslhandshake", QStringLiteral("scram-sha-512-edge-s"), handshake);
    const qint16 v = *channel.negotiatedVersion(ApiKey::SaslAuthenticate, SaslMessages::kAuthenticateMinVersion,
        SaslMessages::kAuthenticateMaxVersion);
    ScramClient scram(ScramClient::Algorithm::Sha512, QStringLiteral("monitor"), QByteArrayLiteral("not-the-password-9731"),
        QByteArrayLiteral("fyko+d2lbbFgONRv9qkxdawL"));
    const QByteArray first = must(channel.roundTrip(ApiKey::SaslAuthenticate, v,
                                      SaslMessages::encodeAuthenticate(v, scram.firstMessage()), kTimeoutMs),
        "SaslAuthenticate 1")
                                 .value();
    writeSeed("saslauthenticate", QStringLiteral("v%1-server-first").arg(v), versioned(v, 0, first));
    const SaslAuthenticateResponse serverFirst = must(SaslMessages::decodeAuthenticate(first, v), "decode").value();
    writeSeed("scram", QStringLiteral("sha512-server-first"), char(1) + serverFirst.authBytes);
    const QByteArray clientFinal = must(scram.finalMessage(serverFirst.authBytes), "client final").value();
    const Result<QByteArray> rejected
        = channel.roundTrip(ApiKey::SaslAuthenticate, v, SaslMessages::encodeAuthenticate(v, clientFinal), kTimeoutMs);
    if (rejected)
        writeSeed("saslauthenticate", QStringLiteral("v%1-rejected").arg(v), versioned(v, 0, *rejected));
}

// The JMX exporter's answer as it came over the socket, then its body; both cut to a few KB at a
// line end (a whole scrape is ~100 KB), the HTTP one with its framing rewritten to match the cut.
void captureExporter(const ClusterConfig &cluster)
{
    const QUrl url(cluster.metrics.urlFor(1, QStringLiteral("127.0.0.1")));
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!socket.waitForConnected(kTimeoutMs))
        die(QStringLiteral("cannot connect to %1").arg(url.toString()));
    socket.write("GET " + url.path().toUtf8() + " HTTP/1.1\r\nHost: " + url.host().toUtf8()
        + "\r\nAccept: text/plain;version=0.0.4\r\nConnection: close\r\n\r\n");
    QByteArray raw;
    while (socket.waitForReadyRead(kTimeoutMs) || socket.bytesAvailable() > 0)
        raw += socket.readAll();
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        die(QStringLiteral("no HTTP answer from %1").arg(url.toString()));
    QByteArray head = raw.first(headEnd);
    QByteArray body = raw.sliced(headEnd + 4);
    if (head.toLower().contains("transfer-encoding: chunked")) { // undo the chunking of the body
        QByteArray plain;
        for (qsizetype pos = 0;;) {
            const qsizetype eol = body.indexOf("\r\n", pos);
            const qint64 size = body.mid(pos, eol - pos).split(';').first().trimmed().toLongLong(nullptr, 16);
            if (eol < 0 || size <= 0)
                break;
            plain += body.mid(eol + 2, size);
            pos = eol + 2 + size + 2;
        }
        body = plain;
    }
    // The heap lines and the ones around them, within a few KB.
    QByteArray cut;
    for (const QByteArray &line : body.split('\n'))
        if ((line.contains("jvm_memory") || line.contains("jvm_gc") || cut.size() < 1500) && cut.size() + line.size() < 4000)
            cut += line + '\n';
    writeSeed("prometheus", QStringLiteral("jmx-exporter-") + cluster.name, cut);
    writeSeed("jvmheap", QStringLiteral("jmx-exporter-") + cluster.name, cut);
    QByteArray headers;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray name = line.trimmed().toLower();
        if (!name.startsWith("content-length") && !name.startsWith("transfer-encoding"))
            headers += line.trimmed() + "\r\n";
    }
    writeSeed("httpresponse", QStringLiteral("content-length"),
        char(0) + headers + "Content-Length: " + QByteArray::number(cut.size()) + "\r\n\r\n" + cut);
    QByteArray chunked = headers + "Transfer-Encoding: chunked\r\n\r\n";
    for (qsizetype pos = 0; pos < cut.size(); pos += 700)
        chunked += QByteArray::number(std::min<qsizetype>(700, cut.size() - pos), 16) + "\r\n" + cut.mid(pos, 700) + "\r\n";
    writeSeed("httpresponse", QStringLiteral("chunked-in-pieces"), char(13) + chunked + "0\r\n\r\n");
    writeSeed("httpresponse", QStringLiteral("until-close"), char(0) + headers + "\r\n" + cut.left(1000));
}

// librdkafka's statistics JSON from a real connection to the cluster.
void captureStatistics(const ClusterConfig &cluster)
{
    KafkaConnection::Options options;
    options.properties = cluster.properties;
    options.statisticsIntervalMs = 1000;
    Result<std::unique_ptr<KafkaConnection>> opened = KafkaConnection::open(options);
    must(opened, "librdkafka");
    std::unique_ptr<KafkaConnection> connection = std::move(opened).value();
    (void)connection->metadata(kTimeoutMs);
    for (int i = 0; i < 50; ++i) {
        connection->serveEvents();
        const QList<QByteArray> documents = connection->takeStatistics();
        if (!documents.isEmpty()) {
            writeSeed("statistics", QStringLiteral("librdkafka-") + cluster.name, documents.last());
            return;
        }
        QThread::msleep(100);
    }
    die(QStringLiteral("no statistics from librdkafka within 5 s"));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(path));
    return file.readAll();
}

// Seeds that are no fleet's answer: the repository's own fleet files, units, history blobs.
void writeOfflineSeeds()
{
    const QString fleets = QStringLiteral(FLEETSCOPE_SOURCE_DIR "/tests/data/fleets/");
    for (const char *name : { "complete.yaml", "minimal.yaml", "secret-property.yaml", "two-documents.yaml" })
        writeSeed("fleetfile", QLatin1String(name), readFile(fleets + QLatin1String(name)));
    if (const QString fleetFile = qEnvironmentVariable("FLEETSCOPE_TEST_FLEET"); !fleetFile.isEmpty())
        writeSeed("fleetfile", QStringLiteral("test-fleet.yaml"), readFile(fleetFile));
    // MirrorMaker 2's Heartbeat record (key: two int16-length aliases; value: version 0, int64 time),
    // for the aliases of the test fleet. The key's length comes first, as the heartbeat target reads it.
    const auto shortString = [](const QByteArray &text) { return QByteArray(1, char(text.size() >> 8)) + char(text.size()) + text; };
    for (const QByteArray alias : { QByteArrayLiteral("edge-a"), QByteArrayLiteral("edge-b") }) {
        const QByteArray key = shortString(alias) + shortString("central");
        QByteArray value(10, '\0');
        qToBigEndian<qint64>(1'764'881'000'000, value.data() + 2);
        writeSeed("heartbeat", QLatin1String(alias), char(key.size()) + key + value);
    }
    int n = 0;
    for (const char *text : { "7d", "12h30m", "1.5 GiB", "512 MiB", "unlimited", "-1", "86400000", "1w2d", "0" })
        writeSeed("humanunits", QStringLiteral("unit-%1").arg(++n), text);
    const std::vector<JournalSample> samples { { 1, 1'700'000'000'000, 1.5f }, { 1, 1'700'000'010'000, 2.5f },
        { 7, 1'700'000'010'000, -3.0f } };
    writeSeed("journal", QStringLiteral("three-samples"), JournalCodec::encode(samples));
    const std::vector<float> floats { 0.f, 1.f, 1.f, 2.5f, 1e9f, -7.f };
    writeSeed("valuecodec", QStringLiteral("floats-6"), QByteArray("\x06\x00", 2) + ValueCodec::encodeFloats(floats));
    const std::vector<Bucket> buckets { { 1.f, 3.f, 2.f }, {}, { 0.f, 10.f, 4.f } };
    writeSeed("valuecodec", QStringLiteral("buckets-3"), QByteArray("\x03\x01", 2) + ValueCodec::encodeBuckets(buckets));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(FLEETSCOPE_SOURCE_DIR "/tests/fuzz/corpus");
    QString error;
    const std::optional<Fleet> fleet = TestFleet::load(&error);
    if (!fleet)
        die(error);
    const ClusterConfig *central = nullptr;
    const ClusterConfig *edge = nullptr;
    for (const SiteConfig &site : fleet->sites)
        for (const ClusterConfig &cluster : site.clusters) {
            if (cluster.role == ClusterRole::Central && !central)
                central = &cluster;
            if (cluster.role == ClusterRole::Edge && cluster.mirror && !edge)
                edge = &cluster;
        }
    if (!central || !edge)
        die(QStringLiteral("the test fleet has no central cluster or no mirrored edge"));
    captureBrokerAnswers(*central, QStringLiteral("mm2-offset-syncs.") + edge->mirror->alias + QStringLiteral(".internal"));
    captureBrokerAnswers(*edge, QStringLiteral("heartbeats"));
    if (const std::optional<Fleet> secured = SecuredTestFleet::load(&error))
        captureSaslAnswers(*secured);
    else
        die(error);
    captureExporter(*central);
    captureStatistics(*central);
    writeOfflineSeeds();
    std::printf("%d seeds in %s\n", g_written, qPrintable(g_outDir));
    return 0;
}
