#pragma once

#include "history/SeriesRange.h"

#include <QtGlobal>

#include <optional>
#include <span>

namespace fleetscope {

// Needs at least minSamples points spanning at least minSpanMs; NaN samples (gaps) are skipped.
struct DiskForecastOptions
{
    qint64 minSpanMs = 10 * 60 * 1000;
    int minSamples = 5;
};

// When a disk fills up if it keeps growing as it has: a least-squares line through the used bytes
// of a recent window. Shared by the node-detail forecast line and the "disk full in < 24 h" alert, so
// the plot and the alert never disagree.
struct DiskForecast
{
    double bytesPerSecond = 0;        // the fitted growth; negative when the disk is emptying
    qint64 fittedAtMs = 0;            // the newest sample used
    double fittedUsedBytes = 0;       // the line's value at fittedAtMs
    std::optional<qint64> fullAtMs;   // when the line reaches the total; empty when not growing

    using Options = DiskForecastOptions;

    static std::optional<DiskForecast> fit(std::span<const qint64> timesMs, std::span<const double> usedBytes,
                                           double totalBytes, Options options = {});
    // Buckets of a history query: their averages, each at its bucket's middle.
    static std::optional<DiskForecast> fit(const SeriesRange &used, double totalBytes, Options options = {});

    // Milliseconds from nowMs until full; empty when the disk is not filling.
    std::optional<qint64> timeToFullMs(qint64 nowMs) const;
};

} // namespace fleetscope
