#include "reconfig/ThrottleWriter.h"

#include "protocol/ConfigsClient.h"
#include "reconfig/ClusterConfigGateway.h"

#include <QCoreApplication>
#include <QStringList>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ThrottleWriter", text);
}

AlterableConfig configFor(const QString &key, ThrottleAction action, const QString &value)
{
    if (action == ThrottleAction::Remove)
        return {key, AlterConfigOp::Delete, std::nullopt};
    return {key, AlterConfigOp::Set, value};
}

QString resourceText(const ConfigResource &resource)
{
    return resource.type == ConfigResourceType::Topic ? tr("topic %1").arg(resource.name)
                                                      : tr("broker %1").arg(resource.name);
}

} // namespace

ThrottleWriter::ThrottleWriter(ClusterConfigGateway &gateway)
    : m_gateway(gateway)
{
}

Status ThrottleWriter::write(const ReplicationThrottle &throttle, ThrottleAction action)
{
    const QString rate = QString::number(throttle.bytesPerSecond);
    QList<std::pair<ConfigResource, QList<AlterableConfig>>> writes;
    for (int broker : throttle.brokers)
        writes.append({ ConfigResource::broker(broker),
            { configFor(ReplicationThrottle::kLeaderRate, action, rate),
              configFor(ReplicationThrottle::kFollowerRate, action, rate) } });
    QList<AlterableConfig> topicConfigs;
    if (action == ThrottleAction::Remove || !throttle.leaderReplicas.isEmpty())
        topicConfigs.append(configFor(ReplicationThrottle::kLeaderReplicas, action, throttle.leaderReplicas));
    if (action == ThrottleAction::Remove || !throttle.followerReplicas.isEmpty())
        topicConfigs.append(configFor(ReplicationThrottle::kFollowerReplicas, action, throttle.followerReplicas));
    writes.append({ ConfigResource::topic(throttle.topic), topicConfigs });

    QStringList failures;
    for (const auto &[resource, configs] : std::as_const(writes)) {
        const Result<AlterConfigsResult> result = m_gateway.alter(resource, configs, false);
        QString failure;
        if (!result)
            failure = result.errorMessage();
        else if (result->errorCode != 0)
            failure = ConfigsClient::refusalText(result->errorCode, result->errorMessage);
        if (failure.isEmpty())
            continue;
        failures.append(QStringLiteral("%1: %2").arg(resourceText(resource), failure));
        if (action == ThrottleAction::Set)
            break; // the caller removes what was set and sends no reassignment
    }
    if (!failures.isEmpty())
        return Error { failures.join(QStringLiteral("; ")) };
    return Done {};
}

ThrottleSetter ThrottleWriter::setter()
{
    return [this](const ReplicationThrottle &throttle, ThrottleAction action) { return write(throttle, action); };
}

} // namespace fleetscope
