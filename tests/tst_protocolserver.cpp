// Unit: BrokerChannel and LogDirsProbe against a fake broker on 127.0.0.1 that answers ApiVersions
// properly and then misbehaves as told. Every misbehaviour must end in an Error naming the broker,
// within the deadline, with no crash and no allocation sized by what the peer claims.
#include "core/Clock.h"
#include "protocol/ApiKey.h"
#include "protocol/ApiVersions.h"
#include "protocol/BrokerChannel.h"
#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"
#include "protocol/DescribeLogDirs.h"
#include "protocol/LogDirsProbe.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <atomic>

using namespace fleetscope;

enum class Misbehaviour
{
    None,
    RejectApiVersionsV3, // an old broker: v3 unknown, answered in the v0 layout
    SilentFromStart, // accepts the connection, never answers anything
    TruncateThenClose,
    HugeFrame,
    NegativeFrame,
    BigFrameThenSilence, // a size under the limit, then only a few bytes
    Nonsense,
    WrongCorrelationId,
    Silent,
    CloseAfterApiVersions,
    GarbageBody,
};
Q_DECLARE_METATYPE(Misbehaviour)

// Lives on its own QThread with an event loop, so the blocking client can run on the test thread.
class FakeBroker final : public QObject
{
    Q_OBJECT

public:
    std::atomic<Misbehaviour> misbehaviour { Misbehaviour::None };
    std::atomic<int> describeLogDirsMaxVersion { 4 };
    std::atomic<int> connections { 0 };
    std::atomic<int> apiVersionsRequests { 0 };

    quint16 start()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FakeBroker::onNewConnection);
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

    QByteArray lastRequest() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastRequest;
    }

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (buffer.size() >= 4) {
            const qint32 size = qFromBigEndian<qint32>(buffer.constData());
            if (buffer.size() < 4 + size)
                return;
            const QByteArray frame = buffer.mid(4, size);
            buffer.remove(0, 4 + size);
            answer(socket, frame);
        }
    }

    static void send(QTcpSocket *socket, const QByteArray &payload)
    {
        ByteWriter frame;
        frame.writeInt32(qint32(payload.size()));
        frame.writeRaw(payload);
        socket->write(frame.data());
    }

    void answer(QTcpSocket *socket, const QByteArray &frame)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_lastRequest = frame;
        }
        ByteReader header(frame);
        const qint16 apiKey = header.readInt16();
        const qint16 version = header.readInt16();
        const qint32 correlationId = header.readInt32();
        const Misbehaviour mode = misbehaviour;
        if (mode == Misbehaviour::SilentFromStart)
            return;
        ByteWriter response;
        response.writeInt32(correlationId);
        if (apiKey == ApiKey::ApiVersions) { // response header v0, always
            ++apiVersionsRequests;
            ApiVersionsResponse versions;
            if (mode == Misbehaviour::RejectApiVersionsV3 && version >= 3) {
                versions.errorCode = 35;
                versions.apis.insert(ApiKey::ApiVersions, { 0, 2 });
            } else {
                versions.apis.insert(ApiKey::ApiVersions, { 0, 3 });
                versions.apis.insert(ApiKey::Metadata, { 0, 12 });
                versions.apis.insert(
                    ApiKey::DescribeLogDirs, { 1, qint16(describeLogDirsMaxVersion.load()) });
            }
            response.writeRaw(ApiVersions::encodeResponse(versions, version));
            send(socket, response.data());
            return;
        }
        // Raw replies that are not Kafka frames at all, or frames that lie about their size.
        static const QHash<Misbehaviour, QByteArray> raw = {
            { Misbehaviour::TruncateThenClose, QByteArray::fromHex("00000064") + QByteArray(10, 'x') },
            { Misbehaviour::HugeFrame, QByteArray::fromHex("7fffffff") + QByteArray(16, 'x') },
            { Misbehaviour::NegativeFrame, QByteArray::fromHex("80000000") },
            { Misbehaviour::BigFrameThenSilence,
                QByteArray::fromHex("03c00000") + QByteArray(10, 'x') }, // 60 MiB
            { Misbehaviour::Nonsense, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n" },
        };
        if (raw.contains(mode))
            socket->write(raw[mode]);
        if (mode == Misbehaviour::TruncateThenClose || mode == Misbehaviour::CloseAfterApiVersions)
            socket->disconnectFromHost();
        if (raw.contains(mode) || mode == Misbehaviour::Silent || mode == Misbehaviour::CloseAfterApiVersions)
            return;
        if (mode == Misbehaviour::WrongCorrelationId) {
            response = ByteWriter();
            response.writeInt32(correlationId + 1);
        }
        if (DescribeLogDirs::isFlexible(version))
            response.writeEmptyTaggedFields(); // response header v1
        if (mode == Misbehaviour::GarbageBody)
            response.writeRaw(QByteArray(20, '\xff'));
        else
            response.writeRaw(DescribeLogDirs::encodeResponse(sampleResponse(), version));
        send(socket, response.data());
    }

    static DescribeLogDirsResponse sampleResponse()
    {
        DescribeLogDirsResponse response;
        LogDir dir;
        dir.path = QStringLiteral("/data/kafka");
        dir.totalBytes = 1'000'000;
        dir.usableBytes = 250'000;
        dir.topics = { { QStringLiteral("orders"), { { 0, 1000, 0, false }, { 1, 2000, 2, false } } } };
        response.logDirs = { dir };
        return response;
    }

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    mutable QMutex m_mutex;
    QByteArray m_lastRequest;
};

class TestProtocolServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void negotiatesAndRoundTrips();
    void fallsBackToApiVersionsV0();
    void probeReadsLogDirs_data();
    void probeReadsLogDirs();
    void misbehavingBroker_data();
    void misbehavingBroker();
    void garbageBodyIsADecodeError();
    void openTimesOutOnSilentBroker();
    void refusedConnection();
    void unsupportedSecurityProtocol();
    void smallFrameLimit();
    void worksOnAThreadPoolThread();

private:
    QThread m_thread;
    FakeBroker *m_broker = nullptr;
    quint16 m_port = 0;
};

void TestProtocolServer::initTestCase()
{
    m_broker = new FakeBroker;
    m_broker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_broker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_broker, [this] { return m_broker->start(); }, Qt::BlockingQueuedConnection, &m_port);
    QVERIFY(m_port != 0);
}

void TestProtocolServer::init()
{
    m_broker->misbehaviour = Misbehaviour::None;
    m_broker->describeLogDirsMaxVersion = 4;
}

void TestProtocolServer::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void TestProtocolServer::negotiatesAndRoundTrips()
{
    BrokerChannel channel;
    const Status opened = channel.open(QStringLiteral("127.0.0.1"), m_port, 2000);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    QVERIFY(channel.isOpen());
    QCOMPARE(channel.apiVersionsVersionUsed(), qint16(3));
    QCOMPARE(channel.negotiatedVersion(ApiKey::DescribeLogDirs, 0, 4), std::optional<qint16>(4));
    QCOMPARE(channel.negotiatedVersion(ApiKey::DescribeLogDirs, 0, 2), std::optional<qint16>(2));
    QCOMPARE(channel.negotiatedVersion(ApiKey::DescribeLogDirs, 5, 6), std::nullopt);
    QCOMPARE(channel.negotiatedVersion(ApiKey::IncrementalAlterConfigs, 0, 1), std::nullopt); // not offered

    for (qint16 version : { qint16(1), qint16(4) }) {
        const Result<QByteArray> body = channel.roundTrip(
            ApiKey::DescribeLogDirs, version, DescribeLogDirs::encodeAllTopicsRequest(version), 2000);
        QVERIFY2(body.ok(), qPrintable(body.ok() ? QString() : body.errorMessage()));
        const Result<DescribeLogDirsResponse> decoded = DescribeLogDirs::decodeResponse(*body, version);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->logDirs.value(0).partitionBytes(), 3000);
        QVERIFY(channel.lastRoundTripUs().value_or(0) > 0);
        // Request header v1 or v2: key, version, correlation id, int16-length client id (even in v2),
        // then tagged fields in v2 only, then the body.
        ByteReader request(m_broker->lastRequest());
        QCOMPARE(request.readInt16(), ApiKey::DescribeLogDirs);
        QCOMPARE(request.readInt16(), version);
        request.readInt32();
        QCOMPARE(request.readString(), QStringLiteral("fleetscope"));
        const QByteArray rest = m_broker->lastRequest().mid(request.position()).toHex();
        QCOMPARE(rest,
            version >= 2 ? QByteArray("00"
                                      "0000")
                         : QByteArray("ffffffff"));
    }
    // A version the broker does not offer is refused before anything is sent.
    const Result<QByteArray> refused = channel.roundTrip(ApiKey::DescribeLogDirs, 0, QByteArray(), 1000);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(u"does not accept DescribeLogDirs (35) version 0"));
}

void TestProtocolServer::fallsBackToApiVersionsV0()
{
    m_broker->misbehaviour = Misbehaviour::RejectApiVersionsV3;
    const int before = m_broker->apiVersionsRequests;
    BrokerChannel channel;
    const Status opened = channel.open(QStringLiteral("127.0.0.1"), m_port, 2000);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    QCOMPARE(channel.apiVersionsVersionUsed(), qint16(0));
    QCOMPARE(m_broker->apiVersionsRequests - before, 2);
}

void TestProtocolServer::probeReadsLogDirs_data()
{
    QTest::addColumn<int>("brokerMax");
    QTest::newRow("Kafka 3.3+: v4 with capacity") << 4;
    QTest::newRow("Kafka 3.0-3.2: v3, sizes only") << 3;
    QTest::newRow("Kafka 1.1-2.x: v1, sizes only") << 1;
}

void TestProtocolServer::probeReadsLogDirs()
{
    QFETCH(int, brokerMax);
    m_broker->describeLogDirsMaxVersion = brokerMax;
    ManualClock clock;
    const Result<BrokerLogDirs> result
        = LogDirsProbe(clock).probe({ 7, QStringLiteral("127.0.0.1"), m_port }, 2000);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
    QCOMPARE(result->nodeId, 7);
    QCOMPARE(result->port, int(m_port));
    QCOMPARE(result->version, qint16(brokerMax));
    QCOMPARE(result->hasCapacity, brokerMax >= 4);
    QCOMPARE(result->logDirs.size(), 1);
    QCOMPARE(result->logDirs[0].path, QStringLiteral("/data/kafka"));
    QCOMPARE(result->logDirs[0].totalBytes, brokerMax >= 4 ? std::optional<qint64>(1'000'000) : std::nullopt);
    QCOMPARE(result->logDirs[0].usableBytes, brokerMax >= 4 ? std::optional<qint64>(250'000) : std::nullopt);
    QCOMPARE(result->logDirs[0].topics[0].partitions[1].offsetLag, 2);
    QCOMPARE(result->logDirs[0].partitionBytes(), 3000);
    QVERIFY(result->roundTripUs > 0);
    QCOMPARE(result->sampledAtMs, clock.nowMs());
}

void TestProtocolServer::misbehavingBroker_data()
{
    QTest::addColumn<Misbehaviour>("misbehaviour");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("truncated frame, then close")
        << Misbehaviour::TruncateThenClose
        << QStringList { u"closed the connection after 10 of 100 bytes"_qs };
    QTest::newRow("frame claims 2 GiB")
        << Misbehaviour::HugeFrame << QStringList { u"2147483647 bytes"_qs, u"67108864"_qs, u"64 MiB"_qs };
    QTest::newRow("negative frame size")
        << Misbehaviour::NegativeFrame << QStringList { u"-2147483648 bytes"_qs };
    QTest::newRow("60 MiB announced, 10 bytes sent")
        << Misbehaviour::BigFrameThenSilence
        << QStringList { u"within the timeout (10 of 62914560 bytes"_qs };
    QTest::newRow("nonsense bytes") << Misbehaviour::Nonsense
                                    << QStringList { u"not a Kafka PLAINTEXT listener"_qs };
    QTest::newRow("wrong correlation id")
        << Misbehaviour::WrongCorrelationId << QStringList { u"correlation id"_qs };
    QTest::newRow("no answer") << Misbehaviour::Silent
                               << QStringList { u"no complete response within the timeout"_qs };
    QTest::newRow("closed instead of answering")
        << Misbehaviour::CloseAfterApiVersions
        << QStringList { u"closed the connection after 0 of 4 bytes"_qs };
}

void TestProtocolServer::misbehavingBroker()
{
    QFETCH(Misbehaviour, misbehaviour);
    QFETCH(QStringList, expected);
    BrokerChannel channel;
    QVERIFY(channel.open(QStringLiteral("127.0.0.1"), m_port, 2000).ok());
    m_broker->misbehaviour = misbehaviour;

    constexpr int timeoutMs = 400;
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> body = channel.roundTrip(
        ApiKey::DescribeLogDirs, 4, DescribeLogDirs::encodeAllTopicsRequest(4), timeoutMs);
    const qint64 elapsedMs = timer.elapsed();
    QVERIFY(!body.ok());
    const QString &message = body.errorMessage();
    qInfo().noquote() << message;
    QVERIFY2(message.startsWith(QStringLiteral("Broker 127.0.0.1:%1: DescribeLogDirs (35) v4").arg(m_port))
            || message.startsWith(QStringLiteral("Broker 127.0.0.1:%1: the response").arg(m_port)),
        qPrintable(message));
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(message));
    QVERIFY2(elapsedMs < timeoutMs + 250, qPrintable(QStringLiteral("took %1 ms").arg(elapsedMs)));
    QVERIFY(!channel.isOpen()); // a stream in an unknown state is never reused
    QVERIFY(!channel.roundTrip(ApiKey::DescribeLogDirs, 4, {}, 100).ok());
}

void TestProtocolServer::garbageBodyIsADecodeError()
{
    m_broker->misbehaviour = Misbehaviour::GarbageBody;
    ManualClock clock;
    const Result<BrokerLogDirs> result
        = LogDirsProbe(clock).probe({ 3, QStringLiteral("127.0.0.1"), m_port }, 2000);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(
                 QStringLiteral("127.0.0.1:%1 (node 3): DescribeLogDirs v4 response: ").arg(m_port)),
        qPrintable(result.errorMessage()));
}

void TestProtocolServer::openTimesOutOnSilentBroker()
{
    m_broker->misbehaviour = Misbehaviour::SilentFromStart;
    BrokerChannel channel;
    QElapsedTimer timer;
    timer.start();
    const Status opened = channel.open(QStringLiteral("127.0.0.1"), m_port, 300);
    QVERIFY(!opened.ok());
    QVERIFY2(timer.elapsed() < 300 + 250, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(opened.errorMessage().contains(u"ApiVersions (18) v3: no complete response within the timeout"),
        qPrintable(opened.errorMessage()));
}

void TestProtocolServer::refusedConnection()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nobody listens there now
    BrokerChannel channel;
    const Status opened = channel.open(QStringLiteral("127.0.0.1"), port, 2000);
    QVERIFY(!opened.ok());
    QVERIFY2(
        opened.errorMessage().startsWith(QStringLiteral("Broker 127.0.0.1:%1: could not connect").arg(port)),
        qPrintable(opened.errorMessage()));
}

void TestProtocolServer::unsupportedSecurityProtocol()
{
    const int before = m_broker->connections;
    BrokerChannel::Options options;
    options.properties.insert(QStringLiteral("security.protocol"), QStringLiteral("sasl_ssl"));
    BrokerChannel channel(options);
    const Status opened = channel.open(QStringLiteral("127.0.0.1"), m_port, 1000);
    QVERIFY(!opened.ok());
    // SASL_SSL is spoken, but not librdkafka's default mechanism GSSAPI: say what still works
    QVERIFY2(opened.errorMessage().contains(u"GSSAPI is not spoken") && opened.errorMessage().contains(u"still collected"),
        qPrintable(opened.errorMessage()));
    QCOMPARE(m_broker->connections.load(), before); // refused before connecting

    options.properties.insert(QStringLiteral("security.protocol"), QStringLiteral("PLAINTEXT"));
    BrokerChannel plain(options);
    QVERIFY(plain.open(QStringLiteral("127.0.0.1"), m_port, 1000).ok());
}

void TestProtocolServer::smallFrameLimit()
{
    BrokerChannel::Options options;
    options.maxFrameBytes = 16; // the ApiVersions answer is larger
    BrokerChannel channel(options);
    const Status opened = channel.open(QStringLiteral("127.0.0.1"), m_port, 1000);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorMessage().contains(u"outside 4..16 bytes"), qPrintable(opened.errorMessage()));
}

void TestProtocolServer::worksOnAThreadPoolThread()
{
    ManualClock clock;
    const LogDirsProbe probe(clock);
    const quint16 port = m_port;
    QFuture<Result<BrokerLogDirs>> future = QtConcurrent::run([&probe, port] {
        return probe.probe({ 2, QStringLiteral("127.0.0.1"), port }, 2000);
    });
    future.waitForFinished();
    const Result<BrokerLogDirs> result = future.result();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
    QCOMPARE(result->logDirs.value(0).partitionBytes(), 3000);
}

QTEST_GUILESS_MAIN(TestProtocolServer)
#include "tst_protocolserver.moc"
