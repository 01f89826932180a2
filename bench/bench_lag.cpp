// Lag collection against the real fleet, side by side with Kafka's own tool in one run:
// 50 consumer groups x 50 partitions on edge-a of the running test fleet.
//
//   tools/fleet up --profile test
//   FLEETSCOPE_TEST_FLEET=$(tools/fleet file) build/bin/bench_lag [--groups 50] [--partitions 50] [--runs 5]
//
// Ours: a fresh connection, metadata, per broker ListGroups and one OffsetFetch for all the groups it
// coordinates (GroupOffsetsProbe), then LagCollector::collect (ListOffsets batched per leader). Kafka's: kafka-consumer-groups --describe
// --all-groups (org.apache.kafka.tools.consumer.group.ConsumerGroupCommand), whose wall time includes
// starting a JVM, so a JVM that only prints its version is timed too.
#include "collect/ClusterPoller.h"
#include "fleet/FleetFileParser.h"
#include "kafka/KafkaConnection.h"
#include "lag/LagCollector.h"
#include "protocol/BrokerChannel.h"

#include "../tests/support/KafkaTestClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include <cstdio>

using namespace fleetscope;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double timeProcess(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    process.waitForFinished(300'000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int groups = 50, partitions = 50, runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--groups"))
            groups = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--partitions"))
            partitions = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    const Result<Fleet> fleet = parseFleetFile(qEnvironmentVariable("FLEETSCOPE_TEST_FLEET"));
    if (!fleet) {
        std::fprintf(stderr, "Set FLEETSCOPE_TEST_FLEET to the running test fleet's file: %s\n",
                     qPrintable(fleet.errorMessage()));
        return 2;
    }
    const ClusterConfig *edge = fleet->findCluster(QStringLiteral("edge-a"));
    const QString bootstrap = edge->bootstrapServers();

    // The data: one topic of `partitions` partitions, `groups` groups each with an offset on every partition.
    const QString topic = QStringLiteral("bench-lag-%1").arg(partitions);
    fleetscope::test::KafkaTestClient client(bootstrap);
    client.createTopic(topic, partitions, 1); // an error "already exists" is fine
    for (int p = 0; p < partitions; ++p)
        client.produce(topic, p, 4);
    for (int g = 0; g < groups; ++g) {
        QList<std::pair<int, qint64>> offsets;
        for (int p = 0; p < partitions; ++p)
            offsets.append({p, 1 + (g + p) % 3});
        if (const QString error = client.commit(QStringLiteral("bench-lag-group-%1").arg(g), topic, offsets);
            !error.isEmpty()) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(error));
            return 1;
        }
    }

    SystemClock clock;
    QList<double> ours;
    int groupCount = 0, partitionRows = 0, leaders = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        KafkaConnection::Options options;
        options.clusterName = edge->name;
        options.properties = edge->properties;
        options.statisticsIntervalMs = 0;
        auto connection = KafkaConnection::open(options);
        const Result<ClusterMetadata> metadata = (*connection)->metadata(10'000);
        CommittedGroups committed;
        for (const BrokerAddress &broker : metadata->brokers) {
            BrokerChannel channel;
            if (channel.open(broker.host, quint16(broker.port), 10'000))
                if (auto groups = GroupOffsetsProbe::fetch(channel, 10'000))
                    committed.groups.append(*groups);
        }
        LagCollector collector(clock);
        const LagReport report = collector.collect(**connection, *metadata, committed, 10'000);
        ours.append(double(timer.nsecsElapsed()) / 1e6);
        groupCount = int(report.groups.size());
        partitionRows = 0;
        for (const GroupLag &group : report.groups)
            partitionRows += int(group.partitions.size());
        leaders = int(metadata->brokers.size());
    }

    const QString java = QStringLiteral("java");
    const QString classpath = QDir::homePath() + QStringLiteral("/.cache/fleetscope/kafka-4.1.1/lib/*");
    QList<double> kafka, jvm;
    QString kafkaOutput;
    for (int run = 0; run < runs; ++run) {
        kafka.append(timeProcess(java, {QStringLiteral("-cp"), classpath, QStringLiteral("-Xshare:auto"),
                                        QStringLiteral("org.apache.kafka.tools.consumer.group.ConsumerGroupCommand"),
                                        QStringLiteral("--bootstrap-server"), bootstrap, QStringLiteral("--describe"),
                                        QStringLiteral("--all-groups")},
                                 &kafkaOutput));
        jvm.append(timeProcess(java, {QStringLiteral("-Xshare:auto"), QStringLiteral("-version")}));
    }
    const int kafkaRows = int(kafkaOutput.count(QLatin1Char('\n')));

    std::printf("edge-a: %d groups, %d group/partition rows (bench topic: %d groups x %d partitions), %d broker(s)\n",
                groupCount, partitionRows, groups, partitions, leaders);
    std::printf("round trips, ours: 1 Metadata + per broker (%d) ApiVersions, ListGroups and one OffsetFetch for all "
                "its groups + 1 ListOffsets per leader\n", leaders);
    std::printf("Fleetscope LagCollector (incl. connect + metadata): median %8.1f ms over %d runs\n", median(ours), runs);
    std::printf("kafka-consumer-groups --describe --all-groups:       median %8.1f ms (%d output lines)\n",
                median(kafka), kafkaRows);
    std::printf("  of which a bare JVM start (java -version):          median %8.1f ms\n", median(jvm));
    std::printf("speed-up: %.1fx overall, %.1fx against the tool's time after its JVM start\n",
                median(kafka) / median(ours), (median(kafka) - median(jvm)) / median(ours));
    return 0;
}
