#include "reconfig/CommonConfigKeys.h"

namespace fleetscope {

QStringList CommonConfigKeys::forResource(const ConfigResource &resource)
{
    if (resource.type == ConfigResourceType::Topic)
        return {QStringLiteral("retention.ms"),        QStringLiteral("retention.bytes"),
                QStringLiteral("cleanup.policy"),      QStringLiteral("segment.bytes"),
                QStringLiteral("segment.ms"),          QStringLiteral("min.insync.replicas"),
                QStringLiteral("unclean.leader.election.enable")};
    return {QStringLiteral("log.retention.ms"), QStringLiteral("log.retention.bytes"),
            QStringLiteral("log.segment.bytes"), QStringLiteral("min.insync.replicas"),
            QStringLiteral("unclean.leader.election.enable")};
}

QStringList CommonConfigKeys::choicesFor(const QString &key)
{
    if (key == QLatin1String("cleanup.policy"))
        return {QStringLiteral("delete"), QStringLiteral("compact"), QStringLiteral("compact,delete")};
    if (key.endsWith(QLatin1String(".enable")))
        return {QStringLiteral("true"), QStringLiteral("false")};
    return {};
}

bool CommonConfigKeys::isRetentionTime(const QString &key)
{
    return key == QLatin1String("retention.ms") || key == QLatin1String("log.retention.ms");
}

bool CommonConfigKeys::isRetentionSize(const QString &key)
{
    return key == QLatin1String("retention.bytes") || key == QLatin1String("log.retention.bytes");
}

} // namespace fleetscope
