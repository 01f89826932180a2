// Live: the replication-factor change as the operator reaches it (issue 5), on the real 3-broker
// edge-b cluster of the test fleet: `fleetscope replicate` plans, throttles, reassigns and audits;
// the throttle's keys are on the brokers and the topic while the copy runs and gone afterwards;
// `fleetscope undo` of that batch puts every partition back on the replica it had, audited as an
// undo; a read-only fleet refuses before anything is sent.
#include "ConfigProbe.h"
#include "KafkaTestClient.h"
#include "TestFleet.h"
#include "cli/AuditCommand.h"
#include "cli/ReplicateCommand.h"
#include "cli/SetCommand.h"
#include "reconfig/AuditLog.h"
#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ReconfigDatabase.h"
#include "reconfig/ReplicationFactorRun.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetscope;
using namespace Qt::StringLiterals;
using fleetscope::test::ConfigProbe;
using fleetscope::test::KafkaTestClient;
using fleetscope::test::TestFleet;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

template<typename Command>
Run runCommand(Command command, const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = command(arguments, out, err);
    return run;
}

QString uniqueTopic(const char *stem)
{
    return u"tst-replicate-%1-%2"_s.arg(QLatin1String(stem)).arg(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

class TestReplicateCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void replicateThrottlesAuditsAndUndoRestores();
    void throttleIsOnWhileCopyingAndRemovedAfter();
    void readOnlyFleetRefusesBeforeSending();
    void badArgumentsSayWhatToDo();

private:
    QTemporaryDir m_dir;
    QString m_database;
};

void TestReplicateCommand::init()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(u"reconfig-%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch()));
}

void TestReplicateCommand::replicateThrottlesAuditsAndUndoRestores()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig &edgeB = *fleet.findCluster(u"edge-b"_s);
    const QString topic = uniqueTopic("rf");
    KafkaTestClient client(edgeB.bootstrapServers());
    QCOMPARE(client.createTopic(topic, 4, 1), QString());
    for (int p = 0; p < 4; ++p)
        QCOMPARE(client.produce(topic, p, 100), QString());
    QMap<int, QList<int>> before;
    QVERIFY(TestFleet::waitFor([&] { before = TestFleet::replicas(edgeB, topic); return before.size() == 4; }, 30'000));

    // A dry run prints the plan and sends nothing.
    const QStringList target { fleet.sourcePath, u"--cluster"_s, u"edge-b"_s, u"--topic"_s, topic, u"--factor"_s,
        u"3"_s, u"--database"_s, m_database };
    const Run dry = runCommand(&ReplicateCommand::run, target + QStringList { u"--dry-run"_s });
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(u"replication factor 1 → 3"_s), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(u"partition 0: [%1] → ["_s.arg(before[0].first())), qPrintable(dry.out));
    QCOMPARE(TestFleet::replicas(edgeB, topic), before);

    const Run applied = runCommand(&ReplicateCommand::run,
        target + QStringList { u"--throttle"_s, u"50MiB/s"_s, u"--operator"_s, u"tester"_s });
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
    QVERIFY2(applied.out.contains(u"4 of 4 partition(s) done"_s), qPrintable(applied.out));
    QVERIFY2(applied.out.contains(u"Throttle: 50 MiB/s"_s), qPrintable(applied.out));
    const QMap<int, QList<int>> grown = TestFleet::replicas(edgeB, topic);
    for (auto it = grown.cbegin(); it != grown.cend(); ++it) {
        QCOMPARE(it.value().size(), qsizetype(3));
        QVERIFY(it.value().contains(before[it.key()].first()));
    }

    // One audit row: who, what, 1 -> 3, applied.
    ReconfigDatabase database(m_database);
    QVERIFY(database.open().ok());
    AuditLog audit(database);
    const Result<QList<AuditRecord>> rows = audit.query({});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), qsizetype(1));
    const AuditRecord row = rows->first();
    QCOMPARE(row.cluster, u"edge-b"_s);
    QCOMPARE(row.resource, ConfigResource::topic(topic));
    QCOMPARE(row.key, ReplicationFactorRun::auditKey);
    QCOMPARE(row.oldValue, std::optional<QString>(u"1"_s));
    QCOMPARE(row.newValue, std::optional<QString>(u"3"_s));
    QCOMPARE(row.outcome, u"applied"_s);
    QCOMPARE(row.operatorName, u"tester"_s);
    QVERIFY2(row.message.contains(u"throttled to 52428800 bytes/s"_s), qPrintable(row.message));

    // Undo: back to factor 1, each partition on the replica it had, audited as the undo of that batch.
    const Run undone = runCommand(&AuditCommand::runUndo,
        { fleet.sourcePath, QString::number(row.batch), u"--database"_s, m_database });
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.out + undone.err));
    QVERIFY2(undone.out.contains(u"replication factor 3 → 1"_s), qPrintable(undone.out));
    QVERIFY(TestFleet::waitFor([&] { return TestFleet::replicas(edgeB, topic) == before; }, 30'000));
    const Result<QList<AuditRecord>> after = audit.query({});
    QVERIFY(after.ok());
    QCOMPARE(after->size(), qsizetype(2));
    QCOMPARE(after->first().undoOf, std::optional<qint64>(row.batch)); // newest first
    QCOMPARE(after->first().outcome, u"applied"_s);
    QCOMPARE(after->first().newValue, std::optional<QString>(u"1"_s));
}

void TestReplicateCommand::throttleIsOnWhileCopyingAndRemovedAfter()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString topic = uniqueTopic("throttle");
    KafkaTestClient client(fleet.findCluster(u"edge-b"_s)->bootstrapServers());
    QCOMPARE(client.createTopic(topic, 2, 1), QString());
    QCOMPARE(client.produce(topic, 0, 100), QString());

    SystemClock clock;
    const Result<ReplicationProposal> proposal
        = ReplicationFactorRun::propose(fleet, u"edge-b"_s, topic, 2, clock, 10'000);
    if (!proposal)
        QFAIL(qPrintable(proposal.errorMessage()));
    const QList<int> brokers = proposal->plan.involvedBrokers();
    QVERIFY(!brokers.isEmpty());

    ReplicationFactorRun::Options options;
    options.throttleBytesPerSecond = 1'048'576;
    options.pollIntervalMs = 200;
    options.requestTimeoutMs = 10'000;
    ReplicationFactorRun run(fleet, options, clock);
        QStringList seen; // what the cluster held at each progress step
    const ReplicationResult result = run.run(*proposal, [&](const ReplicationProgress &) {
        seen.append(u"%1|%2|%3"_s.arg(
            ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::broker(brokers.first()), ReplicationThrottle::kLeaderRate).value_or(u"-"_s),
            ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::topic(topic), ReplicationThrottle::kLeaderReplicas).value_or(u"-"_s),
            ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::topic(topic), ReplicationThrottle::kFollowerReplicas).value_or(u"-"_s)));
    });
    QVERIFY2(result.outcome == ReplicationOutcome::Completed, qPrintable(result.message));
    QVERIFY(!result.throttleLeftSet);
    QVERIFY(!seen.isEmpty());
    const ReplicationThrottle expected = ReplicationThrottle::forPlan(proposal->plan, 1'048'576);
    QCOMPARE(seen.first(), u"1048576|%1|%2"_s.arg(expected.leaderReplicas, expected.followerReplicas));

    // Removed from every broker and the topic.
    for (int broker : brokers) {
        QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::broker(broker), ReplicationThrottle::kLeaderRate), std::nullopt);
        QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::broker(broker), ReplicationThrottle::kFollowerRate), std::nullopt);
    }
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::topic(topic), ReplicationThrottle::kLeaderReplicas), std::nullopt);
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::topic(topic), ReplicationThrottle::kFollowerReplicas), std::nullopt);
}

void TestReplicateCommand::readOnlyFleetRefusesBeforeSending()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig &edgeB = *fleet.findCluster(u"edge-b"_s);
    const QString topic = uniqueTopic("readonly");
    QCOMPARE(KafkaTestClient(edgeB.bootstrapServers()).createTopic(topic, 1, 1), QString());
    const QString path = m_dir.filePath(u"read-only-edge-b.yaml"_s);
    QCOMPARE(TestFleet::writeReadOnlyCopy(fleet, path, u"edge-b"_s), QString());

    const Run refused = runCommand(&ReplicateCommand::run, { path, u"--cluster"_s, u"edge-b"_s, u"--topic"_s, topic,
        u"--factor"_s, u"3"_s, u"--database"_s, m_database });
    QCOMPARE(refused.exitCode, SetCommand::cannotRun);
    QVERIFY2(refused.err.contains(u"read-only"_s), qPrintable(refused.err));
    QTest::qWait(500); // had anything been sent, the reassignment would have started by now
    const QMap<int, QList<int>> replicas = TestFleet::replicas(edgeB, topic);
    QCOMPARE(replicas.size(), qsizetype(1));
    QCOMPARE(replicas.first().size(), qsizetype(1));
}

void TestReplicateCommand::badArgumentsSayWhatToDo()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QStringList base { fleet.sourcePath, u"--cluster"_s, u"edge-b"_s, u"--topic"_s, u"no-such-topic"_s,
        u"--database"_s, m_database };
    const Run noFactor = runCommand(&ReplicateCommand::run, base);
    QCOMPARE(noFactor.exitCode, SetCommand::cannotRun);
    QVERIFY2(noFactor.err.contains(u"usage: fleetscope replicate"_s), qPrintable(noFactor.err));
    const Run badRate = runCommand(&ReplicateCommand::run, base + QStringList { u"--factor"_s, u"2"_s, u"--throttle"_s, u"fast"_s });
    QCOMPARE(badRate.exitCode, SetCommand::cannotRun);
    QVERIFY2(badRate.err.contains(u"--throttle takes a rate"_s), qPrintable(badRate.err));
    const Run unknown = runCommand(&ReplicateCommand::run, base + QStringList { u"--factor"_s, u"2"_s });
    QCOMPARE(unknown.exitCode, SetCommand::cannotRun);
    QVERIFY2(unknown.err.contains(u"has no topic \"no-such-topic\""_s), qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(TestReplicateCommand)
#include "tst_replicatecommand.moc"
