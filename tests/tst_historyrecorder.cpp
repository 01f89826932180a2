#include "history/HistoryRecorder.h"
#include "history/SeriesKey.h"

#include <QTest>

#include <cmath>

using namespace fleetscope;

class TestHistoryRecorder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsWhatWasMeasured();
    void unreachableClusterLeavesGapsNotZeros();
};

namespace {

constexpr qint64 t0 = 1'700'000'000'000;

ClusterSnapshot snapshot(qint64 at, bool reachable)
{
    ClusterSnapshot s;
    s.cluster = QStringLiteral("edge-b");
    s.sampledAtMs = at;
    s.reachable = reachable;
    BrokerStatus b;
    b.nodeId = 2;
    b.state = reachable ? LinkState::Up : LinkState::Down;
    b.inMetadata = reachable;
    b.rttUs = 1500;
    b.rttSampledAtMs = at;
    JvmHeap heap;
    heap.usedBytes = 100 << 20;
    heap.maxBytes = 256 << 20;
    heap.sampledAtMs = at;
    b.heap = heap;
    s.brokers = {b};
    GroupLag g;
    g.group = QStringLiteral("billing");
    g.partitions = {{QStringLiteral("orders"), 0, 10, 40, 2}, {QStringLiteral("orders"), 1, 5, 25, 2}};
    g.totalLag = 50;
    g.lagSeconds = 12.5;
    s.lag.groups = {g};
    return s;
}

double valueAt(TimeSeriesStore &store, const QString &key, qint64 at)
{
    const std::optional<SeriesId> id = store.find(key);
    if (!id)
        return -1;
    const SeriesRange range = store.query(*id, at, at + 10'000, 10);
    return range.avg.empty() ? -1 : range.avg.front();
}

} // namespace

void TestHistoryRecorder::recordsWhatWasMeasured()
{
    TimeSeriesStore store;
    HistoryRecorder recorder(store);
    recorder.record(snapshot(t0, true), 10'000);
    QCOMPARE(valueAt(store, SeriesKey::broker(QStringLiteral("edge-b"), 2, QStringLiteral("link.up")), t0), 1.0);
    QCOMPARE(valueAt(store, SeriesKey::broker(QStringLiteral("edge-b"), 2, QStringLiteral("rtt.ms")), t0), 1.5);
    QCOMPARE(valueAt(store, SeriesKey::broker(QStringLiteral("edge-b"), 2, QStringLiteral("heap.used.bytes")), t0),
             double(100 << 20));
    QCOMPARE(valueAt(store, SeriesKey::broker(QStringLiteral("edge-b"), 2, QStringLiteral("lag")), t0), 50.0);
    QCOMPARE(valueAt(store, SeriesKey::group(QStringLiteral("edge-b"), QStringLiteral("billing"), QStringLiteral("lag.seconds")), t0),
             12.5);
    QCOMPARE(valueAt(store,
                     SeriesKey::groupTopic(QStringLiteral("edge-b"), QStringLiteral("billing"), QStringLiteral("orders"),
                                           QStringLiteral("lag")),
                     t0),
             50.0);
    // No per-partition series: that history is kept per group and topic.
    QVERIFY(!store.find(QStringLiteral("cluster/edge-b/group/billing/topic/orders/partition/0/lag")));
}

void TestHistoryRecorder::unreachableClusterLeavesGapsNotZeros()
{
    TimeSeriesStore store;
    HistoryRecorder recorder(store);
    recorder.record(snapshot(t0, true), 10'000);
    recorder.record(snapshot(t0 + 10'000, false), 10'000);
    recorder.record(snapshot(t0 + 20'000, true), 10'000);
    const QString lagKey = SeriesKey::cluster(QStringLiteral("edge-b"), QStringLiteral("lag"));
    QCOMPARE(valueAt(store, lagKey, t0), 50.0);
    QVERIFY(std::isnan(valueAt(store, lagKey, t0 + 10'000))); // not measured: a gap
    QCOMPARE(valueAt(store, lagKey, t0 + 20'000), 50.0);
    // The link is known to be down: that is a measurement, 0.
    QCOMPARE(valueAt(store, SeriesKey::broker(QStringLiteral("edge-b"), 2, QStringLiteral("link.up")), t0 + 10'000), 0.0);
    QVERIFY(std::isnan(valueAt(store, SeriesKey::broker(QStringLiteral("edge-b"), 2, QStringLiteral("heap.used.bytes")),
                               t0 + 10'000)));
}

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
