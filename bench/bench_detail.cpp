// bench_detail: the node detail view's replot at the size of a laptop screen. 24 h of 10 s samples
// of 20 series over the four panels (12 consumer groups; disk used and total; heap used, max and GC
// seconds; round trip, link state and MirrorMaker 2 heartbeat age), with noise so every bucket draws
// its min and max, and a 30 min outage. The view is 1600x900 on the offscreen platform, range 24 h,
// live. Each round appends one poll's samples, then times:
//
//   refresh: query the store, rank the groups, fit the forecast, set the data and replot all four
//            (what the coalescing timer does, at most four times a second)
//   replot:  the four QCustomPlot::replot() calls alone (what a pan between refreshes costs)
//
//   bench_detail [--rounds 300] [--png view.png]   (--png: also save the view as drawn, to look at)

#include "core/Clock.h"
#include "detail/NodeDetailView.h"
#include "history/HistoryRecorder.h"
#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace fleetscope;

namespace {

using M = HistoryRecorder::Metric;

constexpr qint64 step = 10'000;
constexpr qint64 day = 24 * 3'600'000LL;
constexpr qint64 start = 1'700'000'000'000 / day * day;
constexpr int groups = 12;
const QString cluster = QStringLiteral("edge-a");

long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // readAll: a /proc file has no size, so atEnd() is true before the first read.
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    return 0;
}

class History
{
public:
    explicit History(TimeSeriesStore &store) : m_store(store)
    {
        for (int g = 0; g < groups; ++g)
            m_groups.push_back(id(SeriesKey::group(cluster, QStringLiteral("group-%1").arg(g), QString::fromLatin1(M::lag))));
        for (const char *metric : {M::diskUsed, M::diskTotal, M::heapUsed, M::heapMax, M::gcSeconds, M::rttMs, M::linkUp})
            m_broker.push_back(id(SeriesKey::broker(cluster, 1, QString::fromLatin1(metric))));
        m_heartbeat = id(SeriesKey::mirror(cluster, cluster, QString::fromLatin1(M::heartbeatAgeMs)));
        m_total = id(SeriesKey::cluster(cluster, QString::fromLatin1(M::lag)));
    }

    static int seriesDrawn() { return groups + 7 + 1; }

    void record(qint64 t)
    {
        const double minutes = double(t - start) / 60'000.0;
        if (minutes > 600 && minutes < 630)
            return; // an outage: a gap in every series
        std::uniform_real_distribution<double> noise(-1, 1);
        double total = 0;
        for (int g = 0; g < groups; ++g) {
            const double lag = std::max(0.0, (g + 1) * 500 + 300 * std::sin(minutes / (20 + g)) + 50 * noise(m_random));
            m_store.append(m_groups[std::size_t(g)], t, lag);
            total += lag;
        }
        m_store.append(m_total, t, total);
        const double values[] = {2e9 + 2e5 * minutes + 1e6 * noise(m_random), 8e9,
                                 1.2e8 + 6e7 * std::fmod(minutes, 7) / 7 + 1e6 * noise(m_random), 2.56e8,
                                 0.02 * minutes, 2 + 0.5 * noise(m_random) + (std::fmod(minutes, 97) < 1 ? 30 : 0),
                                 std::fmod(minutes, 240) < 2 ? 0.0 : 1.0};
        for (std::size_t i = 0; i < m_broker.size(); ++i)
            m_store.append(m_broker[i], t, values[i]);
        m_store.append(m_heartbeat, t, 500 + 400 * noise(m_random));
    }

private:
    SeriesId id(const QString &key) { return m_store.intern(key, step); }

    TimeSeriesStore &m_store;
    std::vector<SeriesId> m_groups;
    std::vector<SeriesId> m_broker;
    SeriesId m_heartbeat = 0;
    SeriesId m_total = 0;
    std::mt19937 m_random{42};
};

// CPU time of this thread: on a shared machine wall time also counts the time others hold the core.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Figures
{
    double p50, p95, max;
};

Figures figures(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size())))]; };
    return {at(0.50), at(0.95), ms.back()};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int rounds = 300;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rounds")); i > 0 && i + 1 < args.size())
        rounds = std::max(1, args[i + 1].toInt());

    const long rssStart = statusKiB("VmRSS:");
    TimeSeriesStore store;
    History history(store);
    qint64 now = start + day;
    for (qint64 t = start; t < now; t += step)
        history.record(t);
    ManualClock clock(now);

    NodeDetailView view(store, clock);
    view.resize(1600, 900);
    view.show();
    view.showBroker(cluster, 1);
    view.setRangeMs(day);
    view.refreshNow();
    QApplication::processEvents();
    const long rssView = statusKiB("VmRSS:");

    int points = 0;
    for (int p = 0; p < NodeDetailView::PanelCount; ++p) {
        QCustomPlot *plot = view.plot(NodeDetailView::Panel(p));
        for (int g = 0; g < plot->graphCount(); ++g)
            points += plot->graph(g)->visible() ? plot->graph(g)->dataCount() : 0;
    }

    std::vector<double> refresh, replot, refreshCpu, replotCpu;
    QElapsedTimer timer;
    for (int r = 0; r < rounds; ++r) {
        history.record(now);
        now += step;
        clock.set(now);
        double cpu = threadCpuMs();
        timer.start();
        view.refreshNow();
        refresh.push_back(double(timer.nsecsElapsed()) / 1e6);
        refreshCpu.push_back(threadCpuMs() - cpu);
        cpu = threadCpuMs();
        timer.start();
        for (int p = 0; p < NodeDetailView::PanelCount; ++p)
            view.plot(NodeDetailView::Panel(p))->replot(QCustomPlot::rpImmediateRefresh);
        replot.push_back(double(timer.nsecsElapsed()) / 1e6);
        replotCpu.push_back(threadCpuMs() - cpu);
        QApplication::processEvents();
    }

    std::printf("  last replot per panel (QCustomPlot::replotTime):");
    for (int p = 0; p < NodeDetailView::PanelCount; ++p)
        std::printf(" %.2f ms", view.plot(NodeDetailView::Panel(p))->replotTime(false));
    std::printf("\n");
    if (const qsizetype i = args.indexOf(QStringLiteral("--png")); i > 0 && i + 1 < args.size())
        view.grab().save(args[i + 1]);

    const Figures f = figures(refresh);
    const Figures g = figures(replot);
    const Figures fc = figures(refreshCpu);
    const Figures gc = figures(replotCpu);
    std::printf("bench_detail: 1600x900 offscreen, range 24 h, %d series drawn (%d groups ranked top 5 + others), "
                "%d points on the plots, %d rounds\n",
                History::seriesDrawn(), groups, points, rounds);
    std::printf("  refresh (query + data + replot of 4 panels): p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", f.p50, f.p95, f.max);
    std::printf("  replot only (4 x QCustomPlot::replot):        p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", g.p50, g.p95, g.max);
    std::printf("  thread CPU time, refresh:                     p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", fc.p50, fc.p95, fc.max);
    std::printf("  thread CPU time, replot only:                 p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", gc.p50, gc.p95, gc.max);
    std::printf("  RSS %.1f MiB (peak %.1f MiB; %.1f MiB before the history, %.1f MiB with history and view)\n",
                statusKiB("VmRSS:") / 1024.0, statusKiB("VmHWM:") / 1024.0, rssStart / 1024.0, rssView / 1024.0);
    std::printf("  target: refresh p95 <= 16 ms (wall) -> %s\n", f.p95 <= 16.0 ? "met" : "NOT met");
    return 0;
}
