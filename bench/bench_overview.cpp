// bench_overview: the overview's update tick on a synthetic fleet of 1,000 clusters x 3 brokers with
// an hour of history: per tick, the clusters whose poll came due (one in ten, at a 10 s poll interval
// and a 1 s tick) bring new snapshots; then the reports are rebuilt (NodeReportBuilder), diffed into
// the table model (setReports: dataChanged for changed rows only, through the sorting filter proxy),
// ages refreshed and the sparklines of changed rows read from the history store. Prints p50/p95/max
// per tick and the process RSS.
//
//   build/bin/bench_overview [--clusters 1000] [--brokers 3] [--ticks 200] [--history-minutes 60]
#include "SyntheticFleet.h"

#include "health/NodeReport.h"
#include "history/HistoryRecorder.h"
#include "history/TimeSeriesStore.h"
#include "overview/OverviewFilterModel.h"
#include "overview/OverviewTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace fleetscope;
using fleetscope::bench::SyntheticFleet;

namespace {

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

QString rss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

// CPU time of this thread: on a shared machine the wall clock also counts time spent waiting for a core.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    SyntheticFleet synthetic;
    synthetic.clusters = option(args, QStringLiteral("--clusters"), 1000);
    synthetic.brokers = option(args, QStringLiteral("--brokers"), 3);
    const int ticks = option(args, QStringLiteral("--ticks"), 200);
    const int historyPolls = option(args, QStringLiteral("--history-minutes"), 60) * 60'000 / int(SyntheticFleet::pollMs);
    const Fleet fleet = synthetic.fleet();
    QTextStream out(stdout);

    // An hour of history, recorded as the application records it.
    const qint64 start = 1'700'000'000'000;
    ManualClock clock(start);
    TimeSeriesStore store;
    HistoryRecorder recorder(store);
    QHash<QString, ClusterSnapshot> latest;
    QElapsedTimer timer;
    timer.start();
    for (int poll = 0; poll < historyPolls; ++poll)
        for (int c = 0; c < synthetic.clusters; ++c) {
            // Cluster c is polled at second c % 10 of each 10 s interval.
            const ClusterSnapshot s = synthetic.snapshot(c, start + poll * SyntheticFleet::pollMs + (c % 10) * 1000, poll);
            recorder.record(s, SyntheticFleet::pollMs);
            if (poll == historyPolls - 1)
                latest.insert(s.cluster, s);
        }
    clock.set(start + historyPolls * SyntheticFleet::pollMs);
    out << "history: " << store.seriesCount() << " series, " << historyPolls << " polls per cluster, recorded in "
        << timer.elapsed() << " ms\n";

    OverviewTableModel model(clock);
    model.setHistory(&store);
    OverviewFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(OverviewTableModel::StateColumn, Qt::DescendingOrder);
    qint64 ranges = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&] { ++ranges; });

    timer.restart();
    model.setReports(NodeReportBuilder::build(fleet, latest, clock.nowMs()));
    model.refreshSparklines();
    out << "first fill: " << model.rowCount() << " rows (sparklines of the first " << OverviewTableModel::sparklineRowsPerTick
        << ") in " << timer.elapsed() << " ms\n";

    std::vector<double> tickMs;
    std::vector<double> tickCpuMs;
    std::vector<double> buildMs, diffMs, sparkMs; // the tick's phases
    std::vector<double> recordMs;
    qint64 rangesTotal = 0;
    for (int tick = 0; tick < ticks; ++tick) {
        clock.advance(1000);
        const int poll = historyPolls + tick / 10;
        QElapsedTimer record;
        record.start();
        for (int c = tick % 10; c < synthetic.clusters; c += 10) { // the clusters whose poll came due
            const ClusterSnapshot s = synthetic.snapshot(c, clock.nowMs(), poll);
            recorder.record(s, SyntheticFleet::pollMs);
            latest.insert(s.cluster, s);
        }
        recordMs.push_back(double(record.nsecsElapsed()) / 1e6);
        ranges = 0;
        QElapsedTimer t;
        const double cpu = threadCpuMs();
        t.start();
        const QList<NodeReport> reports = NodeReportBuilder::build(fleet, latest, clock.nowMs());
        const qint64 built = t.nsecsElapsed();
        model.setReports(reports);
        model.refreshAges();
        const qint64 diffed = t.nsecsElapsed();
        model.refreshSparklines();
        tickMs.push_back(double(t.nsecsElapsed()) / 1e6);
        buildMs.push_back(double(built) / 1e6);
        diffMs.push_back(double(diffed - built) / 1e6);
        sparkMs.push_back(tickMs.back() - double(diffed) / 1e6);
        tickCpuMs.push_back(threadCpuMs() - cpu);
        rangesTotal += ranges;
    }
    out << "tick (" << synthetic.clusters / 10 << " clusters with new data; rebuild + diff + dataChanged + sparklines), "
        << ticks << " ticks: p50 " << QString::number(percentile(tickMs, 0.5), 'f', 2) << " ms, p95 "
        << QString::number(percentile(tickMs, 0.95), 'f', 2) << " ms, max "
        << QString::number(*std::max_element(tickMs.begin(), tickMs.end()), 'f', 2) << " ms; "
        << double(rangesTotal) / ticks << " dataChanged ranges per tick\n";
    out << "  same ticks in thread CPU time: p50 " << QString::number(percentile(tickCpuMs, 0.5), 'f', 2) << " ms, p95 "
        << QString::number(percentile(tickCpuMs, 0.95), 'f', 2) << " ms\n";
    out << "  phases, p50: reports rebuilt " << QString::number(percentile(buildMs, 0.5), 'f', 2)
        << " ms, setReports + refreshAges (through the sorting proxy) " << QString::number(percentile(diffMs, 0.5), 'f', 2)
        << " ms, sparklines " << QString::number(percentile(sparkMs, 0.5), 'f', 2) << " ms\n";
    out << "recording the snapshots into the store (not part of the tick): p50 "
        << QString::number(percentile(recordMs, 0.5), 'f', 2) << " ms per tick\n";

    // The worst case: every cluster changed at once (e.g. after the network came back).
    for (int c = 0; c < synthetic.clusters; ++c) {
        const ClusterSnapshot s = synthetic.snapshot(c, clock.nowMs(), historyPolls + ticks);
        recorder.record(s, SyntheticFleet::pollMs);
        latest.insert(s.cluster, s);
    }
    timer.restart();
    model.setReports(NodeReportBuilder::build(fleet, latest, clock.nowMs()));
    model.refreshSparklines();
    out << "every cluster changed in one tick: " << timer.elapsed() << " ms\n";
    timer.restart();
    model.setMode(OverviewTableModel::Mode::Clusters);
    model.refreshSparklines();
    out << "switch to one row per cluster (" << model.rowCount() << " rows, sparklines read): " << timer.elapsed() << " ms\n";
    out << "RSS: " << rss() << '\n';
    return 0;
}
