// Live: the edge -> central MirrorMaker 2 link, as the fleet session sees it on the real test fleet.
#include "TestFleet.h"
#include "session/FleetSession.h"

#include <QTest>

using namespace fleetscope;
using fleetscope::test::TestFleet;

class TestMirrorLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heartbeatsAreFreshAndStoppingMirrorMakerDegradesTheLink();
};

void TestMirrorLive::heartbeatsAreFreshAndStoppingMirrorMakerDegradesTheLink()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    SystemClock clock;
    // The session joins each edge's snapshot with the newest central one: the mirror link.
    FleetSession session(clock);
    QHash<QString, ClusterSnapshot> latest;
    connect(&session, &FleetSession::snapshotArrived, this,
            [&](const ClusterSnapshot &s) { latest.insert(s.cluster, s); });
    session.open(fleet);

    auto link = [&](const QString &edge) {
        const ClusterSnapshot snapshot = latest.value(edge);
        return snapshot.mirror.value_or(MirrorLinkStatus{});
    };
    const QStringList edges{QStringLiteral("edge-a"), QStringLiteral("edge-b")};
    const bool fresh = TestFleet::waitFor(
        [&] {
            for (const QString &edge : edges) {
                const MirrorLinkStatus status = link(edge);
                if (status.state != MirrorLinkState::Up || !status.heartbeatAgeMs || *status.heartbeatAgeMs > 15'000
                    || !status.offsetLag || status.mirroredTopics == 0)
                    return false;
            }
            return true;
        },
        120'000);
    QVERIFY2(fresh, qPrintable(QStringLiteral("edge-a link: state %1, detail \"%2\"")
                                   .arg(int(link(QStringLiteral("edge-a")).state))
                                   .arg(link(QStringLiteral("edge-a")).detail)));
    QCOMPARE(link(QStringLiteral("edge-a")).intoCluster, QStringLiteral("central"));

    const QString stopError = TestFleet::stopNode(QStringLiteral("mm2"));
    QVERIFY2(stopError.isEmpty(), qPrintable(stopError));
    const bool degraded = TestFleet::waitFor(
        [&] {
            const MirrorLinkStatus status = link(QStringLiteral("edge-a"));
            return status.state == MirrorLinkState::Degraded && status.heartbeatAgeMs
                && *status.heartbeatAgeMs > 60'000;
        },
        150'000);
    const QString startError = TestFleet::startNode(QStringLiteral("mm2"));
    QVERIFY2(degraded, "the heartbeat age never grew past a minute with MirrorMaker 2 stopped");
    QVERIFY2(startError.isEmpty(), qPrintable(startError));
    QVERIFY2(TestFleet::waitFor([&] { return link(QStringLiteral("edge-a")).state == MirrorLinkState::Up; }, 180'000),
             "the link did not come back after MirrorMaker 2 was started again");
}

QTEST_GUILESS_MAIN(TestMirrorLive)
#include "tst_mirrorlive.moc"
