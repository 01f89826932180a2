#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace fleetscope {

// The GUI <-> broker link as librdkafka sees it.
enum class LinkState {
    Unknown,    // never tried (librdkafka INIT) or no statistics yet
    Connecting, // connecting for the first time
    Up,
    Down,       // was reachable, or is missing from the cluster's metadata, and is not now
};

QString linkStateName(LinkState state);

// One broker's entry of librdkafka's statistics JSON ("brokers" object).
struct BrokerLink
{
    int nodeId = -1;
    QString host;
    int port = 0;
    QString rawState;      // librdkafka's own word: UP, DOWN, CONNECT, TRY_CONNECT, INIT, ...
    qint64 stateAgeMs = 0; // time since rawState was entered
    std::optional<qint64> rttAvgUs; // empty when no request completed in the statistics window
    std::optional<qint64> rttP99Us;
    qint64 connects = 0;
    qint64 disconnects = 0;
    qint64 requestTimeouts = 0;

    bool isUp() const { return rawState == QLatin1String("UP") || rawState == QLatin1String("UPDATE"); }
};

} // namespace fleetscope
