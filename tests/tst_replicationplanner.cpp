// Unit: ReplicationPlanner, a pure function from metadata to a new assignment. Data-driven: a
// cluster written as text, a target factor, and the properties every plan must have (each partition
// has exactly the factor, the leader stays first, growing keeps every replica, replicas spread evenly
// over the brokers and across racks); plus exact plans for small cases and the refusals.
#include "reconfig/ReplicationPlanner.h"
#include "reconfig/ReplicationThrottle.h"

#include <QSet>
#include <QTest>

using namespace fleetscope;

class TestReplicationPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void properties_data();
    void properties();
    void exactPlans_data();
    void exactPlans();
    void keepsTheCurrentLeaderFirst();
    void shrinkDropsOutOfSyncReplicasFirst();
    void refusals_data();
    void refusals();
    void throttleValues();
};

namespace {

const QString kTopic = QStringLiteral("orders");

QList<int> ids(const QString &text)
{
    QList<int> list;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list.append(part.trimmed().toInt());
    return list;
}

// brokers "1,2,3"; partitions "1,2;2,3" (replicas of partition 0, 1, ...; the first is the leader,
// every replica in the ISR); another topic's partitions load the brokers too.
ClusterMetadata cluster(const QString &brokers, const QString &partitions, const QString &otherTopic = {})
{
    ClusterMetadata metadata;
    for (int id : ids(brokers))
        metadata.brokers.append({ id, QStringLiteral("127.0.0.1"), 9000 + id });
    auto topic = [](const QString &name, const QString &text) {
        TopicMetadata t { name, {} };
        const QStringList lists = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (int p = 0; p < lists.size(); ++p) {
            const QList<int> replicas = ids(lists[p]);
            t.partitions.append({ p, replicas.value(0, -1), replicas, replicas });
        }
        return t;
    };
    metadata.topics.append(topic(kTopic, partitions));
    if (!otherTopic.isEmpty())
        metadata.topics.append(topic(QStringLiteral("other"), otherTopic));
    return metadata;
}

// "1:a,2:a,3:b" -> node id -> rack
QMap<int, QString> racks(const QString &text)
{
    QMap<int, QString> map;
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        map.insert(entry.section(QLatin1Char(':'), 0, 0).toInt(), entry.section(QLatin1Char(':'), 1));
    return map;
}

QString assignmentText(const ReplicationPlan &plan)
{
    QStringList partitions;
    for (const PartitionAssignment &p : plan.partitions) {
        QStringList replicas;
        for (int id : p.target)
            replicas.append(QString::number(id));
        partitions.append(replicas.join(QLatin1Char(',')));
    }
    return partitions.join(QLatin1Char(';'));
}

} // namespace

void TestReplicationPlanner::properties_data()
{
    QTest::addColumn<QString>("brokers");
    QTest::addColumn<QString>("rackText");
    QTest::addColumn<QString>("partitions");
    QTest::addColumn<QString>("other");
    QTest::addColumn<int>("factor");
    // clang-format off
    QTest::newRow("3 brokers, 1 -> 3") << "1,2,3" << "" << "1;2;3;1;2;3" << "" << 3;
    QTest::newRow("3 brokers, 1 -> 2") << "1,2,3" << "" << "1;2;3" << "" << 2;
    QTest::newRow("6 brokers, 6 partitions, 1 -> 3") << "1,2,3,4,5,6" << "" << "1;2;3;4;5;6" << "" << 3;
    QTest::newRow("5 brokers, 10 partitions, 1 -> 2") << "1,2,3,4,5" << "" << "1;2;3;4;5;1;2;3;4;5" << "" << 2;
    QTest::newRow("4 brokers, 2 -> 3") << "1,2,3,4" << "" << "1,2;2,3;3,4;4,1" << "" << 3;
    QTest::newRow("3 brokers, 3 -> 1") << "1,2,3" << "" << "1,2,3;2,3,1;3,1,2" << "" << 1;
    QTest::newRow("5 brokers, 3 -> 2") << "1,2,3,4,5" << "" << "1,2,3;2,3,4;3,4,5;4,5,1;5,1,2" << "" << 2;
    QTest::newRow("6 brokers in 3 racks, 1 -> 3")
        << "1,2,3,4,5,6" << "1:a,2:a,3:b,4:b,5:c,6:c" << "1;2;3;4;5;6" << "" << 3;
    QTest::newRow("6 brokers in 3 racks, 12 partitions, 1 -> 2")
        << "1,2,3,4,5,6" << "1:a,2:a,3:b,4:b,5:c,6:c" << "1;2;3;4;5;6;1;2;3;4;5;6" << "" << 2;
    QTest::newRow("4 brokers in 2 racks, 2 -> 3")
        << "1,2,3,4" << "1:east,2:east,3:west,4:west" << "1,3;2,4;3,1;4,2" << "" << 3;
    QTest::newRow("another topic on broker 1")
        << "1,2,3,4" << "" << "2;3;4;2;3;4" << "1;1;1;1" << 2;
    // clang-format on
}

void TestReplicationPlanner::properties()
{
    QFETCH(QString, brokers);
    QFETCH(QString, rackText);
    QFETCH(QString, partitions);
    QFETCH(QString, other);
    QFETCH(int, factor);
    const ClusterMetadata metadata = cluster(brokers, partitions, other);
    const QMap<int, QString> rackMap = racks(rackText);
    const Result<ReplicationPlan> plan = ReplicationPlanner::plan(metadata, kTopic, factor, rackMap);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.errorMessage()));
    QCOMPARE(plan->partitions.size(), metadata.topics[0].partitions.size());
    QCOMPARE(plan->rackAware, !rackMap.isEmpty());

    QMap<int, int> perBroker;
    for (int id : ids(brokers))
        perBroker.insert(id, 0);
    const QSet<QString> allRacks(rackMap.cbegin(), rackMap.cend());
    for (const PartitionAssignment &p : plan->partitions) {
        const QString where = QStringLiteral("partition %1: %2").arg(p.partition).arg(assignmentText(*plan));
        QCOMPARE(p.target.size(), qsizetype(factor));
        QVERIFY2(QSet<int>(p.target.cbegin(), p.target.cend()).size() == factor, qPrintable(where));
        QVERIFY2(p.target.first() == p.current.first(), qPrintable(where)); // the leader stays first
        if (factor >= p.current.size()) {
            for (int id : p.current)
                QVERIFY2(p.target.contains(id), qPrintable(where)); // growing keeps every replica
        }
        for (int id : p.target) {
            QVERIFY2(perBroker.contains(id), qPrintable(where)); // only live brokers
            ++perBroker[id];
        }
        if (!rackMap.isEmpty()) {
            QSet<QString> used;
            for (int id : p.target)
                used.insert(rackMap.value(id));
            QVERIFY2(used.size() == qMin(factor, int(allRacks.size())), qPrintable(where));
        }
    }
    // Balanced: the topic's replicas differ by at most one between brokers.
    const QList<int> counts = perBroker.values();
    const auto [least, most] = std::minmax_element(counts.cbegin(), counts.cend());
    QVERIFY2(*most - *least <= 1, qPrintable(assignmentText(*plan)));
    // The preview's counts add up.
    int before = 0;
    int after = 0;
    for (int n : plan->replicasPerBrokerBefore)
        before += n;
    for (int n : plan->replicasPerBrokerAfter)
        after += n;
    int growth = 0;
    for (const PartitionAssignment &p : plan->partitions)
        growth += int(p.target.size() - p.current.size());
    QCOMPARE(after - before, growth);
}

void TestReplicationPlanner::exactPlans_data()
{
    QTest::addColumn<QString>("brokers");
    QTest::addColumn<QString>("rackText");
    QTest::addColumn<QString>("partitions");
    QTest::addColumn<int>("factor");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("expected");
    // clang-format off
    QTest::newRow("ring order") << "1,2,3" << "" << "1;2;3" << 2 << "" << "1,2;2,3;3,1";
    QTest::newRow("to all brokers") << "1,2,3" << "" << "1;2;3" << 3 << "" << "1,2,3;2,1,3;3,1,2";
    QTest::newRow("unchanged factor is no change") << "1,2,3" << "" << "1,2;2,3" << 2 << "" << "1,2;2,3";
    QTest::newRow("rack before ring") << "1,2,3" << "1:a,2:a,3:b" << "1;2" << 2 << "" << "1,3;2,3";
    QTest::newRow("shrink keeps leader, drops the most loaded")
        << "1,2,3" << "" << "1,2,3;2,3,1;3,1,2" << 2 << "" << "1,2;2,3;3,1";
    // Broker 1 holds another topic: among brokers without this topic, the idle one comes first.
    QTest::newRow("overall load breaks ties") << "1,2,3,4" << "" << "2;3" << 2 << "1;1;1;1" << "2,4;3,1";
    // clang-format on
}

void TestReplicationPlanner::exactPlans()
{
    QFETCH(QString, brokers);
    QFETCH(QString, rackText);
    QFETCH(QString, partitions);
    QFETCH(int, factor);
    QFETCH(QString, other);
    QFETCH(QString, expected);
    const Result<ReplicationPlan> plan
        = ReplicationPlanner::plan(cluster(brokers, partitions, other), kTopic, factor, racks(rackText));
    QVERIFY(plan.ok());
    QCOMPARE(assignmentText(*plan), expected);
}

void TestReplicationPlanner::keepsTheCurrentLeaderFirst()
{
    // The leader moved to replica 3 (after a failover): it goes first in the new list, for growing
    // as for shrinking, so that the change moves no leadership.
    ClusterMetadata metadata = cluster(QStringLiteral("1,2,3,4"), QStringLiteral("1,2,3"));
    metadata.topics[0].partitions[0].leader = 3;
    for (int factor : { 1, 2, 4 }) {
        const Result<ReplicationPlan> plan = ReplicationPlanner::plan(metadata, kTopic, factor);
        QVERIFY(plan.ok());
        QCOMPARE(plan->partitions[0].target.first(), 3);
        QCOMPARE(plan->partitions[0].target.size(), qsizetype(factor));
    }
}

void TestReplicationPlanner::shrinkDropsOutOfSyncReplicasFirst()
{
    // Replica 2 is out of sync and lightly loaded: it is still the one dropped.
    ClusterMetadata metadata = cluster(QStringLiteral("1,2,3"), QStringLiteral("1,2,3"), QStringLiteral("3;3;3"));
    metadata.topics[0].partitions[0].isr = { 1, 3 };
    const Result<ReplicationPlan> plan = ReplicationPlanner::plan(metadata, kTopic, 2);
    QVERIFY(plan.ok());
    QCOMPARE(plan->partitions[0].target, (QList<int> { 1, 3 }));
    QCOMPARE(plan->partitions[0].removing(), (QList<int> { 2 }));
    QVERIFY(plan->partitions[0].adding().isEmpty());
}

void TestReplicationPlanner::refusals_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("factor");
    QTest::addColumn<QString>("message");
    QTest::newRow("more than brokers") << kTopic << 4
                                       << "Topic \"orders\" cannot have 4 replicas: the cluster has only 3 live "
                                          "broker(s) (1, 2, 3). Choose a replication factor of at most 3, or "
                                          "bring more brokers up first.";
    QTest::newRow("zero") << kTopic << 0
                          << "A replication factor of 0 is not possible for topic \"orders\": it must be at least 1.";
    QTest::newRow("unknown topic") << "ordres" << 2
                                   << "Topic \"ordres\" is not in the cluster's metadata; check its name.";
}

void TestReplicationPlanner::refusals()
{
    QFETCH(QString, topic);
    QFETCH(int, factor);
    QFETCH(QString, message);
    const Result<ReplicationPlan> plan
        = ReplicationPlanner::plan(cluster(QStringLiteral("1,2,3"), QStringLiteral("1;2")), topic, factor);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.errorMessage(), message);
}

void TestReplicationPlanner::throttleValues()
{
    const Result<ReplicationPlan> plan
        = ReplicationPlanner::plan(cluster(QStringLiteral("1,2,3"), QStringLiteral("1;2;3,1")), kTopic, 2);
    QVERIFY(plan.ok());
    QCOMPARE(assignmentText(*plan), QStringLiteral("1,2;2,3;3,1"));
    const ReplicationThrottle throttle = ReplicationThrottle::forPlan(*plan, 10'000'000);
    QCOMPARE(throttle.topic, kTopic);
    QCOMPARE(throttle.bytesPerSecond, qint64(10'000'000));
    QCOMPARE(throttle.brokers, (QList<int> { 1, 2, 3 }));
    // Partition 2 does not change, so it is not throttled.
    QCOMPARE(throttle.leaderReplicas, QStringLiteral("0:1,1:2"));
    QCOMPARE(throttle.followerReplicas, QStringLiteral("0:2,1:3"));
}

QTEST_GUILESS_MAIN(TestReplicationPlanner)
#include "tst_replicationplanner.moc"
