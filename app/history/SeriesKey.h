#pragma once

#include <QString>
#include <QStringList>

namespace fleetscope {

// Names a series as a path, like libksysguard's sensor ids; TimeSeriesStore interns it to a
// SeriesId. Components are percent-escaped so a '/' in a group id cannot split a path:
//
//   cluster/edge-b/broker/2/disk.used
//   cluster/edge-b/broker/2/heap.used
//   cluster/edge-b/broker/2/rtt.avg
//   cluster/edge-a/group/billing/lag
//   cluster/edge-a/group/billing/topic/orders/lag
//   cluster/central/mirror/edge-a/latency
//
// Lag per partition is shown live only; its history is kept per group and per group and topic
// (the sum over partitions), so the number of series follows groups x topics, not partitions.
class SeriesKey final
{
public:
    static QString cluster(const QString &cluster, const QString &metric);
    static QString broker(const QString &cluster, int brokerId, const QString &metric);
    static QString group(const QString &cluster, const QString &group, const QString &metric);
    static QString groupTopic(const QString &cluster, const QString &group, const QString &topic,
                              const QString &metric);
    static QString mirror(const QString &cluster, const QString &sourceAlias, const QString &metric);

    // Escapes '%' and '/' inside one component.
    static QString escape(const QString &component);
    // The components of a key, unescaped: {"cluster", "edge-b", "broker", "2", "disk.used"}.
    static QStringList split(const QString &key);
};

} // namespace fleetscope
