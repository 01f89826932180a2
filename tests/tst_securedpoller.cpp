// The whole collection path (librdkafka + our protocol module + JMX exporter) against the secured
// cluster of the test fleet, which offers SCRAM only, and the promise that no password ends up in
// logs, files or output.
#include "SecuredTestFleet.h"
#include "TestArtifacts.h"
#include "TestFleet.h"

#include "cli/CheckCommand.h"
#include "collect/ClusterPoller.h"
#include "collect/CollectionEngine.h"
#include "core/Clock.h"
#include "kafka/ClusterMetadata.h"
#include "kafka/KafkaConnection.h"
#include "kafka/RdKafkaLibrary.h"
#include "security/ClusterCredentials.h"

#include <librdkafka/rdkafka.h>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace fleetscope;
using namespace fleetscope::test;

namespace {

QMutex logMutex;
QString capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog += message + QLatin1Char('\n');
    }
    if (type != QtDebugMsg)
        previousHandler(type, context, message);
}

} // namespace

class TestSecuredPoller final : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;

    static ClusterConfig securedConfig(const Fleet &fleet, const QString &user, const QByteArray &password)
    {
        ClusterConfig config = *SecuredTestFleet::find(fleet, SecuredTestFleet::kCluster);
        config.properties.insert(QStringLiteral("sasl.username"), user);
        config.properties.insert(QStringLiteral("sasl.password"), QString::fromUtf8(password));
        // librdkafka's most talkative security logging: it must still print no password
        config.properties.insert(QStringLiteral("debug"), QStringLiteral("security,broker,conf"));
        // request timeouts follow the poll interval: generous, so that a busy machine is not a failure
        config.pollInterval = std::chrono::milliseconds(10000);
        return config;
    }

    static QList<QByteArray> passwords()
    {
        return { SecuredTestFleet::password(QStringLiteral("admin")), SecuredTestFleet::password(QStringLiteral("monitor")),
            SecuredTestFleet::password(QStringLiteral("limited")) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        QVERIFY(SecuredTestFleet::find(fleet, SecuredTestFleet::kCluster));
        for (const QByteArray &password : passwords())
            QVERIFY2(password.size() >= 8, "credentials.json lacks a password");
        QLoggingCategory::setFilterRules(QStringLiteral("fleetscope.*.debug=true"));
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    // Metadata, committed and end offsets (lag), librdkafka's link statistics, disk (our client) and
    // heap, all through SCRAM-SHA-512 as the fleet file says, with the read-only user.
    void monitorUserSeesEveryMetric()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        if (!RdKafkaLibrary::scramWorksWithKafka4())
            QSKIP("librdkafka before 2.6.1 cannot log in with SCRAM to Kafka 4 (#4895): see librdkafkaScramFailureIsExplained");
        const ClusterConfig config
            = securedConfig(fleet, QStringLiteral("monitor"), SecuredTestFleet::password(QStringLiteral("monitor")));
        QCOMPARE(config.properties.value(QStringLiteral("sasl.mechanism")), QStringLiteral("SCRAM-SHA-512"));
        ClusterPoller poller(config, m_clock);
        ClusterSnapshot snapshot;
        const bool complete = TestFleet::waitFor(
            [&] {
                snapshot = poller.poll();
                const BrokerStatus *broker = snapshot.broker(1);
                bool lagging = false;
                for (const GroupLag &group : snapshot.lag.groups)
                    lagging = lagging || (group.error.isEmpty() && group.totalLag > 0);
                return snapshot.reachable && broker && broker->state == LinkState::Up && broker->link && broker->disk
                    && broker->heap && lagging;
            },
            120000);
        const BrokerStatus *broker = snapshot.broker(1);
        QVERIFY2(complete,
            qPrintable(QStringLiteral("reachable=%1 error=%2 disk=%3 heap=%4 groups=%5 lagError=%6")
                           .arg(snapshot.reachable)
                           .arg(snapshot.error, broker ? broker->diskError : QString(),
                               broker ? broker->heapError : QString())
                           .arg(snapshot.lag.groups.size())
                           .arg(snapshot.lag.error)));
        QVERIFY(snapshot.topicCount >= 3);
        QVERIFY(!snapshot.lag.endOffsets.isEmpty());
        QVERIFY2(broker->link->isUp(), qPrintable(broker->link->rawState)); // librdkafka's own statistics
        QVERIFY(broker->diskUsedBytes().value_or(0) > 0);
        QVERIFY(broker->heap->usedBytes > 0);
    }

    // edge-s offers SCRAM only, like most production clusters: PLAIN is refused, with the right password.
    void plainIsRefused()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        ClusterConfig config = securedConfig(fleet, QStringLiteral("monitor"), SecuredTestFleet::password(QStringLiteral("monitor")));
        config.properties.insert(QStringLiteral("sasl.mechanism"), QStringLiteral("PLAIN"));
        config.properties.remove(QStringLiteral("debug"));
        KafkaConnection::Options options;
        options.clusterName = config.name;
        options.properties = config.properties;
        options.statisticsIntervalMs = 0;
        const auto connection = KafkaConnection::open(options);
        if (!connection)
            QFAIL(qPrintable(connection.errorMessage()));
        const Result<ClusterMetadata> metadata = (*connection)->metadata(20000);
        QVERIFY(!metadata);
        // librdkafka passes on the broker's answer: PLAIN unsupported, the SCRAM mechanisms it offers
        QVERIFY2(metadata.errorMessage().contains(QLatin1String("PLAIN"))
                && metadata.errorMessage().contains(QLatin1String("SCRAM-SHA-512")),
            qPrintable(metadata.errorMessage()));
    }

    void wrongPasswordFailsThatClusterOnly()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        ClusterCredentials credentials;
        credentials.set(SecuredTestFleet::kCluster, "wrong-password-4711");
        CollectionEngine engine(credentials.applyTo(fleet), m_clock);
        QHash<QString, ClusterSnapshot> latest;
        connect(&engine, &CollectionEngine::clusterSampled, this,
            [&](const ClusterSnapshot &snapshot) { latest.insert(snapshot.cluster, snapshot); });
        engine.start();
        const bool answered = TestFleet::waitFor(
            [&] {
                if (latest.size() < 4)
                    return false;
                for (const ClusterSnapshot &s : std::as_const(latest))
                    if (s.cluster != SecuredTestFleet::kCluster && !(s.reachable && s.brokersUp() > 0))
                        return false;
                return !latest.value(SecuredTestFleet::kCluster).error.isEmpty();
            },
            120000);
        engine.stop();
        TestFleet::waitFor([&] { return engine.isStopped(); }, 30000);
        QVERIFY2(answered, qPrintable(QStringLiteral("clusters answered: %1").arg(latest.keys().join(QLatin1Char(',')))));
        const ClusterSnapshot secured = latest.value(SecuredTestFleet::kCluster);
        QVERIFY(!secured.reachable);
        QVERIFY2(secured.error.contains(QLatin1String("uthentication failed")), qPrintable(secured.error));
        QVERIFY(!secured.error.contains(QLatin1String("wrong-password-4711")));
        for (const ClusterSnapshot &s : std::as_const(latest)) {
            if (s.cluster != SecuredTestFleet::kCluster)
                QVERIFY2(s.reachable && s.brokersUp() > 0, qPrintable(s.cluster + QLatin1String(": ") + s.error));
        }
    }

    // 'limited' may describe topics only: monitoring goes on, the missing right is named.
    void limitedUserKeepsMonitoring()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        if (!RdKafkaLibrary::scramWorksWithKafka4())
            QSKIP("librdkafka before 2.6.1 cannot log in with SCRAM to Kafka 4 (#4895): the cluster is unreachable");
        ClusterPoller poller(securedConfig(fleet, QStringLiteral("limited"), SecuredTestFleet::password(QStringLiteral("limited"))),
            m_clock);
        ClusterSnapshot snapshot;
        TestFleet::waitFor(
            [&] {
                snapshot = poller.poll();
                const BrokerStatus *broker = snapshot.broker(1);
                return snapshot.reachable && broker && broker->heap && !broker->diskError.isEmpty();
            },
            60000);
        const BrokerStatus *broker = snapshot.broker(1);
        QVERIFY2(snapshot.reachable, qPrintable(snapshot.error));
        QVERIFY(broker && broker->heap);
        QVERIFY(snapshot.topicCount >= 3);
        QVERIFY2(broker->diskError.contains(QLatin1String("CLUSTER_AUTHORIZATION_FAILED"))
                && broker->diskError.contains(QLatin1String("DESCRIBE")),
            qPrintable(broker->diskError));
    }

    // Debian 12's librdkafka 2.0.2 fails SCRAM against Kafka 4 with the right password (#4895):
    // the error must say so, not send the user hunting for a wrong password.
    void librdkafkaScramFailureIsExplained()
    {
        if (rd_kafka_version() >= 0x020601ff)
            QSKIP("this librdkafka speaks SCRAM to Kafka 4");
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        ClusterConfig config = securedConfig(fleet, QStringLiteral("monitor"), SecuredTestFleet::password(QStringLiteral("monitor")));
        config.properties.insert(QStringLiteral("sasl.mechanism"), QStringLiteral("SCRAM-SHA-512"));
        ClusterPoller poller(config, m_clock);
        ClusterSnapshot snapshot;
        TestFleet::waitFor(
            [&] {
                snapshot = poller.poll();
                return snapshot.error.contains(QLatin1String("SCRAM"));
            },
            60000);
        QVERIFY2(snapshot.error.contains(QLatin1String("#4895")) && snapshot.error.contains(QLatin1String("PLAIN")),
            qPrintable(snapshot.error));
    }

    void checkCommandTakesThePasswordFromTheEnvironment()
    {
        const QString file = SecuredTestFleet::fleetDir() + QStringLiteral("/fleet-secured.yaml");
        qputenv("FLEETSCOPE_PASSWORD_EDGE_S", SecuredTestFleet::password(QStringLiteral("monitor")));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CheckCommand::run({ file, QStringLiteral("--json") }, m_clock, outStream, errStream);
        qunsetenv("FLEETSCOPE_PASSWORD_EDGE_S");
        outStream.flush();
        errStream.flush();
        QVERIFY2(out.contains(QLatin1String("edge-s")), qPrintable(out + err));
        // kept for the secret scan at the end of the test run (tst_secretscan), like an export
        QCOMPARE(TestArtifacts::save(QStringLiteral("securedpoller"), QStringLiteral("check.json"), out.toUtf8()), QString());
        for (const QByteArray &password : passwords()) {
            QVERIFY(!out.contains(QString::fromUtf8(password)));
            QVERIFY(!err.contains(QString::fromUtf8(password)));
        }

        // without it: a message naming the variable, and edge-s unreachable
        out.clear();
        err.clear();
        CheckCommand::run({ file }, m_clock, outStream, errStream);
        errStream.flush();
        QVERIFY2(err.contains(QLatin1String("FLEETSCOPE_PASSWORD_EDGE_S")), qPrintable(err));
    }

    // Last: everything this test run logged, and the fleet's files Fleetscope reads, hold no password.
    void noPasswordInLogsOrFleetFiles()
    {
        QString log;
        {
            QMutexLocker lock(&logMutex);
            log = capturedLog;
        }
        QVERIFY2(log.size() > 1000, "the debug log captured almost nothing: is the capture working?");
        QCOMPARE(TestArtifacts::save(QStringLiteral("securedpoller"), QStringLiteral("debug.log"), log.toUtf8()), QString());
        QVERIFY(log.contains(QLatin1String("edge-s")) || log.contains(QLatin1String("26792")) || log.contains(QLatin1String("SASL")));
        QStringList files { QStringLiteral("fleet.yaml"), QStringLiteral("fleet-secured.yaml") };
        for (const QByteArray &password : passwords()) {
            QVERIFY2(!log.contains(QString::fromUtf8(password)), "a password is in the log");
            for (const QString &name : files) {
                QFile file(SecuredTestFleet::fleetDir() + QLatin1Char('/') + name);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(password), qPrintable(name + QLatin1String(" holds a password")));
            }
        }
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }
};

QTEST_GUILESS_MAIN(TestSecuredPoller)
#include "tst_securedpoller.moc"
