// Live: consumer lag read from the real test fleet is exact.
#include "KafkaTestClient.h"
#include "TestFleet.h"
#include "collect/ClusterPoller.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fleetscope;
using fleetscope::test::KafkaTestClient;
using fleetscope::test::TestFleet;

class TestLagCollector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lagIsExactAndFollowsProductionAndCommits();
    void loadGeneratorLagIsNonZeroAndMoves();
};

namespace {

const GroupLag *findGroup(const ClusterSnapshot &snapshot, const QString &name)
{
    for (const GroupLag &g : snapshot.lag.groups)
        if (g.group == name)
            return &g;
    return nullptr;
}

QList<qint64> lagsOf(const GroupLag &group, const QString &topic)
{
    QList<qint64> lags;
    for (const PartitionLag &p : group.partitions)
        if (p.topic == topic)
            lags.append(p.lag().value_or(-1));
    return lags;
}

} // namespace

void TestLagCollector::lagIsExactAndFollowsProductionAndCommits()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig *edgeB = fleet.findCluster(QStringLiteral("edge-b"));
    QVERIFY(edgeB);
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 16);
    const QString topic = QStringLiteral("lag-test-") + suffix;
    const QString group = QStringLiteral("lag-test-group-") + suffix;

    KafkaTestClient client(edgeB->bootstrapServers());
    QCOMPARE(client.createTopic(topic, 3, 3), QString());
    QCOMPARE(client.produce(topic, 0, 10), QString());
    QCOMPARE(client.produce(topic, 1, 20), QString());
    QCOMPARE(client.produce(topic, 2, 30), QString());
    QCOMPARE(client.commit(group, topic, {{0, 3}, {1, 5}, {2, 30}}), QString());

    SystemClock clock;
    ClusterPoller poller(*edgeB, clock);
    ClusterSnapshot snapshot;
    QVERIFY2(TestFleet::waitFor([&] {
                 snapshot = poller.poll();
                 const GroupLag *g = findGroup(snapshot, group);
                 return g && lagsOf(*g, topic).size() == 3;
             }, 30'000),
             qPrintable(QStringLiteral("group never seen; lag error: %1").arg(snapshot.lag.error)));
    const GroupLag *g = findGroup(snapshot, group);
    QCOMPARE(g->error, QString());
    QCOMPARE(lagsOf(*g, topic), (QList<qint64>{7, 15, 0}));
    QCOMPARE(g->totalLag, 22);
    for (const PartitionLag &p : g->partitions) {
        QCOMPARE(p.endOffset, qint64(10 * (p.partition + 1)));
        QVERIFY(p.leader >= 1 && p.leader <= 3);
    }
    // Per broker: the lag over the partitions it leads adds up to the cluster's.
    qint64 byLeader = 0;
    for (qint64 lag : snapshot.lag.lagByLeader())
        byLeader += lag;
    QCOMPARE(byLeader, snapshot.lag.totalLag());

    // It grows while records are produced ...
    QCOMPARE(client.produce(topic, 0, 7), QString());
    snapshot = poller.poll();
    QCOMPARE(lagsOf(*findGroup(snapshot, group), topic), (QList<qint64>{14, 15, 0}));

    // ... and shrinks when the group catches up.
    QCOMPARE(client.commit(group, topic, {{0, 17}, {1, 20}}), QString());
    snapshot = poller.poll();
    g = findGroup(snapshot, group);
    QCOMPARE(lagsOf(*g, topic), (QList<qint64>{0, 0, 0}));
    QCOMPARE(g->totalLag, 0);
    QVERIFY(g->lagSeconds.has_value());
    QCOMPARE(*g->lagSeconds, 0.0);
}

void TestLagCollector::loadGeneratorLagIsNonZeroAndMoves()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig *edgeA = fleet.findCluster(QStringLiteral("edge-a"));
    QVERIFY(edgeA);
    SystemClock clock;
    ClusterPoller poller(*edgeA, clock);
    QList<qint64> totals;
    QVERIFY(TestFleet::waitFor([&] {
        const ClusterSnapshot snapshot = poller.poll();
        if (snapshot.lag.totalLag() > 0)
            totals.append(snapshot.lag.totalLag());
        QTest::qWait(1500);
        return totals.size() >= 3 && totals.last() != totals.first();
    }, 60'000));
    // The load generator's groups commit real offsets and fall behind on purpose.
    const ClusterSnapshot snapshot = poller.poll();
    bool estimated = false;
    for (const GroupLag &group : snapshot.lag.groups)
        estimated = estimated || group.lagSeconds.has_value();
    QVERIFY2(estimated, "no group has a lag-in-seconds estimate after several polls");
}

QTEST_GUILESS_MAIN(TestLagCollector)
#include "tst_lagcollector.moc"
