#include "kafka/StatisticsParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace fleetscope {

namespace {

std::optional<qint64> windowValue(const QJsonObject &window, const char *field)
{
    // librdkafka reports 0 for every field of a window without samples ("cnt": 0).
    if (window.value(QLatin1String("cnt")).toInteger() <= 0)
        return std::nullopt;
    return window.value(QLatin1String(field)).toInteger();
}

} // namespace

Result<ClientStatistics> StatisticsParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QCoreApplication::translate("StatisticsParser", "librdkafka statistics are not valid JSON: %1")
                         .arg(parseError.errorString())};

    const QJsonObject root = doc.object();
    ClientStatistics stats;
    stats.wallTimeMs = root.value(QLatin1String("time")).toInteger() * 1000;

    const QJsonObject brokers = root.value(QLatin1String("brokers")).toObject();
    for (auto it = brokers.constBegin(); it != brokers.constEnd(); ++it) {
        const QJsonObject b = it.value().toObject();
        const int nodeId = b.value(QLatin1String("nodeid")).toInt(-1);
        if (nodeId < 0)
            continue; // a bootstrap entry: not a broker of the cluster yet
        BrokerLink link;
        link.nodeId = nodeId;
        const QString nodeName = b.value(QLatin1String("nodename")).toString(); // "host:port"
        const int colon = nodeName.lastIndexOf(QLatin1Char(':'));
        link.host = colon > 0 ? nodeName.left(colon) : nodeName;
        link.port = colon > 0 ? nodeName.mid(colon + 1).toInt() : 0;
        link.rawState = b.value(QLatin1String("state")).toString();
        link.stateAgeMs = b.value(QLatin1String("stateage")).toInteger() / 1000;
        const QJsonObject rtt = b.value(QLatin1String("rtt")).toObject();
        link.rttAvgUs = windowValue(rtt, "avg");
        link.rttP99Us = windowValue(rtt, "p99");
        link.connects = b.value(QLatin1String("connects")).toInteger();
        link.disconnects = b.value(QLatin1String("disconnects")).toInteger();
        link.requestTimeouts = b.value(QLatin1String("req_timeouts")).toInteger();
        stats.brokers.append(link);
    }
    return stats;
}

} // namespace fleetscope
