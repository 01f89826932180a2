#pragma once

#include "history/BlockRing.h"
#include "history/Bucket.h"
#include "history/MemoryBudget.h"
#include "history/SeriesRange.h"

#include <array>
#include <limits>
#include <span>

namespace fleetscope {

// The history of one series in memory: raw float32 samples at the series' step, then the
// min/max/avg tiers of TierLayout. Not thread-safe: TimeSeriesStore serialises access.
//
// Why float32: it halves the memory of a double, and its 24-bit mantissa keeps every integer up to
// 16,777,216 exact and larger ones to 6e-8 of their value (a lag of 100,000,000 lands within 4, a
// 2 TB disk within 128 KB). A plot is ~1,000 pixels tall, four orders of magnitude coarser: history
// is only plotted. Exact current values come from the live snapshots, never from here.
class SeriesRings
{
public:
    explicit SeriesRings(qint64 stepMs);

    qint64 stepMs() const { return m_stepMs; }
    // A new step (the poll interval changed): the raw samples go, the consolidated tiers stay.
    void resetStep(qint64 stepMs, MemoryBudget &budget);

    // Stores a sample in its slot (timestampMs snapped down to the step). False when the slot is
    // older than the raw window, which ends at the newest sample: late samples within the window are
    // fine. Each tier's open bucket (the minute, 10 minutes, hour being filled) is consolidated when
    // it closes or on settle(): appends then touch one tier instead of four, and memory latency, not
    // arithmetic, is what an append costs when thousands of series take turns.
    bool append(qint64 timestampMs, float value, MemoryBudget &budget);
    // Brings the open buckets up to date; query() needs it first.
    void settle(MemoryBudget &budget);

    SeriesRange query(qint64 fromMs, qint64 toMs, int maxPoints) const;

    // Restoring from disk: buckets of tier 1-3 starting at startMs (aligned to the tier's width).
    void importBuckets(int tier, qint64 startMs, std::span<const Bucket> buckets, MemoryBudget &budget);
    // Fills empty buckets of tiers 1-3 from the finer tier where it covers them: after a restart the
    // newest coarse buckets exist on disk only as finer data.
    void fillCoarseTiers(MemoryBudget &budget);

    std::size_t indexBytes() const;
    std::size_t valueSlots() const;

private:
    qint64 widthMs(int tier) const;
    qint64 oldestMs(int tier) const;
    Bucket bucketAt(int tier, qint64 index) const;
    Bucket consolidateFromFiner(int tier, qint64 index) const;
    void storeBucket(int tier, qint64 index, const Bucket &bucket, MemoryBudget &budget);
    void consolidateMinute(qint64 minute, MemoryBudget &budget);
    void reclaim(int forTier, qint64 forBlock, MemoryBudget &budget);
    bool dropOldestOf(int tier, MemoryBudget &budget);
    int blockCountOf(int tier) const;

    BlockRing<float> m_raw;
    std::array<BlockRing<Bucket>, 3> m_tiers; // tiers 1..3
    qint64 m_stepMs;
    qint64 m_earliestMs = std::numeric_limits<qint64>::max(); // oldest time any tier ever held
    qint64 m_newestSlot = std::numeric_limits<qint64>::min(); // its minute is the open one
    // Tiers whose open bucket (the one holding m_newestSlot) misses samples: bit (tier - 1).
    quint8 m_dirtyTiers = 0;
};

} // namespace fleetscope
