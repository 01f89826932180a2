#pragma once

#include "core/Result.h"
#include "protocol/Configs.h"

namespace fleetscope {

class BrokerChannel;

// DescribeConfigs and IncrementalAlterConfigs over a channel that is already open, at the highest
// version both sides know. Blocking; for worker threads.
//
// Routing is the caller's: a broker's own values (ConfigResource::broker(id)) must be asked of and
// altered on THAT broker, which answers only for itself; topics and the cluster-wide default may go
// to any broker (KRaft brokers forward alterations to the controller).
//
// A transport or decoding failure is an Error; a resource the broker refused is a result with its
// errorCode and the broker's own errorMessage, so one bad resource never hides the others.
class ConfigsClient final
{
public:
    static Result<QList<ResourceConfigs>> describe(BrokerChannel &channel, const DescribeConfigsRequest &request,
                                                   int timeoutMs);
    static Result<QList<AlterConfigsResult>> alter(BrokerChannel &channel,
                                                  const IncrementalAlterConfigsRequest &request, int timeoutMs);

    // "INVALID_CONFIG (40): Invalid value -1 for configuration segment.bytes: ...", for a refused resource.
    static QString refusalText(qint16 errorCode, const std::optional<QString> &brokerMessage);
};

} // namespace fleetscope
