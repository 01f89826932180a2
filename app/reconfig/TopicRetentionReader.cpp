#include "reconfig/TopicRetentionReader.h"

#include "reconfig/ClusterConfigGateway.h"

namespace fleetscope {

Result<QHash<QString, qint64>> TopicRetentionReader::read(const ClusterConfig &cluster, const QStringList &topics,
                                                          int timeoutMs)
{
    QHash<QString, qint64> retention;
    if (topics.isEmpty())
        return retention;
    ClusterConfigGateway gateway(cluster, timeoutMs);
    QList<ConfigResource> resources;
    resources.reserve(topics.size());
    for (const QString &topic : topics)
        resources.append(ConfigResource::topic(topic));
    const Result<QList<ResourceConfigs>> described = gateway.describeMany(resources, {QStringLiteral("retention.ms")});
    if (!described)
        return described.error();
    for (const ResourceConfigs &configs : *described) {
        if (configs.errorCode != 0)
            continue;
        const ConfigEntry *entry = configs.find(QStringLiteral("retention.ms"));
        bool ok = false;
        const qint64 ms = entry && entry->value ? entry->value->toLongLong(&ok) : 0;
        if (ok)
            retention.insert(configs.resource.name, ms);
    }
    return retention;
}

} // namespace fleetscope
