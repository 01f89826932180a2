// Our own Kafka client against the secured cluster of the test fleet (edge-s: SASL_SSL with
// SCRAM-SHA-512/256 only, a local CA, the StandardAuthorizer with ACLs).
#include "SecuredTestFleet.h"
#include "TestFleet.h"

#include "core/Clock.h"
#include "protocol/BrokerChannel.h"
#include "protocol/LogDirsProbe.h"
#include "protocol/TlsTransport.h"

#include <QFutureWatcher>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace fleetscope;

namespace {
// QVERIFY2 evaluates its message even when the check passes (Qt 6.4): ask a Result for its error
// only when there is one.
template <typename R> QString why(const R &result)
{
    return result ? QString() : result.errorMessage();
}
} // namespace
using namespace fleetscope::test;

namespace {

// Forwards one client connection to the broker and records every byte the client sent, to show
// what went over the wire.
class RecordingRelay final : public QObject
{
public:
    RecordingRelay(QString host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *client = m_server.nextPendingConnection();
            auto *broker = new QTcpSocket(client);
            broker->connectToHost(m_host, m_port);
            connect(client, &QTcpSocket::readyRead, broker, [this, client, broker] {
                const QByteArray bytes = client->readAll();
                m_fromClient += bytes;
                broker->write(bytes);
            });
            connect(broker, &QTcpSocket::readyRead, client, [client, broker] { client->write(broker->readAll()); });
            connect(broker, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    const QByteArray &fromClient() const { return m_fromClient; }

private:
    QTcpServer m_server;
    QString m_host;
    quint16 m_port;
    QByteArray m_fromClient;
};

} // namespace

class TestSecureChannel final : public QObject
{
    Q_OBJECT

private:
    struct Target
    {
        QString host;
        quint16 port = 0;
        QMap<QString, QString> properties;
    };

    // edge-s' broker and properties, with the password of `user` (monitor unless told).
    static std::optional<Target> target(const Fleet &fleet, const QString &user = QStringLiteral("monitor"))
    {
        const ClusterConfig *cluster = SecuredTestFleet::find(fleet, SecuredTestFleet::kCluster);
        if (!cluster)
            return std::nullopt;
        Target t;
        t.properties = cluster->properties;
        const QStringList hostPort = cluster->bootstrapServers().split(QLatin1Char(','))
                                         .first()
                                         .split(QLatin1Char(':'));
        t.host = hostPort.value(0);
        t.port = quint16(hostPort.value(1).toUInt());
        t.properties.insert(QStringLiteral("sasl.username"), user);
        t.properties.insert(QStringLiteral("sasl.password"), QString::fromUtf8(SecuredTestFleet::password(user)));
        return t;
    }

    // Opens a channel to the target (authenticating) and asks for its log dirs.
    static Result<BrokerLogDirs> logDirsOf(const Target &t)
    {
        BrokerChannel::Options options;
        options.properties = t.properties;
        BrokerChannel channel(options);
        if (Status opened = channel.open(t.host, t.port, 20000); !opened)
            return opened.error();
        SystemClock clock;
        return LogDirsProbe(clock, options).probe(channel, 1, 20000);
    }

    // open() on a worker (a relay in this thread must keep running meanwhile), then close().
    static Status openOffThread(BrokerChannel &channel, const QString &host, quint16 port)
    {
        // opened and closed on the worker: a socket belongs to the thread that made it
        QFuture<Status> future = QtConcurrent::run([&] {
            Status opened = channel.open(host, port, 20000);
            channel.close();
            return opened;
        });
        TestFleet::waitFor([&] { return future.isFinished(); }, 30000);
        return future.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        QVERIFY2(target(fleet), "edge-s is missing from fleet-secured.yaml");
        QVERIFY2(!SecuredTestFleet::password(QStringLiteral("monitor")).isEmpty(),
            "no password for monitor in the fleet's credentials.json");
    }

    // SCRAM-SHA-512 (the fleet file's mechanism) and SCRAM-SHA-256 against the real broker, over
    // TLS; then a request that needs the monitor's Describe-on-cluster ACL.
    void authenticatesAndReadsLogDirs_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("SCRAM-SHA-512") << QStringLiteral("SCRAM-SHA-512");
        QTest::newRow("SCRAM-SHA-256") << QStringLiteral("SCRAM-SHA-256");
    }
    void authenticatesAndReadsLogDirs()
    {
        QFETCH(QString, mechanism);
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        Target t = *target(fleet);
        t.properties.insert(QStringLiteral("sasl.mechanism"), mechanism);
        const Result<BrokerLogDirs> dirs = logDirsOf(t);
        QVERIFY2(dirs, qPrintable(why(dirs)));
        QVERIFY(!dirs->logDirs.isEmpty());
        QVERIFY(dirs->logDirs.first().totalBytes.value_or(0) > 0);
    }

    // edge-s offers SCRAM only: a PLAIN login with the right password is refused before any
    // password is sent, and the message names what the broker offers.
    void plainIsRefusedWithWhatTheBrokerOffers()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        Target t = *target(fleet);
        t.properties.insert(QStringLiteral("sasl.mechanism"), QStringLiteral("PLAIN"));
        BrokerChannel::Options options;
        options.properties = t.properties;
        BrokerChannel channel(options);
        const Status opened = channel.open(t.host, t.port, 20000);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QLatin1String("does not enable SASL mechanism PLAIN"))
                && opened.errorMessage().contains(QLatin1String("SCRAM-SHA-512")),
            qPrintable(why(opened)));
        QVERIFY(!channel.isOpen());
    }

    void wrongPasswordSaysAuthenticationFailed()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        Target t = *target(fleet);
        const QString wrong = QStringLiteral("not-the-password-9731");
        t.properties.insert(QStringLiteral("sasl.password"), wrong);
        BrokerChannel::Options options;
        options.properties = t.properties;
        BrokerChannel channel(options);
        const Status opened = channel.open(t.host, t.port, 20000);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QLatin1String("authentication failed")), qPrintable(why(opened)));
        QVERIFY(!opened.errorMessage().contains(wrong));
        QVERIFY(!channel.isOpen());
    }

    void unknownCaIsATlsErrorAndNothingGoesInClear_data()
    {
        QTest::addColumn<QString>("caLocation");
        QTest::newRow("another CA") << SecuredTestFleet::tlsFile(QStringLiteral("other-ca.pem"));
        QTest::newRow("system CAs") << QString();
    }
    void unknownCaIsATlsErrorAndNothingGoesInClear()
    {
        QFETCH(QString, caLocation);
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        Target t = *target(fleet);
        if (caLocation.isEmpty())
            t.properties.remove(QStringLiteral("ssl.ca.location"));
        else
            t.properties.insert(QStringLiteral("ssl.ca.location"), caLocation);
        RecordingRelay relay(t.host, t.port);
        BrokerChannel::Options options;
        options.properties = t.properties;
        BrokerChannel channel(options);
        const Status opened = openOffThread(channel, QStringLiteral("127.0.0.1"), relay.port());
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QLatin1String("TLS")), qPrintable(why(opened)));
        QVERIFY2(opened.errorMessage().contains(QLatin1String("unknown CA")), qPrintable(why(opened)));
        // Only a TLS handshake left this client: a handshake record, no Kafka request (it would
        // carry our client id in clear) and no SASL user name.
        QVERIFY(!relay.fromClient().isEmpty());
        QCOMPARE(quint8(relay.fromClient().at(0)), quint8(0x16));
        QVERIFY(!relay.fromClient().contains("fleetscope"));
        QVERIFY(!relay.fromClient().contains("monitor"));
    }

    void encryptedWhenAccepted()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        const Target t = *target(fleet);
        RecordingRelay relay(t.host, t.port);
        BrokerChannel::Options options;
        options.properties = t.properties;
        BrokerChannel channel(options);
        const Status opened = openOffThread(channel, QStringLiteral("127.0.0.1"), relay.port());
        QVERIFY2(opened, qPrintable(why(opened)));
        // ApiVersions and the SASL exchange went through, encrypted: none of it readable on the wire.
        QVERIFY(relay.fromClient().size() > 200);
        QVERIFY(!relay.fromClient().contains("fleetscope"));
        QVERIFY(!relay.fromClient().contains("monitor"));
    }

    void wrongHostIsATlsError()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        const Target t = *target(fleet);
        TlsSettings tls;
        tls.caLocation = t.properties.value(QStringLiteral("ssl.ca.location"));
        tls.peerName = QStringLiteral("kafka.wrong-host.example"); // the certificate names 127.0.0.1 and localhost
        BrokerChannel::Options options;
        options.properties = t.properties;
        BrokerChannel channel(options, std::make_unique<TlsTransport>(tls));
        const Status opened = channel.open(t.host, t.port, 20000);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QLatin1String("wrong host")), qPrintable(why(opened)));

        // the same with the name the certificate does list
        tls.peerName = QStringLiteral("localhost");
        BrokerChannel right(options, std::make_unique<TlsTransport>(tls));
        const Status ok = right.open(t.host, t.port, 20000);
        QVERIFY2(ok, qPrintable(why(ok)));
    }

    void mutualTlsWithClientCertificate()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        Target t = *target(fleet);
        t.properties.insert(QStringLiteral("ssl.certificate.location"), SecuredTestFleet::tlsFile(QStringLiteral("client.pem")));
        t.properties.insert(QStringLiteral("ssl.key.location"), SecuredTestFleet::tlsFile(QStringLiteral("client.key")));
        BrokerChannel::Options options;
        options.properties = t.properties;
        BrokerChannel channel(options);
        const Status opened = channel.open(t.host, t.port, 20000);
        QVERIFY2(opened, qPrintable(why(opened)));

        t.properties.insert(QStringLiteral("ssl.key.location"), SecuredTestFleet::tlsFile(QStringLiteral("ca.pem")));
        options.properties = t.properties;
        BrokerChannel broken(options);
        const Status refused = broken.open(t.host, t.port, 20000);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("ssl.key.location")), qPrintable(why(refused)));
    }

    // 'limited' may describe topics but not the cluster: the error names the operation and resource.
    void missingClusterDescribeIsNamed()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        const Result<BrokerLogDirs> dirs = logDirsOf(*target(fleet, QStringLiteral("limited")));
        QVERIFY(!dirs);
        QVERIFY2(dirs.errorMessage().contains(QLatin1String("CLUSTER_AUTHORIZATION_FAILED")), qPrintable(why(dirs)));
        QVERIFY(dirs.errorMessage().contains(QLatin1String("DESCRIBE")));
        QVERIFY(dirs.errorMessage().contains(QLatin1String("cluster")));
    }

    void plaintextClientOnTlsPortFailsCleanly()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        Target t = *target(fleet);
        t.properties.insert(QStringLiteral("security.protocol"), QStringLiteral("PLAINTEXT"));
        BrokerChannel::Options options;
        options.properties = t.properties;
        BrokerChannel channel(options);
        const Status opened = channel.open(t.host, t.port, 5000);
        QVERIFY(!opened);
    }
};

QTEST_GUILESS_MAIN(TestSecureChannel)
#include "tst_securechannel.moc"
