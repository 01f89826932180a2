#include "protocol/KafkaErrorCode.h"

#include <QCoreApplication>

#include <array>

namespace fleetscope {

namespace {

// Names of codes -1..60, the range our APIs (ApiVersions, DescribeLogDirs, configs, reassignments,
// SASL) can return; index = code + 1.
constexpr std::array<const char *, 62> kNames = {
    "UNKNOWN_SERVER_ERROR",
    "NONE",
    "OFFSET_OUT_OF_RANGE",
    "CORRUPT_MESSAGE",
    "UNKNOWN_TOPIC_OR_PARTITION",
    "INVALID_FETCH_SIZE",
    "LEADER_NOT_AVAILABLE",
    "NOT_LEADER_OR_FOLLOWER",
    "REQUEST_TIMED_OUT",
    "BROKER_NOT_AVAILABLE",
    "REPLICA_NOT_AVAILABLE",
    "MESSAGE_TOO_LARGE",
    "STALE_CONTROLLER_EPOCH",
    "OFFSET_METADATA_TOO_LARGE",
    "NETWORK_EXCEPTION",
    "COORDINATOR_LOAD_IN_PROGRESS",
    "COORDINATOR_NOT_AVAILABLE",
    "NOT_COORDINATOR",
    "INVALID_TOPIC_EXCEPTION",
    "RECORD_LIST_TOO_LARGE",
    "NOT_ENOUGH_REPLICAS",
    "NOT_ENOUGH_REPLICAS_AFTER_APPEND",
    "INVALID_REQUIRED_ACKS",
    "ILLEGAL_GENERATION",
    "INCONSISTENT_GROUP_PROTOCOL",
    "INVALID_GROUP_ID",
    "UNKNOWN_MEMBER_ID",
    "INVALID_SESSION_TIMEOUT",
    "REBALANCE_IN_PROGRESS",
    "INVALID_COMMIT_OFFSET_SIZE",
    "TOPIC_AUTHORIZATION_FAILED",
    "GROUP_AUTHORIZATION_FAILED",
    "CLUSTER_AUTHORIZATION_FAILED",
    "INVALID_TIMESTAMP",
    "UNSUPPORTED_SASL_MECHANISM",
    "ILLEGAL_SASL_STATE",
    "UNSUPPORTED_VERSION",
    "TOPIC_ALREADY_EXISTS",
    "INVALID_PARTITIONS",
    "INVALID_REPLICATION_FACTOR",
    "INVALID_REPLICA_ASSIGNMENT",
    "INVALID_CONFIG",
    "NOT_CONTROLLER",
    "INVALID_REQUEST",
    "UNSUPPORTED_FOR_MESSAGE_FORMAT",
    "POLICY_VIOLATION",
    "OUT_OF_ORDER_SEQUENCE_NUMBER",
    "DUPLICATE_SEQUENCE_NUMBER",
    "INVALID_PRODUCER_EPOCH",
    "INVALID_TXN_STATE",
    "INVALID_PRODUCER_ID_MAPPING",
    "INVALID_TRANSACTION_TIMEOUT",
    "CONCURRENT_TRANSACTIONS",
    "TRANSACTION_COORDINATOR_FENCED",
    "TRANSACTIONAL_ID_AUTHORIZATION_FAILED",
    "SECURITY_DISABLED",
    "OPERATION_NOT_ATTEMPTED",
    "KAFKA_STORAGE_ERROR",
    "LOG_DIR_NOT_FOUND",
    "SASL_AUTHENTICATION_FAILED",
    "UNKNOWN_PRODUCER_ID",
    "REASSIGNMENT_IN_PROGRESS",
};

QString tr(const char *text)
{
    return QCoreApplication::translate("KafkaErrorCode", text);
}

} // namespace

QString kafkaErrorName(qint16 code)
{
    const int index = code + 1;
    if (index >= 0 && index < int(kNames.size()))
        return QLatin1String(kNames[index]);
    if (code == 85)
        return QStringLiteral("NO_REASSIGNMENT_IN_PROGRESS");
    return QStringLiteral("UNKNOWN_ERROR_CODE");
}

QString kafkaErrorText(qint16 code)
{
    QString meaning;
    switch (code) {
    case -1:
        meaning = tr("the broker failed unexpectedly; its server log has the cause");
        break;
    case 29:
        meaning = tr("the client's principal lacks DESCRIBE on the topic; grant it in the ACLs");
        break;
    case 30:
        meaning = tr("the client's principal lacks DESCRIBE on the consumer group; grant it in the ACLs");
        break;
    case 31:
        meaning = tr("the client's principal lacks DESCRIBE (or ALTER) on the cluster; grant it in the ACLs");
        break;
    case 35:
        meaning = tr("the broker does not support this request version");
        break;
    case 42:
        meaning = tr("the broker could not parse the request");
        break;
    case 56:
        meaning = tr("the log directory is offline (disk failure or I/O error); see the broker's log");
        break;
    case 57:
        meaning = tr("the log directory is not in the broker's log.dirs");
        break;
    case 58:
        meaning = tr("authentication failed; check the user name, password and mechanism");
        break;
    default:
        break;
    }
    const QString head = QStringLiteral("%1 (%2)").arg(kafkaErrorName(code)).arg(code);
    return meaning.isEmpty() ? head : head + QStringLiteral(": ") + meaning;
}

} // namespace fleetscope
