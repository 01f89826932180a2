#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace fleetscope {

// SaslHandshake (17, v0-v1) and SaslAuthenticate (36, v0-v2) bodies. In v1 of the handshake the
// SASL tokens travel in SaslAuthenticate requests (KIP-152), which is what we send.
struct SaslHandshakeResponse
{
    qint16 errorCode = 0;
    QStringList enabledMechanisms;
};

struct SaslAuthenticateResponse
{
    qint16 errorCode = 0;
    std::optional<QString> errorMessage;
    QByteArray authBytes;
};

namespace SaslMessages {
inline constexpr qint16 kHandshakeVersion = 1;
inline constexpr qint16 kAuthenticateMinVersion = 0;
inline constexpr qint16 kAuthenticateMaxVersion = 2;

QByteArray encodeHandshake(const QString &mechanism);
Result<SaslHandshakeResponse> decodeHandshake(const QByteArray &body);
QByteArray encodeAuthenticate(qint16 version, const QByteArray &authBytes);
Result<SaslAuthenticateResponse> decodeAuthenticate(const QByteArray &body, qint16 version);
} // namespace SaslMessages

} // namespace fleetscope
