#include "detail/LagRanking.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetscope {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Adds or takes the worst, treating a gap as "nothing to add": the result is a gap only where every
// series has one (the cluster was not measured then).
double combine(double into, double value, LagRanking::Fold fold)
{
    if (std::isnan(value))
        return into;
    if (std::isnan(into))
        return value;
    return fold == LagRanking::Fold::Sum ? into + value : std::max(into, value);
}

} // namespace

double LagRanking::newest(const SeriesRange &range)
{
    for (std::size_t i = range.size(); i-- > 0;)
        if (!std::isnan(range.avg[i]))
            return range.avg[i];
    return nan;
}

std::optional<qint64> LagRanking::newestTime(const SeriesRange &range)
{
    for (std::size_t i = range.size(); i-- > 0;)
        if (!std::isnan(range.avg[i]))
            return range.t[i];
    return std::nullopt;
}

LagRanking::Result LagRanking::rank(QList<NamedRange> series, int topN, Fold fold)
{
    // Groups without a current value rank last; equal values keep a stable order by name.
    auto current = [](const NamedRange &s) {
        const double v = newest(s.range);
        return std::isnan(v) ? -std::numeric_limits<double>::infinity() : v;
    };
    std::stable_sort(series.begin(), series.end(), [&](const NamedRange &a, const NamedRange &b) {
        const double va = current(a), vb = current(b);
        return va != vb ? va > vb : a.name < b.name;
    });
    Result out;
    const qsizetype keep = std::min<qsizetype>(std::max(0, topN), series.size());
    out.top = series.mid(0, keep);
    if (series.size() > keep)
        out.others = LagRanking::fold(series.mid(keep), fold);
    return out;
}

SeriesRange LagRanking::fold(const QList<NamedRange> &rest, Fold fold)
{
    // The grid of the first series; a series on another grid (another tier answered it) is placed
    // by the bucket its start falls into.
    SeriesRange out;
    const SeriesRange &grid = rest.first().range;
    out.tier = grid.tier;
    out.bucketMs = grid.bucketMs;
    out.t = grid.t;
    out.min.assign(grid.size(), nan);
    out.max.assign(grid.size(), nan);
    out.avg.assign(grid.size(), nan);
    if (grid.isEmpty() || grid.bucketMs <= 0)
        return out;
    const qint64 origin = grid.t.front();
    std::vector<double> min(grid.size()), max(grid.size()), avg(grid.size());
    for (const NamedRange &s : rest) {
        const SeriesRange &r = s.range;
        const bool sameGrid = r.t == grid.t;
        std::fill(min.begin(), min.end(), nan);
        std::fill(max.begin(), max.end(), nan);
        std::fill(avg.begin(), avg.end(), nan);
        for (std::size_t i = 0; i < r.size(); ++i) {
            const qint64 slot = sameGrid ? qint64(i) : (r.t[i] - origin) / grid.bucketMs;
            if (slot < 0 || slot >= qint64(grid.size()) || std::isnan(r.avg[i]))
                continue;
            min[std::size_t(slot)] = r.min[i]; // on a finer grid the newest sub-bucket stands for the bucket
            max[std::size_t(slot)] = r.max[i];
            avg[std::size_t(slot)] = r.avg[i];
        }
        for (std::size_t i = 0; i < grid.size(); ++i) {
            out.min[i] = combine(out.min[i], min[i], fold);
            out.max[i] = combine(out.max[i], max[i], fold);
            out.avg[i] = combine(out.avg[i], avg[i], fold);
        }
    }
    return out;
}

} // namespace fleetscope
