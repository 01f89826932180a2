#pragma once

#include "health/ThresholdOverrides.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace fleetscope {

enum class ClusterRole { Edge, Central };

// Where a cluster's brokers serve their JMX exporter metrics. A per-node URL wins over the template.
struct MetricsEndpoints
{
    QString urlTemplate;     // e.g. "http://{host}:7071/metrics"; {host} is the broker's advertised host
    QMap<int, QString> perNode; // node id -> URL; the local fleet needs it (all brokers share 127.0.0.1)

    // The URL for one broker, or an empty string when the fleet file names none.
    QString urlFor(int nodeId, const QString &host) const
    {
        if (const auto it = perNode.constFind(nodeId); it != perNode.cend())
            return *it;
        QString url = urlTemplate;
        return url.replace(QStringLiteral("{host}"), host);
    }
};

// An edge cluster's MirrorMaker 2 flow into a central cluster.
struct MirrorLink
{
    QString intoCluster; // name of a central cluster in the same fleet file
    QString alias;       // this cluster's MirrorMaker 2 alias: topics arrive on central as "<alias>.<topic>"
};

struct ClusterConfig
{
    QString name; // unique in the fleet: the cluster's id everywhere in Fleetscope
    ClusterRole role = ClusterRole::Edge;
    std::optional<MirrorLink> mirror;          // edge clusters only
    QMap<QString, QString> properties;         // passed to librdkafka as written
    MetricsEndpoints metrics;
    QStringList tags;                          // the site's tags followed by the cluster's own
    std::chrono::milliseconds pollInterval{10000};
    bool readOnly = false;
    ThresholdOverrides thresholds;             // the file's `thresholds:` for this cluster

    QString bootstrapServers() const { return properties.value(QStringLiteral("bootstrap.servers")); }
};

struct SiteConfig
{
    QString name;
    QString location; // free text, optional
    QStringList tags;
    QList<ClusterConfig> clusters;
};

struct Fleet
{
    QString sourcePath; // the file it was read from, for messages
    bool readOnly = false;
    ThresholdOverrides thresholds; // the file's fleet-wide `thresholds:`
    QList<SiteConfig> sites;

    // For each central cluster, the MirrorMaker 2 aliases of the edges mirrored into it.
    QHash<QString, QStringList> mirroredAliasesByCentral() const
    {
        QHash<QString, QStringList> aliases;
        for (const SiteConfig &site : sites)
            for (const ClusterConfig &cluster : site.clusters)
                if (cluster.mirror)
                    aliases[cluster.mirror->intoCluster].append(cluster.mirror->alias);
        return aliases;
    }

    const ClusterConfig *findCluster(const QString &name) const
    {
        for (const SiteConfig &site : sites)
            for (const ClusterConfig &cluster : site.clusters)
                if (cluster.name == name)
                    return &cluster;
        return nullptr;
    }
};

} // namespace fleetscope
