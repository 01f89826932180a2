// Live: configuration changes through the reconfig module against the real test fleet (issue 5):
// topic, per-broker and cluster-wide values set and removed, refusals with the broker's message and
// nothing changed, a bulk change with one cluster stopped (two applied, one pending, applied when it
// is back), read-only fleets blocking the CLI, audit rows matching the operations, and undo.
#include "ConfigProbe.h"
#include "KafkaTestClient.h"
#include "TestFleet.h"
#include "cli/AuditCommand.h"
#include "cli/SetCommand.h"
#include "reconfig/AuditLog.h"
#include "reconfig/AuditUndo.h"
#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ConfigApplier.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/PendingChangeRunner.h"
#include "reconfig/PendingChangeStore.h"
#include "reconfig/ReconfigDatabase.h"

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

QString uniqueTopic(const char *stem)
{
    return QStringLiteral("tst-reconfig-%1-%2").arg(QLatin1String(stem)).arg(QDateTime::currentMSecsSinceEpoch());
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runSet(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = SetCommand::run(arguments, out, err);
    return run;
}

} // namespace

class TestReconfigLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void topicRetentionKeepsOtherKeys();
    void clusterDefaultSetAndRemoved();
    void perBrokerSetAndRemoved();
    void invalidValuesRefusedAndNothingChanged();
    void bulkWithOneClusterStopped();
    void readOnlyBlocksTheCli();
    void auditMatchesAndUndoRestores();

private:
    QTemporaryDir m_dir;
    QString m_database;
};

void TestReconfigLive::init()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("reconfig-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
}

void TestReconfigLive::topicRetentionKeepsOtherKeys()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString topic = uniqueTopic("retention");
    QCOMPARE(KafkaTestClient(fleet.findCluster(u"edge-a"_s)->bootstrapServers()).createTopic(topic, 1, 1), QString());
    const QStringList target{fleet.sourcePath, u"--cluster"_s, u"edge-a"_s, u"--topic"_s, topic,
                             u"--database"_s, m_database};
    Run first = runSet(target + QStringList{u"segment.ms=1h"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    Run second = runSet(target + QStringList{u"retention.ms=2d"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    QVERIFY2(second.out.contains(u"retention.ms"), qPrintable(second.out));
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-a"_s, ConfigResource::topic(topic), u"retention.ms"_s),
             std::optional<QString>(u"172800000"_s));
    // IncrementalAlterConfigs: the key set earlier is still there.
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-a"_s, ConfigResource::topic(topic), u"segment.ms"_s),
             std::optional<QString>(u"3600000"_s));
}

void TestReconfigLive::clusterDefaultSetAndRemoved()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ConfigResource resource = ConfigResource::clusterDefault();
    const QStringList target{fleet.sourcePath, u"--cluster"_s, u"edge-b"_s, u"--cluster-default"_s,
                             u"--database"_s, m_database};
    Run set = runSet(target + QStringList{u"log.retention.ms=3d"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, resource, u"log.retention.ms"_s), std::optional<QString>(u"259200000"_s));
    // Every broker now reports it as its value, from the cluster-wide default.
    ClusterConfigGateway gateway(*fleet.findCluster(u"edge-b"_s));
    QVERIFY(TestFleet::waitFor(
        [&] {
            const Result<ResourceConfigs> now = gateway.describe(ConfigResource::broker(2));
            const ConfigEntry *entry = now ? now->find(u"log.retention.ms"_s) : nullptr;
            return entry && entry->source == ConfigSource::DynamicDefaultBroker && entry->value == u"259200000";
        },
        10'000));
    Run removed = runSet(target + QStringList{u"log.retention.ms="_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.out + removed.err));
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, resource, u"log.retention.ms"_s), std::nullopt);
}

void TestReconfigLive::perBrokerSetAndRemoved()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QStringList target{fleet.sourcePath, u"--cluster"_s, u"edge-b"_s, u"--broker"_s, u"2"_s,
                             u"--database"_s, m_database};
    Run set = runSet(target + QStringList{u"log.retention.bytes=10 GiB"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::broker(2), u"log.retention.bytes"_s),
             std::optional<QString>(u"10737418240"_s));
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::broker(1), u"log.retention.bytes"_s), std::nullopt);
    Run removed = runSet(target + QStringList{u"log.retention.bytes="_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.out + removed.err));
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::broker(2), u"log.retention.bytes"_s), std::nullopt);
}

void TestReconfigLive::invalidValuesRefusedAndNothingChanged()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString topic = uniqueTopic("invalid");
    QCOMPARE(KafkaTestClient(fleet.findCluster(u"edge-a"_s)->bootstrapServers()).createTopic(topic, 1, 1), QString());
    const QStringList target{fleet.sourcePath, u"--cluster"_s, u"edge-a"_s, u"--topic"_s, topic,
                             u"--database"_s, m_database};
    // A negative segment size (-1, "unlimited"): the broker's own range check refuses it in the dry run.
    Run negative = runSet(target + QStringList{u"segment.bytes=-1"_s, u"retention.ms=2d"_s});
    QCOMPARE(negative.exitCode, SetCommand::someFailed);
    QVERIFY2(negative.out.contains(u"INVALID_CONFIG") && negative.out.contains(u"segment.bytes"), qPrintable(negative.out));
    // An unknown key: the broker says so.
    Run unknown = runSet(target + QStringList{u"no.such.key=1"_s});
    QCOMPARE(unknown.exitCode, SetCommand::someFailed);
    QVERIFY2(unknown.out.contains(u"no.such.key") && unknown.out.contains(u"INVALID"), qPrintable(unknown.out));
    // A wrong type: refused before anything is sent.
    Run wrongType = runSet(target + QStringList{u"min.insync.replicas=two"_s});
    QCOMPARE(wrongType.exitCode, SetCommand::cannotRun);
    QVERIFY2(wrongType.err.contains(u"min.insync.replicas=two"), qPrintable(wrongType.err));
    // Nothing changed: the topic has no value of its own.
    ClusterConfigGateway gateway(*fleet.findCluster(u"edge-a"_s));
    const Result<ResourceConfigs> configs = gateway.describe(ConfigResource::topic(topic));
    QVERIFY(configs.ok());
    for (const ConfigEntry &entry : configs->entries)
        QVERIFY2(entry.source != ConfigSource::TopicConfig, qPrintable(entry.name));
    // The refusals are audited as refused dry runs, nothing as applied.
    ReconfigDatabase database(m_database);
    QVERIFY(database.open().ok());
    const Result<QList<AuditRecord>> rows = AuditLog(database).query({});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3); // segment.bytes, retention.ms (same target), no.such.key
    for (const AuditRecord &row : *rows) {
        QCOMPARE(row.outcome, u"dry-run-refused"_s);
        QVERIFY(row.dryRun.startsWith(u"refused"));
    }
}

void TestReconfigLive::bulkWithOneClusterStopped()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString topic = uniqueTopic("bulk");
    for (const char *cluster : {"central", "edge-a", "edge-b"})
        QCOMPARE(KafkaTestClient(fleet.findCluster(QLatin1String(cluster))->bootstrapServers()).createTopic(topic, 1, 1),
                 QString());
    QCOMPARE(TestFleet::stopNode(u"edge-a-1"_s), QString());
    Run bulk = runSet({fleet.sourcePath, u"--tag"_s, u"dev-fleet"_s, u"--topic"_s, topic, u"retention.ms=1d"_s,
                       u"--database"_s, m_database, u"--operator"_s, u"tester"_s});
    const QString started = TestFleet::startNode(u"edge-a-1"_s);
    QVERIFY2(bulk.exitCode == SetCommand::somePending, qPrintable(bulk.out + bulk.err));
    QVERIFY2(bulk.out.count(u": applied") == 2, qPrintable(bulk.out));
    QVERIFY2(bulk.out.contains(QStringLiteral("edge-a: topic %1: pending").arg(topic)), qPrintable(bulk.out));
    QCOMPARE(started, QString());

    ReconfigDatabase database(m_database);
    QVERIFY(database.open().ok());
    PendingChangeStore store(database);
    const Result<QList<PendingChange>> queued = store.queued();
    QVERIFY(queued.ok());
    QCOMPARE(queued->size(), 1);
    QCOMPARE(queued->first().cluster, u"edge-a"_s);

    // The runner is fed "edge-a answered" and applies it on its worker.
    PendingChangeRunner runner(fleet, database, {});
    QList<PendingChange> finished;
    connect(&runner, &PendingChangeRunner::pendingFinished, this,
            [&](const PendingChange &change) { finished.append(change); });
    QVERIFY(TestFleet::waitFor(
        [&] {
            if (finished.isEmpty())
                runner.clusterReachable(u"edge-a"_s);
            return !finished.isEmpty();
        },
        90'000));
    QCOMPARE(finished.first().state, PendingChange::State::Applied);
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-a"_s, ConfigResource::topic(topic), u"retention.ms"_s),
             std::optional<QString>(u"86400000"_s));
    QVERIFY(store.queued()->isEmpty());

    AuditFilter edgeA;
    edgeA.cluster = u"edge-a"_s;
    const Result<QList<AuditRecord>> rows = AuditLog(database).query(edgeA);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2); // newest first: applied, then pending
    QCOMPARE(rows->at(0).outcome, u"applied"_s);
    QCOMPARE(rows->at(1).outcome, u"pending"_s);
    QCOMPARE(rows->at(0).operatorName, u"tester"_s);
}

void TestReconfigLive::readOnlyBlocksTheCli()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString topic = uniqueTopic("readonly");
    QCOMPARE(KafkaTestClient(fleet.findCluster(u"edge-a"_s)->bootstrapServers()).createTopic(topic, 1, 1), QString());

    // Globally read-only: the command refuses to run.
    const QString globalPath = m_dir.filePath(u"read-only-fleet.yaml"_s);
    QCOMPARE(TestFleet::writeReadOnlyCopy(fleet, globalPath), QString());
    Run blocked = runSet({globalPath, u"--cluster"_s, u"edge-a"_s, u"--topic"_s, topic, u"retention.ms=2d"_s,
                          u"--database"_s, m_database});
    QCOMPARE(blocked.exitCode, SetCommand::cannotRun);
    QVERIFY2(blocked.err.contains(u"read-only"), qPrintable(blocked.err));

    // One cluster read-only: its target is refused, nothing is sent to it.
    const QString clusterPath = m_dir.filePath(u"read-only-cluster.yaml"_s);
    QCOMPARE(TestFleet::writeReadOnlyCopy(fleet, clusterPath, u"edge-a"_s), QString());
    Run refused = runSet({clusterPath, u"--cluster"_s, u"edge-a"_s, u"--topic"_s, topic, u"retention.ms=2d"_s,
                          u"--database"_s, m_database});
    QCOMPARE(refused.exitCode, SetCommand::someFailed);
    QVERIFY2(refused.out.contains(u"read-only"), qPrintable(refused.out));
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-a"_s, ConfigResource::topic(topic), u"retention.ms"_s), std::nullopt);
}

void TestReconfigLive::auditMatchesAndUndoRestores()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString topic = uniqueTopic("undo");
    QCOMPARE(KafkaTestClient(fleet.findCluster(u"edge-b"_s)->bootstrapServers()).createTopic(topic, 1, 3), QString());
    const QStringList target{fleet.sourcePath, u"--cluster"_s, u"edge-b"_s, u"--topic"_s, topic,
                             u"--database"_s, m_database};
    QCOMPARE(runSet(target + QStringList{u"retention.ms=1d"_s}).exitCode, 0);
    const Run change = runSet(target + QStringList{u"retention.ms=2d"_s, u"cleanup.policy=compact"_s});
    QVERIFY2(change.exitCode == 0, qPrintable(change.out + change.err));

    ReconfigDatabase database(m_database);
    QVERIFY(database.open().ok());
    const Result<QList<AuditRecord>> all = AuditLog(database).query({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3); // one row per key per operation, nothing else
    const qint64 batch = all->first().batch;
    AuditFilter ofBatch;
    ofBatch.batch = batch;
    const QList<AuditRecord> rows = *AuditLog(database).query(ofBatch);
    QCOMPARE(rows.size(), 2);
    for (const AuditRecord &row : rows) {
        QCOMPARE(row.outcome, u"applied"_s);
        QCOMPARE(row.dryRun, u"passed"_s);
        QCOMPARE(row.cluster, u"edge-b"_s);
        QCOMPARE(row.resource, ConfigResource::topic(topic));
        QVERIFY(!row.osUser.isEmpty());
        if (row.key == u"retention.ms") {
            QCOMPARE(row.oldValue, std::optional<QString>(u"86400000"_s));
            QVERIFY(row.oldSetHere);
            QCOMPARE(row.newValue, std::optional<QString>(u"172800000"_s));
        } else {
            QCOMPARE(row.key, u"cleanup.policy"_s);
            QCOMPARE(row.oldValue, std::optional<QString>(u"delete"_s));
            QVERIFY(!row.oldSetHere);
            QCOMPARE(row.newValue, std::optional<QString>(u"compact"_s));
        }
    }
    // Exports carry the same rows.
    QCOMPARE(AuditLog::toCsv(rows).count('\n'), 3);
    QVERIFY(AuditLog::toJson(rows).contains("\"cleanup.policy\""));

    QString undoOut;
    QString undoErr;
    QTextStream out(&undoOut);
    QTextStream err(&undoErr);
    const int undone = AuditCommand::runUndo({fleet.sourcePath, QString::number(batch), u"--database"_s, m_database},
                                             out, err);
    QVERIFY2(undone == 0, qPrintable(undoOut + undoErr));
    // retention.ms is back to its own earlier value; cleanup.policy is inherited again.
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::topic(topic), u"retention.ms"_s),
             std::optional<QString>(u"86400000"_s));
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::topic(topic), u"cleanup.policy"_s), std::nullopt);
    const QList<AuditRecord> audited = *AuditLog(database).query({});
    QCOMPARE(audited.size(), 5);
    QCOMPARE(audited.first().undoOf, std::optional<qint64>(batch));
    QCOMPARE(audited[1].undoOf, std::optional<qint64>(batch));
}

QTEST_GUILESS_MAIN(TestReconfigLive)
#include "tst_reconfiglive.moc"
