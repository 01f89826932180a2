#include "protocol/SaslMessages.h"

#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"

namespace fleetscope {

namespace SaslMessages {

QByteArray encodeHandshake(const QString &mechanism)
{
    ByteWriter writer;
    writer.writeString(mechanism);
    return writer.data();
}

Result<SaslHandshakeResponse> decodeHandshake(const QByteArray &body)
{
    ByteReader reader(body);
    SaslHandshakeResponse response;
    response.errorCode = reader.readInt16();
    const qint32 count = reader.readArrayLength(2);
    for (qint32 i = 0; reader.ok() && i < count; ++i)
        response.enabledMechanisms << reader.readString();
    if (!reader.ok())
        return Error { reader.errorText() };
    return response;
}

QByteArray encodeAuthenticate(qint16 version, const QByteArray &authBytes)
{
    ByteWriter writer;
    if (version >= 2) {
        writer.writeCompactBytes(authBytes);
        writer.writeEmptyTaggedFields();
    } else {
        writer.writeBytes(authBytes);
    }
    return writer.data();
}

Result<SaslAuthenticateResponse> decodeAuthenticate(const QByteArray &body, qint16 version)
{
    ByteReader reader(body);
    SaslAuthenticateResponse response;
    const bool flexible = version >= 2;
    response.errorCode = reader.readInt16();
    response.errorMessage = flexible ? reader.readCompactNullableString() : reader.readNullableString();
    response.authBytes = flexible ? reader.readCompactBytes() : reader.readBytes();
    if (version >= 1)
        reader.readInt64(); // SessionLifetimeMs: we reconnect per poll, far more often than any lifetime
    if (flexible)
        reader.skipTaggedFields();
    if (!reader.ok())
        return Error { reader.errorText() };
    return response;
}

} // namespace SaslMessages

} // namespace fleetscope
