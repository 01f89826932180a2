// Mutual TLS with an encrypted client key against the secured cluster of the test fleet (edge-s):
// the key's passphrase is a credential like a SASL password (never in the fleet file; keychain,
// dialog or FLEETSCOPE_KEY_PASSWORD_<CLUSTER>), and both clients, librdkafka and our own, use it.
// A wrong or missing passphrase is a clear error that names ssl.key.password, never the passphrase.
#include "SecuredTestFleet.h"

#include "kafka/KafkaConnection.h"
#include "kafka/RdKafkaLibrary.h"
#include "protocol/BrokerChannel.h"
#include "security/ClusterCredentials.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace fleetscope;
using namespace fleetscope::test;

namespace {
template <typename R> QString why(const R &result)
{
    return result ? QString() : result.errorMessage();
}
} // namespace

class TestEncryptedClientKey final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_passphrase = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    std::optional<Fleet> m_fleet;

    QString encryptedKey() const { return m_dir.filePath(QStringLiteral("client-encrypted.key")); }

    // The fleet with edge-s only, as user monitor (its password in memory), with the client
    // certificate and `key`.
    Fleet fleetWithKey(const QString &key) const
    {
        ClusterConfig cluster = *SecuredTestFleet::find(*m_fleet, SecuredTestFleet::kCluster);
        cluster.properties.insert(QStringLiteral("ssl.certificate.location"), SecuredTestFleet::tlsFile(QStringLiteral("client.pem")));
        cluster.properties.insert(QStringLiteral("ssl.key.location"), key);
        Fleet fleet;
        fleet.sites.append(SiteConfig { QStringLiteral("substation-s"), {}, {}, { cluster } });
        ClusterCredentials credentials;
        credentials.set(cluster.name, SecuredTestFleet::password(QStringLiteral("monitor")));
        return credentials.applyTo(fleet);
    }

    static const ClusterConfig &only(const Fleet &fleet) { return fleet.sites.first().clusters.first(); }

    static Status openChannel(const ClusterConfig &cluster)
    {
        const QStringList hostPort = cluster.bootstrapServers().split(QLatin1Char(',')).first().split(QLatin1Char(':'));
        BrokerChannel::Options options;
        options.properties = cluster.properties;
        BrokerChannel channel(options);
        return channel.open(hostPort.value(0), quint16(hostPort.value(1).toUInt()), 20000);
    }

    static Result<ClusterMetadata> librdkafkaMetadata(const ClusterConfig &cluster)
    {
        KafkaConnection::Options options;
        options.clusterName = cluster.name;
        options.properties = cluster.properties;
        options.statisticsIntervalMs = 0;
        Result<std::unique_ptr<KafkaConnection>> connection = KafkaConnection::open(options);
        if (!connection)
            return connection.error();
        return (*connection)->metadata(20000);
    }

    Fleet withPassphraseFromEnvironment(const QByteArray &passphrase) const
    {
        const Fleet fleet = fleetWithKey(encryptedKey());
        const QList<CredentialNeed> needs = ClusterCredentials::needs(fleet);
        qputenv("FLEETSCOPE_KEY_PASSWORD_EDGE_S", passphrase);
        const ClusterCredentials credentials = ClusterCredentials::fromEnvironment(needs);
        qunsetenv("FLEETSCOPE_KEY_PASSWORD_EDGE_S");
        return credentials.applyTo(fleet);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_fleet = SecuredTestFleet::load(&error);
        QVERIFY2(m_fleet, qPrintable(error));
        QVERIFY(SecuredTestFleet::find(*m_fleet, SecuredTestFleet::kCluster));
        QVERIFY(m_dir.isValid());
        // the fleet's client key, encrypted as a user would have it: PKCS#8, AES-256
        QProcess openssl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEETSCOPE_TEST_KEY_PASSPHRASE"), QString::fromUtf8(m_passphrase));
        openssl.setProcessEnvironment(env);
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"),
                QStringLiteral("-in"), SecuredTestFleet::tlsFile(QStringLiteral("client.key")), QStringLiteral("-out"),
                encryptedKey(), QStringLiteral("-passout"), QStringLiteral("env:FLEETSCOPE_TEST_KEY_PASSPHRASE") });
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QVERIFY(ClusterCredentials::isEncryptedKeyFile(encryptedKey()));
    }

    void encryptedKeyNeedsAPassphrase()
    {
        const QList<CredentialNeed> needs = ClusterCredentials::needs(fleetWithKey(encryptedKey()));
        QCOMPARE(needs.size(), 2); // the SASL password and the key's passphrase
        const CredentialNeed &key = needs.last();
        QCOMPARE(key.kind, CredentialNeed::Kind::KeyPassword);
        QCOMPARE(key.property(), QStringLiteral("ssl.key.password"));
        QCOMPARE(key.environmentVariable(), QStringLiteral("FLEETSCOPE_KEY_PASSWORD_EDGE_S"));
        QVERIFY(key.keychainKey().contains(encryptedKey()));
        QVERIFY(key.missingFromEnvironment().contains(QLatin1String("FLEETSCOPE_KEY_PASSWORD_EDGE_S")));
        // the fleet's own key is not encrypted: nothing to ask for
        QCOMPARE(ClusterCredentials::needs(fleetWithKey(SecuredTestFleet::tlsFile(QStringLiteral("client.key")))).size(), 1);
    }

    void bothClientsConnectWithTheResolvedPassphrase()
    {
        const Fleet fleet = withPassphraseFromEnvironment(m_passphrase);
        QCOMPARE(only(fleet).properties.value(QStringLiteral("ssl.key.password")).toUtf8(), m_passphrase);
        const Status opened = openChannel(only(fleet));
        QVERIFY2(opened, qPrintable(why(opened)));
        // edge-s offers SCRAM only: a build forced onto librdkafka < 2.6.1 cannot log in (#4895)
        if (!RdKafkaLibrary::scramWorksWithKafka4())
            QSKIP("librdkafka before 2.6.1 cannot log in with SCRAM to Kafka 4 (#4895)");
        const Result<ClusterMetadata> metadata = librdkafkaMetadata(only(fleet));
        QVERIFY2(metadata, qPrintable(why(metadata)));
        QVERIFY(!metadata->brokers.isEmpty());
    }

    void wrongOrMissingPassphraseIsAClearError()
    {
        const QByteArray wrong = "not-the-passphrase-" + m_passphrase.left(4);
        const Fleet wrongFleet = withPassphraseFromEnvironment(wrong);
        const Status refused = openChannel(only(wrongFleet));
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("could not be decrypted"))
                && refused.errorMessage().contains(QLatin1String("ssl.key.password")),
            qPrintable(refused.errorMessage()));
        QVERIFY(!refused.errorMessage().contains(QString::fromUtf8(wrong)));

        const Result<ClusterMetadata> metadata = librdkafkaMetadata(only(wrongFleet));
        QVERIFY(!metadata);
        QVERIFY2(metadata.errorMessage().contains(QLatin1String("ssl.key.password")), qPrintable(metadata.errorMessage()));
        QVERIFY(!metadata.errorMessage().contains(QString::fromUtf8(wrong)));

        const Status missing = openChannel(only(fleetWithKey(encryptedKey())));
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(QLatin1String("no passphrase"))
                && missing.errorMessage().contains(QLatin1String("FLEETSCOPE_KEY_PASSWORD_")),
            qPrintable(missing.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestEncryptedClientKey)
#include "tst_encryptedclientkey.moc"
