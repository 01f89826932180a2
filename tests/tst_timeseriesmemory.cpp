#include "core/Clock.h"
#include "history/TimeSeriesStore.h"

#include <QTest>

#include <cmath>

using namespace fleetscope;

// TimeSeriesStore over long runs: bounded memory, the memory budget, restoring tiers, new steps.
// (Appends, queries and tiers: tst_timeseriesstore.)

namespace {

constexpr qint64 kStep = 10'000;
constexpr qint64 kHour = TierLayout::hourMs;
constexpr qint64 kStart = 1'700'000'000'000 / kHour * kHour;

bool isGap(const SeriesRange &r, std::size_t i)
{
    return std::isnan(r.min[i]) && std::isnan(r.max[i]) && std::isnan(r.avg[i]);
}

template<typename F>
void appendRun(TimeSeriesStore &store, SeriesId id, ManualClock &clock, int count, F f)
{
    for (int i = 0; i < count; ++i) {
        QCOMPARE(store.append(id, clock.nowMs(), f(i)), TimeSeriesStore::Appended::Stored);
        clock.advance(kStep);
    }
}

} // namespace

class TestTimeSeriesMemory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryIsBoundedAfterAWeek();
    void memoryBudgetKeepsTheLongView();
    void importAndFillRestoreCoarseTiers();
    void newStepKeepsConsolidatedTiers();
};

void TestTimeSeriesMemory::memoryIsBoundedAfterAWeek()
{
    ManualClock clock(kStart);
    TimeSeriesStore store;
    const int series = 5;
    std::vector<SeriesId> ids;
    for (int s = 0; s < series; ++s)
        ids.push_back(store.intern(QStringLiteral("s%1").arg(s)));
    const auto runFor = [&](qint64 ms) {
        for (qint64 end = clock.nowMs() + ms; clock.nowMs() < end; clock.advance(kStep)) {
            for (SeriesId id : ids)
                store.append(id, clock.nowMs(), double(clock.nowMs() % 1000));
        }
    };
    runFor(TierLayout::weekMs);
    const TimeSeriesStore::Stats week = store.stats();
    // Raw and 1-min tiers are full; 10-min and 1-h hold a week: 8 + 12 x 4 h + ~8 days + ~2 weeks.
    const std::size_t perSeriesCap = 6 * 1440 + 12 * 2880 + 8 * 1728 + 2 * 2016;
    QVERIFY2(week.valueBytes <= series * perSeriesCap, qPrintable(QString::number(week.valueBytes)));
    QVERIFY(week.memoryBytes < week.valueBytes * 102 / 100); // the index is ~1 % on top
    QCOMPARE(week.valueBytes % 4, std::size_t(0));
    QCOMPARE(week.valueBytes, week.valueSlots * 4); // 4 bytes per value held

    // Another day: the raw and 1-min tiers are at their caps and only the coarse tiers grow.
    runFor(TierLayout::dayMs);
    const std::size_t grown = store.stats().valueBytes - week.valueBytes;
    QVERIFY2(grown <= series * (1728 + 2016), qPrintable(QString::number(grown)));
    // The week is still there, from the 10-min tier.
    const SeriesRange all = store.query(ids[0], kStart, clock.nowMs(), 10'000);
    QCOMPARE(all.tier, 2);
    QVERIFY(!isGap(all, 0));
}

void TestTimeSeriesMemory::memoryBudgetKeepsTheLongView()
{
    // 48 KiB for one series (a full week wants ~60 KiB): from day 3 the 1-min tier gives way, and
    // the 10-min tier keeps the whole week.
    ManualClock clock(kStart);
    TimeSeriesStore store(TimeSeriesStore::Options{48 * 1024});
    const SeriesId id = store.intern(QStringLiteral("s"));
    appendRun(store, id, clock, 7 * 24 * 360, [](int i) { return double(i % 360); });
    const TimeSeriesStore::Stats s = store.stats();
    QVERIFY(s.blocksReclaimed > 0);
    QVERIFY2(s.valueBytes <= 48 * 1024 + 2880, qPrintable(QString::number(s.valueBytes)));
    const SeriesRange week = store.query(id, kStart, clock.nowMs(), 100); // buckets of 110 min
    QVERIFY(week.tier >= 2);
    QVERIFY(!isGap(week, 0));
    QCOMPARE(week.min[1], 0.0); // bucket 0 starts before the data (buckets align to their width)
    QCOMPARE(week.max[1], 359.0);
    // Recent data keeps full resolution.
    QCOMPARE(store.query(id, clock.nowMs() - kHour, clock.nowMs(), 10'000).tier, 0);
}

void TestTimeSeriesMemory::importAndFillRestoreCoarseTiers()
{
    TimeSeriesStore store;
    const SeriesId id = store.intern(QStringLiteral("s"));
    // One hour of 1-min buckets as a load from disk would bring them, then fill the coarser tiers.
    std::vector<Bucket> buckets(60);
    for (int i = 0; i < 60; ++i)
        buckets[std::size_t(i)] = Bucket{float(i), float(i + 10), float(i + 5)};
    buckets[7] = Bucket{}; // a gap stays a gap
    store.importBuckets(id, 1, kStart, buckets);
    store.fillCoarseTiers(id);
    const SeriesRange minutes = store.query(id, kStart, kStart + kHour, 60);
    QCOMPARE(minutes.tier, 1);
    QCOMPARE(minutes.avg[3], 8.0);
    QVERIFY(isGap(minutes, 7));
    const SeriesRange ten = store.query(id, kStart, kStart + kHour, 6);
    QCOMPARE(ten.min[0], 0.0);
    QCOMPARE(ten.max[0], 19.0);
    QCOMPARE(ten.avg[0], (5 + 6 + 7 + 8 + 9 + 10 + 11 + 13 + 14) / 9.0);
}

void TestTimeSeriesMemory::newStepKeepsConsolidatedTiers()
{
    ManualClock clock(kStart);
    TimeSeriesStore store;
    const SeriesId id = store.intern(QStringLiteral("s"), 10'000);
    appendRun(store, id, clock, 360, [](int) { return 4.0; });
    QCOMPARE(store.intern(QStringLiteral("s"), 30'000), id);
    QCOMPARE(store.stepMs(id), 30'000);
    const SeriesRange r = store.query(id, kStart, kStart + kHour, 60);
    QCOMPARE(r.tier, 1); // the raw samples went with the old grid, the minutes stayed
    QCOMPARE(r.avg[59], 4.0);
}

QTEST_GUILESS_MAIN(TestTimeSeriesMemory)
#include "tst_timeseriesmemory.moc"
