#pragma once

#include "core/Result.h"
#include "protocol/LogDirs.h"

#include <QByteArray>

namespace fleetscope {

// Codec of DescribeLogDirs (key 35). Versions 0-4 share one layout apart from: v2+ flexible,
// v3+ a top-level error code, v4+ TotalBytes/UsableBytes (KIP-827). Kafka 4.x accepts 1-4
// (it dropped v0, which is identical to v1 on the wire).
class DescribeLogDirs final
{
public:
    static constexpr qint16 kMinVersion = 0;
    static constexpr qint16 kMaxVersion = 4;

    static bool isFlexible(qint16 version) { return version >= 2; }

    // A request for every topic and partition the broker holds (a null topic list).
    static QByteArray encodeAllTopicsRequest(qint16 version);
    static Result<DescribeLogDirsResponse> decodeResponse(const QByteArray &body, qint16 version);
    // The broker's side, for fake brokers in tests. Empty totals are written as -1.
    static QByteArray encodeResponse(const DescribeLogDirsResponse &response, qint16 version);
};

} // namespace fleetscope
