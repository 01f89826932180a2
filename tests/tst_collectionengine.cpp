#include "collect/CollectionEngine.h"
#include "kafka/KafkaConnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace fleetscope;

class TestCollectionEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoff_data();
    void backoff();
    void oneSlowClusterDoesNotDelayTheOthers();
    void stopDoesNotWaitForRunningPolls();
    void stopWithQueuedPollsStopsAndFreesEveryHandle();
};

void TestCollectionEngine::backoff_data()
{
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("healthy") << 10'000LL << 0 << 10'000LL;
    QTest::newRow("one failure doubles") << 10'000LL << 1 << 20'000LL;
    QTest::newRow("three failures") << 10'000LL << 3 << 80'000LL;
    QTest::newRow("capped at eight intervals") << 10'000LL << 9 << 80'000LL;
    QTest::newRow("capped by the maximum") << 60'000LL << 9 << 300'000LL;
    QTest::newRow("many failures do not overflow") << 10'000LL << 1000 << 80'000LL;
}

void TestCollectionEngine::backoff()
{
    QFETCH(qint64, interval);
    QFETCH(int, failures);
    QFETCH(qint64, expected);
    QCOMPARE(CollectionEngine::nextDelayMs(interval, failures, 300'000), expected);
}

void TestCollectionEngine::oneSlowClusterDoesNotDelayTheOthers()
{
    // Two clusters nobody answers for: each poll waits its full request timeout. A third whose
    // interval is short must still be polled on time, because polls run side by side.
    Fleet fleet;
    SiteConfig site;
    site.name = QStringLiteral("nowhere");
    for (const char *name : {"slow-1", "slow-2", "quick"}) {
        ClusterConfig cluster;
        cluster.name = QString::fromLatin1(name);
        cluster.properties.insert(QStringLiteral("bootstrap.servers"), QStringLiteral("127.0.0.1:9"));
        cluster.pollInterval = std::chrono::milliseconds(cluster.name == QLatin1String("quick") ? 1000 : 5000);
        site.clusters.append(cluster);
    }
    fleet.sites.append(site);

    SystemClock clock;
    CollectionEngine engine(fleet, clock, CollectionEngine::Options{3, 300'000});
    QHash<QString, int> polls;
    connect(&engine, &CollectionEngine::clusterSampled, this,
            [&](const ClusterSnapshot &s) { polls[s.cluster] += 1; });
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(polls.value(QStringLiteral("quick")) >= 1, 3000);
    QCOMPARE(polls.value(QStringLiteral("slow-1")), 0); // still waiting for its 5 s timeout
}

void TestCollectionEngine::stopDoesNotWaitForRunningPolls()
{
    Fleet fleet;
    SiteConfig site;
    site.name = QStringLiteral("nowhere");
    ClusterConfig cluster;
    cluster.name = QStringLiteral("slow");
    cluster.properties.insert(QStringLiteral("bootstrap.servers"), QStringLiteral("127.0.0.1:9"));
    cluster.pollInterval = std::chrono::milliseconds(3000); // its metadata request waits 3 s
    site.clusters.append(cluster);
    fleet.sites.append(site);

    SystemClock clock;
    CollectionEngine engine(fleet, clock);
    int snapshots = 0;
    connect(&engine, &CollectionEngine::clusterSampled, this, [&] { ++snapshots; });
    QSignalSpy stopped(&engine, &CollectionEngine::stopped);
    engine.start();
    QCOMPARE(engine.pollsInFlight(), 1);

    QElapsedTimer timer;
    timer.start();
    engine.stop();
    QVERIFY2(timer.elapsed() < 100, "stop() waited for the running poll");
    QVERIFY(!engine.isStopped());
    QVERIFY(stopped.wait(10'000));
    QVERIFY(engine.isStopped());
    QCOMPARE(snapshots, 0); // a stopped engine delivers nothing more
}

void TestCollectionEngine::stopWithQueuedPollsStopsAndFreesEveryHandle()
{
    // Ten clusters nobody answers for and eight workers: two polls wait in the pool's queue when
    // stop() comes. They must end too, or stopped() never comes and the engine, with its librdkafka
    // handles, is never deleted (every fleet switch leaked one before).
    Fleet fleet;
    SiteConfig site;
    site.name = QStringLiteral("nowhere");
    for (int i = 0; i < 10; ++i) {
        ClusterConfig cluster;
        cluster.name = QStringLiteral("gone-%1").arg(i);
        cluster.properties.insert(QStringLiteral("bootstrap.servers"), QStringLiteral("127.0.0.1:9"));
        cluster.pollInterval = std::chrono::milliseconds(2000);
        site.clusters.append(cluster);
    }
    fleet.sites.append(site);

    const int handlesBefore = KafkaConnection::liveHandles();
    SystemClock clock;
    auto *engine = new CollectionEngine(fleet, clock);
    QSignalSpy stopped(engine, &CollectionEngine::stopped);
    QSignalSpy destroyed(engine, &QObject::destroyed);
    engine->start();
    QCOMPARE(engine->pollsInFlight(), 10); // eight running, two queued
    QTRY_VERIFY_WITH_TIMEOUT(KafkaConnection::liveHandles() > handlesBefore, 5000);
    connect(engine, &CollectionEngine::stopped, engine, &QObject::deleteLater);
    engine->stop();
    QVERIFY(stopped.wait(20'000));
    QVERIFY(destroyed.wait(5000));
    QCOMPARE(KafkaConnection::liveHandles(), handlesBefore);
}

QTEST_GUILESS_MAIN(TestCollectionEngine)
#include "tst_collectionengine.moc"
