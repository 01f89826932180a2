#pragma once

#include "health/DiskForecast.h"
#include "health/HealthThresholds.h"
#include "health/NodeReport.h"

#include <QHash>
#include <QPair>
#include <QString>

#include <optional>

namespace fleetscope {

class TimeSeriesStore;

// The "disk full in < 24 h" rule's input: DiskForecast over the broker's recorded disk.used.bytes
// series, the same fit the node-detail plot draws. Fitted once per sample of each broker, not on
// every evaluation.
class DiskFullForecaster final
{
public:
    explicit DiskFullForecaster(const TimeSeriesStore &store) : m_store(store) { }

    // The fit over [toMs - windowMs, toMs) of one broker's used bytes; empty without enough history.
    static std::optional<DiskForecast> forecast(const TimeSeriesStore &store, const QString &cluster, int nodeId,
                                                double totalBytes, qint64 toMs, qint64 windowMs);

    // Milliseconds from the report's sample until full; empty when not filling or unknown.
    std::optional<qint64> timeToFullMs(const NodeReport &report, const HealthThresholds &thresholds);

private:
    struct Cached
    {
        qint64 sampledAtMs = 0;
        std::optional<qint64> timeToFullMs;
    };

    const TimeSeriesStore &m_store;
    QHash<QPair<QString, int>, Cached> m_cache;
};

} // namespace fleetscope
