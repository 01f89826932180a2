// bench_startup_fixture DIR [--clusters 1000] [--brokers 3] [--history-minutes 60]: writes what the
// start-up benchmark opens: DIR/fleet.yaml (the synthetic fleet) and DIR/data/Fleetscope/fleetscope/
// history.sqlite (its last hour of history, ending now). Then time the first paint with
//
//   XDG_DATA_HOME=DIR/data FLEETSCOPE_EXIT_AFTER_FIRST_PAINT=1 build/bin/fleetscope DIR/fleet.yaml
#include "SyntheticFleet.h"

#include "history/HistoryDatabase.h"
#include "history/HistoryRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace fleetscope;
using fleetscope::bench::SyntheticFleet;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        err << "usage: bench_startup_fixture DIR [--clusters 1000] [--brokers 3] [--history-minutes 60]\n";
        return 2;
    }
    auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    SyntheticFleet synthetic;
    synthetic.clusters = option("--clusters", 1000);
    synthetic.brokers = option("--brokers", 3);
    const int polls = option("--history-minutes", 60) * 60'000 / int(SyntheticFleet::pollMs);

    const QDir dir(args.at(1));
    const QString dataDir = dir.filePath(QStringLiteral("data/Fleetscope/fleetscope"));
    if (!QDir().mkpath(dataDir)) {
        err << "Cannot create " << dataDir << '\n';
        return 1;
    }
    QFile fleetFile(dir.filePath(QStringLiteral("fleet.yaml")));
    if (!fleetFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "Cannot write " << fleetFile.fileName() << ": " << fleetFile.errorString() << '\n';
        return 1;
    }
    fleetFile.write(synthetic.yaml().toUtf8());
    fleetFile.close();

    const QString historyPath = QDir(dataDir).filePath(QStringLiteral("history.sqlite"));
    QFile::remove(historyPath);
    SystemClock clock;
    TimeSeriesStore store;
    HistoryDatabase database({historyPath}, clock);
    if (const Status opened = database.open(); !opened) {
        err << opened.errorMessage() << '\n';
        return 1;
    }
    database.attach(store);
    HistoryRecorder recorder(store);
    const qint64 start = clock.nowMs() - qint64(polls) * SyntheticFleet::pollMs;
    for (int poll = 0; poll < polls; ++poll)
        for (int c = 0; c < synthetic.clusters; ++c)
            recorder.record(synthetic.snapshot(c, start + poll * SyntheticFleet::pollMs + (c % 10) * 1000, poll),
                            SyntheticFleet::pollMs);
    if (const Status committed = database.commitNow(); !committed) {
        err << committed.errorMessage() << '\n';
        return 1;
    }
    if (const Status maintained = database.maintainNow(); !maintained) {
        err << maintained.errorMessage() << '\n';
        return 1;
    }
    database.detach();
    QTextStream(stdout) << "wrote " << fleetFile.fileName() << " (" << synthetic.clusters << " clusters x "
                        << synthetic.brokers << " brokers) and " << historyPath << " (" << store.seriesCount()
                        << " series, " << polls << " polls each)\n";
    return 0;
}
