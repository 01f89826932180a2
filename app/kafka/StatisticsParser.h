#pragma once

#include "core/Result.h"
#include "kafka/BrokerLink.h"

#include <QByteArray>
#include <QList>

namespace fleetscope {

// librdkafka's statistics JSON (statistics.interval.ms), reduced to what Fleetscope shows.
struct ClientStatistics
{
    qint64 wallTimeMs = 0;     // "time": when librdkafka wrote it
    QList<BrokerLink> brokers; // learned brokers only; bootstrap and controller-only entries are left out
};

class StatisticsParser final
{
public:
    static Result<ClientStatistics> parse(const QByteArray &json);
};

} // namespace fleetscope
