#include "alerts/DiskFullForecaster.h"

#include "history/HistoryRecorder.h"
#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"

namespace fleetscope {

namespace {
constexpr int forecastPoints = 360; // a minute a point over the default 6 h window
}

std::optional<DiskForecast> DiskFullForecaster::forecast(const TimeSeriesStore &store, const QString &cluster,
                                                         int nodeId, double totalBytes, qint64 toMs, qint64 windowMs)
{
    const std::optional<SeriesId> id =
        store.find(SeriesKey::broker(cluster, nodeId, QLatin1String(HistoryRecorder::Metric::diskUsed)));
    if (!id)
        return std::nullopt;
    return DiskForecast::fit(store.query(*id, toMs - windowMs, toMs, forecastPoints), totalBytes);
}

std::optional<qint64> DiskFullForecaster::timeToFullMs(const NodeReport &report, const HealthThresholds &thresholds)
{
    if (!report.diskTotalBytes || report.nodeId < 0)
        return std::nullopt;
    Cached &cached = m_cache[{report.cluster, report.nodeId}];
    if (cached.sampledAtMs == report.sampledAtMs)
        return cached.timeToFullMs;
    cached.sampledAtMs = report.sampledAtMs;
    // +1: the query's end is exclusive and the newest sample sits at the report's time.
    const std::optional<DiskForecast> fit = forecast(m_store, report.cluster, report.nodeId, double(*report.diskTotalBytes),
                                                     report.sampledAtMs + 1, thresholds.diskForecastWindowMs);
    cached.timeToFullMs = fit ? fit->timeToFullMs(report.sampledAtMs) : std::nullopt;
    return cached.timeToFullMs;
}

} // namespace fleetscope
