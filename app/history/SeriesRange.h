#pragma once

#include <QtGlobal>

#include <vector>

namespace fleetscope {

// What a range query returns: plain vectors, one entry per bucket, ready for any plot. A plot draws
// avg as the line and min..max as a band. NaN in all three marks a gap (no sample in that bucket):
// never bridge it.
struct SeriesRange
{
    int tier = -1;       // which tier answered (0 = raw samples); -1 when the series holds nothing
    qint64 bucketMs = 0; // width of every bucket
    std::vector<qint64> t; // bucket start, ms since the epoch, ascending, bucketMs apart
    std::vector<double> min;
    std::vector<double> max;
    std::vector<double> avg;

    std::size_t size() const { return t.size(); }
    bool isEmpty() const { return t.empty(); }
};

} // namespace fleetscope
