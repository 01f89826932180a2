#pragma once

#include "core/Result.h"
#include "protocol/Configs.h"

#include <QByteArray>

namespace fleetscope {

// Codec of DescribeConfigs (key 32), versions 1-4: v1 adds the source and synonyms, v3 the type and
// documentation, v4 is flexible. v0 (deprecated, no sources) is not spoken. Kafka 4.x accepts 1-4.
class DescribeConfigs final
{
public:
    static constexpr qint16 kMinVersion = 1;
    static constexpr qint16 kMaxVersion = 4;

    static bool isFlexible(qint16 version) { return version >= 4; }

    static QByteArray encodeRequest(const DescribeConfigsRequest &request, qint16 version);
    static Result<DescribeConfigsResponse> decodeResponse(const QByteArray &body, qint16 version);
    // The broker's side, for tests.
    static QByteArray encodeResponse(const DescribeConfigsResponse &response, qint16 version);
};

} // namespace fleetscope
