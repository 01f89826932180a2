#include "lag/LagRateEstimator.h"

#include <QTest>

using namespace fleetscope;

class TestLagRateEstimator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSightHasNoEstimate();
    void lagDividedByConsumeRate();
    void stalledGroupCountsTimeSinceProgress();
    void caughtUpGroupHasZeroLag();
};

namespace {

GroupLag group(qint64 committed0, qint64 committed1, qint64 end)
{
    GroupLag g;
    g.group = QStringLiteral("billing");
    g.partitions = {{QStringLiteral("orders"), 0, committed0, end, 1}, {QStringLiteral("orders"), 1, committed1, end, 2}};
    for (const PartitionLag &p : g.partitions)
        g.totalLag += p.lag().value_or(0);
    return g;
}

} // namespace

void TestLagRateEstimator::firstSightHasNoEstimate()
{
    LagRateEstimator estimator;
    QList<GroupLag> groups{group(100, 100, 200)};
    estimator.estimate(groups, 1'000);
    QVERIFY(!groups[0].lagSeconds.has_value());
    QVERIFY(!groups[0].stalled);
}

void TestLagRateEstimator::lagDividedByConsumeRate()
{
    LagRateEstimator estimator;
    QList<GroupLag> first{group(100, 100, 400)};
    estimator.estimate(first, 0);
    // 10 s later both partitions moved 50: 100 messages in 10 s = 10/s; lag 2 * (400 - 150) = 500.
    QList<GroupLag> second{group(150, 150, 400)};
    estimator.estimate(second, 10'000);
    QVERIFY(second[0].lagSeconds.has_value());
    QCOMPARE(*second[0].lagSeconds, 50.0);
    QVERIFY(!second[0].stalled);
    // Next 10 s at 30/s: the estimate uses the smoothed rate (10 + 30) / 2 = 20/s; lag 2 * 100 = 200.
    QList<GroupLag> third{group(300, 300, 400)};
    estimator.estimate(third, 20'000);
    QCOMPARE(*third[0].lagSeconds, 10.0);
}

void TestLagRateEstimator::stalledGroupCountsTimeSinceProgress()
{
    LagRateEstimator estimator;
    QList<GroupLag> a{group(100, 100, 400)};
    estimator.estimate(a, 0);
    QList<GroupLag> b{group(110, 100, 400)};
    estimator.estimate(b, 10'000); // progress at 10 s
    QList<GroupLag> c{group(110, 100, 500)};
    estimator.estimate(c, 20'000);
    QList<GroupLag> d{group(110, 100, 600)};
    estimator.estimate(d, 40'000);
    QVERIFY(d[0].stalled);
    QCOMPARE(*d[0].lagSeconds, 30.0); // no progress since 10 s
}

void TestLagRateEstimator::caughtUpGroupHasZeroLag()
{
    LagRateEstimator estimator;
    QList<GroupLag> a{group(100, 100, 100)};
    estimator.estimate(a, 0);
    QList<GroupLag> b{group(100, 100, 100)};
    estimator.estimate(b, 10'000);
    QCOMPARE(*b[0].lagSeconds, 0.0);
    QVERIFY(!b[0].stalled);
}

QTEST_GUILESS_MAIN(TestLagRateEstimator)
#include "tst_lagrateestimator.moc"
