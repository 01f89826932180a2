#include "detail/PlotPoints.h"

#include <cmath>
#include <limits>

namespace fleetscope {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
}

PlotPoints PlotPoints::fromRange(const SeriesRange &range, double scale)
{
    PlotPoints out;
    out.bucketSeconds = range.bucketMs / 1000.0;
    out.keys.reserve(qsizetype(range.size() * 2));
    out.values.reserve(out.keys.capacity());
    const double half = range.bucketMs / 2000.0;
    for (std::size_t i = 0; i < range.size(); ++i) {
        const double t = range.t[i] / 1000.0;
        if (std::isnan(range.avg[i])) {
            out.keys.append(t);
            out.values.append(nan);
            continue;
        }
        out.keys.append(t);
        out.values.append(range.min[i] / scale);
        if (range.max[i] != range.min[i]) {
            out.keys.append(t + half);
            out.values.append(range.max[i] / scale);
        }
    }
    return out;
}

PlotPoints PlotPoints::fromValues(const SeriesRange &grid, const std::vector<double> &values, double scale)
{
    PlotPoints out;
    out.bucketSeconds = grid.bucketMs / 1000.0;
    const std::size_t n = std::min(grid.size(), values.size());
    out.keys.reserve(qsizetype(n));
    out.values.reserve(qsizetype(n));
    for (std::size_t i = 0; i < n; ++i) {
        out.keys.append(grid.t[i] / 1000.0);
        out.values.append(std::isfinite(values[i]) ? values[i] / scale : nan);
    }
    return out;
}

PlotPoints PlotPoints::segment(double fromSeconds, double fromValue, double toSeconds, double toValue)
{
    PlotPoints out;
    out.keys = {fromSeconds, toSeconds};
    out.values = {fromValue, toValue};
    out.bucketSeconds = std::abs(toSeconds - fromSeconds);
    return out;
}

} // namespace fleetscope
