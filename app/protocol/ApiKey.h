#pragma once

#include <QString>

#include <optional>

namespace fleetscope {

// The Kafka APIs Fleetscope speaks itself (librdkafka lacks them). Numbers are the wire's API keys.
namespace ApiKey {
inline constexpr qint16 Metadata = 3;
inline constexpr qint16 OffsetFetch = 9;
inline constexpr qint16 ListGroups = 16;
inline constexpr qint16 SaslHandshake = 17;
inline constexpr qint16 ApiVersions = 18;
inline constexpr qint16 DescribeConfigs = 32;
inline constexpr qint16 DescribeLogDirs = 35;
inline constexpr qint16 SaslAuthenticate = 36;
inline constexpr qint16 IncrementalAlterConfigs = 44;
inline constexpr qint16 AlterPartitionReassignments = 45;
inline constexpr qint16 ListPartitionReassignments = 46;
} // namespace ApiKey

// The first version of an API that uses the flexible encoding (compact types, tagged fields, request
// header v2 and response header v1), from the "flexibleVersions" of Kafka's message definitions.
// Empty for APIs this module does not know: their header version cannot be chosen safely.
// An API that is never flexible (SaslHandshake) answers a version no request can reach.
std::optional<qint16> firstFlexibleVersion(qint16 apiKey);

// "DescribeLogDirs (35)", for messages.
QString apiName(qint16 apiKey);

} // namespace fleetscope
