#include "health/DiskForecast.h"

#include <cmath>
#include <vector>

namespace fleetscope {

std::optional<DiskForecast> DiskForecast::fit(std::span<const qint64> timesMs, std::span<const double> usedBytes,
                                              double totalBytes, Options options)
{
    const std::size_t n = std::min(timesMs.size(), usedBytes.size());
    // Times relative to the first sample keep the sums well inside a double's exact range.
    qint64 origin = 0;
    bool haveOrigin = false;
    double sumT = 0, sumY = 0, sumTT = 0, sumTY = 0;
    int count = 0;
    qint64 first = 0, last = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(usedBytes[i]))
            continue;
        if (!haveOrigin) {
            origin = timesMs[i];
            first = timesMs[i];
            haveOrigin = true;
        }
        last = timesMs[i];
        const double t = double(timesMs[i] - origin) / 1000.0;
        sumT += t;
        sumY += usedBytes[i];
        sumTT += t * t;
        sumTY += t * usedBytes[i];
        ++count;
    }
    if (count < options.minSamples || last - first < options.minSpanMs)
        return std::nullopt;

    const double denominator = count * sumTT - sumT * sumT;
    if (denominator <= 0)
        return std::nullopt;
    const double slope = (count * sumTY - sumT * sumY) / denominator;
    const double intercept = (sumY - slope * sumT) / count;

    DiskForecast forecast;
    forecast.bytesPerSecond = slope;
    forecast.fittedAtMs = last;
    forecast.fittedUsedBytes = intercept + slope * (double(last - origin) / 1000.0);
    if (slope > 0 && std::isfinite(totalBytes) && totalBytes > 0) {
        const double secondsLeft = std::max(0.0, (totalBytes - forecast.fittedUsedBytes) / slope);
        // Beyond about 300 years the answer is "not filling" for any purpose of ours.
        if (secondsLeft < 1e10)
            forecast.fullAtMs = last + qint64(secondsLeft * 1000.0);
    }
    return forecast;
}

std::optional<DiskForecast> DiskForecast::fit(const SeriesRange &used, double totalBytes, Options options)
{
    std::vector<qint64> middles;
    middles.reserve(used.size());
    for (const qint64 start : used.t)
        middles.push_back(start + used.bucketMs / 2);
    return fit(middles, used.avg, totalBytes, options);
}

std::optional<qint64> DiskForecast::timeToFullMs(qint64 nowMs) const
{
    if (!fullAtMs)
        return std::nullopt;
    return std::max<qint64>(0, *fullAtMs - nowMs);
}

} // namespace fleetscope
