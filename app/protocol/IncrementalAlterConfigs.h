#pragma once

#include "core/Result.h"
#include "protocol/Configs.h"

#include <QByteArray>

namespace fleetscope {

// Codec of IncrementalAlterConfigs (key 44), versions 0-1 (v1 flexible). Each key is set or deleted
// on its own, so every other dynamic key stays as it is. Legacy AlterConfigs (33), which replaces
// the whole set and loses sensitive values, is deliberately not spoken anywhere in Fleetscope.
// Ours because librdkafka 2.0.2 lacks it (added in 2.2.0); kept so that both builds write alike.
class IncrementalAlterConfigs final
{
public:
    static constexpr qint16 kMinVersion = 0;
    static constexpr qint16 kMaxVersion = 1;

    static bool isFlexible(qint16 version) { return version >= 1; }

    static QByteArray encodeRequest(const IncrementalAlterConfigsRequest &request, qint16 version);
    static Result<IncrementalAlterConfigsResponse> decodeResponse(const QByteArray &body, qint16 version);
    // The broker's side, for tests.
    static QByteArray encodeResponse(const IncrementalAlterConfigsResponse &response, qint16 version);
};

} // namespace fleetscope
