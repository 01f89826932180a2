// The alert file: records and thresholds survive a reopen; a file that is no database, or that
// cannot be written, leaves every record in memory and says why.
#include "alerts/AlertStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetscope;

namespace {

AlertTransition raised(const QString &cluster, int nodeId, AlertRule rule, qint64 atMs)
{
    Alert alert;
    alert.key = {cluster, nodeId, rule};
    alert.severity = Severity::Critical;
    alert.message = QStringLiteral("broker %1 is down").arg(nodeId);
    alert.firstSeenMs = atMs;
    alert.lastSeenMs = atMs;
    return {AlertTransition::Kind::Raised, alert, Severity::Healthy};
}

bool startAndWait(AlertStore &store)
{
    QSignalSpy ready(&store, &AlertStore::ready);
    store.start();
    return ready.wait(10'000);
}

} // namespace

class TestAlertStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsSurviveAReopen();
    void raisedAgainAfterRestartJoinsTheOpenRecord();
    void thresholdsAreKeptPerFleet();
    void corruptFileKeepsAlertsInMemory();
    void failedWriteIsKeptAndRetried();
};

void TestAlertStore::recordsSurviveAReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.sqlite"));
    ManualClock clock;
    const qint64 t0 = clock.nowMs();
    qint64 downId = 0;
    {
        AlertStore store(path, clock);
        QVERIFY(startAndWait(store));
        QVERIFY(store.isPersistent());
        QSignalSpy changed(&store, &AlertStore::changed);
        store.apply({raised(QStringLiteral("edge-b"), 2, AlertRule::BrokerDown, t0),
                     raised(QStringLiteral("edge-a"), -1, AlertRule::OfflinePartitions, t0)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.alerts().size(), 2);
        downId = store.alerts().first().id;
        QVERIFY(store.acknowledge(downId, QStringLiteral("alice"), t0 + 5000));
        QVERIFY(!store.acknowledge(downId, QStringLiteral("bob"), t0 + 6000)); // once
        AlertTransition cleared = raised(QStringLiteral("edge-b"), 2, AlertRule::BrokerDown, t0);
        cleared.kind = AlertTransition::Kind::Cleared;
        cleared.alert.lastSeenMs = t0 + 20'000;
        cleared.alert.clearedAtMs = t0 + 30'000;
        store.apply({cleared});
        QVERIFY(store.flushNow());
    }
    AlertStore reopened(path, clock);
    QVERIFY(startAndWait(reopened));
    QCOMPARE(reopened.alerts().size(), 2);
    const Alert *down = reopened.find(downId);
    QVERIFY(down);
    QCOMPARE(down->key, (AlertKey{QStringLiteral("edge-b"), 2, AlertRule::BrokerDown}));
    QCOMPARE(down->severity, Severity::Critical);
    QCOMPARE(down->message, QStringLiteral("broker 2 is down"));
    QCOMPARE(down->firstSeenMs, t0);
    QCOMPARE(down->lastSeenMs, t0 + 20'000);
    QCOMPARE(down->clearedAtMs, std::optional<qint64>(t0 + 30'000));
    QCOMPARE(down->acknowledgedAtMs, std::optional<qint64>(t0 + 5000));
    QCOMPARE(down->acknowledgedBy, QStringLiteral("alice"));
    QCOMPARE(reopened.openAlerts().size(), 1);
    QCOMPARE(reopened.openAlerts().first().key.rule, AlertRule::OfflinePartitions);
}

void TestAlertStore::raisedAgainAfterRestartJoinsTheOpenRecord()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.sqlite"));
    ManualClock clock;
    {
        AlertStore store(path, clock);
        QVERIFY(startAndWait(store));
        store.apply({raised(QStringLiteral("edge-b"), 2, AlertRule::BrokerDown, clock.nowMs())});
        store.acknowledge(store.alerts().first().id, QStringLiteral("alice"), clock.nowMs());
    } // the destructor writes what is pending
    AlertStore store(path, clock);
    QVERIFY(startAndWait(store));
    store.apply({raised(QStringLiteral("edge-b"), 2, AlertRule::BrokerDown, clock.nowMs() + 60'000)});
    QCOMPARE(store.alerts().size(), 1);
    QCOMPARE(store.alerts().first().firstSeenMs, clock.nowMs());
    QCOMPARE(store.alerts().first().acknowledgedBy, QStringLiteral("alice"));
    // A new record once the old one cleared: the list keeps both.
    AlertTransition cleared = raised(QStringLiteral("edge-b"), 2, AlertRule::BrokerDown, clock.nowMs());
    cleared.kind = AlertTransition::Kind::Cleared;
    cleared.alert.clearedAtMs = clock.nowMs() + 70'000;
    store.apply({cleared, raised(QStringLiteral("edge-b"), 2, AlertRule::BrokerDown, clock.nowMs() + 80'000)});
    QCOMPARE(store.alerts().size(), 2);
    QVERIFY(store.alerts().last().id > store.alerts().first().id);
}

void TestAlertStore::thresholdsAreKeptPerFleet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.sqlite"));
    ManualClock clock;
    ThresholdOverrideSet set;
    set.fleet.values.insert(QStringLiteral("heapWarning"), 0.75);
    set.clusters[QStringLiteral("edge-b")].values.insert(QStringLiteral("diskCritical"), 0.95);
    {
        AlertStore store(path, clock);
        QVERIFY(startAndWait(store));
        store.setThresholds(QStringLiteral("/fleets/a.yaml"), set);
        QVERIFY(store.flushNow());
    }
    AlertStore store(path, clock);
    QVERIFY(startAndWait(store));
    QCOMPARE(store.thresholds(QStringLiteral("/fleets/a.yaml")), set);
    QCOMPARE(store.thresholds(QStringLiteral("/fleets/b.yaml")), ThresholdOverrideSet{});
}

void TestAlertStore::corruptFileKeepsAlertsInMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage(8192, 'x');
    file.write(garbage);
    file.close();

    ManualClock clock;
    AlertStore store(path, clock);
    QSignalSpy failed(&store, &AlertStore::failed);
    QVERIFY(startAndWait(store));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(path), qPrintable(failed.first().first().toString()));
    QVERIFY(!store.isPersistent());
    store.apply({raised(QStringLiteral("edge-b"), 2, AlertRule::BrokerDown, clock.nowMs())});
    QCOMPARE(store.alerts().size(), 1);
    QVERIFY(store.flushNow());
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), garbage); // never overwritten: it may be someone's only copy
}

void TestAlertStore::failedWriteIsKeptAndRetried()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.sqlite"));
    ManualClock clock;
    const AlertTransition down = raised(QStringLiteral("edge-b"), 2, AlertRule::BrokerDown, clock.nowMs());
    Alert first = down.alert;
    first.id = 1;
    Alert second = first;
    second.id = 2;
    second.key.nodeId = 3;
    {
        AlertDatabase database(path);
        QVERIFY(!database.save({first})); // not writable yet (as with a full disk): kept
        QCOMPARE(database.unsavedCount(), 1);
        QVERIFY(database.open());
        QVERIFY(database.save({second})); // written together with the one that failed
        QCOMPARE(database.unsavedCount(), 0);
    }
    AlertStore store(path, clock);
    QVERIFY(startAndWait(store));
    QCOMPARE(store.alerts().size(), 2);
}

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
