// Collection at fleet scale: N clusters served by librdkafka's in-process mock brokers (in a child
// process, so that their CPU is not counted as ours), polled by the real CollectionEngine at a
// 10 s interval. Prints the first full round's time, the steady-state poll interval, our CPU share
// and RSS.
//
//   build/bin/bench_collection [CLUSTERS...] [--seconds S] [--live-handles N] [--concurrency N]
//   e.g. build/bin/bench_collection 100 500 1000 --seconds 60
#include "collect/CollectionEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <sys/resource.h>

#include <array>
#include <cstdio>
#include <iostream>
#include <thread>

using namespace fleetscope;

namespace {

// The child: N mock clusters of 1-3 brokers with two topics and a group with committed offsets.
int serve(int clusters)
{
    std::array<char, 512> errstr{};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "log_level", "0", errstr.data(), errstr.size());
    rd_kafka_t *host = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr.data(), errstr.size());
    std::vector<rd_kafka_mock_cluster_t *> mocks;
    for (int i = 0; i < clusters; ++i) {
        rd_kafka_mock_cluster_t *mock = rd_kafka_mock_cluster_new(host, 1 + i % 3);
        rd_kafka_mock_topic_create(mock, "orders", 6, 1);
        rd_kafka_mock_topic_create(mock, "telemetry", 3, 1);
        mocks.push_back(mock);
        std::printf("%s\n", rd_kafka_mock_cluster_bootstraps(mock));
    }
    std::printf("READY\n");
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line); // the parent closes stdin when it is done
    for (rd_kafka_mock_cluster_t *mock : mocks)
        rd_kafka_mock_cluster_destroy(mock);
    rd_kafka_destroy(host);
    return 0;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return -1;
}

void measure(int clusters, int seconds, int liveHandles, int concurrency)
{
    QProcess server;
    server.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve"), QString::number(clusters)});
    QStringList bootstraps;
    while (server.waitForReadyRead(60'000) || server.canReadLine()) {
        while (server.canReadLine()) {
            const QString line = QString::fromUtf8(server.readLine()).trimmed();
            if (line == QLatin1String("READY"))
                goto ready;
            bootstraps.append(line);
        }
    }
ready:
    Fleet fleet;
    SiteConfig site;
    site.name = QStringLiteral("bench");
    for (int i = 0; i < bootstraps.size(); ++i) {
        ClusterConfig cluster;
        cluster.name = QStringLiteral("mock-%1").arg(i);
        cluster.properties.insert(QStringLiteral("bootstrap.servers"), bootstraps[i]);
        cluster.properties.insert(QStringLiteral("log_level"), QStringLiteral("0"));
        site.clusters.append(cluster);
    }
    fleet.sites.append(site);

    SystemClock clock;
    CollectionEngine::Options options;
    options.maxLiveHandles = liveHandles;
    options.maxConcurrentPolls = concurrency;
    CollectionEngine engine(fleet, clock, options);
    QHash<QString, QList<qint64>> pollTimes;
    qint64 firstRoundMs = -1;
    int reachable = 0;
    QElapsedTimer wall;
    QObject::connect(&engine, &CollectionEngine::clusterSampled, [&](const ClusterSnapshot &s) {
        pollTimes[s.cluster].append(wall.elapsed());
        if (s.reachable)
            ++reachable;
        if (firstRoundMs < 0 && pollTimes.size() == clusters)
            firstRoundMs = wall.elapsed();
    });
    const double cpuBefore = cpuSeconds();
    wall.start();
    engine.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double cpu = cpuSeconds() - cpuBefore;
    const double elapsed = wall.elapsed() / 1000.0;

    // Steady state: the mean gap between consecutive polls of a cluster, after its first one.
    double gapSum = 0;
    int gaps = 0;
    qint64 worstGap = 0;
    for (const QList<qint64> &times : std::as_const(pollTimes))
        for (int i = 1; i < times.size(); ++i) {
            gapSum += times[i] - times[i - 1];
            worstGap = std::max(worstGap, times[i] - times[i - 1]);
            ++gaps;
        }
    std::printf("%6d clusters | first round %6lld ms | mean poll gap %6.0f ms (worst %6lld) | polls %6d (%d reachable) "
                "| CPU %5.1f %% of one core | RSS %4lld MB (peak %4lld MB)\n",
                clusters, firstRoundMs, gaps ? gapSum / gaps : 0.0, worstGap, int(gaps + pollTimes.size()), reachable,
                100.0 * cpu / elapsed, statusKb("VmRSS:") / 1024, statusKb("VmHWM:") / 1024);
    std::fflush(stdout);
    server.closeWriteChannel();
    server.waitForFinished(30'000);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && !std::strcmp(argv[1], "--serve"))
        return serve(std::atoi(argv[2]));
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    int seconds = 60;
    int liveHandles = 100;
    int concurrency = CollectionEngine::Options{}.maxConcurrentPolls;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds") && i + 1 < args.size())
            seconds = args[++i].toInt();
        else if (args[i] == QLatin1String("--live-handles") && i + 1 < args.size())
            liveHandles = args[++i].toInt();
        else if (args[i] == QLatin1String("--concurrency") && i + 1 < args.size())
            concurrency = args[++i].toInt();
        else
            sizes.append(args[i].toInt());
    }
    if (sizes.isEmpty())
        sizes = {100, 500, 1000};
    std::printf("poll interval 10 s, %d s per size, at most %d live librdkafka handles, %d polls at once\n", seconds,
                liveHandles, concurrency);
    for (int clusters : sizes)
        measure(clusters, seconds, liveHandles, concurrency);
    return 0;
}
