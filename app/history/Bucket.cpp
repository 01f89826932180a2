#include "history/Bucket.h"

#include <algorithm>

namespace fleetscope {

Bucket Bucket::ofValues(const float *values, int count)
{
    Bucket out;
    double sum = 0;
    int n = 0;
    for (int i = 0; i < count; ++i) {
        const float v = values[i];
        if (std::isnan(v))
            continue;
        out.min = n == 0 ? v : std::min(out.min, v);
        out.max = n == 0 ? v : std::max(out.max, v);
        sum += v;
        ++n;
    }
    if (n > 0)
        out.avg = float(sum / n);
    return out;
}

Bucket Bucket::ofBuckets(const Bucket *buckets, int count)
{
    Bucket out;
    double sum = 0;
    int n = 0;
    for (int i = 0; i < count; ++i) {
        const Bucket &b = buckets[i];
        if (b.isEmpty())
            continue;
        out.min = n == 0 ? b.min : std::min(out.min, b.min);
        out.max = n == 0 ? b.max : std::max(out.max, b.max);
        sum += b.avg;
        ++n;
    }
    if (n > 0)
        out.avg = float(sum / n);
    return out;
}

} // namespace fleetscope
