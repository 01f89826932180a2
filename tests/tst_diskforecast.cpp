#include "health/DiskForecast.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace fleetscope;

class TestDiskForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steadyGrowthReachesTheTotal()
    {
        // 1 MB per second from 100 MB, one sample a minute for an hour, on a 10 GB disk.
        std::vector<qint64> t;
        std::vector<double> used;
        const qint64 start = 1'700'000'000'000;
        for (int i = 0; i <= 60; ++i) {
            t.push_back(start + i * 60'000);
            used.push_back(100e6 + i * 60 * 1e6);
        }
        const auto forecast = DiskForecast::fit(t, used, 10e9);
        QVERIFY(forecast);
        QCOMPARE(std::round(forecast->bytesPerSecond), 1e6);
        QCOMPARE(forecast->fittedAtMs, t.back());
        QVERIFY(forecast->fullAtMs);
        const double expectedSeconds = (10e9 - used.back()) / 1e6;
        QVERIFY(std::abs(double(*forecast->fullAtMs - t.back()) / 1000.0 - expectedSeconds) < 1.0);
        QCOMPARE(forecast->timeToFullMs(*forecast->fullAtMs + 5000), 0);
    }

    void shrinkingOrFlatDiskNeverFills()
    {
        std::vector<qint64> t;
        std::vector<double> flat, shrinking;
        for (int i = 0; i < 30; ++i) {
            t.push_back(qint64(i) * 60'000);
            flat.push_back(5e9);
            shrinking.push_back(5e9 - i * 1e6);
        }
        const auto f = DiskForecast::fit(t, flat, 10e9);
        QVERIFY(f);
        QVERIFY(!f->fullAtMs);
        const auto s = DiskForecast::fit(t, shrinking, 10e9);
        QVERIFY(s);
        QVERIFY(s->bytesPerSecond < 0);
        QVERIFY(!s->timeToFullMs(0));
    }

    void gapsAreSkippedNotZeroes()
    {
        std::vector<qint64> t;
        std::vector<double> used;
        for (int i = 0; i < 40; ++i) {
            t.push_back(qint64(i) * 60'000);
            used.push_back(i >= 10 && i < 20 ? std::numeric_limits<double>::quiet_NaN() : 1e9 + i * 60e3);
        }
        const auto forecast = DiskForecast::fit(t, used, 2e9);
        QVERIFY(forecast);
        QCOMPARE(std::round(forecast->bytesPerSecond), 1000.0); // a zero in the gap would bend this down
    }

    void tooFewOrTooShortIsNoForecast()
    {
        const std::vector<qint64> t{0, 60'000, 120'000};
        const std::vector<double> used{1, 2, 3};
        QVERIFY(!DiskForecast::fit(t, used, 10));
        std::vector<qint64> shortSpan;
        std::vector<double> values;
        for (int i = 0; i < 20; ++i) {
            shortSpan.push_back(i * 1000);
            values.push_back(i);
        }
        QVERIFY(!DiskForecast::fit(shortSpan, values, 100)); // 19 s: noise, not a trend
        DiskForecast::Options relaxed;
        relaxed.minSpanMs = 10'000;
        QVERIFY(DiskForecast::fit(shortSpan, values, 100, relaxed));
    }

    void fromHistoryBuckets()
    {
        SeriesRange range;
        range.tier = 1;
        range.bucketMs = 60'000;
        for (int i = 0; i < 20; ++i) {
            range.t.push_back(qint64(i) * 60'000);
            const double v = 1000.0 + i * 60.0; // 1 byte per second
            range.min.push_back(v);
            range.max.push_back(v);
            range.avg.push_back(v);
        }
        const auto forecast = DiskForecast::fit(range, 1000.0 + 19 * 60.0 + 3600.0);
        QVERIFY(forecast);
        QCOMPARE(forecast->fittedAtMs, 19 * 60'000 + 30'000);
        QVERIFY(std::abs(double(*forecast->fullAtMs - forecast->fittedAtMs) / 1000.0 - 3600.0) < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestDiskForecast)
#include "tst_diskforecast.moc"
