#include "SyntheticFleet.h"

#include <QTextStream>

#include <cmath>

namespace fleetscope::bench {

QString SyntheticFleet::clusterName(int cluster)
{
    return QStringLiteral("edge-%1").arg(cluster, 4, 10, QLatin1Char('0'));
}

QString SyntheticFleet::siteName(int cluster)
{
    return QStringLiteral("site-%1").arg(cluster, 4, 10, QLatin1Char('0'));
}

QString SyntheticFleet::tagOf(int cluster)
{
    static const QString tags[] = {QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("apac")};
    return tags[cluster % 3];
}

Fleet SyntheticFleet::fleet() const
{
    Fleet fleet;
    fleet.sourcePath = QStringLiteral("synthetic.yaml");
    for (int c = 0; c < clusters; ++c) {
        SiteConfig site;
        site.name = siteName(c);
        site.tags = {tagOf(c)};
        ClusterConfig cluster;
        cluster.name = clusterName(c);
        cluster.tags = site.tags;
        cluster.pollInterval = std::chrono::milliseconds(pollMs);
        cluster.properties.insert(QStringLiteral("bootstrap.servers"), QStringLiteral("127.0.0.1:9"));
        site.clusters.append(cluster);
        fleet.sites.append(site);
    }
    return fleet;
}

QString SyntheticFleet::yaml() const
{
    QString text;
    QTextStream out(&text);
    out << "version: 1\npoll_interval: 10s\nsites:\n";
    for (int c = 0; c < clusters; ++c)
        out << "  - name: " << siteName(c) << "\n    tags: [" << tagOf(c) << "]\n    clusters:\n"
            << "      - name: " << clusterName(c) << "\n        role: edge\n        properties:\n"
            << "          bootstrap.servers: 127.0.0.1:9\n";
    return text;
}

ClusterSnapshot SyntheticFleet::snapshot(int cluster, qint64 t, int poll) const
{
    constexpr qint64 gib = qint64(1) << 30;
    ClusterSnapshot s;
    s.cluster = clusterName(cluster);
    s.sampledAtMs = t;
    s.reachable = true;
    s.topicCount = 4;
    s.partitionCount = 12;
    GroupLag group;
    group.group = QStringLiteral("billing");
    group.state = QStringLiteral("Stable");
    for (int b = 1; b <= brokers; ++b) {
        const double wave = std::sin((poll + cluster * 7 + b) / 30.0);
        BrokerStatus broker;
        broker.nodeId = b;
        broker.host = QStringLiteral("127.0.0.1");
        broker.port = 9;
        broker.state = LinkState::Up;
        broker.inMetadata = true;
        broker.lastUpAtMs = t;
        broker.rttUs = 1500 + (poll * 37 + b * 101) % 900;
        broker.rttSampledAtMs = t;
        LogDir dir;
        dir.path = QStringLiteral("/var/lib/kafka");
        dir.totalBytes = 100 * gib;
        dir.usableBytes = 100 * gib - (40 * gib + qint64(poll) * 4'000'000 + cluster * 1'000'000);
        BrokerLogDirs disk;
        disk.nodeId = b;
        disk.hasCapacity = true;
        disk.version = 4;
        disk.logDirs = {dir};
        disk.sampledAtMs = t;
        broker.disk = disk;
        JvmHeap heap;
        heap.usedBytes = qint64((0.5 + 0.2 * wave) * 256 * 1024 * 1024);
        heap.maxBytes = 256 * 1024 * 1024;
        heap.sampledAtMs = t;
        broker.heap = heap;
        s.brokers.append(broker);

        PartitionLag partition;
        partition.topic = QStringLiteral("orders");
        partition.partition = b - 1;
        partition.leader = b;
        partition.endOffset = 1'000'000 + qint64(poll) * 500;
        partition.committed = partition.endOffset - 200 - qint64(300 * (1 + wave));
        group.partitions.append(partition);
        group.totalLag += *partition.lag();
    }
    group.lagSeconds = double(group.totalLag) / 50.0;
    s.lag.groups = {group};
    return s;
}

} // namespace fleetscope::bench
