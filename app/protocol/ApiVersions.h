#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace fleetscope {

// The versions of one API a broker accepts, both ends inclusive.
struct ApiVersionRange
{
    qint16 minVersion = 0;
    qint16 maxVersion = -1;
};

struct ApiVersionsResponse
{
    qint16 errorCode = 0;
    QMap<qint16, ApiVersionRange> apis; // by API key
    qint32 throttleTimeMs = 0;
};

// Codec of ApiVersions (key 18), versions 0-3; v3 is the first flexible one. The tagged fields of
// v3 (features) are skipped: Fleetscope needs only the API ranges.
class ApiVersions final
{
public:
    static constexpr qint16 kMaxVersion = 3;

    static QByteArray encodeRequest(
        qint16 version, const QString &softwareName, const QString &softwareVersion);
    // A response to a request of `version`. A broker that does not know that version answers
    // UNSUPPORTED_VERSION in the v0 layout (KIP-511), so that answer is decoded as v0 whatever was asked.
    static Result<ApiVersionsResponse> decodeResponse(const QByteArray &body, qint16 version);
    // The broker's side, for fake brokers in tests. An error response is written as v0, like brokers do.
    static QByteArray encodeResponse(const ApiVersionsResponse &response, qint16 version);
};

} // namespace fleetscope
