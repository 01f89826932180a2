#include "protocol/ApiKey.h"

#include <limits>

namespace fleetscope {

std::optional<qint16> firstFlexibleVersion(qint16 apiKey)
{
    switch (apiKey) {
    case ApiKey::Metadata:
        return 9;
    case ApiKey::OffsetFetch:
        return 6;
    case ApiKey::ListGroups:
        return 3;
    case ApiKey::SaslHandshake:
        return std::numeric_limits<qint16>::max(); // "flexibleVersions": "none"
    case ApiKey::ApiVersions:
        return 3;
    case ApiKey::DescribeConfigs:
        return 4;
    case ApiKey::DescribeLogDirs:
        return 2;
    case ApiKey::SaslAuthenticate:
        return 2;
    case ApiKey::IncrementalAlterConfigs:
        return 1;
    case ApiKey::AlterPartitionReassignments:
    case ApiKey::ListPartitionReassignments:
        return 0;
    default:
        return std::nullopt;
    }
}

QString apiName(qint16 apiKey)
{
    const char *name = nullptr;
    switch (apiKey) {
    case ApiKey::Metadata:
        name = "Metadata";
        break;
    case ApiKey::OffsetFetch:
        name = "OffsetFetch";
        break;
    case ApiKey::ListGroups:
        name = "ListGroups";
        break;
    case ApiKey::SaslHandshake:
        name = "SaslHandshake";
        break;
    case ApiKey::ApiVersions:
        name = "ApiVersions";
        break;
    case ApiKey::DescribeConfigs:
        name = "DescribeConfigs";
        break;
    case ApiKey::DescribeLogDirs:
        name = "DescribeLogDirs";
        break;
    case ApiKey::SaslAuthenticate:
        name = "SaslAuthenticate";
        break;
    case ApiKey::IncrementalAlterConfigs:
        name = "IncrementalAlterConfigs";
        break;
    case ApiKey::AlterPartitionReassignments:
        name = "AlterPartitionReassignments";
        break;
    case ApiKey::ListPartitionReassignments:
        name = "ListPartitionReassignments";
        break;
    default:
        return QStringLiteral("API %1").arg(apiKey);
    }
    return QStringLiteral("%1 (%2)").arg(QLatin1String(name)).arg(apiKey);
}

} // namespace fleetscope
