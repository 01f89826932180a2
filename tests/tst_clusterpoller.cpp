// Live: the Kafka layer against the real test fleet (tools/fleet up --profile test).
#include "TestFleet.h"
#include "collect/ClusterPoller.h"
#include "collect/CollectionEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace fleetscope;
using fleetscope::test::TestFleet;

class TestClusterPoller final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesEveryBrokerWithItsNodeId();
    void stoppedBrokerIsDownWithinTwoPollIntervals();
    void unreachableClusterIsReportedAsSuch();
};

namespace {

QList<int> expectedNodeIds(const ClusterConfig &cluster)
{
    return cluster.metrics.perNode.keys(); // the test fleet lists one metrics URL per node
}

} // namespace

void TestClusterPoller::seesEveryBrokerWithItsNodeId()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    SystemClock clock;
    int clusters = 0;
    for (const SiteConfig &site : fleet.sites) {
        for (const ClusterConfig &config : site.clusters) {
            ++clusters;
            ClusterPoller poller(config, clock);
            ClusterSnapshot snapshot;
            // The first poll connects; librdkafka's statistics follow within half a poll interval.
            const bool allUp = TestFleet::waitFor(
                [&] {
                    snapshot = poller.poll();
                    return snapshot.reachable && snapshot.brokersUp() == expectedNodeIds(config).size()
                        && snapshot.brokers.size() == expectedNodeIds(config).size();
                },
                30'000);
            QVERIFY2(allUp, qPrintable(QStringLiteral("%1: %2 of %3 brokers up; error: %4")
                                           .arg(config.name)
                                           .arg(snapshot.brokersUp())
                                           .arg(expectedNodeIds(config).size())
                                           .arg(snapshot.error)));
            QList<int> seen;
            for (const BrokerStatus &broker : snapshot.brokers) {
                seen.append(broker.nodeId);
                QVERIFY(broker.inMetadata);
                QCOMPARE(broker.host, QStringLiteral("127.0.0.1"));
                QVERIFY(broker.port > 0);
                QVERIFY(broker.link.has_value());
                QCOMPARE(broker.link->rawState, QStringLiteral("UP"));
                QVERIFY(broker.linkSampledAtMs > 0);
            }
            QCOMPARE(seen, expectedNodeIds(config));
            QCOMPARE(snapshot.cluster, config.name);
            QVERIFY(snapshot.topicCount > 0);
            QCOMPARE(snapshot.offlinePartitions, 0);
        }
    }
    QCOMPARE(clusters, 3); // central, edge-a, edge-b
}

void TestClusterPoller::stoppedBrokerIsDownWithinTwoPollIntervals()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig *edgeB = fleet.findCluster(QStringLiteral("edge-b"));
    QVERIFY(edgeB);
    const qint64 interval = edgeB->pollInterval.count();

    SystemClock clock;
    CollectionEngine engine(fleet, clock);
    QHash<QString, ClusterSnapshot> latest;
    connect(&engine, &CollectionEngine::clusterSampled, this,
            [&](const ClusterSnapshot &s) { latest.insert(s.cluster, s); });
    engine.start();

    auto state = [&](const QString &cluster, int nodeId) {
        const BrokerStatus *b = latest.contains(cluster) ? latest[cluster].broker(nodeId) : nullptr;
        return b ? b->state : LinkState::Unknown;
    };
    // "The others unaffected" means something only if they were all seen up first.
    const auto allUp = [&] {
        for (const SiteConfig &site : fleet.sites)
            for (const ClusterConfig &cluster : site.clusters)
                if (latest.value(cluster.name).brokersUp() != cluster.metrics.perNode.size())
                    return false;
        return true;
    };
    QVERIFY2(TestFleet::waitFor(allUp, 60'000), "not every broker of the test fleet was seen up before the stop");

    const QString stopError = TestFleet::stopNode(QStringLiteral("edge-b-2"));
    QVERIFY2(stopError.isEmpty(), qPrintable(stopError));
    QElapsedTimer sinceStop;
    sinceStop.start();
    const bool down = TestFleet::waitFor([&] { return state(QStringLiteral("edge-b"), 2) == LinkState::Down; },
                                         int(4 * interval + 5000));
    const qint64 detectedAfter = sinceStop.elapsed();
    // Start it again before any assertion can end the test, so the fleet is whole for the next test.
    const QString startError = TestFleet::startNode(QStringLiteral("edge-b-2"));
    QVERIFY2(down, "broker 2 of edge-b was never shown as down");
    qInfo("broker down detected after %lld ms (poll interval %lld ms)", detectedAfter, interval);
    QVERIFY2(detectedAfter <= 2 * interval,
             qPrintable(QStringLiteral("down after %1 ms, more than two poll intervals").arg(detectedAfter)));
    QCOMPARE(state(QStringLiteral("edge-b"), 1), LinkState::Up);
    QCOMPARE(state(QStringLiteral("edge-b"), 3), LinkState::Up);
    QCOMPARE(state(QStringLiteral("edge-a"), 1), LinkState::Up);
    QCOMPARE(state(QStringLiteral("central"), 1), LinkState::Up);
    QVERIFY(latest.value(QStringLiteral("edge-b")).reachable);

    QVERIFY2(startError.isEmpty(), qPrintable(startError));
    QVERIFY2(TestFleet::waitFor([&] { return state(QStringLiteral("edge-b"), 2) == LinkState::Up; }, 60'000),
             "broker 2 of edge-b did not come back up after tools/fleet start");
}

void TestClusterPoller::unreachableClusterIsReportedAsSuch()
{
    // Nothing listens on port 9 of the loopback address (the discard port is never served here).
    ClusterConfig config;
    config.name = QStringLiteral("nowhere");
    config.pollInterval = std::chrono::milliseconds(1000);
    config.properties.insert(QStringLiteral("bootstrap.servers"), QStringLiteral("127.0.0.1:9"));
    SystemClock clock;
    ClusterPoller poller(config, clock);
    const ClusterSnapshot snapshot = poller.poll();
    QVERIFY(!snapshot.reachable);
    QVERIFY2(snapshot.error.contains(QStringLiteral("nowhere")), qPrintable(snapshot.error));
    QVERIFY(snapshot.brokers.isEmpty());
    QVERIFY(snapshot.sampledAtMs > 0);
}

QTEST_GUILESS_MAIN(TestClusterPoller)
#include "tst_clusterpoller.moc"
