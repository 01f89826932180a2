// Live: replication-factor changes on the real 3-broker edge-b cluster of the test fleet
// (tools/fleet up --profile test): 1 -> 3 completes and every partition ends with 3 replicas in
// its ISR; a factor above the broker count is refused before anything is sent; the broker's own
// refusal comes back with its message; a reassignment that cannot finish (its new replica's broker
// is stopped) is cancelled and the partitions return to their old replicas.
#include "KafkaTestClient.h"
#include "TestFleet.h"
#include "kafka/KafkaConnection.h"
#include "reconfig/ReassignmentClient.h"
#include "reconfig/ReplicationChange.h"
#include "reconfig/ReplicationPlanner.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace fleetscope;
using fleetscope::test::KafkaTestClient;
using fleetscope::test::TestFleet;

class TestReplicationLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneToThreeCompletesWithFullIsr();
    void factorAboveBrokerCountIsRefusedBeforeSending();
    void brokerRefusalCarriesItsMessage();
    void brokerRacksFromRealMetadata();
    void cancelPutsPartitionsBackOnTheirOldReplicas();

private:
    Result<ClusterMetadata> metadata();
    const TopicMetadata *findTopic(const ClusterMetadata &metadata, const QString &topic) const;
    // Creates a topic at factor 1 and waits until every partition has a leader.
    ClusterMetadata createTopic(const QString &topic, int partitions);
    ReplicationChange::Options changeOptions(const ClusterMetadata &metadata) const;

    std::optional<Fleet> m_fleet;
    const ClusterConfig *m_edgeB = nullptr;
    std::unique_ptr<KafkaConnection> m_connection;
    SystemClock m_clock;
};

namespace {

QString uniqueTopic(const char *prefix)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(QRandomGenerator::global()->generate(), 0, 16);
}

// Stops an edge-b broker for the length of a scope, and starts it again however the test ends.
class StoppedBroker final
{
public:
    explicit StoppedBroker(QString node)
        : m_node(std::move(node))
        , m_error(TestFleet::stopNode(m_node))
    {
    }
    ~StoppedBroker() { TestFleet::startNode(m_node); }
    const QString &error() const { return m_error; }

private:
    QString m_node;
    QString m_error;
};

} // namespace

void TestReplicationLive::initTestCase()
{
    QString error;
    m_fleet = TestFleet::load(&error);
    if (!m_fleet)
        QFAIL(qPrintable(error));
    m_edgeB = m_fleet->findCluster(QStringLiteral("edge-b"));
    QVERIFY(m_edgeB);
    KafkaConnection::Options options;
    options.clusterName = m_edgeB->name;
    options.properties = m_edgeB->properties;
    options.statisticsIntervalMs = 0;
    Result<std::unique_ptr<KafkaConnection>> connection = KafkaConnection::open(options);
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.errorMessage()));
    m_connection = std::move(connection).value();
    // All three brokers up (an earlier run may have left one starting).
    QVERIFY(TestFleet::waitFor([&] {
        const Result<ClusterMetadata> m = metadata();
        return m.ok() && m->brokers.size() == 3;
    }, 60'000));
}

Result<ClusterMetadata> TestReplicationLive::metadata()
{
    return m_connection->metadata(5'000);
}

const TopicMetadata *TestReplicationLive::findTopic(const ClusterMetadata &metadata, const QString &topic) const
{
    for (const TopicMetadata &t : metadata.topics) {
        if (t.name == topic)
            return &t;
    }
    return nullptr;
}

ClusterMetadata TestReplicationLive::createTopic(const QString &topic, int partitions)
{
    KafkaTestClient client(m_edgeB->bootstrapServers());
    const QString created = client.createTopic(topic, partitions, 1);
    // The name is unique, so "already exists" means a create that timed out on a busy cluster did
    // go through.
    if (!created.isEmpty() && !created.contains(QStringLiteral("already exists"))) {
        qWarning("cannot create topic %s: %s", qPrintable(topic), qPrintable(created));
        return {}; // the caller's findTopic() fails the test
    }
    for (int p = 0; p < partitions; ++p)
        client.produce(topic, p, 200); // data to copy
    ClusterMetadata found;
    TestFleet::waitFor([&] {
        const Result<ClusterMetadata> m = metadata();
        const TopicMetadata *t = m ? findTopic(*m, topic) : nullptr;
        if (!t || t->partitions.size() != partitions)
            return false;
        for (const PartitionMetadata &p : t->partitions) {
            if (p.leader < 0)
                return false;
        }
        found = *m;
        return true;
    }, 30'000);
    return found;
}

ReplicationChange::Options TestReplicationLive::changeOptions(const ClusterMetadata &metadata) const
{
    ReplicationChange::Options options;
    options.channel.properties = m_edgeB->properties;
    options.brokers = metadata.brokers;
    options.requestTimeoutMs = 10'000;
    options.pollIntervalMs = 200;
    options.maxWaitMs = 90'000;
    return options;
}

void TestReplicationLive::oneToThreeCompletesWithFullIsr()
{
    const QString topic = uniqueTopic("replication-rf3");
    const ClusterMetadata before = createTopic(topic, 6);
    QVERIFY(findTopic(before, topic));

    const Result<ReplicationPlan> plan = ReplicationPlanner::plan(before, topic, 3);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.errorMessage()));
    QCOMPARE(plan->changedPartitions().size(), qsizetype(6));

    ReplicationChange change(m_clock, changeOptions(before));
    QList<ReplicationProgress> steps;
    connect(&change, &ReplicationChange::progress, this, [&](const ReplicationProgress &p) { steps.append(p); });
    const ReplicationResult result = change.run(*plan);
    QVERIFY2(result.outcome == ReplicationOutcome::Completed, qPrintable(result.message));
    QVERIFY(result.refusedPartitions.isEmpty());
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.last().partitionsTotal, 6);
    QCOMPARE(steps.last().partitionsDone, 6);
    QVERIFY(steps.last().ongoing.isEmpty());
    QVERIFY(result.finishedAtMs >= result.startedAtMs);

    // The cluster agrees: every partition has exactly the planned 3 replicas, all in the ISR, and the
    // leader did not move.
    QString last;
    QVERIFY2(TestFleet::waitFor([&] {
        const Result<ClusterMetadata> m = metadata();
        const TopicMetadata *t = m ? findTopic(*m, topic) : nullptr;
        if (!t)
            return false;
        for (const PartitionMetadata &p : t->partitions) {
            const PartitionAssignment &planned = plan->partitions[p.id];
            last = QStringLiteral("partition %1: replicas %2, isr %3, leader %4")
                       .arg(p.id)
                       .arg(p.replicas.size())
                       .arg(p.isr.size())
                       .arg(p.leader);
            if (QSet<int>(p.replicas.cbegin(), p.replicas.cend()) != QSet<int>(planned.target.cbegin(), planned.target.cend())
                || p.isr.size() != 3 || p.leader != planned.target.first())
                return false;
        }
        return t->partitions.size() == 6;
    }, 30'000), qPrintable(last));

    // Nothing of it is left running.
    ReassignmentClient client(changeOptions(before).channel, before.brokers);
    const Result<QList<OngoingReassignment>> ongoing = client.list(QList<TopicPartitions> { { topic, { 0, 1, 2, 3, 4, 5 } } }, 10'000);
    QVERIFY2(ongoing.ok(), qPrintable(ongoing.ok() ? QString() : ongoing.errorMessage()));
    QVERIFY(ongoing->isEmpty());
}

void TestReplicationLive::factorAboveBrokerCountIsRefusedBeforeSending()
{
    const QString topic = uniqueTopic("replication-rf4");
    const ClusterMetadata before = createTopic(topic, 2);
    const Result<ReplicationPlan> plan = ReplicationPlanner::plan(before, topic, 4);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.errorMessage().contains(QStringLiteral("cannot have 4 replicas: the cluster has only 3 live broker(s)")),
        qPrintable(plan.errorMessage()));
    // No plan, so nothing could be sent: the topic is as it was and nothing runs on it.
    ReassignmentClient client(changeOptions(before).channel, before.brokers);
    const Result<QList<OngoingReassignment>> ongoing = client.list(std::nullopt, 10'000);
    QVERIFY(ongoing.ok());
    for (const OngoingReassignment &o : *ongoing)
        QVERIFY(o.topic != topic);
    const Result<ClusterMetadata> after = metadata();
    QVERIFY(after.ok());
    const TopicMetadata *t = findTopic(*after, topic);
    QVERIFY(t);
    for (const PartitionMetadata &p : t->partitions)
        QCOMPARE(p.replicas.size(), qsizetype(1));
}

void TestReplicationLive::brokerRefusalCarriesItsMessage()
{
    // A hand-made plan naming a broker that does not exist gets past us and is refused by Kafka.
    const QString topic = uniqueTopic("replication-refused");
    const ClusterMetadata before = createTopic(topic, 1);
    const TopicMetadata *t = findTopic(before, topic);
    QVERIFY(t);
    ReplicationPlan plan;
    plan.topic = topic;
    plan.targetReplicationFactor = 2;
    plan.partitions = { { 0, t->partitions[0].replicas, { t->partitions[0].replicas.first(), 99 } } };
    ReplicationChange change(m_clock, changeOptions(before));
    const ReplicationResult result = change.run(plan);
    QVERIFY(result.outcome == ReplicationOutcome::Failed);
    QCOMPARE(result.refusedPartitions.size(), qsizetype(1));
    QCOMPARE(result.refusedPartitions[0].errorCode, qint16(39)); // INVALID_REPLICA_ASSIGNMENT
    QVERIFY2(result.message.contains(QStringLiteral("INVALID_REPLICA_ASSIGNMENT (39)")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("99")), qPrintable(result.message)); // the broker's words name it
}

void TestReplicationLive::brokerRacksFromRealMetadata()
{
    // The planner's rack source decodes Kafka's own Metadata answer; tools/fleet sets no broker.rack,
    // so every broker answers a null rack and the plan is not rack-aware.
    const Result<ClusterMetadata> m = metadata();
    QVERIFY(m.ok());
    ReassignmentClient client(changeOptions(*m).channel, m->brokers);
    const Result<QMap<int, QString>> racks = client.brokerRacks(10'000);
    QVERIFY2(racks.ok(), qPrintable(racks.ok() ? QString() : racks.errorMessage()));
    QVERIFY(racks->isEmpty());
}

void TestReplicationLive::cancelPutsPartitionsBackOnTheirOldReplicas()
{
    // With edge-b-3 stopped, a reassignment that adds broker 3 stays pending until cancelled.
    const Result<ClusterMetadata> all = metadata();
    QVERIFY(all.ok());
    StoppedBroker stopped(QStringLiteral("edge-b-3"));
    QCOMPARE(stopped.error(), QString());
    ClusterMetadata live;
    QVERIFY(TestFleet::waitFor([&] {
        const Result<ClusterMetadata> m = metadata();
        if (m && m->brokers.size() == 2)
            live = *m;
        return m && m->brokers.size() == 2;
    }, 60'000));
    int stoppedId = -1;
    for (const BrokerAddress &b : all->brokers) {
        if (std::none_of(live.brokers.cbegin(), live.brokers.cend(), [&](const BrokerAddress &l) { return l.nodeId == b.nodeId; }))
            stoppedId = b.nodeId;
    }
    QVERIFY(stoppedId > 0);

    const QString topic = uniqueTopic("replication-cancel");
    const ClusterMetadata before = createTopic(topic, 2);
    const TopicMetadata *t = findTopic(before, topic);
    QVERIFY(t);
    ReplicationPlan plan;
    plan.topic = topic;
    plan.targetReplicationFactor = 2;
    for (const PartitionMetadata &p : t->partitions)
        plan.partitions.append({ p.id, p.replicas, { p.replicas.first(), stoppedId } });

    ReplicationChange change(m_clock, changeOptions(before));
    // Emitted on the pool thread, received queued on this one (as the GUI would).
    QList<ReplicationProgress> steps;
    std::optional<ReplicationResult> finished;
    connect(&change, &ReplicationChange::progress, this, [&](const ReplicationProgress &p) { steps.append(p); });
    connect(&change, &ReplicationChange::finished, this, [&](const ReplicationResult &r) { finished = r; });
    change.start(plan);
    // Seen pending twice, so it really is stuck rather than slow to start.
    QVERIFY(TestFleet::waitFor([&] { return steps.size() >= 2 || finished; }, 30'000));
    QVERIFY2(!finished, qPrintable(finished ? finished->message : QString()));
    const ReplicationProgress pending = steps.last();
    QCOMPARE(pending.partitionsTotal, 2);
    QCOMPARE(pending.partitionsDone, 0);
    QCOMPARE(pending.ongoing.size(), qsizetype(2));
    QCOMPARE(pending.ongoing[0].addingReplicas, (QList<qint32> { stoppedId }));

    change.cancel();
    QVERIFY(TestFleet::waitFor([&] { return finished.has_value(); }, 30'000));
    const ReplicationResult result = *finished;
    QVERIFY2(result.outcome == ReplicationOutcome::Cancelled, qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("2 partition(s)")), qPrintable(result.message));

    // Back on the old replicas, with nothing pending.
    QVERIFY(TestFleet::waitFor([&] {
        const Result<ClusterMetadata> m = metadata();
        const TopicMetadata *now = m ? findTopic(*m, topic) : nullptr;
        if (!now)
            return false;
        for (const PartitionMetadata &p : now->partitions) {
            if (p.replicas != t->partitions[p.id].replicas)
                return false;
        }
        return true;
    }, 30'000));
    ReassignmentClient client(changeOptions(before).channel, before.brokers);
    const Result<QList<OngoingReassignment>> ongoing = client.list(QList<TopicPartitions> { { topic, { 0, 1 } } }, 10'000);
    QVERIFY(ongoing.ok());
    QVERIFY(ongoing->isEmpty());
}

QTEST_GUILESS_MAIN(TestReplicationLive)
#include "tst_replicationlive.moc"
