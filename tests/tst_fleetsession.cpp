// The fleet session on a synthetic source: one cache, judged reports (with each cluster's own
// limits, staleness from the clock), the mirror join, pollOnce for commands, and a fleet switch that
// neither waits nor leaks the old source.
#include "session/FleetSession.h"
#include "session/SyntheticSnapshotSource.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace fleetscope;

namespace {

Fleet twoClusters()
{
    Fleet fleet;
    SiteConfig hq;
    hq.name = QStringLiteral("hq");
    ClusterConfig central;
    central.name = QStringLiteral("central");
    central.role = ClusterRole::Central;
    central.pollInterval = std::chrono::milliseconds(1000);
    hq.clusters.append(central);
    SiteConfig plant;
    plant.name = QStringLiteral("plant");
    ClusterConfig edge;
    edge.name = QStringLiteral("edge");
    edge.mirror = MirrorLink{QStringLiteral("central"), QStringLiteral("edge")};
    edge.pollInterval = std::chrono::milliseconds(1000);
    edge.thresholds.values.insert(QStringLiteral("heapWarning"), 0.30);
    plant.clusters.append(edge);
    fleet.sites = {hq, plant};
    return fleet;
}

ClusterSnapshot oneBroker(const ClusterConfig &config, qint64 nowMs, int)
{
    ClusterSnapshot s;
    s.sampledAtMs = nowMs;
    s.reachable = true;
    BrokerStatus broker;
    broker.nodeId = 1;
    broker.state = LinkState::Up;
    broker.inMetadata = true;
    JvmHeap heap;
    heap.usedBytes = 100;
    heap.maxBytes = 250; // 40 %: a warning only where the limit is 30 %
    heap.sampledAtMs = nowMs;
    broker.heap = heap;
    s.brokers = {broker};
    if (config.role == ClusterRole::Central) {
        MirrorHeartbeat heartbeat;
        heartbeat.sourceAlias = QStringLiteral("edge");
        heartbeat.targetAlias = QStringLiteral("central");
        heartbeat.timestampMs = nowMs - 2000;
        s.heartbeats.insert(QStringLiteral("edge"), HeartbeatSample{heartbeat, {}});
    }
    return s;
}

} // namespace

class TestFleetSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgesWithEachClustersLimitsAndJoinsTheMirror();
    void dataTurnsStaleWithTimeAlone();
    void switchingFleetsDeletesTheOldSourceWithoutWaiting();
};

void TestFleetSession::judgesWithEachClustersLimitsAndJoinsTheMirror()
{
    ManualClock clock;
    FleetSession session(clock);
    session.setSourceFactory([](const Fleet &fleet, const Clock &c) -> std::unique_ptr<SnapshotSource> {
        return std::make_unique<SyntheticSnapshotSource>(fleet, c, &oneBroker);
    });
    session.open(twoClusters());
    QVERIFY(session.pollOnce(5000));
    QCOMPARE(session.latest().size(), 2);
    const QList<NodeReport> &reports = session.reports();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports[0].cluster, QStringLiteral("central"));
    QCOMPARE(reports[0].severity, Severity::Healthy); // 40 % heap under the built-in 85 %
    QCOMPARE(reports[1].severity, Severity::Warning); // edge's own 30 %
    QVERIFY2(reports[1].reasons.join(u' ').contains(QLatin1String("heap")), qPrintable(reports[1].reasons.join(u' ')));
    // The edge's heartbeat on central, joined by the session.
    const ClusterSnapshot edge = session.latest().value(QStringLiteral("edge"));
    QVERIFY(edge.mirror);
    QCOMPARE(edge.mirror->state, MirrorLinkState::Up);
    QCOMPARE(edge.mirror->heartbeatAgeMs.value_or(-1), qint64(2000));
}

void TestFleetSession::dataTurnsStaleWithTimeAlone()
{
    ManualClock clock;
    FleetSession session(clock);
    SyntheticSnapshotSource *source = nullptr;
    session.setSourceFactory([&source](const Fleet &fleet, const Clock &c) -> std::unique_ptr<SnapshotSource> {
        auto s = std::make_unique<SyntheticSnapshotSource>(fleet, c, &oneBroker);
        s->setManual(true);
        source = s.get();
        return s;
    });
    session.open(twoClusters());
    source->pollNow(QStringLiteral("central"));
    source->pollNow(QStringLiteral("edge"));
    session.refreshReports();
    QVERIFY(!session.reports()[0].stale);
    QSignalSpy changed(&session, &FleetSession::reportsChanged);
    clock.advance(3 * 1000 + 1); // three poll intervals of 1 s
    session.refreshReports();
    QCOMPARE(changed.size(), 1);
    QVERIFY(session.reports()[0].stale);
    QVERIFY(session.reports()[0].severity != Severity::Healthy); // stale is never healthy
}

void TestFleetSession::switchingFleetsDeletesTheOldSourceWithoutWaiting()
{
    ManualClock clock;
    FleetSession session(clock);
    QList<QPointer<SnapshotSource>> sources;
    session.setSourceFactory([&sources](const Fleet &fleet, const Clock &c) -> std::unique_ptr<SnapshotSource> {
        auto s = std::make_unique<SyntheticSnapshotSource>(fleet, c, &oneBroker);
        sources.append(s.get());
        return s;
    });
    session.open(twoClusters());
    session.open(twoClusters());
    QCOMPARE(sources.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(sources[0].isNull(), 2000); // gone once it stopped
    QVERIFY(!sources[1].isNull());
    session.close();
    QTRY_VERIFY_WITH_TIMEOUT(sources[1].isNull(), 2000);
}

QTEST_GUILESS_MAIN(TestFleetSession)
#include "tst_fleetsession.moc"
