#include "security/ClusterCredentials.h"
#include "security/Redactor.h"

#include <QTest>

using namespace fleetscope;

class TestRedactor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksSecretsByKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("property") << "sasl.password=hunter2x and more" << "hunter2x";
        QTest::newRow("yaml") << "sasl.password: hunter2x" << "hunter2x";
        QTest::newRow("jaas") << R"(ScramLoginModule required username="admin" password="p4ss w0rd";)" << "p4ss w0rd";
        QTest::newRow("key password") << "ssl.key.password=abc123def" << "abc123def";
        QTest::newRow("client secret") << "sasl.oauthbearer.client.secret = topsecret1" << "topsecret1";
        QTest::newRow("pem key") << "key -----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBg\n-----END PRIVATE KEY----- end"
                                 << "MIIBVQIBADANBg";
    }
    void masksSecretsByKey()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString redacted = Redactor::redact(text);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(Redactor::kMask));
    }

    void masksRememberedSecretsAnywhere()
    {
        const QByteArray secret = "Zq8-unusual-Pw";
        QVERIFY(Redactor::redact(QStringLiteral("librdkafka said Zq8-unusual-Pw")).contains(QLatin1String(secret)));
        Redactor::rememberSecret(secret);
        QCOMPARE(Redactor::redact(QStringLiteral("librdkafka said Zq8-unusual-Pw")),
            QStringLiteral("librdkafka said ") + Redactor::kMask);
        Redactor::forgetSecret(secret);
    }

    void leavesOrdinaryTextAlone()
    {
        const QString text = QStringLiteral("Broker 127.0.0.1:9092: authentication failed for user \"monitor\"");
        QCOMPARE(Redactor::redact(text), text);
    }

    void redactsProperties()
    {
        const QMap<QString, QString> properties { { QStringLiteral("sasl.password"), QStringLiteral("x") },
            { QStringLiteral("bootstrap.servers"), QStringLiteral("a:1") } };
        const QMap<QString, QString> redacted = Redactor::redactProperties(properties);
        QCOMPARE(redacted.value(QStringLiteral("sasl.password")), Redactor::kMask);
        QCOMPARE(redacted.value(QStringLiteral("bootstrap.servers")), QStringLiteral("a:1"));
    }

    void credentialsGoIntoPropertiesAndTheRedactor()
    {
        Fleet fleet;
        ClusterConfig cluster;
        cluster.name = QStringLiteral("edge-s 1");
        cluster.properties = { { QStringLiteral("bootstrap.servers"), QStringLiteral("h:1") },
            { QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL") },
            { QStringLiteral("sasl.mechanism"), QStringLiteral("SCRAM-SHA-512") },
            { QStringLiteral("sasl.username"), QStringLiteral("monitor") } };
        ClusterConfig plain;
        plain.name = QStringLiteral("edge-a");
        plain.properties = { { QStringLiteral("bootstrap.servers"), QStringLiteral("h:2") } };
        fleet.sites.append(SiteConfig { QStringLiteral("s"), {}, {}, { cluster, plain } });

        const QList<CredentialNeed> needs = ClusterCredentials::needs(fleet);
        QCOMPARE(needs.size(), 1);
        QCOMPARE(needs.first().environmentVariable(), QStringLiteral("FLEETSCOPE_PASSWORD_EDGE_S_1"));
        QVERIFY(needs.first().keychainKey().contains(QLatin1String("monitor@h:1")));

        qputenv("FLEETSCOPE_PASSWORD_EDGE_S_1", "from-the-env-42");
        const ClusterCredentials credentials = ClusterCredentials::fromEnvironment(needs);
        qunsetenv("FLEETSCOPE_PASSWORD_EDGE_S_1");
        const Fleet applied = credentials.applyTo(fleet);
        QCOMPARE(applied.sites.first().clusters.first().properties.value(QStringLiteral("sasl.password")),
            QStringLiteral("from-the-env-42"));
        QVERIFY(!applied.sites.first().clusters.last().properties.contains(QStringLiteral("sasl.password")));
        QVERIFY(!Redactor::redact(QStringLiteral("x from-the-env-42 y")).contains(QLatin1String("from-the-env-42")));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
