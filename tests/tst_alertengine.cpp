// The alert rules, on a manual clock: every rule raises after its hold and clears on healthy data;
// stale, unreachable and down never clear or raise what they cannot prove.
#include "alerts/AlertEngine.h"
#include "health/HealthJudge.h"

#include <QTest>

using namespace fleetscope;

namespace {

constexpr qint64 pollMs = 10'000;
const QString edgeB = QStringLiteral("edge-b");

// A healthy broker of edge-b, sampled now.
NodeReport healthy(qint64 nowMs, int nodeId = 2)
{
    NodeReport r;
    r.site = QStringLiteral("plant-b");
    r.cluster = edgeB;
    r.nodeId = nodeId;
    r.link = LinkState::Up;
    r.clusterReachable = true;
    r.sampledAtMs = nowMs;
    r.rttUs = 900;
    r.lagMessages = 100;
    r.lagSeconds = 10;
    r.diskUsedBytes = 50;
    r.diskTotalBytes = 100;
    r.heapUsedBytes = 50;
    r.heapMaxBytes = 100;
    MirrorLinkStatus mirror;
    mirror.alias = edgeB;
    mirror.intoCluster = QStringLiteral("central");
    mirror.state = MirrorLinkState::Up;
    mirror.heartbeatAgeMs = 1000;
    r.mirror = mirror;
    return r;
}

enum class Breach {
    Unreachable, BrokerDown, DiskWarning, DiskCritical, DiskForecast, Heap, HeartbeatOld, HeartbeatNone,
    LagGrowing, LagSeconds, UnderReplicated, Offline, Stale
};

// Makes one report breach one rule; step counts the samples since the breach began.
void breach(Breach kind, NodeReport &r, int step)
{
    switch (kind) {
    case Breach::Unreachable: r.clusterReachable = false; r.clusterError = QStringLiteral("timed out"); break;
    case Breach::BrokerDown: r.link = LinkState::Down; break;
    case Breach::DiskWarning: r.diskUsedBytes = 85; break;
    case Breach::DiskCritical: r.diskUsedBytes = 95; break;
    case Breach::DiskForecast: break; // the forecaster says so
    case Breach::Heap: r.heapUsedBytes = 90; break;
    case Breach::HeartbeatOld: r.mirror->state = MirrorLinkState::Degraded; r.mirror->heartbeatAgeMs = 90'000; break;
    case Breach::HeartbeatNone: r.mirror->state = MirrorLinkState::Down; r.mirror->heartbeatAgeMs.reset(); break;
    case Breach::LagGrowing: r.lagMessages = 100 + 50 * (step + 1); break;
    case Breach::LagSeconds: r.lagSeconds = 3600; break;
    case Breach::UnderReplicated: r.underReplicatedPartitions = 3; break;
    case Breach::Offline: r.offlinePartitions = 1; break;
    case Breach::Stale: r.stale = true; break;
    }
}

// An engine on a manual clock that has just raised a disk warning for edge-b/2 (disk at 85 %).
struct WithDiskWarning
{
    ManualClock clock;
    AlertEngine engine{clock};
    QList<AlertTransition> raised;

    WithDiskWarning()
    {
        NodeReport r = healthy(clock.nowMs());
        r.diskUsedBytes = 85;
        raised = engine.evaluate({r});
    }
};

QList<AlertTransition> only(const QList<AlertTransition> &all, AlertTransition::Kind kind)
{
    QList<AlertTransition> out;
    for (const AlertTransition &t : all)
        if (t.kind == kind)
            out.append(t);
    return out;
}

} // namespace

class TestAlertEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activeAlertsRaiseTheReportsTheyConcern()
    {
        NodeReport one;
        one.cluster = QStringLiteral("edge-b");
        one.nodeId = 1;
        NodeReport two = one;
        two.nodeId = 2;
        NodeReport other = one;
        other.cluster = QStringLiteral("edge-a");
        QList<NodeReport> reports{one, two, other};

        Alert diskFull;
        diskFull.key = {QStringLiteral("edge-b"), 2, AlertRule::DiskFullForecast};
        diskFull.severity = Severity::Warning;
        diskFull.message = QStringLiteral("disk full in 20 h");
        Alert lag; // about the whole cluster
        lag.key = {QStringLiteral("edge-b"), -1, AlertRule::LagGrowing};
        lag.severity = Severity::Warning;
        lag.message = QStringLiteral("lag growing");
        Alert cleared = diskFull;
        cleared.key.nodeId = 1;
        cleared.severity = Severity::Critical;
        cleared.clearedAtMs = 1;

        HealthJudge::foldAlerts(reports, {diskFull, lag, cleared});
        QCOMPARE(reports[0].severity, Severity::Warning); // the cluster-wide alert, not the cleared one
        QCOMPARE(reports[0].reasons, QStringList{QStringLiteral("lag growing")});
        QCOMPARE(reports[1].severity, Severity::Warning);
        QCOMPARE(reports[1].reasons, (QStringList{QStringLiteral("disk full in 20 h"), QStringLiteral("lag growing")}));
        QCOMPARE(reports[2].severity, Severity::Healthy); // another cluster
        QVERIFY(reports[2].reasons.isEmpty());

        // Never lowers a severity the report already has, and never repeats a reason.
        reports[1].severity = Severity::Critical;
        HealthJudge::foldAlerts(reports, {diskFull});
        QCOMPARE(reports[1].severity, Severity::Critical);
        QCOMPARE(reports[1].reasons.count(QStringLiteral("disk full in 20 h")), 1);
    }

    void everyRuleRaisesAfterItsHoldAndClears_data();
    void everyRuleRaisesAfterItsHoldAndClears();
    void sameSampleTwiceChangesNothing();
    void worseSeverityIsAnUpdate();
    void staleDataNeitherClearsNorRaisesAndIsItsOwnAlert();
    void staleSamplesRestartAHold();
    void unreachableClusterFreezesBrokerAlerts();
    void downBrokerFreezesItsDiskAndHeap();
    void notPolledYetRaisesNothing();
    void perClusterOverrideWins();
    void restoredAlertContinuesAndClearsOnFreshData();
    void thresholdsRoundTripThroughJson();
};

void TestAlertEngine::everyRuleRaisesAfterItsHoldAndClears_data()
{
    QTest::addColumn<Breach>("kind");
    QTest::addColumn<AlertRule>("rule");
    QTest::addColumn<int>("nodeId");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<qint64>("holdMs");
    const HealthThresholds d;
    QTest::newRow("cluster unreachable") << Breach::Unreachable << AlertRule::ClusterUnreachable << -1 << Severity::Critical << d.unreachableHoldMs;
    QTest::newRow("broker down > 30 s") << Breach::BrokerDown << AlertRule::BrokerDown << 2 << Severity::Critical << d.linkDownHoldMs;
    QTest::newRow("disk >= 80 %") << Breach::DiskWarning << AlertRule::DiskUsage << 2 << Severity::Warning << qint64(0);
    QTest::newRow("disk >= 90 %") << Breach::DiskCritical << AlertRule::DiskUsage << 2 << Severity::Critical << qint64(0);
    QTest::newRow("disk full < 24 h") << Breach::DiskForecast << AlertRule::DiskFullForecast << 2 << Severity::Warning << qint64(0);
    QTest::newRow("heap >= 85 % for 5 min") << Breach::Heap << AlertRule::HeapHigh << 2 << Severity::Warning << d.heapHoldMs;
    QTest::newRow("heartbeat > 60 s") << Breach::HeartbeatOld << AlertRule::HeartbeatAge << -1 << Severity::Warning << qint64(0);
    QTest::newRow("no heartbeat") << Breach::HeartbeatNone << AlertRule::HeartbeatAge << -1 << Severity::Critical << qint64(0);
    // Growth starts at the last sample before the first rise: one step earlier than the breach.
    QTest::newRow("lag growing 10 min") << Breach::LagGrowing << AlertRule::LagGrowing << -1 << Severity::Warning << d.lagGrowingHoldMs - pollMs;
    QTest::newRow("lag in seconds") << Breach::LagSeconds << AlertRule::LagSeconds << -1 << Severity::Warning << qint64(0);
    QTest::newRow("under-replicated") << Breach::UnderReplicated << AlertRule::UnderReplicated << -1 << Severity::Warning << qint64(0);
    QTest::newRow("offline partitions") << Breach::Offline << AlertRule::OfflinePartitions << -1 << Severity::Critical << qint64(0);
    QTest::newRow("stale data") << Breach::Stale << AlertRule::DataStale << -1 << Severity::Warning << qint64(0);
}

void TestAlertEngine::everyRuleRaisesAfterItsHoldAndClears()
{
    QFETCH(Breach, kind);
    QFETCH(AlertRule, rule);
    QFETCH(int, nodeId);
    QFETCH(Severity, severity);
    QFETCH(qint64, holdMs);

    ManualClock clock;
    AlertEngine engine(clock);
    bool filling = false;
    engine.setDiskForecaster([&filling](const NodeReport &, const HealthThresholds &) -> std::optional<qint64> {
        if (filling)
            return 3 * 3600 * 1000;
        return std::nullopt;
    });
    QVERIFY(engine.evaluate({healthy(clock.nowMs())}).isEmpty());

    filling = kind == Breach::DiskForecast;
    const AlertKey key{edgeB, nodeId, rule};
    const qint64 breachStart = clock.nowMs() + pollMs;
    std::optional<AlertTransition> raised;
    for (int step = 0; step < 200 && !raised; ++step) {
        clock.advance(pollMs);
        NodeReport r = healthy(clock.nowMs());
        breach(kind, r, step);
        const QList<AlertTransition> raisedNow = only(engine.evaluate({r}), AlertTransition::Kind::Raised);
        for (const AlertTransition &t : raisedNow)
            if (t.alert.key == key)
                raised = t;
        if (!raised)
            QVERIFY2(clock.nowMs() - breachStart < holdMs, "not raised when its hold had passed");
    }
    QVERIFY2(raised, "never raised");
    QVERIFY2(clock.nowMs() - breachStart >= holdMs, "raised before its hold");
    QCOMPARE(raised->alert.severity, severity);
    QVERIFY(!raised->alert.message.isEmpty());
    QVERIFY(raised->alert.isActive());
    QVERIFY(engine.active(key));

    clock.advance(pollMs);
    filling = false;
    const QList<AlertTransition> cleared = only(engine.evaluate({healthy(clock.nowMs())}), AlertTransition::Kind::Cleared);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.first().alert.key, key);
    QCOMPARE(cleared.first().alert.clearedAtMs, std::optional<qint64>(clock.nowMs()));
    QCOMPARE(cleared.first().alert.firstSeenMs, raised->alert.firstSeenMs);
    QVERIFY(engine.active().isEmpty());
}

void TestAlertEngine::sameSampleTwiceChangesNothing()
{
    WithDiskWarning f;
    QCOMPARE(f.raised.size(), 1);
    NodeReport same = healthy(f.clock.nowMs());
    same.diskUsedBytes = 85;
    f.clock.advance(1000); // the GUI re-evaluates every second between polls
    QVERIFY(f.engine.evaluate({same}).isEmpty());
}

void TestAlertEngine::worseSeverityIsAnUpdate()
{
    WithDiskWarning f;
    f.clock.advance(pollMs);
    NodeReport r = healthy(f.clock.nowMs());
    r.diskUsedBytes = 93;
    const QList<AlertTransition> t = f.engine.evaluate({r});
    QCOMPARE(t.size(), 1);
    QCOMPARE(t.first().kind, AlertTransition::Kind::Updated);
    QCOMPARE(t.first().previousSeverity, Severity::Warning);
    QCOMPARE(t.first().alert.severity, Severity::Critical);
    QCOMPARE(t.first().alert.lastSeenMs, f.clock.nowMs());
}

void TestAlertEngine::staleDataNeitherClearsNorRaisesAndIsItsOwnAlert()
{
    ManualClock clock;
    AlertEngine engine(clock);
    NodeReport r = healthy(clock.nowMs());
    r.offlinePartitions = 2;
    r.diskUsedBytes = 85;
    QCOMPARE(engine.evaluate({r}).size(), 2);

    // The same old values, now stale, and a stale "healthy" copy: nothing clears, nothing new but stale.
    clock.advance(5 * pollMs);
    NodeReport old = healthy(r.sampledAtMs);
    old.stale = true;
    const QList<AlertTransition> t = engine.evaluate({old});
    QCOMPARE(t.size(), 1);
    QCOMPARE(t.first().kind, AlertTransition::Kind::Raised);
    QCOMPARE(t.first().alert.key.rule, AlertRule::DataStale);
    QVERIFY(engine.active({edgeB, -1, AlertRule::OfflinePartitions}));
    QVERIFY(engine.active({edgeB, 2, AlertRule::DiskUsage}));

    clock.advance(pollMs);
    const QList<AlertTransition> fresh = only(engine.evaluate({healthy(clock.nowMs())}), AlertTransition::Kind::Cleared);
    QCOMPARE(fresh.size(), 3);
    QVERIFY(engine.active().isEmpty());
}

void TestAlertEngine::staleSamplesRestartAHold()
{
    ManualClock clock;
    AlertEngine engine(clock);
    auto heapHigh = [&](bool stale) {
        NodeReport r = healthy(clock.nowMs());
        r.heapUsedBytes = 90;
        r.stale = stale;
        return engine.evaluate({r});
    };
    for (int i = 0; i < 18; ++i, clock.advance(pollMs)) // 3 min high
        heapHigh(false);
    heapHigh(true);
    clock.advance(pollMs);
    for (int i = 0; i < 18; ++i, clock.advance(pollMs)) // 3 more: 6 min, but not proven continuous
        heapHigh(false);
    QVERIFY(!engine.active({edgeB, 2, AlertRule::HeapHigh}));
    for (int i = 0; i < 13; ++i, clock.advance(pollMs))
        heapHigh(false);
    QVERIFY(engine.active({edgeB, 2, AlertRule::HeapHigh}));
}

void TestAlertEngine::unreachableClusterFreezesBrokerAlerts()
{
    WithDiskWarning f;
    ManualClock &clock = f.clock;
    AlertEngine &engine = f.engine;
    for (int i = 0; i < 4; ++i) {
        clock.advance(pollMs);
        NodeReport gone = healthy(clock.nowMs());
        gone.clusterReachable = false;
        gone.link = LinkState::Down;
        const QList<AlertTransition> t = engine.evaluate({gone});
        QVERIFY(only(t, AlertTransition::Kind::Cleared).isEmpty());
        for (const AlertTransition &x : t)
            QCOMPARE(x.alert.key.rule, AlertRule::ClusterUnreachable); // not "broker down": the cluster is
    }
    QVERIFY(engine.active({edgeB, -1, AlertRule::ClusterUnreachable}));
    QVERIFY(engine.active({edgeB, 2, AlertRule::DiskUsage}));
    QVERIFY(!engine.active({edgeB, 2, AlertRule::BrokerDown}));
}

void TestAlertEngine::downBrokerFreezesItsDiskAndHeap()
{
    WithDiskWarning f;
    f.clock.advance(pollMs);
    NodeReport down = healthy(f.clock.nowMs()); // its last disk figure, now from before it went down
    down.link = LinkState::Down;
    QVERIFY(only(f.engine.evaluate({down}), AlertTransition::Kind::Cleared).isEmpty());
    QVERIFY(f.engine.active({edgeB, 2, AlertRule::DiskUsage}));
}

void TestAlertEngine::notPolledYetRaisesNothing()
{
    ManualClock clock;
    AlertEngine engine(clock);
    NodeReport none;
    none.cluster = edgeB;
    for (int i = 0; i < 10; ++i, clock.advance(pollMs))
        QVERIFY(engine.evaluate({none}).isEmpty());
}

void TestAlertEngine::perClusterOverrideWins()
{
    ManualClock clock;
    AlertEngine engine(clock);
    AlertThresholdSet set;
    HealthThresholds strict;
    strict.diskWarning = 0.5;
    set.clusters.insert(edgeB, strict);
    engine.setThresholds(set);
    NodeReport b = healthy(clock.nowMs());
    b.diskUsedBytes = 60;
    NodeReport a = b;
    a.cluster = QStringLiteral("edge-a");
    const QList<AlertTransition> t = engine.evaluate({a, b});
    QCOMPARE(t.size(), 1);
    QCOMPARE(t.first().alert.key, (AlertKey{edgeB, 2, AlertRule::DiskUsage}));
}

void TestAlertEngine::restoredAlertContinuesAndClearsOnFreshData()
{
    ManualClock clock;
    AlertEngine engine(clock);
    Alert open;
    open.id = 7;
    open.key = {edgeB, 2, AlertRule::BrokerDown};
    open.severity = Severity::Critical;
    open.firstSeenMs = clock.nowMs() - 3'600'000;
    open.lastSeenMs = clock.nowMs() - 60'000;
    engine.restore({open});
    NodeReport down = healthy(clock.nowMs());
    down.link = LinkState::Down;
    const QList<AlertTransition> still = engine.evaluate({down});
    QCOMPARE(still.size(), 1);
    QCOMPARE(still.first().kind, AlertTransition::Kind::Updated); // the same alert, not a new one
    QCOMPARE(still.first().alert.firstSeenMs, open.firstSeenMs);
    clock.advance(pollMs);
    const QList<AlertTransition> cleared = engine.evaluate({healthy(clock.nowMs())});
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.first().kind, AlertTransition::Kind::Cleared);
    QCOMPARE(cleared.first().alert.id, qint64(7));
}

void TestAlertEngine::thresholdsRoundTripThroughJson()
{
    AlertThresholdSet set;
    set.fleet.diskWarning = 0.7;
    set.fleet.linkDownHoldMs = 5000;
    HealthThresholds edge;
    edge.lagSecondsLimit = 120;
    edge.offlineMax = 2;
    set.clusters.insert(edgeB, edge);
    QCOMPARE(AlertThresholdSet::fromJson(set.toJson()), set);
    QCOMPARE(AlertThresholdSet::fromJson({}), AlertThresholdSet{}); // nothing stored: the defaults
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
