#pragma once

#include <QtGlobal>

#include <array>

namespace fleetscope {

// The fixed resolutions of the history, like an RRDtool archive. Tier 0 holds raw samples at each
// series' own step; tiers 1-3 hold min/max/average buckets. Each tier keeps about 2,000-9,000
// buckets, so whatever range a plot asks for, some tier answers it with at least as many points as
// a plot has pixel columns, and no tier costs more than it must:
//
//   tier  bucket        horizon   cost per series (float32)      answers ranges up to
//   0     step (10 s)   6 h       2,160 x 4 B  =   8.4 KiB       6 h
//   1     1 min         48 h      2,880 x 12 B =  33.8 KiB       2 days
//   2     10 min        30 days   4,320 x 12 B =  50.6 KiB       a month
//   3     1 h           1 year    8,760 x 12 B = 102.7 KiB       a year
//
// A finer step than 10 s makes tier 0 dearer (6 h of 1 s samples = 84 KiB), never the others.
// Memory is allocated in blocks (blockMs) as time passes, so a young series costs only what it holds.
struct TierLayout
{
    static constexpr int tierCount = 4;
    static constexpr qint64 minuteMs = 60'000;
    static constexpr qint64 hourMs = 60 * minuteMs;
    static constexpr qint64 dayMs = 24 * hourMs;
    static constexpr qint64 weekMs = 7 * dayMs;
    static constexpr qint64 defaultStepMs = 10'000;

    // Width of one bucket; tier 0's width is the series' step (0 here).
    static constexpr std::array<qint64, tierCount> bucketMs{0, minuteMs, 10 * minuteMs, hourMs};
    static constexpr std::array<qint64, tierCount> horizonMs{6 * hourMs, 48 * hourMs, 30 * dayMs, 365 * dayMs};
    // Unit of allocation in memory. Each is a multiple of the next tier's bucket, so the finer
    // buckets that make up one coarser bucket always sit in one block.
    static constexpr std::array<qint64, tierCount> blockMs{hourMs, 4 * hourMs, dayMs, weekMs};
    // Span of one database row: written once, when every bucket in it is final.
    static constexpr std::array<qint64, tierCount> rowMs{hourMs, hourMs, dayMs, weekMs};
    // Blocks a tier keeps even when the memory budget is exhausted: enough for the finer tier's
    // window to cascade into it.
    static constexpr std::array<int, tierCount> minBlocks{1, 3, 3, 1};

    static qint64 widthMs(int tier, qint64 stepMs) { return tier == 0 ? stepMs : bucketMs[size_t(tier)]; }
    static int maxBlocks(int tier) { return int(ceilDiv(horizonMs[size_t(tier)], blockMs[size_t(tier)])); }

    // The step a series gets: the divisor of a minute (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60 s)
    // nearest to the poll interval, so that whole samples make up each 1-min bucket.
    static qint64 snapStepMs(qint64 requestedMs)
    {
        constexpr std::array<qint64, 12> steps{1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60};
        qint64 best = steps.front() * 1000;
        for (qint64 s : steps) {
            if (qAbs(s * 1000 - requestedMs) < qAbs(best - requestedMs))
                best = s * 1000;
        }
        return best;
    }

    // Division rounding toward minus infinity: bucket numbers stay right for times before 1970 too.
    static constexpr qint64 floorDiv(qint64 a, qint64 b)
    {
        const qint64 q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }
    static constexpr qint64 ceilDiv(qint64 a, qint64 b) { return -floorDiv(-a, b); }
    static constexpr qint64 floorTo(qint64 a, qint64 b) { return floorDiv(a, b) * b; }
};

} // namespace fleetscope
