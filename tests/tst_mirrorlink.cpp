#include "mirror/MirrorHeartbeat.h"
#include "mirror/MirrorLinkEvaluator.h"

#include <QTest>
#include <QtEndian>

using namespace fleetscope;

class TestMirrorLink final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesHeartbeat();
    void rejectsMalformedHeartbeats_data();
    void rejectsMalformedHeartbeats();
    void freshHeartbeatIsUpAndOffsetLagAddsUp();
    void oldHeartbeatIsDegraded();
    void unreachableCentralIsUnknownNotHealthy();
};

namespace {

QByteArray shortString(const QByteArray &text)
{
    QByteArray out(2, '\0');
    qToBigEndian<qint16>(qint16(text.size()), out.data());
    return out + text;
}

QByteArray heartbeatValue(qint64 timestampMs, qint16 version = 0)
{
    QByteArray out(10, '\0');
    qToBigEndian<qint16>(version, out.data());
    qToBigEndian<qint64>(timestampMs, out.data() + 2);
    return out;
}

ClusterConfig edgeA()
{
    ClusterConfig edge;
    edge.name = QStringLiteral("edge-a");
    edge.mirror = MirrorLink{QStringLiteral("central"), QStringLiteral("edge-a")};
    return edge;
}

ClusterSnapshot snapshots(ClusterSnapshot *central, qint64 heartbeatMs)
{
    ClusterSnapshot edge;
    edge.cluster = QStringLiteral("edge-a");
    edge.reachable = true;
    edge.lag.endOffsets = {{{QStringLiteral("orders"), 0}, 100}, {{QStringLiteral("orders"), 1}, 50},
                           {{QStringLiteral("heartbeats"), 0}, 999}, {{QStringLiteral("new-topic"), 0}, 5}};
    central->cluster = QStringLiteral("central");
    central->reachable = true;
    central->lag.endOffsets = {{{QStringLiteral("edge-a.orders"), 0}, 90}, {{QStringLiteral("edge-a.orders"), 1}, 50},
                               {{QStringLiteral("edge-a.heartbeats"), 0}, 10}};
    central->heartbeats.insert(QStringLiteral("edge-a"),
                               {MirrorHeartbeat{QStringLiteral("central"), QStringLiteral("edge-a"), heartbeatMs}, {}});
    return edge;
}

} // namespace

void TestMirrorLink::decodesHeartbeat()
{
    const Result<MirrorHeartbeat> hb =
        MirrorHeartbeat::decode(shortString("central") + shortString("edge-a"), heartbeatValue(1'700'000'000'123));
    QVERIFY(hb.ok());
    QCOMPARE(hb->sourceAlias, QStringLiteral("central"));
    QCOMPARE(hb->targetAlias, QStringLiteral("edge-a"));
    QCOMPARE(hb->timestampMs, 1'700'000'000'123LL);
}

void TestMirrorLink::rejectsMalformedHeartbeats_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    const QByteArray key = shortString("a") + shortString("b");
    QTest::newRow("empty key") << QByteArray() << heartbeatValue(1);
    QTest::newRow("length past the end") << QByteArray("\x00\x09" "abc", 5) << heartbeatValue(1);
    QTest::newRow("negative length") << QByteArray("\xff\xff", 2) << heartbeatValue(1);
    QTest::newRow("trailing bytes in key") << key + "x" << heartbeatValue(1);
    QTest::newRow("short value") << key << heartbeatValue(1).left(9);
    QTest::newRow("unknown version") << key << heartbeatValue(1, 7);
}

void TestMirrorLink::rejectsMalformedHeartbeats()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    const Result<MirrorHeartbeat> hb = MirrorHeartbeat::decode(key, value);
    QVERIFY(!hb.ok());
    QVERIFY(hb.errorMessage().startsWith(QStringLiteral("Not a MirrorMaker 2 heartbeat")));
}

void TestMirrorLink::freshHeartbeatIsUpAndOffsetLagAddsUp()
{
    ClusterSnapshot central;
    const ClusterSnapshot edge = snapshots(&central, 1'000'000);
    const MirrorLinkStatus status = MirrorLinkEvaluator::evaluate(edgeA(), edge, &central, 1'002'500);
    QCOMPARE(status.state, MirrorLinkState::Up);
    QCOMPARE(status.heartbeatAgeMs, std::optional<qint64>(2'500));
    QCOMPARE(status.offsetLag, std::optional<qint64>(10)); // orders-0 trails by 10; heartbeats and new-topic don't count
    QCOMPARE(status.mirroredTopics, 1);
}

void TestMirrorLink::oldHeartbeatIsDegraded()
{
    ClusterSnapshot central;
    const ClusterSnapshot edge = snapshots(&central, 1'000'000);
    const MirrorLinkStatus status = MirrorLinkEvaluator::evaluate(edgeA(), edge, &central, 1'000'000 + 61'000);
    QCOMPARE(status.state, MirrorLinkState::Degraded);
}

void TestMirrorLink::unreachableCentralIsUnknownNotHealthy()
{
    ClusterSnapshot central;
    const ClusterSnapshot edge = snapshots(&central, 1'000'000);
    central.reachable = false;
    MirrorLinkStatus status = MirrorLinkEvaluator::evaluate(edgeA(), edge, &central, 1'000'500);
    QCOMPARE(status.state, MirrorLinkState::Unknown);
    QVERIFY(!status.heartbeatAgeMs);
    status = MirrorLinkEvaluator::evaluate(edgeA(), edge, nullptr, 1'000'500);
    QCOMPARE(status.state, MirrorLinkState::Unknown);
}

QTEST_GUILESS_MAIN(TestMirrorLink)
#include "tst_mirrorlink.moc"
