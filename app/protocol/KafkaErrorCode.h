#pragma once

#include <QString>

namespace fleetscope {

// Kafka's numeric error codes (org.apache.kafka.common.protocol.Errors), as people can read them.
namespace KafkaErrorCode {
inline constexpr qint16 None = 0;
inline constexpr qint16 TopicAuthorizationFailed = 29;
inline constexpr qint16 GroupAuthorizationFailed = 30;
inline constexpr qint16 ClusterAuthorizationFailed = 31;
inline constexpr qint16 UnsupportedSaslMechanism = 33;
inline constexpr qint16 IllegalSaslState = 34;
inline constexpr qint16 UnsupportedVersion = 35;
inline constexpr qint16 KafkaStorageError = 56;
inline constexpr qint16 SaslAuthenticationFailed = 58;
} // namespace KafkaErrorCode

// The protocol's name for a code ("KAFKA_STORAGE_ERROR"); "UNKNOWN_ERROR_CODE" for codes we do not know.
QString kafkaErrorName(qint16 code);

// Name, number and, for the codes our APIs meet, what it means for the user:
// "KAFKA_STORAGE_ERROR (56): the log directory is offline (disk failure or I/O error)".
QString kafkaErrorText(qint16 code);

} // namespace fleetscope
