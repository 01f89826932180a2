#pragma once

#include "history/SeriesRange.h"

#include <QVector>

#include <vector>

namespace fleetscope {

// A history query as QCustomPlot points, keys in seconds since the epoch. Per bucket its min, then
// its max half a bucket later when they differ: asked for one bucket per pixel column, that is about
// two points per column and a spike stays visible. An empty bucket becomes one NaN point, and
// QCustomPlot draws no line across a NaN: a gap stays a gap.
struct PlotPoints
{
    QVector<double> keys;
    QVector<double> values;
    double bucketSeconds = 0; // how far from a point its value still holds (the crosshair's tolerance)

    static PlotPoints fromRange(const SeriesRange &range, double scale = 1);
    // One value per bucket of grid (NaN = gap), for series computed from a query, such as a rate.
    static PlotPoints fromValues(const SeriesRange &grid, const std::vector<double> &values, double scale = 1);
    // A straight line through two points (thresholds, forecasts).
    static PlotPoints segment(double fromSeconds, double fromValue, double toSeconds, double toValue);
};

} // namespace fleetscope
