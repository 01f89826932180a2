#include "protocol/ConfigsClient.h"

#include "protocol/ApiKey.h"
#include "protocol/BrokerChannel.h"
#include "protocol/DescribeConfigs.h"
#include "protocol/IncrementalAlterConfigs.h"
#include "protocol/KafkaErrorCode.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigsClient", text);
}

Error notOffered(const BrokerChannel &channel, qint16 apiKey, qint16 minVersion, qint16 maxVersion)
{
    return Error{tr("Broker %1 offers no %2 version Fleetscope knows (%3-%4); Kafka 2.3 or newer is needed "
                    "to read and change configuration.")
                     .arg(channel.brokerName(), apiName(apiKey))
                     .arg(minVersion)
                     .arg(maxVersion)};
}

Error unreadable(const BrokerChannel &channel, const QString &what)
{
    return Error{tr("Broker %1: %2. The broker sent a response Fleetscope cannot read; please report it with "
                    "the broker's Kafka version.")
                     .arg(channel.brokerName(), what)};
}

} // namespace

Result<QList<ResourceConfigs>> ConfigsClient::describe(BrokerChannel &channel, const DescribeConfigsRequest &request,
                                                       int timeoutMs)
{
    const std::optional<qint16> version = channel.negotiatedVersion(
        ApiKey::DescribeConfigs, DescribeConfigs::kMinVersion, DescribeConfigs::kMaxVersion);
    if (!version)
        return notOffered(channel, ApiKey::DescribeConfigs, DescribeConfigs::kMinVersion, DescribeConfigs::kMaxVersion);
    const Result<QByteArray> body = channel.roundTrip(
        ApiKey::DescribeConfigs, *version, DescribeConfigs::encodeRequest(request, *version), timeoutMs);
    if (!body)
        return body.error();
    Result<DescribeConfigsResponse> response = DescribeConfigs::decodeResponse(*body, *version);
    if (!response)
        return unreadable(channel, response.errorMessage());
    return std::move(response).value().results;
}

Result<QList<AlterConfigsResult>> ConfigsClient::alter(BrokerChannel &channel,
                                                      const IncrementalAlterConfigsRequest &request, int timeoutMs)
{
    const std::optional<qint16> version = channel.negotiatedVersion(
        ApiKey::IncrementalAlterConfigs, IncrementalAlterConfigs::kMinVersion, IncrementalAlterConfigs::kMaxVersion);
    if (!version)
        return notOffered(channel, ApiKey::IncrementalAlterConfigs, IncrementalAlterConfigs::kMinVersion,
                          IncrementalAlterConfigs::kMaxVersion);
    const Result<QByteArray> body = channel.roundTrip(ApiKey::IncrementalAlterConfigs, *version,
                                                      IncrementalAlterConfigs::encodeRequest(request, *version),
                                                      timeoutMs);
    if (!body)
        return body.error();
    Result<IncrementalAlterConfigsResponse> response = IncrementalAlterConfigs::decodeResponse(*body, *version);
    if (!response)
        return unreadable(channel, response.errorMessage());
    return std::move(response).value().results;
}

QString ConfigsClient::refusalText(qint16 errorCode, const std::optional<QString> &brokerMessage)
{
    const QString code = QStringLiteral("%1 (%2)").arg(kafkaErrorName(errorCode)).arg(errorCode);
    if (brokerMessage && !brokerMessage->isEmpty())
        return QStringLiteral("%1: %2").arg(code, *brokerMessage);
    return kafkaErrorText(errorCode);
}

} // namespace fleetscope
