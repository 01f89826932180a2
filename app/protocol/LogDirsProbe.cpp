#include "protocol/LogDirsProbe.h"

#include "protocol/ApiKey.h"
#include "protocol/DescribeLogDirs.h"
#include "protocol/KafkaErrorCode.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LogDirsProbe", text);
}

} // namespace

LogDirsProbe::LogDirsProbe(const Clock &clock, BrokerChannel::Options options)
    : m_clock(clock)
    , m_options(std::move(options))
{
}

Result<BrokerLogDirs> LogDirsProbe::probe(const BrokerAddress &broker, int timeoutMs) const
{
    if (broker.port <= 0 || broker.port > 65535)
        return Error { tr("Broker %1 has no usable port (%2); check the cluster's metadata.")
                           .arg(broker.nodeId)
                           .arg(broker.port) };
    const QDeadlineTimer deadline(timeoutMs);
    BrokerChannel channel(m_options);
    if (Status opened = channel.open(broker.host, quint16(broker.port), timeoutMs); !opened)
        return opened.error();
    // What is left of the budget after connecting; at least 1 ms so an exhausted budget still fails cleanly.
    return probe(channel, broker.nodeId, int(qMax<qint64>(1, deadline.remainingTime())));
}

Result<BrokerLogDirs> LogDirsProbe::probe(BrokerChannel &channel, int nodeId, int timeoutMs) const
{
    const std::optional<qint16> version = channel.negotiatedVersion(
        ApiKey::DescribeLogDirs, DescribeLogDirs::kMinVersion, DescribeLogDirs::kMaxVersion);
    if (!version)
        return Error { tr(
            "Broker %1 (node %2) offers no DescribeLogDirs version Fleetscope knows (%3-%4), so its "
            "disk usage cannot be shown. Kafka 1.0 or newer is needed.")
                           .arg(channel.brokerName())
                           .arg(nodeId)
                           .arg(DescribeLogDirs::kMinVersion)
                           .arg(DescribeLogDirs::kMaxVersion) };

    Result<QByteArray> body = channel.roundTrip(
        ApiKey::DescribeLogDirs, *version, DescribeLogDirs::encodeAllTopicsRequest(*version), timeoutMs);
    if (!body)
        return body.error();
    Result<DescribeLogDirsResponse> response = DescribeLogDirs::decodeResponse(*body, *version);
    if (!response)
        return Error { tr(
            "Broker %1 (node %2): %3. The broker sent a response Fleetscope cannot read; please "
            "report it with the broker's Kafka version.")
                           .arg(channel.brokerName())
                           .arg(nodeId)
                           .arg(response.errorMessage()) };
    if (response->errorCode != KafkaErrorCode::None)
        return Error { tr("Broker %1 (node %2) refused DescribeLogDirs: %3.")
                           .arg(channel.brokerName())
                           .arg(nodeId)
                           .arg(kafkaErrorText(response->errorCode)) };

    BrokerLogDirs result;
    result.nodeId = nodeId;
    result.host = channel.host();
    result.port = channel.port();
    result.version = *version;
    result.hasCapacity = *version >= 4;
    result.logDirs = std::move(response->logDirs);
    result.roundTripUs = channel.lastRoundTripUs().value_or(0);
    result.sampledAtMs = m_clock.nowMs();
    return result;
}

} // namespace fleetscope
