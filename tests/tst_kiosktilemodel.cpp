// The wall screen's tiles from synthetic broker reports: which finding a tile shows, how
// unreachable, broker down, stale and waiting differ, and which sites the pages cycle through.
#include "format/Formatter.h"
#include "health/HealthJudge.h"
#include "kiosk/KioskPager.h"
#include "kiosk/KioskTileModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fleetscope;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;
constexpr qint64 kGiB = 1024LL * 1024 * 1024;

NodeReport broker(const QString &site, const QString &cluster, int nodeId, double diskFraction = 0.5)
{
    NodeReport r;
    r.site = site;
    r.cluster = cluster;
    r.nodeId = nodeId;
    r.link = LinkState::Up;
    r.clusterReachable = true;
    r.sampledAtMs = kNow - 2000;
    r.diskTotalBytes = 100 * kGiB;
    r.diskUsedBytes = qint64(diskFraction * 100 * kGiB);
    r.heapMaxBytes = 256 << 20;
    r.heapUsedBytes = 100 << 20;
    return r;
}

NodeReport unreachable(const QString &site, const QString &cluster, qint64 atMs)
{
    NodeReport r;
    r.site = site;
    r.cluster = cluster;
    r.nodeId = 1; // a broker seen earlier this session
    r.link = LinkState::Down;
    r.clusterReachable = false;
    r.clusterError = QStringLiteral("Local: Broker transport failure");
    r.sampledAtMs = atMs;
    return r;
}

// The tiles show what HealthJudge decided, as in the application, where every report is judged first.
QList<NodeReport> judged(QList<NodeReport> reports, const HealthThresholds &thresholds = {})
{
    for (NodeReport &r : reports)
        HealthJudge::judge(r, thresholds);
    return reports;
}

QList<KioskTile> build(KioskTileBuilder &builder, const QList<NodeReport> &reports, qint64 nowMs)
{
    return builder.build(judged(reports), nowMs);
}

KioskTile tile(TileState state, const QString &site = QStringLiteral("s"), Severity severity = Severity::Warning, int rank = 0)
{
    KioskTile t;
    t.site = site;
    t.state = state;
    t.severity = severity;
    t.rank = rank;
    return t;
}

} // namespace

class TestKioskTileModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void worstMetricIsTheFullestDiskWithItsNode()
    {
        KioskTileBuilder builder;
        const QList<KioskTile> tiles = build(builder, {broker("plant-b", "edge-b", 1, 0.85), broker("plant-b", "edge-b", 2, 0.93),
                                                      broker("plant-b", "edge-b", 3, 0.40)},
                                                     kNow);
        QCOMPARE(tiles.size(), 1);
        QCOMPARE(tiles[0].state, TileState::Critical);
        QCOMPARE(tiles[0].headline, QStringLiteral("disk %1 on edge-b-2").arg(Formatter::percent(0.93)));
        QCOMPARE(tiles[0].problems, 2); // 93 % critical and 85 % warning
        QVERIFY2(tiles[0].detail.contains(QLatin1String("+1 more problem")), qPrintable(tiles[0].detail));
        QVERIFY2(tiles[0].detail.contains(QLatin1String("3 of 3 brokers up")), qPrintable(tiles[0].detail));
    }

    void healthySiteNamesItsHighestDisk()
    {
        KioskTileBuilder builder;
        const QList<KioskTile> tiles = build(builder, {broker("a", "edge-a", 1, 0.30), broker("a", "edge-a", 2, 0.69)}, kNow);
        QCOMPARE(tiles[0].state, TileState::Healthy);
        QVERIFY(!tiles[0].isProblem());
        QCOMPARE(tiles[0].headline, QStringLiteral("disk %1 on edge-a-2").arg(Formatter::percent(0.69)));
        QCOMPARE(tiles[0].problems, 0);
    }

    void brokerDownOutranksDiskCritical()
    {
        KioskTileBuilder builder;
        NodeReport down = broker("b", "edge-b", 1);
        down.sampledAtMs = kNow - 120'000; // it was up two minutes ago
        build(builder, {down}, kNow - 120'000);
        down.link = LinkState::Down;
        down.sampledAtMs = kNow - 2000;
        const QList<KioskTile> tiles = build(builder, {down, broker("b", "edge-b", 2, 0.97)}, kNow);
        QCOMPARE(tiles[0].state, TileState::Critical);
        QCOMPARE(tiles[0].headline,
                 QStringLiteral("broker edge-b-1 down, last seen %1").arg(Formatter::age(120'000)));
        QCOMPARE(tiles[0].problems, 2);
    }

    void unreachableBrokerDownAndStaleLookDifferent()
    {
        KioskTileBuilder builder;
        // All three answered four minutes ago.
        QList<NodeReport> before{broker("far", "edge-far", 1), broker("near", "edge-near", 1), broker("old", "edge-old", 1)};
        for (NodeReport &r : before)
            r.sampledAtMs = kNow - 240'000;
        build(builder, before, kNow - 240'000);

        NodeReport down = broker("near", "edge-near", 1);
        down.link = LinkState::Down;
        NodeReport stale = broker("old", "edge-old", 1, 0.10);
        stale.stale = true;
        stale.sampledAtMs = kNow - 240'000;
        const QList<KioskTile> tiles = build(builder, {unreachable("far", "edge-far", kNow - 1000), down, stale}, kNow);
        QCOMPARE(tiles.size(), 3);
        QCOMPARE(tiles[0].state, TileState::Unreachable);
        QCOMPARE(tiles[0].headline, QStringLiteral("site unreachable, last seen %1").arg(Formatter::age(240'000)));
        QCOMPARE(tiles[1].state, TileState::Critical);
        QVERIFY2(tiles[1].headline.startsWith(QLatin1String("broker edge-near-1 down")), qPrintable(tiles[1].headline));
        // Stale numbers, however healthy they were, never make a green tile.
        QCOMPARE(tiles[2].state, TileState::Stale);
        QVERIFY(tiles[2].isProblem());
        QCOMPARE(tiles[2].headline, QStringLiteral("no new data from edge-old, last seen %1").arg(Formatter::age(240'000)));
        QVERIFY(tiles[0].priority() > tiles[1].priority());
        QVERIFY(tiles[1].priority() > tiles[2].priority());
    }

    void oneUnreachableClusterIsNotAnUnreachableSite()
    {
        KioskTileBuilder builder;
        const QList<KioskTile> one
            = build(builder, {broker("hq", "central", 1), unreachable("hq", "central-dr", kNow - 1000)}, kNow);
        QCOMPARE(one[0].state, TileState::Unreachable);
        QCOMPARE(one[0].headline, QStringLiteral("central-dr unreachable, not reached since start"));
        const QList<KioskTile> both = build(builder, 
            {unreachable("hq", "central", kNow - 1000), unreachable("hq", "central-dr", kNow - 1000)}, kNow);
        QCOMPARE(both[0].headline, QStringLiteral("site unreachable, last seen %1").arg(Formatter::age(2000)));
        QCOMPARE(both[0].problems, 1); // one finding for the site, not one per cluster
    }

    void waitingIsNeitherHealthyNorAProblemOfTheBrokers()
    {
        KioskTileBuilder builder;
        NodeReport never;
        never.site = QStringLiteral("new");
        never.cluster = QStringLiteral("edge-new");
        const QList<KioskTile> tiles = build(builder, {never}, kNow);
        QCOMPARE(tiles[0].state, TileState::Waiting);
        QVERIFY(tiles[0].isProblem());
        QCOMPARE(tiles[0].brokers, 0);
    }

    void modelRepaintsOnlyTheTilesThatChanged()
    {
        KioskTileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<NodeReport> reports{broker("a", "edge-a", 1), broker("b", "edge-b", 1), broker("c", "edge-c", 1)};
        model.setReports(judged(reports), kNow);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("b"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setReports(judged(reports), kNow);
        QCOMPARE(changed.count(), 0);

        reports[1].diskUsedBytes = 95 * kGiB;
        model.setReports(judged(reports), kNow);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 1);
        QCOMPARE(changed[0][1].toModelIndex().row(), 1);
        QCOMPARE(model.index(1).data(KioskTileModel::StateRole).toInt(), int(TileState::Critical));
        QCOMPARE(model.index(1).data(KioskTileModel::ProblemRole).toBool(), true);
        QCOMPARE(model.problemCount(), 1);
        QCOMPARE(reset.count(), 0);

        reports.removeLast(); // another fleet
        model.setReports(judged(reports), kNow);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void allSitesOnOnePageWhenTheyFit()
    {
        const QList<KioskTile> tiles{tile(TileState::Healthy), tile(TileState::Critical), tile(TileState::Healthy)};
        const QList<KioskPage> pages = KioskPager::pages(tiles, 3);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages[0].rows, (QList<int>{0, 1, 2})); // the fleet's order, stable on the wall
        QCOMPARE(pages[0].healthySummary, 0);
    }

    void pagesCycleOnlyThroughProblemSitesWorstFirst()
    {
        QList<KioskTile> tiles;
        for (int i = 0; i < 10; ++i)
            tiles.append(tile(TileState::Healthy, QString::number(i), Severity::Healthy));
        tiles[2] = tile(TileState::Warning, QStringLiteral("2"), Severity::Warning, 60);
        tiles[5] = tile(TileState::Unreachable, QStringLiteral("5"), Severity::Critical, 100);
        tiles[8] = tile(TileState::Stale, QStringLiteral("8"), Severity::Warning, 55);
        tiles[9] = tile(TileState::Critical, QStringLiteral("9"), Severity::Critical, 80);

        const QList<KioskPage> pages = KioskPager::pages(tiles, 3);
        // Two problems and the healthy summary per page.
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].rows, (QList<int>{5, 9}));
        QCOMPARE(pages[1].rows, (QList<int>{2, 8}));
        for (const KioskPage &page : pages)
            QCOMPARE(page.healthySummary, 6);

        const QList<KioskPage> roomy = KioskPager::pages(tiles, 5);
        QCOMPARE(roomy.size(), 1);
        QCOMPARE(roomy[0].rows, (QList<int>{5, 9, 2, 8}));
    }

    void noProblemsAndTooManySitesIsOneSummary()
    {
        QList<KioskTile> tiles;
        for (int i = 0; i < 10; ++i)
            tiles.append(tile(TileState::Healthy, QString::number(i), Severity::Healthy));
        const QList<KioskPage> pages = KioskPager::pages(tiles, 4);
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages[0].rows.isEmpty());
        QCOMPARE(pages[0].healthySummary, 10);
    }
};

QTEST_GUILESS_MAIN(TestKioskTileModel)
#include "tst_kiosktilemodel.moc"
