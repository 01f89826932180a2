#include "protocol/MetadataBrokers.h"

#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

bool isFlexible(qint16 version)
{
    return version >= 9;
}

} // namespace

QByteArray MetadataBrokers::encodeRequest(qint16 version)
{
    ByteWriter writer;
    if (isFlexible(version))
        writer.writeCompactArrayLength(0); // Topics: none (null would mean all)
    else
        writer.writeArrayLength(0);
    writer.writeBool(false); // AllowAutoTopicCreation
    if (version >= 8 && version <= 10)
        writer.writeBool(false); // IncludeClusterAuthorizedOperations
    if (version >= 8)
        writer.writeBool(false); // IncludeTopicAuthorizedOperations
    if (isFlexible(version))
        writer.writeEmptyTaggedFields();
    return writer.data();
}

Result<QList<BrokerRack>> MetadataBrokers::decodeResponse(const QByteArray &body, qint16 version)
{
    const bool flexible = isFlexible(version);
    ByteReader reader(body);
    reader.readInt32(); // ThrottleTimeMs
    // Smallest broker: int32, empty string, int32, null rack (+ tags).
    const qint32 count = flexible ? reader.readCompactArrayLength(11) : reader.readArrayLength(12);
    QList<BrokerRack> brokers;
    for (qint32 i = 0; i < count && reader.ok(); ++i) {
        BrokerRack broker;
        broker.nodeId = reader.readInt32();
        broker.host = flexible ? reader.readCompactString() : reader.readString();
        broker.port = reader.readInt32();
        broker.rack = (flexible ? reader.readCompactNullableString() : reader.readNullableString()).value_or(QString());
        if (flexible)
            reader.skipTaggedFields();
        brokers.append(broker);
    }
    if (!reader.ok())
        return Error { QCoreApplication::translate("MetadataBrokers", "cannot read the Metadata v%1 response: %2")
                           .arg(version)
                           .arg(reader.errorText()) };
    return brokers;
}

QByteArray MetadataBrokers::encodeResponse(const QList<BrokerRack> &brokers, qint16 version)
{
    const bool flexible = isFlexible(version);
    ByteWriter writer;
    writer.writeInt32(0);
    flexible ? writer.writeCompactArrayLength(qint32(brokers.size())) : writer.writeArrayLength(qint32(brokers.size()));
    for (const BrokerRack &broker : brokers) {
        writer.writeInt32(broker.nodeId);
        flexible ? writer.writeCompactString(broker.host) : writer.writeString(broker.host);
        writer.writeInt32(broker.port);
        const std::optional<QString> rack = broker.rack.isEmpty() ? std::nullopt : std::optional<QString>(broker.rack);
        flexible ? writer.writeCompactNullableString(rack) : writer.writeNullableString(rack);
        if (flexible)
            writer.writeEmptyTaggedFields();
    }
    // ClusterId, ControllerId, no topics (and no cluster operations in 8-10), tags.
    flexible ? writer.writeCompactNullableString(std::nullopt) : writer.writeNullableString(std::nullopt);
    writer.writeInt32(-1);
    flexible ? writer.writeCompactArrayLength(0) : writer.writeArrayLength(0);
    if (version >= 8 && version <= 10)
        writer.writeInt32(0);
    if (flexible)
        writer.writeEmptyTaggedFields();
    return writer.data();
}

} // namespace fleetscope
