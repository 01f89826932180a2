#pragma once

#include "collect/ClusterSnapshot.h"
#include "history/TimeSeriesStore.h"

namespace fleetscope {

// Turns each snapshot into samples of the history store, one series per (node, metric). Only values
// that were measured are written: an unreachable broker leaves a gap, never a zero or a repeat.
// Per-partition lag stays live in the snapshot; its history is kept per group and per group/topic.
class HistoryRecorder final
{
public:
    // Metric names: the last component of a series key (SeriesKey).
    struct Metric
    {
        static constexpr const char *linkUp = "link.up";          // 1 up, 0 down
        static constexpr const char *rttMs = "rtt.ms";
        static constexpr const char *diskUsed = "disk.used.bytes";
        static constexpr const char *diskTotal = "disk.total.bytes";
        static constexpr const char *heapUsed = "heap.used.bytes";
        static constexpr const char *heapMax = "heap.max.bytes";
        static constexpr const char *gcSeconds = "gc.seconds";
        static constexpr const char *lag = "lag";                 // messages
        static constexpr const char *lagSeconds = "lag.seconds";  // estimate
        static constexpr const char *brokersUp = "brokers.up";
        static constexpr const char *underReplicated = "partitions.under_replicated";
        static constexpr const char *offline = "partitions.offline";
        static constexpr const char *heartbeatAgeMs = "heartbeat.age.ms";
        static constexpr const char *offsetLag = "offset.lag";
    };

    explicit HistoryRecorder(TimeSeriesStore &store) : m_store(store) { }

    // stepMs: the cluster's poll interval, the resolution of its raw samples.
    void record(const ClusterSnapshot &snapshot, qint64 stepMs);

private:
    void put(const QString &key, qint64 stepMs, qint64 timestampMs, double value);

    TimeSeriesStore &m_store;
};

} // namespace fleetscope
