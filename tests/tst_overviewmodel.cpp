// The overview table model: narrow updates (one dataChanged range per run of changed rows), one row
// per broker or per cluster, sparklines from the history store read once per tick, and stale,
// unreachable and down rows that look different from healthy ones and from each other.
#include "common/StatusIcons.h"
#include "history/HistoryRecorder.h"
#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"
#include "overview/OverviewFilterModel.h"
#include "overview/OverviewTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace fleetscope;

class TestOverviewModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyChangedRowsEmitDataChanged();
    void refreshAgesTouchesTheAgeColumnAndAgingStates();
    void oneRowPerClusterShowsTheClusterAtItsWorst();
    void passesTheModelTesterInBothModes();
    void sparklinesAreReadOncePerChangeAndKeepGaps();
    void sparklineReadsPerTickAreBounded();
    void staleUnreachableAndDownLookDifferent();
    void filterBoxTermsSelectRows();
};

namespace {

constexpr qint64 now = 1'700'000'000'000;

NodeReport broker(const QString &cluster, int nodeId, qint64 lag = 100)
{
    NodeReport r;
    r.site = QStringLiteral("site-") + cluster;
    r.cluster = cluster;
    r.nodeId = nodeId;
    r.link = LinkState::Up;
    r.clusterReachable = true;
    r.rttUs = 1500;
    r.lagMessages = lag;
    r.diskUsedBytes = 40 + nodeId;
    r.diskTotalBytes = 100;
    r.heapUsedBytes = 50;
    r.heapMaxBytes = 100;
    r.sampledAtMs = now - 1000;
    r.lastSeenMs = now - 1000;
    r.brokersUp = 1;
    return r;
}

// clusters c0..c(n-1), three brokers each, in fleet order.
QList<NodeReport> fleet(int clusters)
{
    QList<NodeReport> reports;
    for (int c = 0; c < clusters; ++c)
        for (int b = 1; b <= 3; ++b)
            reports.append(broker(QStringLiteral("c%1").arg(c), b));
    return reports;
}

struct Range
{
    int top, bottom, left, right;
    QList<int> roles;
};

QList<Range> ranges(const QSignalSpy &spy)
{
    QList<Range> result;
    for (const QList<QVariant> &args : spy) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        result.append({tl.row(), br.row(), tl.column(), br.column(), args.at(2).value<QList<int>>()});
    }
    return result;
}

} // namespace

void TestOverviewModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestOverviewModel::onlyChangedRowsEmitDataChanged()
{
    ManualClock clock(now);
    OverviewTableModel model(clock);
    QList<NodeReport> reports = fleet(4);
    model.setReports(reports);
    QCOMPARE(model.rowCount(), 12);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setReports(reports);
    QCOMPARE(changed.count(), 0); // nothing new: no signal at all

    // Cluster c1 polled again (three neighbouring rows), and one broker of c3.
    for (int i = 3; i < 6; ++i) {
        reports[i].sampledAtMs = reports[i].lastSeenMs = now;
        reports[i].lagMessages += 7;
    }
    reports[11].heapUsedBytes = 90;
    model.setReports(reports);
    const QList<Range> got = ranges(changed);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[0].top, 3);
    QCOMPARE(got[0].bottom, 5);
    QCOMPARE(got[0].left, int(OverviewTableModel::LagColumn)); // lag and age changed, not the state: no re-sort
    QCOMPARE(got[0].right, int(OverviewTableModel::AgeColumn));
    QCOMPARE(got[1].top, 11);
    QCOMPARE(got[1].bottom, 11);
    QCOMPARE(got[1].left, int(OverviewTableModel::HeapColumn));
    QCOMPARE(got[1].right, int(OverviewTableModel::HeapColumn));

    // A broker going down changes the whole row (state, severity, colours).
    changed.clear();
    reports[4].link = LinkState::Down;
    reports[4].severity = Severity::Critical;
    model.setReports(reports);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ranges(changed)[0].left, 0);
    QCOMPARE(ranges(changed)[0].right, int(OverviewTableModel::ColumnCount) - 1);
    QVERIFY(model.index(4, OverviewTableModel::SiteColumn).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("broker down")));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.index(4, OverviewTableModel::LagColumn).data().toString(), QStringLiteral("107"));

    // A whole new cluster arrives as one insertion, not one per row.
    reports.append(broker(QStringLiteral("c9"), 1));
    reports.append(broker(QStringLiteral("c9"), 2));
    model.setReports(reports);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(model.rowOf(QStringLiteral("c9"), 2), 13);
}

void TestOverviewModel::refreshAgesTouchesTheAgeColumnAndAgingStates()
{
    ManualClock clock(now);
    OverviewTableModel model(clock);
    QList<NodeReport> reports = fleet(3);
    reports[4].stale = true;         // c1 broker 2: not heard from
    reports[5].stale = true;         // and its neighbour
    reports[4].lastSeenMs = reports[5].lastSeenMs = now - 60'000;
    reports[7].link = LinkState::Down; // c2 broker 2 is down
    reports[7].brokersUp = 0;
    reports[7].lastSeenMs = now - 120'000;
    model.setReports(reports);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advance(60'000);
    model.refreshAges();
    const QList<Range> got = ranges(changed);
    QCOMPARE(got.size(), 3);
    QCOMPARE((std::tuple{got[0].top, got[0].bottom, got[0].left, got[0].right}),
             (std::tuple{0, 8, int(OverviewTableModel::AgeColumn), int(OverviewTableModel::AgeColumn)}));
    QCOMPARE((std::tuple{got[1].top, got[1].bottom, got[1].left}), (std::tuple{4, 5, int(OverviewTableModel::StateColumn)}));
    QCOMPARE((std::tuple{got[2].top, got[2].bottom, got[2].left}), (std::tuple{7, 7, int(OverviewTableModel::StateColumn)}));
    QCOMPARE(model.index(4, OverviewTableModel::StateColumn).data().toString(), QStringLiteral("last seen 2 min ago"));
    QCOMPARE(model.index(7, OverviewTableModel::StateColumn).data().toString(),
             QStringLiteral("broker down, last seen 3 min ago"));
}

void TestOverviewModel::oneRowPerClusterShowsTheClusterAtItsWorst()
{
    ManualClock clock(now);
    OverviewTableModel model(clock);
    QList<NodeReport> reports = fleet(2);
    reports[1].link = LinkState::Down;
    reports[1].brokersUp = 0;
    reports[1].severity = Severity::Critical;
    reports[1].reasons = {QStringLiteral("broker down")};
    reports[2].diskUsedBytes = 93;
    model.setReports(reports);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMode(OverviewTableModel::Mode::Clusters);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    const int c0 = model.rowOf(QStringLiteral("c0"), 2); // any broker finds its cluster's row
    QCOMPARE(c0, model.rowOf(QStringLiteral("c0"), -1));
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(c0, OverviewTableModel::NodeColumn), QStringLiteral("2/3"));
    QCOMPARE(cell(c0, OverviewTableModel::StateColumn), QStringLiteral("2 of 3 brokers up"));
    QCOMPARE(cell(c0, OverviewTableModel::LagColumn), QStringLiteral("300"));
    QCOMPARE(cell(c0, OverviewTableModel::DiskColumn), QStringLiteral("93 %"));
    QCOMPARE(model.index(c0, 0).data(OverviewTableModel::SeverityRole).toInt(), int(Severity::Critical));
    QCOMPARE(model.index(c0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("2 of 3 brokers up\nbroker 2: broker down"));
    const int c1 = model.rowOf(QStringLiteral("c1"), -1);
    QCOMPARE(cell(c1, OverviewTableModel::StateColumn), QStringLiteral("up"));
    QCOMPARE(model.headerData(OverviewTableModel::NodeColumn, Qt::Horizontal).toString(), QStringLiteral("Brokers"));

    model.setMode(OverviewTableModel::Mode::Brokers);
    QCOMPARE(model.rowCount(), 6);
}

void TestOverviewModel::passesTheModelTesterInBothModes()
{
    ManualClock clock(now);
    OverviewTableModel model(clock);
    OverviewFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(OverviewTableModel::StateColumn, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<NodeReport> reports = fleet(3);
    for (auto mode : {OverviewTableModel::Mode::Brokers, OverviewTableModel::Mode::Clusters}) {
        model.setMode(mode);
        model.setReports(reports);
        reports.removeAt(2); // a broker goes away
        reports[0].severity = Severity::Warning;
        model.setReports(reports);
        reports.append(broker(QStringLiteral("c7"), 1));
        model.setReports(reports);
        model.refreshAges();
    }
    QCOMPARE(model.rowCount(), 4); // clusters c0, c1, c2, c7
    QCOMPARE(proxy.index(0, OverviewTableModel::ClusterColumn).data().toString(), QStringLiteral("c0")); // worst first
}

void TestOverviewModel::sparklinesAreReadOncePerChangeAndKeepGaps()
{
    using M = HistoryRecorder::Metric;
    ManualClock clock(now);
    TimeSeriesStore store;
    // An hour of c0 broker 1: lag climbing, heap at half, nothing at all between 20 and 30 min ago.
    for (qint64 t = now - 3'600'000; t < now; t += 10'000) {
        if (t >= now - 30 * 60'000 && t < now - 20 * 60'000)
            continue;
        store.append(store.intern(SeriesKey::broker(QStringLiteral("c0"), 1, QString::fromLatin1(M::lag)), 10'000), t,
                     double(t - (now - 3'600'000)) / 1000.0);
        store.append(store.intern(SeriesKey::broker(QStringLiteral("c0"), 1, QString::fromLatin1(M::heapUsed)), 10'000), t, 50);
    }
    OverviewTableModel model(clock);
    model.setHistory(&store);
    QList<NodeReport> reports = fleet(2);
    model.setReports(reports);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshSparklines();
    QList<Range> got = ranges(changed);
    QCOMPARE(got.size(), 1); // only the row that has history
    QCOMPARE(got[0].top, 0);
    QCOMPARE(got[0].bottom, 0);
    QCOMPARE(got[0].left, int(OverviewTableModel::LagColumn));
    QCOMPARE(got[0].right, int(OverviewTableModel::HeapColumn));
    QCOMPARE(got[0].roles, QList<int>{OverviewTableModel::SparklineRole});

    const auto lag = model.index(0, OverviewTableModel::LagColumn).data(OverviewTableModel::SparklineRole).value<QList<float>>();
    QVERIFY(lag.size() >= 10);
    QCOMPARE(lag.last(), 1.0f); // scaled to its peak, which is the newest value
    QVERIFY(std::any_of(lag.cbegin(), lag.cend(), [](float v) { return std::isnan(v); })); // the gap
    const auto heap = model.index(0, OverviewTableModel::HeapColumn).data(OverviewTableModel::SparklineRole).value<QList<float>>();
    QVERIFY(!heap.isEmpty());
    QCOMPARE(heap.constFirst(), 0.5f); // 50 of a 100 byte max
    QVERIFY(!model.index(0, OverviewTableModel::DiskColumn).data(OverviewTableModel::SparklineRole).isValid());

    changed.clear();
    clock.advance(1000);
    model.refreshSparklines();
    QCOMPARE(changed.count(), 0); // no new data: nothing read again, nothing repainted

    reports[0].sampledAtMs = reports[0].lastSeenMs = now + 500;
    store.append(*store.find(SeriesKey::broker(QStringLiteral("c0"), 1, QString::fromLatin1(M::lag))), now + 500, 0);
    model.setReports(reports);
    changed.clear();
    model.refreshSparklines();
    QCOMPARE(changed.count(), 0); // new data, but the line was read a second ago: it waits
    clock.advance(OverviewTableModel::sparklineMinRefreshMs);
    model.refreshSparklines();
    got = ranges(changed);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].top, 0);
}

void TestOverviewModel::sparklineReadsPerTickAreBounded()
{
    using M = HistoryRecorder::Metric;
    ManualClock clock(now);
    TimeSeriesStore store;
    const QList<NodeReport> reports = fleet(60); // 180 rows, every one with a little history
    for (const NodeReport &r : reports)
        for (qint64 t = now - 600'000; t < now; t += 10'000)
            store.append(store.intern(SeriesKey::broker(r.cluster, r.nodeId, QString::fromLatin1(M::lag)), 10'000), t, double(t % 7));
    OverviewTableModel model(clock);
    model.setHistory(&store);
    model.setReports(reports);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto rowsTouched = [&] {
        int rows = 0;
        for (const Range &r : ranges(changed))
            rows += r.bottom - r.top + 1;
        changed.clear();
        return rows;
    };
    model.refreshSparklines();
    QCOMPARE(rowsTouched(), OverviewTableModel::sparklineRowsPerTick);
    model.refreshSparklines();
    QCOMPARE(rowsTouched(), 180 - OverviewTableModel::sparklineRowsPerTick);
    model.refreshSparklines();
    QCOMPARE(rowsTouched(), 0);
}

void TestOverviewModel::staleUnreachableAndDownLookDifferent()
{
    ManualClock clock(now);
    OverviewTableModel model(clock);
    QList<NodeReport> reports = fleet(3);
    for (int i = 0; i < 3; ++i) { // c0 does not answer
        reports[i].clusterReachable = false;
        reports[i].brokersUp = 0;
        reports[i].lastSeenMs = now - 240'000;
    }
    reports[4].stale = true; // c1 broker 2: its data is old
    reports[4].lastSeenMs = now - 240'000;
    reports[7].link = LinkState::Down; // c2 broker 2 is down
    reports[7].brokersUp = 0;
    reports[7].lastSeenMs = now - 240'000;
    model.setReports(reports);
    auto at = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    using C = OverviewTableModel;

    QCOMPARE(at(0, C::StateColumn).toString(), QStringLiteral("site unreachable, last seen 4 min ago"));
    QCOMPARE(at(0, C::AgeColumn).toString(), QStringLiteral("4 min ago"));
    QCOMPARE(at(4, C::StateColumn).toString(), QStringLiteral("last seen 4 min ago"));
    QCOMPARE(at(7, C::StateColumn).toString(), QStringLiteral("broker down, last seen 4 min ago"));
    QCOMPARE(at(3, C::StateColumn).toString(), QStringLiteral("up"));

    // A cluster never heard from shows no numbers at all: no lag of 0, no healthy-looking 0 partitions.
    NodeReport never;
    never.site = never.cluster = QStringLiteral("dark");
    never.sampledAtMs = now - 1000; // polled, did not answer
    never.brokerCount = 0;
    reports.append(never);
    model.setReports(reports);
    const int dark = model.rowOf(QStringLiteral("dark"), -1);
    QCOMPARE(at(dark, C::LagColumn).toString(), QStringLiteral("—"));
    QCOMPARE(at(dark, C::UnderReplicatedColumn).toString(), QStringLiteral("—"));
    QCOMPARE(at(dark, C::StateColumn).toString(), QStringLiteral("site unreachable, last seen never"));
    QCOMPARE(at(dark, C::AgeColumn).toString(), QStringLiteral("never"));

    // Unreachable: grey and italic. Stale: grey, upright. Down: red state, grey old values. Healthy: plain.
    QVERIFY(at(0, C::LagColumn, Qt::FontRole).value<QFont>().italic());
    QVERIFY(!at(4, C::LagColumn, Qt::FontRole).isValid());
    QVERIFY(at(0, C::SiteColumn, C::StaleRole).toBool());
    QVERIFY(at(4, C::SiteColumn, C::StaleRole).toBool());
    QVERIFY(!at(7, C::SiteColumn, C::StaleRole).toBool());
    QCOMPARE(at(7, C::StateColumn, Qt::ForegroundRole).value<QBrush>().color(), StatusIcons::colorFor(LinkState::Down));
    QVERIFY(at(7, C::DiskColumn, Qt::ForegroundRole).isValid());
    QVERIFY(!at(3, C::StateColumn, Qt::ForegroundRole).isValid());
}

void TestOverviewModel::filterBoxTermsSelectRows()
{
    ManualClock clock(now);
    OverviewTableModel model(clock);
    QList<NodeReport> reports = fleet(3);
    reports[7].link = LinkState::Down;
    reports[7].brokersUp = 0;
    model.setClusterTags({{QStringLiteral("c0"), {QStringLiteral("eu")}}, {QStringLiteral("c2"), {QStringLiteral("eu")}}});
    model.setReports(reports);
    OverviewFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterWords(QStringLiteral("tag:eu"));
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setFilterWords(QStringLiteral("tag:EU state:down"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, OverviewTableModel::NodeColumn).data().toString(), QStringLiteral("2"));
    proxy.setFilterWords(QStringLiteral("-state:up"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterWords(QStringLiteral("c1"));
    QCOMPARE(proxy.rowCount(), 3);
    model.setMode(OverviewTableModel::Mode::Clusters);
    proxy.setFilterWords(QStringLiteral("state:down"));
    QCOMPARE(proxy.rowCount(), 1); // the cluster with a broker down
    QCOMPARE(proxy.index(0, OverviewTableModel::ClusterColumn).data().toString(), QStringLiteral("c2"));
}

QTEST_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"
