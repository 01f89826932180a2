#include "core/Clock.h"
#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"

#include <QTest>

#include <cmath>

using namespace fleetscope;

namespace {

constexpr qint64 kStep = 10'000;
constexpr qint64 kHour = TierLayout::hourMs;
// A start on an hour boundary, so bucket boundaries are easy to name in the tests.
constexpr qint64 kStart = 1'700'000'000'000 / kHour * kHour;

bool isGap(const SeriesRange &r, std::size_t i)
{
    return std::isnan(r.min[i]) && std::isnan(r.max[i]) && std::isnan(r.avg[i]);
}

// Appends `count` samples one step apart, value f(i), with the clock as the time source.
template<typename F>
void appendRun(TimeSeriesStore &store, SeriesId id, ManualClock &clock, int count, F f)
{
    for (int i = 0; i < count; ++i) {
        QCOMPARE(store.append(id, clock.nowMs(), f(i)), TimeSeriesStore::Appended::Stored);
        clock.advance(kStep);
    }
}

class RecordingObserver final : public TimeSeriesStore::Observer
{
public:
    void seriesAdded(SeriesId id, const QString &key, qint64 stepMs) override { added.append({id, key, stepMs}); }
    void sampleStored(SeriesId, qint64 slotMs, float value) override { samples.append({slotMs, value}); }
    QList<std::tuple<SeriesId, QString, qint64>> added;
    QList<std::pair<qint64, float>> samples;
};

} // namespace

class TestTimeSeriesStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void internsKeys();
    void seriesKeysEscape();
    void rawValuesComeBackExactly();
    void offGridSamplesSnapToTheirSlot();
    void gapsStayGaps();
    void consolidatesAtTierBoundaries();
    void answersLongRangesFromCoarseTiers();
    void respectsMaxPoints_data();
    void respectsMaxPoints();
    void lateSamplesWithinTheWindow();
    void openBucketsFollowAppends();
    void observerSeesStoredSamples();
};

void TestTimeSeriesStore::internsKeys()
{
    TimeSeriesStore store;
    const QString key = SeriesKey::broker(QStringLiteral("edge-b"), 2, QStringLiteral("disk.used"));
    QCOMPARE(key, QStringLiteral("cluster/edge-b/broker/2/disk.used"));
    const SeriesId a = store.intern(key);
    QCOMPARE(store.intern(key), a);
    const SeriesId b = store.intern(QStringLiteral("cluster/edge-a/group/billing/topic/orders/lag"), 7'000);
    QVERIFY(a != b);
    QCOMPARE(store.seriesCount(), 2);
    QCOMPARE(store.find(key), std::optional<SeriesId>(a));
    QCOMPARE(store.find(QStringLiteral("nope")), std::nullopt);
    QCOMPARE(store.key(b), QStringLiteral("cluster/edge-a/group/billing/topic/orders/lag"));
    QCOMPARE(store.stepMs(b), 6'000); // snapped to a divisor of a minute
    QCOMPARE(store.append(SeriesId(99), kStart, 1.0), TimeSeriesStore::Appended::UnknownSeries);
    QVERIFY(store.query(SeriesId(99), kStart, kStart + kHour, 100).isEmpty());
    QVERIFY(store.query(a, kStart, kStart + kHour, 100).isEmpty()); // nothing stored yet
}

void TestTimeSeriesStore::seriesKeysEscape()
{
    const QString key = SeriesKey::groupTopic(QStringLiteral("edge-a"), QStringLiteral("team/billing%1"),
                                              QStringLiteral("orders"), QStringLiteral("lag"));
    QCOMPARE(key, QStringLiteral("cluster/edge-a/group/team%2Fbilling%251/topic/orders/lag"));
    QCOMPARE(SeriesKey::split(key), (QStringList{QStringLiteral("cluster"), QStringLiteral("edge-a"),
                                                 QStringLiteral("group"), QStringLiteral("team/billing%1"),
                                                 QStringLiteral("topic"), QStringLiteral("orders"),
                                                 QStringLiteral("lag")}));
}

void TestTimeSeriesStore::rawValuesComeBackExactly()
{
    ManualClock clock(kStart);
    TimeSeriesStore store;
    const SeriesId id = store.intern(QStringLiteral("cluster/a/broker/1/heap.used"));
    appendRun(store, id, clock, 30, [](int i) { return 1.5 + i; });
    const SeriesRange r = store.query(id, kStart, clock.nowMs(), 1000);
    QCOMPARE(r.tier, 0);
    QCOMPARE(r.bucketMs, kStep);
    QCOMPARE(r.size(), std::size_t(30));
    for (std::size_t i = 0; i < r.size(); ++i) {
        QCOMPARE(r.t[i], kStart + qint64(i) * kStep);
        QCOMPARE(r.avg[i], 1.5 + double(i));
        QCOMPARE(r.min[i], r.avg[i]);
        QCOMPARE(r.max[i], r.avg[i]);
    }
    // float32: integers up to 2^24 are exact, beyond that within 2^-24 of the value.
    store.append(id, clock.nowMs(), 16'777'216.0);
    store.append(id, clock.nowMs() + kStep, 123'456'789.0);
    const SeriesRange big = store.query(id, clock.nowMs(), clock.nowMs() + 2 * kStep, 10);
    QCOMPARE(big.avg[0], 16'777'216.0);
    QVERIFY(std::abs(big.avg[1] - 123'456'789.0) <= 123'456'789.0 / (1 << 24));
}

void TestTimeSeriesStore::offGridSamplesSnapToTheirSlot()
{
    TimeSeriesStore store;
    const SeriesId id = store.intern(QStringLiteral("s"));
    store.append(id, kStart + 3'400, 1.0); // polled a little late: slot kStart
    store.append(id, kStart + 19'999, 2.0); // slot kStart + 10 s
    store.append(id, kStart + 10'000, 3.0); // same slot again: the later write wins
    const SeriesRange r = store.query(id, kStart, kStart + 2 * kStep, 10);
    QCOMPARE(r.size(), std::size_t(2));
    QCOMPARE(r.avg[0], 1.0);
    QCOMPARE(r.avg[1], 3.0);
}

void TestTimeSeriesStore::gapsStayGaps()
{
    ManualClock clock(kStart);
    TimeSeriesStore store;
    const SeriesId id = store.intern(QStringLiteral("s"));
    appendRun(store, id, clock, 60, [](int) { return 5.0; });  // 10 min of data
    clock.advance(30 * TierLayout::minuteMs);                  // a 30 min outage
    appendRun(store, id, clock, 60, [](int) { return 7.0; });  // 10 min of data
    const qint64 end = clock.nowMs();

    const SeriesRange raw = store.query(id, kStart, end, 100'000);
    QCOMPARE(raw.size(), std::size_t(300));
    for (std::size_t i = 0; i < raw.size(); ++i)
        QCOMPARE(isGap(raw, i), i >= 60 && i < 240); // never bridged, never interpolated

    // Reduced to 1-min buckets: whole minutes of outage are gaps, the rest keeps its values.
    const SeriesRange minutes = store.query(id, kStart, end, 50);
    QCOMPARE(minutes.bucketMs, TierLayout::minuteMs);
    QCOMPARE(minutes.size(), std::size_t(50));
    for (std::size_t i = 0; i < minutes.size(); ++i) {
        QCOMPARE(isGap(minutes, i), i >= 10 && i < 40);
        if (!isGap(minutes, i))
            QCOMPARE(minutes.avg[i], i < 10 ? 5.0 : 7.0);
    }
    // A bucket partly in the outage shows the data it has, not an average with zeros.
    const SeriesRange coarse = store.query(id, kStart, end, 2); // 30 min buckets
    QCOMPARE(coarse.size(), std::size_t(2));
    QCOMPARE(coarse.avg[0], 5.0);
    QCOMPARE(coarse.avg[1], 7.0);
}

void TestTimeSeriesStore::consolidatesAtTierBoundaries()
{
    // 8 hours of a ramp: older than the 6 h raw window, so the 1-min tier answers for the start.
    ManualClock clock(kStart);
    TimeSeriesStore store;
    const SeriesId id = store.intern(QStringLiteral("s"));
    const int n = 8 * 360;
    appendRun(store, id, clock, n, [](int i) { return double(i % 97) + 0.25; });
    const SeriesRange r = store.query(id, kStart, clock.nowMs(), 100'000);
    QCOMPARE(r.tier, 1);
    QCOMPARE(r.bucketMs, TierLayout::minuteMs);
    QCOMPARE(r.size(), std::size_t(n / 6));
    for (std::size_t k = 0; k < r.size(); ++k) {
        // Samples 6k..6k+5 make bucket k: the sample at :60 s starts the next one.
        double lo = 1e9, hi = -1e9, sum = 0;
        for (int i = int(k) * 6; i < int(k) * 6 + 6; ++i) {
            const double v = double(i % 97) + 0.25;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            sum += v;
        }
        QCOMPARE(r.t[k], kStart + qint64(k) * TierLayout::minuteMs);
        QCOMPARE(r.min[k], lo);
        QCOMPARE(r.max[k], hi);
        QCOMPARE(float(r.avg[k]), float(sum / 6));
    }
    // A 10-min bucket = min of the mins, max of the maxes, mean of the 1-min averages.
    const SeriesRange ten = store.query(id, kStart, kStart + 8 * kHour, r.size() / 10);
    QCOMPARE(ten.bucketMs, 10 * TierLayout::minuteMs);
    for (std::size_t k = 0; k < ten.size(); ++k) {
        double lo = 1e9, hi = -1e9, sum = 0;
        for (std::size_t j = k * 10; j < k * 10 + 10; ++j) {
            lo = std::min(lo, r.min[j]);
            hi = std::max(hi, r.max[j]);
            sum += r.avg[j];
        }
        QCOMPARE(ten.min[k], lo);
        QCOMPARE(ten.max[k], hi);
        QVERIFY(std::abs(ten.avg[k] - sum / 10) < 1e-4);
    }
}

void TestTimeSeriesStore::answersLongRangesFromCoarseTiers()
{
    // 50 h: past the 1-min tier's 48 h, so the start of the range comes from the 10-min tier,
    // whose buckets were consolidated while the finer data still existed.
    ManualClock clock(kStart);
    TimeSeriesStore store;
    const SeriesId id = store.intern(QStringLiteral("s"));
    appendRun(store, id, clock, 50 * 360, [](int i) { return double(i / 60); }); // constant per 10 min
    const SeriesRange r = store.query(id, kStart, clock.nowMs(), 100'000);
    QCOMPARE(r.tier, 2);
    QCOMPARE(r.size(), std::size_t(300));
    for (std::size_t k = 0; k < r.size(); ++k) {
        QCOMPARE(r.min[k], double(k));
        QCOMPARE(r.max[k], double(k));
        QCOMPARE(r.avg[k], double(k));
    }
    const SeriesRange hours = store.query(id, kStart, clock.nowMs(), 60);
    QCOMPARE(hours.bucketMs, kHour);
    QCOMPARE(hours.min[3], 18.0);
    QCOMPARE(hours.max[3], 23.0);
    QCOMPARE(hours.avg[3], 20.5);
    // The last hour still comes at full resolution from the raw tier.
    QCOMPARE(store.query(id, clock.nowMs() - kHour, clock.nowMs(), 1000).tier, 0);
}

void TestTimeSeriesStore::respectsMaxPoints_data()
{
    QTest::addColumn<qint64>("rangeMs");
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("1 h in 1") << kHour << 1;
    QTest::newRow("1 h in 7") << kHour << 7;
    QTest::newRow("6 h in 2000") << 6 * kHour << 2000;
    QTest::newRow("24 h in 2000") << 24 * kHour << 2000;
    QTest::newRow("24 h in 333") << 24 * kHour << 333;
    QTest::newRow("7 days in 2000") << 7 * TierLayout::dayMs << 2000;
    QTest::newRow("2 years in 500") << 730 * TierLayout::dayMs << 500;
    QTest::newRow("zero points means one") << kHour << 0;
}

void TestTimeSeriesStore::respectsMaxPoints()
{
    QFETCH(qint64, rangeMs);
    QFETCH(int, maxPoints);
    ManualClock clock(kStart);
    TimeSeriesStore store;
    const SeriesId id = store.intern(QStringLiteral("s"));
    appendRun(store, id, clock, 30 * 360, [](int i) { return std::sin(i / 50.0) * 100; });
    const qint64 end = clock.nowMs() + 1234; // off the grid on purpose
    const SeriesRange r = store.query(id, end - rangeMs, end, maxPoints);
    QVERIFY(r.size() >= 1);
    QVERIFY(r.size() <= std::size_t(std::max(1, maxPoints)));
    QCOMPARE(r.min.size(), r.size());
    QCOMPARE(r.max.size(), r.size());
    QCOMPARE(r.avg.size(), r.size());
    QVERIFY(r.t.front() <= end - rangeMs);
    QVERIFY(r.t.back() + r.bucketMs >= end);
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (i > 0)
            QCOMPARE(r.t[i] - r.t[i - 1], r.bucketMs);
        if (!isGap(r, i))
            QVERIFY(r.min[i] <= r.avg[i] + 1e-6 && r.avg[i] <= r.max[i] + 1e-6);
    }
}

void TestTimeSeriesStore::lateSamplesWithinTheWindow()
{
    ManualClock clock(kStart);
    TimeSeriesStore store;
    const SeriesId id = store.intern(QStringLiteral("s"));
    appendRun(store, id, clock, 3 * 360, [](int) { return 1.0; });
    // Out of order, 2 h late: stored, and its 1-min bucket is recomputed.
    const qint64 late = kStart + kHour + 20'000;
    QCOMPARE(store.append(id, late, 50.0), TimeSeriesStore::Appended::Stored);
    const SeriesRange r = store.query(id, late - 20'000, late + 40'000, 1);
    QCOMPARE(r.max[0], 50.0);
    QCOMPARE(r.min[0], 1.0);
    QCOMPARE(float(r.avg[0]), float((5 * 1.0 + 50.0) / 6));
    // Before the series started but within 6 h of its newest sample: fine too.
    QCOMPARE(store.append(id, kStart - 2 * kHour, 9.0), TimeSeriesStore::Appended::Stored);
    QCOMPARE(store.query(id, kStart - 2 * kHour, kStart - 2 * kHour + kStep, 1).avg[0], 9.0);
    // Older than the raw window: dropped, and nothing changes.
    QCOMPARE(store.append(id, clock.nowMs() - 7 * kHour, 9.0), TimeSeriesStore::Appended::TooOld);
    QCOMPARE(store.stats().samplesTooOld, 1);
}

void TestTimeSeriesStore::openBucketsFollowAppends()
{
    // The buckets being filled are consolidated lazily (when they close, or before a query): the
    // coarse tiers must show every sample anyway. 31 days of history make the 10-min and 1-h tiers
    // answer long ranges.
    ManualClock clock(kStart);
    TimeSeriesStore store;
    const SeriesId id = store.intern(QStringLiteral("s"));
    appendRun(store, id, clock, 31 * 24 * 360 + 3, [](int) { return 1.0; }); // ends 30 s into a minute
    const qint64 now = clock.nowMs();
    // The bucket holding `now`, from the 10-min tier and from the 1-h tier.
    struct Cell
    {
        double min, max;
    };
    const auto cell = [&](qint64 fromMs, int tier) {
        const SeriesRange r = store.query(id, fromMs, now + kHour, 100'000);
        const auto i = std::size_t((now - r.t.front()) / r.bucketMs);
        return r.tier == tier ? Cell{r.min[i], r.max[i]} : Cell{-1e9, -1e9};
    };
    const auto tenMinutes = [&] { return cell(now - 20 * TierLayout::dayMs, 2); };
    const auto hours = [&] { return cell(kStart, 3); };
    QCOMPARE(tenMinutes().max, 1.0);
    QCOMPARE(hours().max, 1.0);

    store.append(id, now, 100.0); // into the open minute
    QCOMPARE(tenMinutes().max, 100.0);
    QCOMPARE(hours().max, 100.0);
    store.append(id, now + kStep, 200.0); // same minute, after a query settled it
    QCOMPARE(tenMinutes().max, 200.0);
    QCOMPARE(hours().max, 200.0);
    store.append(id, now + 3 * TierLayout::minuteMs, 1.0); // closes the minute, not the 10 minutes
    store.append(id, now + TierLayout::minuteMs, -5.0);    // late, into a closed minute
    QCOMPARE(tenMinutes().min, -5.0);
    QCOMPARE(hours().min, -5.0);
    store.append(id, now + 2 * kHour, 1.0); // closes every open bucket at once
    QCOMPARE(tenMinutes().max, 200.0);
    QCOMPARE(hours().max, 200.0);
    QCOMPARE(hours().min, -5.0);
}

void TestTimeSeriesStore::observerSeesStoredSamples()
{
    TimeSeriesStore store;
    const SeriesId first = store.intern(QStringLiteral("a"));
    RecordingObserver observer;
    store.setObserver(&observer);
    QCOMPARE(observer.added.size(), 1); // told about the series that existed already
    const SeriesId second = store.intern(QStringLiteral("b"), 5'000);
    QCOMPARE(observer.added.size(), 2);
    QCOMPARE(std::get<0>(observer.added[1]), second);
    QCOMPARE(std::get<2>(observer.added[1]), 5'000);
    store.append(first, kStart + 4'000, 2.5);
    store.append(first, kStart - 7 * kHour, 1.0); // too old: not stored, not observed
    QCOMPARE(observer.samples.size(), 1);
    QCOMPARE(observer.samples[0].first, kStart); // the slot, not the poll time
    QCOMPARE(observer.samples[0].second, 2.5f);
    store.setObserver(nullptr);
}

QTEST_GUILESS_MAIN(TestTimeSeriesStore)
#include "tst_timeseriesstore.moc"
