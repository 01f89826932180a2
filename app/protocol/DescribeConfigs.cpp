#include "protocol/DescribeConfigs.h"

#include "protocol/VersionedWire.h"

namespace fleetscope {

namespace {

// A reserve() is a hint only: lists grow as elements are really decoded.
constexpr qint32 kMaxReserve = 1024;

} // namespace

QByteArray DescribeConfigs::encodeRequest(const DescribeConfigsRequest &request, qint16 version)
{
    ByteWriter bytes;
    VersionedWriter writer(bytes, isFlexible(version));
    writer.arrayLength(request.resources.size());
    for (const DescribeConfigsRequest::Item &item : request.resources) {
        bytes.writeInt8(qint8(item.resource.type));
        writer.string(item.resource.name);
        if (item.keys) {
            writer.arrayLength(item.keys->size());
            for (const QString &key : *item.keys)
                writer.string(key);
        } else {
            writer.nullArray();
        }
        writer.endStruct();
    }
    bytes.writeBool(request.includeSynonyms); // v1+, and we speak v1+
    if (version >= 3)
        bytes.writeBool(request.includeDocumentation);
    writer.endStruct();
    return bytes.data();
}

Result<DescribeConfigsResponse> DescribeConfigs::decodeResponse(const QByteArray &body, qint16 version)
{
    ByteReader bytes(body);
    VersionedReader reader(bytes, isFlexible(version));
    DescribeConfigsResponse response;
    response.throttleTimeMs = bytes.readInt32();
    // Smallest elements. A result: error code, null message, type, empty name, empty list (+ tags).
    // An entry: empty name, null value, three one-byte fields, empty synonyms, and from v3 a type and
    // a null documentation (+ tags). A synonym: empty name, null value, source (+ tags).
    const qint32 resultCount = reader.arrayLength(11, 7);
    response.results.reserve(qMin(resultCount, kMaxReserve));
    for (qint32 r = 0; r < resultCount && bytes.ok(); ++r) {
        ResourceConfigs result;
        result.errorCode = bytes.readInt16();
        result.errorMessage = reader.nullableString();
        result.resource.type = ConfigResourceType(bytes.readInt8());
        result.resource.name = reader.string();
        const qint32 entryCount = reader.arrayLength(version >= 3 ? 14 : 11, 9);
        result.entries.reserve(qMin(entryCount, kMaxReserve));
        for (qint32 e = 0; e < entryCount && bytes.ok(); ++e) {
            ConfigEntry entry;
            entry.name = reader.string();
            entry.value = reader.nullableString();
            entry.readOnly = bytes.readBool();
            entry.source = ConfigSource(bytes.readInt8());
            entry.sensitive = bytes.readBool();
            const qint32 synonymCount = reader.arrayLength(5, 4);
            for (qint32 s = 0; s < synonymCount && bytes.ok(); ++s) {
                ConfigSynonym synonym;
                synonym.name = reader.string();
                synonym.value = reader.nullableString();
                synonym.source = ConfigSource(bytes.readInt8());
                reader.endStruct();
                entry.synonyms.append(std::move(synonym));
            }
            if (version >= 3) {
                entry.type = ConfigType(bytes.readInt8());
                entry.documentation = reader.nullableString();
            }
            reader.endStruct();
            result.entries.append(std::move(entry));
        }
        reader.endStruct();
        response.results.append(std::move(result));
    }
    reader.endStruct();
    if (!bytes.ok())
        return Error{QStringLiteral("DescribeConfigs v%1 response: %2").arg(version).arg(bytes.errorText())};
    return response;
}

QByteArray DescribeConfigs::encodeResponse(const DescribeConfigsResponse &response, qint16 version)
{
    ByteWriter bytes;
    VersionedWriter writer(bytes, isFlexible(version));
    bytes.writeInt32(response.throttleTimeMs);
    writer.arrayLength(response.results.size());
    for (const ResourceConfigs &result : response.results) {
        bytes.writeInt16(result.errorCode);
        writer.nullableString(result.errorMessage);
        bytes.writeInt8(qint8(result.resource.type));
        writer.string(result.resource.name);
        writer.arrayLength(result.entries.size());
        for (const ConfigEntry &entry : result.entries) {
            writer.string(entry.name);
            writer.nullableString(entry.value);
            bytes.writeBool(entry.readOnly);
            bytes.writeInt8(qint8(entry.source));
            bytes.writeBool(entry.sensitive);
            writer.arrayLength(entry.synonyms.size());
            for (const ConfigSynonym &synonym : entry.synonyms) {
                writer.string(synonym.name);
                writer.nullableString(synonym.value);
                bytes.writeInt8(qint8(synonym.source));
                writer.endStruct();
            }
            if (version >= 3) {
                bytes.writeInt8(qint8(entry.type));
                writer.nullableString(entry.documentation);
            }
            writer.endStruct();
        }
        writer.endStruct();
    }
    writer.endStruct();
    return bytes.data();
}

} // namespace fleetscope
