#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fleetscope {

// The brokers part of a Metadata (key 3) request for no topics: node ids with their racks
// (broker.rack), which librdkafka 2.0.2's metadata does not expose and rack-aware replica placement
// needs. Versions 4-12 (Kafka 4.0 dropped 0-3); flexible from 9. Only the broker list is decoded:
// what follows it (cluster id, controller, an empty topic list) is not needed.
struct BrokerRack
{
    qint32 nodeId = -1;
    QString host;
    qint32 port = 0;
    QString rack; // empty: none configured
};

class MetadataBrokers final
{
public:
    static constexpr qint16 kMinVersion = 4;
    static constexpr qint16 kMaxVersion = 12;

    static QByteArray encodeRequest(qint16 version);
    static Result<QList<BrokerRack>> decodeResponse(const QByteArray &body, qint16 version);
    // The broker's side, for codec tests: the brokers and an otherwise empty response.
    static QByteArray encodeResponse(const QList<BrokerRack> &brokers, qint16 version);
};

} // namespace fleetscope
