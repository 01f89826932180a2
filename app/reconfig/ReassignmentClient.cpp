#include "reconfig/ReassignmentClient.h"

#include "protocol/ApiKey.h"
#include "protocol/KafkaErrorCode.h"
#include "protocol/MetadataBrokers.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QStringList>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReassignmentClient", text);
}

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(qMax<qint64>(1, deadline.remainingTime()));
}

// "REASSIGNMENT_IN_PROGRESS (60): the broker's own words", or just the code's text.
QString refusal(qint16 code, const QString &message)
{
    return message.isEmpty() ? kafkaErrorText(code) : QStringLiteral("%1: %2").arg(kafkaErrorText(code), message);
}

} // namespace

ReassignmentClient::ReassignmentClient(BrokerChannel::Options options, QList<BrokerAddress> brokers)
    : m_channel(std::move(options))
    , m_brokers(std::move(brokers))
{
}

Result<BrokerChannel *> ReassignmentClient::openChannel(int timeoutMs)
{
    if (m_channel.isOpen())
        return &m_channel;
    if (m_brokers.isEmpty())
        return Error { tr("No broker address is known for this cluster; its metadata lists none.") };
    const QDeadlineTimer deadline(timeoutMs);
    QStringList failures;
    for (int tried = 0; tried < m_brokers.size() && !deadline.hasExpired(); ++tried) {
        const BrokerAddress &broker = m_brokers[m_nextBroker];
        m_nextBroker = (m_nextBroker + 1) % int(m_brokers.size());
        if (broker.port <= 0 || broker.port > 65535) {
            failures.append(tr("node %1 has no usable port").arg(broker.nodeId));
            continue;
        }
        const Status opened = m_channel.open(broker.host, quint16(broker.port), remainingMs(deadline));
        if (opened)
            return &m_channel;
        failures.append(opened.errorMessage());
    }
    return Error { tr("No broker of the cluster answered: %1").arg(failures.join(QStringLiteral("; "))) };
}

Result<QByteArray> ReassignmentClient::request(qint16 apiKey, qint16 minVersion, qint16 maxVersion,
    const std::function<Result<QByteArray>(qint16)> &encode, qint16 *usedVersion, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Both requests are idempotent (the same target twice is one reassignment), so a broker that
    // fails mid-request is worth one more try on the next broker.
    Error last { QString() };
    for (int attempt = 0; attempt < 2 && !deadline.hasExpired(); ++attempt) {
        Result<BrokerChannel *> channel = openChannel(remainingMs(deadline));
        if (!channel)
            return channel.error();
        const std::optional<qint16> version = (*channel)->negotiatedVersion(apiKey, minVersion, maxVersion);
        if (!version)
            return Error { tr("Broker %1 does not offer %2 (Fleetscope speaks versions %3-%4); replication "
                              "factor changes need Kafka 2.4 or newer.")
                               .arg((*channel)->brokerName(), apiName(apiKey))
                               .arg(minVersion)
                               .arg(maxVersion) };
        Result<QByteArray> body = encode(*version);
        if (!body)
            return body.error();
        Result<QByteArray> answer = (*channel)->roundTrip(apiKey, *version, *body, remainingMs(deadline));
        if (answer) {
            *usedVersion = *version;
            return answer;
        }
        last = answer.error();
    }
    return last.message.isEmpty() ? Error { tr("%1 timed out before it could be sent.").arg(apiName(apiKey)) } : last;
}

Result<QList<ReassignmentPartitionResult>> ReassignmentClient::alter(
    const QList<TopicReassignment> &topics, int timeoutMs)
{
    qint16 version = 0;
    Result<QByteArray> body = request(
        ApiKey::AlterPartitionReassignments, PartitionReassignments::kAlterMinVersion,
        PartitionReassignments::kAlterMaxVersion,
        [&](qint16 v) { return PartitionReassignments::encodeAlterRequest(topics, timeoutMs, v); }, &version,
        timeoutMs);
    if (!body)
        return body.error();
    Result<AlterPartitionReassignmentsResponse> response = PartitionReassignments::decodeAlterResponse(*body, version);
    if (!response)
        return Error { tr("Broker %1: %2").arg(m_channel.brokerName(), response.errorMessage()) };
    if (response->errorCode != KafkaErrorCode::None)
        return Error { tr("Broker %1 refused the reassignment: %2")
                           .arg(m_channel.brokerName(), refusal(response->errorCode, response->errorMessage)) };
    return response->partitions;
}

Result<QList<OngoingReassignment>> ReassignmentClient::list(
    const std::optional<QList<TopicPartitions>> &topics, int timeoutMs)
{
    qint16 version = 0;
    Result<QByteArray> body = request(
        ApiKey::ListPartitionReassignments, PartitionReassignments::kListMinVersion,
        PartitionReassignments::kListMaxVersion,
        [&](qint16 v) { return PartitionReassignments::encodeListRequest(topics, timeoutMs, v); }, &version,
        timeoutMs);
    if (!body)
        return body.error();
    Result<ListPartitionReassignmentsResponse> response = PartitionReassignments::decodeListResponse(*body, version);
    if (!response)
        return Error { tr("Broker %1: %2").arg(m_channel.brokerName(), response.errorMessage()) };
    if (response->errorCode != KafkaErrorCode::None)
        return Error { tr("Broker %1 refused to list the reassignments: %2")
                           .arg(m_channel.brokerName(), refusal(response->errorCode, response->errorMessage)) };
    return response->ongoing;
}

Result<QMap<int, QString>> ReassignmentClient::brokerRacks(int timeoutMs)
{
    qint16 version = 0;
    Result<QByteArray> body = request(
        ApiKey::Metadata, MetadataBrokers::kMinVersion, MetadataBrokers::kMaxVersion,
        [](qint16 v) { return Result<QByteArray>(MetadataBrokers::encodeRequest(v)); }, &version, timeoutMs);
    if (!body)
        return body.error();
    Result<QList<BrokerRack>> brokers = MetadataBrokers::decodeResponse(*body, version);
    if (!brokers)
        return Error { tr("Broker %1: %2").arg(m_channel.brokerName(), brokers.errorMessage()) };
    QMap<int, QString> racks;
    for (const BrokerRack &broker : *brokers) {
        if (!broker.rack.isEmpty())
            racks.insert(broker.nodeId, broker.rack);
    }
    return racks;
}

} // namespace fleetscope
