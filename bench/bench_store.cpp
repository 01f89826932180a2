// bench_store: the metric history at fleet scale. 30,000 series x 24 h of 10 s samples with
// realistic shapes (ramps, GC sawtooth, bursty lag, noisy RTT, outages) into TimeSeriesStore, then:
// bytes per stored value in memory, append rate, the 24 h query reduced to 2,000 points, and bytes
// per sample on disk for a subset written through HistoryDatabase (a simulated day: the whole fleet
// would write ~2 GB and take minutes, the bytes per sample do not change with the count).
//
//   bench_store [--series 30000] [--hours 24] [--disk-series 1000] [--queries 20000]

#include "core/Clock.h"
#include "history/HistoryDatabase.h"
#include "history/HistoryLoader.h"
#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace fleetscope;
using Clock_ = std::chrono::steady_clock;

namespace {

constexpr qint64 kStep = 10'000;
constexpr qint64 kStart = 1'700'000'000'000 / TierLayout::dayMs * TierLayout::dayMs;

double secondsSince(Clock_::time_point t0)
{
    return std::chrono::duration<double>(Clock_::now() - t0).count();
}

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    }
    return -1;
}

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

// Uniform in [0, 1), a pure function of (series, slot): no state, same data every run.
double noise(int series, qint64 slot)
{
    return double(mix(quint64(series) * 0x9E3779B97F4A7C15ULL + quint64(slot)) >> 11) * 0x1.0p-53;
}

// What a fleet's history looks like: every fifth series of each kind.
double sampleValue(int s, qint64 slot)
{
    const double n = noise(s, slot);
    switch (s % 5) {
    case 0: { // disk.used: slow growth, retention drops it back every ~7 h, noisy
        const qint64 period = 2500 + s % 700;
        return 4e11 + double(s % 97) * 1e9 + double(slot % period) * 2.5e6 + n * 5e5;
    }
    case 1: { // heap.used: GC sawtooth, 5-8 minutes a cycle
        const qint64 period = 30 + s % 18;
        return 3e8 + double(slot % period) / double(period) * 9e8 + n * 2e7;
    }
    case 2: { // group/topic lag: mostly small, bursts that drain
        const qint64 phase = (slot + s * 37) % 720;
        return phase < 60 ? double(phase) * 4000 + n * 500 : std::floor(n * 40);
    }
    case 3: // rtt.avg in ms: noisy around a per-broker level
        return 0.8 + double(s % 13) * 0.3 + n * n * 6;
    default: // mirror latency in ms: heartbeat age
        return 1000 + std::floor(n * 1000);
    }
}

// Outages: 1 series in 17 has a 30-min gap, 1 in 101 a 3 h gap.
bool inGap(int s, qint64 slot)
{
    if (s % 101 == 0)
        return slot >= 3000 && slot < 3000 + 1080;
    if (s % 17 == 0) {
        const qint64 at = qint64(s * 131 % 8000);
        return slot >= at && slot < at + 180;
    }
    return false;
}

QString keyOf(int s)
{
    const QString cluster = QStringLiteral("edge-%1").arg(s / 300, 3, 10, QLatin1Char('0'));
    switch (s % 5) {
    case 0:
        return SeriesKey::broker(cluster, s % 300 / 5, QStringLiteral("disk.used"));
    case 1:
        return SeriesKey::broker(cluster, s % 300 / 5, QStringLiteral("heap.used"));
    case 2:
        return SeriesKey::groupTopic(cluster, QStringLiteral("group-%1").arg(s % 41),
                                     QStringLiteral("topic-%1").arg(s % 300), QStringLiteral("lag"));
    case 3:
        return SeriesKey::broker(cluster, s % 300 / 5, QStringLiteral("rtt.avg"));
    default:
        return SeriesKey::mirror(QStringLiteral("central"), cluster + QString::number(s), QStringLiteral("latency"));
    }
}

// CPU time of this thread: unlike wall time, it leaves out the moments the scheduler gave the core
// to another process (the 2-core test machine is shared).
double threadCpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

void queryFigures(const TimeSeriesStore &store, int series, int queries, qint64 endMs, const char *what,
                  qint64 rangeMs, int maxPoints)
{
    std::vector<double> micros;
    std::vector<double> cpuMicros;
    micros.reserve(std::size_t(queries));
    cpuMicros.reserve(std::size_t(queries));
    std::size_t points = 0;
    int tier = -1;
    for (int q = 0; q < queries; ++q) {
        const auto id = SeriesId(mix(quint64(q) + 77) % quint64(series));
        const double cpu0 = threadCpuMicros();
        const auto t0 = Clock_::now();
        const SeriesRange r = store.query(id, endMs - rangeMs, endMs, maxPoints);
        micros.push_back(secondsSince(t0) * 1e6);
        cpuMicros.push_back(threadCpuMicros() - cpu0);
        points += r.size();
        tier = r.tier;
    }
    std::printf("  %-22s p50 %5.1f us  p95 %5.1f us  p99 %6.1f us  max %7.1f us wall, %6.1f us CPU"
                "  (%zu points, tier %d)\n",
                what, percentile(micros, 0.5), percentile(micros, 0.95), percentile(micros, 0.99),
                percentile(micros, 1.0), percentile(cpuMicros, 1.0), points / std::size_t(queries), tier);
}

void diskFigures(int series, int hours)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    ManualClock clock(kStart);
    TimeSeriesStore store;
    qint64 samples = 0;
    const auto t0 = Clock_::now();
    double commitSeconds = 0;
    double maintainSeconds = 0;
    {
        HistoryDatabase db({.path = path}, clock);
        if (const Status s = db.open(); !s) {
            std::printf("  disk: %s\n", qPrintable(s.errorMessage()));
            return;
        }
        db.attach(store);
        std::vector<SeriesId> ids;
        for (int s = 0; s < series; ++s)
            ids.push_back(store.intern(keyOf(s)));
        for (qint64 slot = 0; slot < hours * 360; ++slot) {
            clock.set(kStart + slot * kStep);
            for (int s = 0; s < series; ++s) {
                if (!inGap(s, slot)) {
                    store.append(ids[std::size_t(s)], clock.nowMs(), sampleValue(s, slot));
                    ++samples;
                }
            }
            if (slot % 12 == 11) { // a commit every 2 simulated minutes (the app: every 2 s)
                const auto c0 = Clock_::now();
                (void)db.commitNow();
                commitSeconds += secondsSince(c0);
            }
            if (slot % 360 == 359) {
                const auto m0 = Clock_::now();
                (void)db.maintainNow();
                maintainSeconds += secondsSince(m0);
            }
        }
        (void)db.maintainNow();
    }
    const double writeSeconds = secondsSince(t0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("VACUUM"));
        std::printf("\nOn disk: %d series x %d h through HistoryDatabase (simulated clock)\n", series, hours);
        q.exec(QStringLiteral("SELECT tier, COUNT(*), SUM(LENGTH(data)) FROM chunk GROUP BY tier"));
        const char *names[] = {"raw 10 s", "1 min", "10 min", "1 h"};
        while (q.next()) {
            const int tier = q.value(0).toInt();
            const qint64 rows = q.value(1).toLongLong();
            const qint64 bytes = q.value(2).toLongLong();
            const qint64 entries = rows * (tier == 0 ? TierLayout::rowMs[0] / kStep
                                                     : TierLayout::rowMs[size_t(tier)] / TierLayout::bucketMs[size_t(tier)]);
            std::printf("  tier %d (%-8s) %7lld rows  %9.1f KiB  %5.2f B per %s\n", tier, names[tier],
                        static_cast<long long>(rows), double(bytes) / 1024, double(bytes) / double(entries),
                        tier == 0 ? "slot" : "bucket (min+max+avg)");
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    const qint64 fileBytes = QFileInfo(path).size();
    std::printf("  file after VACUUM          %.1f MiB = %.2f B per sample written (%lld samples)\n",
                double(fileBytes) / (1 << 20), double(fileBytes) / double(samples), static_cast<long long>(samples));
    std::printf("  writing                    %.1f s total; commits %.2f s, maintenance %.2f s\n", writeSeconds,
                commitSeconds, maintainSeconds);

    TimeSeriesStore restored;
    const auto l0 = Clock_::now();
    const auto report = HistoryLoader::load(path, restored, clock);
    std::printf("  load at restart            %.2f s for %d series (%lld samples replayed, %lld buckets)\n",
                secondsSince(l0), report ? report->series : -1,
                static_cast<long long>(report ? report->samplesReplayed : 0),
                static_cast<long long>(report ? report->bucketsImported : 0));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int series = argValue(args, QStringLiteral("--series"), 30'000);
    const int hours = argValue(args, QStringLiteral("--hours"), 24);
    const int diskSeries = argValue(args, QStringLiteral("--disk-series"), 1000);
    const int queries = argValue(args, QStringLiteral("--queries"), 20'000);
    const qint64 slotCount = qint64(hours) * 360;
    const long rssBefore = rssKiB();

    std::printf("In memory: %d series x %d h of %lld s samples (%lld slots each)\n", series, hours,
                static_cast<long long>(kStep / 1000), static_cast<long long>(slotCount));
    TimeSeriesStore store;
    std::vector<SeriesId> ids;
    ids.reserve(std::size_t(series));
    for (int s = 0; s < series; ++s)
        ids.push_back(store.intern(keyOf(s)));

    // The generator alone, on a tenth of the data, so its share can be taken out of the append rate.
    const auto g0 = Clock_::now();
    double sink = 0;
    for (qint64 slot = 0; slot < slotCount; ++slot) {
        for (int s = 0; s < series; s += 10)
            sink += inGap(s, slot) ? 0 : sampleValue(s, slot);
    }
    const double generateSeconds = secondsSince(g0) * 10;

    qint64 appended = 0;
    const auto a0 = Clock_::now();
    for (qint64 slot = 0; slot < slotCount; ++slot) {
        const qint64 t = kStart + slot * kStep + 1234; // polls land off the grid
        for (int s = 0; s < series; ++s) {
            if (!inGap(s, slot)) {
                store.append(ids[std::size_t(s)], t, sampleValue(s, slot));
                ++appended;
            }
        }
    }
    const double appendSeconds = secondsSince(a0);
    const TimeSeriesStore::Stats st = store.stats();
    std::printf("  appended                   %lld samples in %.1f s: %.1f M samples/s "
                "(%.1f M/s without the data generator; %.0f ns per append)\n",
                static_cast<long long>(appended), appendSeconds, double(appended) / appendSeconds / 1e6,
                double(appended) / std::max(1e-9, appendSeconds - generateSeconds) / 1e6,
                std::max(1e-9, appendSeconds - generateSeconds) / double(appended) * 1e9);
    std::printf("  memory                     %.1f MiB: values %.1f MiB + index and keys %.1f MiB\n",
                double(st.memoryBytes) / (1 << 20), double(st.valueBytes) / (1 << 20),
                double(st.memoryBytes - st.valueBytes) / (1 << 20));
    std::printf("  bytes per stored value     %.3f B  (%zu float32 values held: raw samples + min/max/avg)\n",
                double(st.memoryBytes) / double(st.valueSlots), st.valueSlots);
    std::printf("  bytes per sample appended  %.3f B  (all tiers, index and keys included)\n",
                double(st.memoryBytes) / double(appended));
    std::printf("  blocks reclaimed by budget %lld; RSS %.1f MiB (%.1f MiB before the store)\n",
                static_cast<long long>(st.blocksReclaimed), double(rssKiB()) / 1024, double(rssBefore) / 1024);

    std::printf("\nQueries on random series (%d each):\n", queries);
    const qint64 end = kStart + slotCount * kStep;
    queryFigures(store, series, queries, end, "24 h -> 2,000 points", 24 * TierLayout::hourMs, 2000);
    queryFigures(store, series, queries, end, "6 h -> 2,000 points", 6 * TierLayout::hourMs, 2000);
    queryFigures(store, series, queries, end, "1 h -> 2,000 points", TierLayout::hourMs, 2000);
    queryFigures(store, series, queries, end, "24 h -> 500 points", 24 * TierLayout::hourMs, 500);

    if (diskSeries > 0)
        diskFigures(std::min(diskSeries, series), hours);
    return sink == 42 ? 1 : 0; // keeps the generator pass from being optimised away
}
