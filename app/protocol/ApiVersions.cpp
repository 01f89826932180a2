#include "protocol/ApiVersions.h"

#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"
#include "protocol/KafkaErrorCode.h"

namespace fleetscope {

QByteArray ApiVersions::encodeRequest(
    qint16 version, const QString &softwareName, const QString &softwareVersion)
{
    ByteWriter writer;
    if (version >= 3) {
        // Brokers validate these against [a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?; ours always match.
        writer.writeCompactString(softwareName);
        writer.writeCompactString(softwareVersion);
        writer.writeEmptyTaggedFields();
    }
    return writer.data();
}

Result<ApiVersionsResponse> ApiVersions::decodeResponse(const QByteArray &body, qint16 version)
{
    ByteReader reader(body);
    ApiVersionsResponse response;
    response.errorCode = reader.readInt16();
    if (response.errorCode == KafkaErrorCode::UnsupportedVersion)
        version = 0;
    const bool flexible = version >= 3;
    // One entry: three int16 (+ an empty tagged-field section when flexible).
    const qint32 count = flexible ? reader.readCompactArrayLength(7) : reader.readArrayLength(6);
    for (qint32 i = 0; i < count && reader.ok(); ++i) {
        const qint16 key = reader.readInt16();
        ApiVersionRange range;
        range.minVersion = reader.readInt16();
        range.maxVersion = reader.readInt16();
        if (flexible)
            reader.skipTaggedFields();
        if (reader.ok())
            response.apis.insert(key, range);
    }
    if (version >= 1)
        response.throttleTimeMs = reader.readInt32();
    if (flexible)
        reader.skipTaggedFields();
    if (!reader.ok())
        return Error { QStringLiteral("ApiVersions v%1 response: %2").arg(version).arg(reader.errorText()) };
    return response;
}

QByteArray ApiVersions::encodeResponse(const ApiVersionsResponse &response, qint16 version)
{
    if (response.errorCode == KafkaErrorCode::UnsupportedVersion)
        version = 0;
    const bool flexible = version >= 3;
    ByteWriter writer;
    writer.writeInt16(response.errorCode);
    if (flexible)
        writer.writeCompactArrayLength(qint32(response.apis.size()));
    else
        writer.writeArrayLength(qint32(response.apis.size()));
    for (auto it = response.apis.cbegin(); it != response.apis.cend(); ++it) {
        writer.writeInt16(it.key());
        writer.writeInt16(it->minVersion);
        writer.writeInt16(it->maxVersion);
        if (flexible)
            writer.writeEmptyTaggedFields();
    }
    if (version >= 1)
        writer.writeInt32(response.throttleTimeMs);
    if (flexible)
        writer.writeEmptyTaggedFields();
    return writer.data();
}

} // namespace fleetscope
