#include "ConfigProbe.h"

#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ConfigPlanner.h"

#include <QDateTime>

namespace fleetscope::test {

QString ConfigProbe::uniqueTopic(const QString &stem)
{
    return QStringLiteral("tst-%1-%2").arg(stem).arg(QDateTime::currentMSecsSinceEpoch());
}

std::optional<QString> ConfigProbe::value(const Fleet &fleet, const QString &cluster, const ConfigResource &resource,
                                          const QString &key)
{
    ClusterConfigGateway gateway(*fleet.findCluster(cluster));
    const Result<ResourceConfigs> configs = gateway.describe(resource);
    if (!configs || configs->errorCode != 0)
        return QStringLiteral("(describe failed)");
    const ConfigEntry *entry = configs->find(key);
    if (!entry)
        return QStringLiteral("(no entry %1 among %2 keys)").arg(key).arg(configs->entries.size());
    return entry->value;
}

std::optional<QString> ConfigProbe::ownValue(const Fleet &fleet, const QString &cluster, const ConfigResource &resource,
                                             const QString &key)
{
    ClusterConfigGateway gateway(*fleet.findCluster(cluster));
    const Result<ResourceConfigs> configs = gateway.describe(resource);
    if (!configs || configs->errorCode != 0)
        return QStringLiteral("(describe failed)");
    const ConfigEntry *entry = configs->find(key);
    if (!entry || entry->source != ConfigPlanner::ownSource(resource))
        return std::nullopt;
    return entry->value;
}

} // namespace fleetscope::test
