#include "ConfigProbe.h"

#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ConfigPlanner.h"

#include <QDateTime>

namespace fleetscope::test {

QString ConfigProbe::uniqueTopic(const QString &stem)
{
    return QStringLiteral("tst-%1-%2").arg(stem).arg(QDateTime::currentMSecsSinceEpoch());
}

namespace {

// The resource's configs now, or an Error when the cluster did not answer or refused.
Result<ResourceConfigs> describe(const Fleet &fleet, const QString &cluster, const ConfigResource &resource)
{
    ClusterConfigGateway gateway(*fleet.findCluster(cluster));
    const Result<ResourceConfigs> configs = gateway.describe(resource);
    if (!configs || configs->errorCode != 0)
        return Error{QStringLiteral("(describe failed)")};
    return configs;
}

} // namespace

std::optional<QString> ConfigProbe::value(const Fleet &fleet, const QString &cluster, const ConfigResource &resource,
                                          const QString &key)
{
    const Result<ResourceConfigs> configs = describe(fleet, cluster, resource);
    if (!configs)
        return configs.errorMessage();
    const ConfigEntry *entry = configs->find(key);
    if (!entry)
        return QStringLiteral("(no entry %1 among %2 keys)").arg(key).arg(configs->entries.size());
    return entry->value;
}

std::optional<QString> ConfigProbe::ownValue(const Fleet &fleet, const QString &cluster, const ConfigResource &resource,
                                             const QString &key)
{
    const Result<ResourceConfigs> configs = describe(fleet, cluster, resource);
    if (!configs)
        return configs.errorMessage();
    const ConfigEntry *entry = configs->find(key);
    if (!entry || entry->source != ConfigPlanner::ownSource(resource))
        return std::nullopt;
    return entry->value;
}

} // namespace fleetscope::test
