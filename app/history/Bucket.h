#pragma once

#include <cmath>
#include <limits>

namespace fleetscope {

// One consolidated bucket of a coarser tier. float32 like the raw values: 12 bytes per bucket.
// An empty bucket (no sample fell in it: an outage) is NaN in all three and stays a gap.
struct Bucket
{
    float min = std::numeric_limits<float>::quiet_NaN();
    float max = std::numeric_limits<float>::quiet_NaN();
    float avg = std::numeric_limits<float>::quiet_NaN();

    bool isEmpty() const { return std::isnan(avg); }

    // Consolidates raw samples; NaN (missing) samples are skipped.
    static Bucket ofValues(const float *values, int count);
    // Consolidates finer buckets the way RRDtool does: min of mins, max of maxes, and the mean of
    // the non-empty averages (each finer bucket weighs the same, however many samples it had).
    static Bucket ofBuckets(const Bucket *buckets, int count);
};

} // namespace fleetscope
