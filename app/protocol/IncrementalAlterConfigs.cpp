#include "protocol/IncrementalAlterConfigs.h"

#include "protocol/VersionedWire.h"

namespace fleetscope {

QByteArray IncrementalAlterConfigs::encodeRequest(const IncrementalAlterConfigsRequest &request, qint16 version)
{
    ByteWriter bytes;
    VersionedWriter writer(bytes, isFlexible(version));
    writer.arrayLength(request.resources.size());
    for (const AlterConfigsResource &resource : request.resources) {
        bytes.writeInt8(qint8(resource.resource.type));
        writer.string(resource.resource.name);
        writer.arrayLength(resource.configs.size());
        for (const AlterableConfig &config : resource.configs) {
            writer.string(config.name);
            bytes.writeInt8(qint8(config.op));
            writer.nullableString(config.value);
            writer.endStruct();
        }
        writer.endStruct();
    }
    bytes.writeBool(request.validateOnly);
    writer.endStruct();
    return bytes.data();
}

Result<IncrementalAlterConfigsResponse> IncrementalAlterConfigs::decodeResponse(const QByteArray &body, qint16 version)
{
    ByteReader bytes(body);
    VersionedReader reader(bytes, isFlexible(version));
    IncrementalAlterConfigsResponse response;
    response.throttleTimeMs = bytes.readInt32();
    // Smallest result: error code, null message, type, empty name (+ tags).
    const qint32 count = reader.arrayLength(7, 6);
    for (qint32 i = 0; i < count && bytes.ok(); ++i) {
        AlterConfigsResult result;
        result.errorCode = bytes.readInt16();
        result.errorMessage = reader.nullableString();
        result.resource.type = ConfigResourceType(bytes.readInt8());
        result.resource.name = reader.string();
        reader.endStruct();
        response.results.append(std::move(result));
    }
    reader.endStruct();
    if (!bytes.ok())
        return Error{QStringLiteral("IncrementalAlterConfigs v%1 response: %2").arg(version).arg(bytes.errorText())};
    return response;
}

QByteArray IncrementalAlterConfigs::encodeResponse(const IncrementalAlterConfigsResponse &response, qint16 version)
{
    ByteWriter bytes;
    VersionedWriter writer(bytes, isFlexible(version));
    bytes.writeInt32(response.throttleTimeMs);
    writer.arrayLength(response.results.size());
    for (const AlterConfigsResult &result : response.results) {
        bytes.writeInt16(result.errorCode);
        writer.nullableString(result.errorMessage);
        bytes.writeInt8(qint8(result.resource.type));
        writer.string(result.resource.name);
        writer.endStruct();
    }
    writer.endStruct();
    return bytes.data();
}

} // namespace fleetscope
