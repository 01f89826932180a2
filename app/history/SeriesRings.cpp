#include "history/SeriesRings.h"

#include "history/TierLayout.h"

#include <algorithm>

namespace fleetscope {

namespace {

using L = TierLayout;
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

Bucket asBucket(float v)
{
    return Bucket{v, v, v};
}
const Bucket &asBucket(const Bucket &b)
{
    return b;
}

// Reduces entries [first * factor, end * factor) of a ring to buckets of `factor` entries each.
template<typename T>
void reduceInto(const BlockRing<T> &ring, qint64 first, qint64 end, qint64 factor, qint64 widthMs,
                SeriesRange &out)
{
    const int len = ring.blockLength();
    qint64 cachedBlock = std::numeric_limits<qint64>::min();
    const T *cached = nullptr;
    for (qint64 o = first; o < end; ++o) {
        float lo = 0, hi = 0;
        double sum = 0;
        int n = 0;
        for (qint64 j = o * factor; j < (o + 1) * factor; ++j) {
            const qint64 b = L::floorDiv(j, len);
            if (b != cachedBlock) {
                cachedBlock = b;
                cached = ring.block(b);
            }
            if (!cached) {
                j = (b + 1) * len - 1; // a whole block of gap: skip it
                continue;
            }
            const Bucket v = asBucket(cached[j - b * len]);
            if (v.isEmpty())
                continue;
            lo = n == 0 ? v.min : std::min(lo, v.min);
            hi = n == 0 ? v.max : std::max(hi, v.max);
            sum += v.avg;
            ++n;
        }
        const double nan = std::numeric_limits<double>::quiet_NaN();
        out.t.push_back(o * factor * widthMs);
        out.min.push_back(n ? double(lo) : nan);
        out.max.push_back(n ? double(hi) : nan);
        out.avg.push_back(n ? sum / n : nan);
    }
}

} // namespace

SeriesRings::SeriesRings(qint64 stepMs)
    : m_raw(int(L::blockMs[0] / stepMs), L::maxBlocks(0)), m_stepMs(stepMs)
{
    for (int t = 1; t < L::tierCount; ++t)
        m_tiers[size_t(t - 1)] = BlockRing<Bucket>(int(L::blockMs[size_t(t)] / L::bucketMs[size_t(t)]),
                                                   L::maxBlocks(t));
}

void SeriesRings::resetStep(qint64 stepMs, MemoryBudget &budget)
{
    settle(budget);
    m_raw.clear(budget.usedBytes);
    m_newestSlot = std::numeric_limits<qint64>::min();
    m_stepMs = stepMs;
    m_raw = BlockRing<float>(int(L::blockMs[0] / stepMs), L::maxBlocks(0));
}

qint64 SeriesRings::widthMs(int tier) const
{
    return L::widthMs(tier, m_stepMs);
}

qint64 SeriesRings::oldestMs(int tier) const
{
    const qint64 block = tier == 0 ? m_raw.oldestBlock() : m_tiers[size_t(tier - 1)].oldestBlock();
    return block * L::blockMs[size_t(tier)];
}

int SeriesRings::blockCountOf(int tier) const
{
    return tier == 0 ? m_raw.blockCount() : m_tiers[size_t(tier - 1)].blockCount();
}

bool SeriesRings::dropOldestOf(int tier, MemoryBudget &budget)
{
    return tier == 0 ? m_raw.dropOldest(budget.usedBytes) : m_tiers[size_t(tier - 1)].dropOldest(budget.usedBytes);
}

bool SeriesRings::append(qint64 timestampMs, float value, MemoryBudget &budget)
{
    const qint64 slot = L::floorDiv(timestampMs, m_stepMs);
    const qint64 minute = L::floorDiv(slot * m_stepMs, L::minuteMs);
    const bool hasOpen = m_newestSlot != std::numeric_limits<qint64>::min();
    const qint64 openMinute = hasOpen ? L::floorDiv(m_newestSlot * m_stepMs, L::minuteMs) : minute;
    if (hasOpen && minute > openMinute && m_dirtyTiers) {
        // Newer buckets close the open ones: consolidate them while their sources surely exist.
        qint64 open = openMinute;
        qint64 next = minute;
        for (int tier = 1; tier < L::tierCount; ++tier) {
            if (tier > 1) {
                const qint64 ratio = L::bucketMs[size_t(tier)] / L::bucketMs[size_t(tier - 1)];
                open = L::floorDiv(open, ratio);
                next = L::floorDiv(next, ratio);
            }
            if (next == open)
                break; // this tier's bucket, and every coarser one, stays open
            if (m_dirtyTiers & (1 << (tier - 1)))
                storeBucket(tier, open, consolidateFromFiner(tier, open), budget);
            m_dirtyTiers &= quint8(~(1 << (tier - 1)));
        }
    }

    const int len = m_raw.blockLength();
    const qint64 block = L::floorDiv(slot, len);
    if (!m_raw.reach(block, budget.usedBytes))
        return false;
    float *values = m_raw.block(block);
    if (!values) {
        if (std::isnan(value))
            return true; // a gap written into a gap
        if (budget.exceededBy(m_raw.blockBytes()))
            reclaim(0, block, budget);
        values = m_raw.materialize(block, kNaN, budget.usedBytes);
    }
    values[slot - block * len] = value;
    m_earliestMs = std::min(m_earliestMs, slot * m_stepMs);
    m_newestSlot = std::max(m_newestSlot, slot);
    if (minute >= openMinute)
        m_dirtyTiers = 0b111;
    else
        consolidateMinute(minute, budget); // a late sample in a closed minute: redo its buckets now
    return true;
}

void SeriesRings::settle(MemoryBudget &budget)
{
    if (!m_dirtyTiers)
        return;
    consolidateMinute(L::floorDiv(m_newestSlot * m_stepMs, L::minuteMs), budget);
    m_dirtyTiers = 0;
}

void SeriesRings::consolidateMinute(qint64 minute, MemoryBudget &budget)
{
    // Recompute the bucket holding the minute in each tier from the tier below: exact for late and
    // repeated samples too, and cheap (6 + 10 + 6 entries at a 10 s step).
    qint64 index = minute;
    for (int tier = 1; tier < L::tierCount; ++tier) {
        if (tier > 1)
            index = L::floorDiv(index, L::bucketMs[size_t(tier)] / L::bucketMs[size_t(tier - 1)]);
        storeBucket(tier, index, consolidateFromFiner(tier, index), budget);
    }
}

Bucket SeriesRings::bucketAt(int tier, qint64 index) const
{
    const BlockRing<Bucket> &ring = m_tiers[size_t(tier - 1)];
    const qint64 block = L::floorDiv(index, ring.blockLength());
    const Bucket *p = ring.block(block);
    return p ? p[index - block * ring.blockLength()] : Bucket{};
}

Bucket SeriesRings::consolidateFromFiner(int tier, qint64 index) const
{
    // Block spans are multiples of the next tier's bucket: the sources sit in one block.
    if (tier == 1) {
        const qint64 ratio = L::bucketMs[1] / m_stepMs;
        const qint64 first = index * ratio;
        const qint64 block = L::floorDiv(first, m_raw.blockLength());
        const float *values = m_raw.block(block);
        return values ? Bucket::ofValues(values + (first - block * m_raw.blockLength()), int(ratio)) : Bucket{};
    }
    const BlockRing<Bucket> &finer = m_tiers[size_t(tier - 2)];
    const qint64 ratio = L::bucketMs[size_t(tier)] / L::bucketMs[size_t(tier - 1)];
    const qint64 first = index * ratio;
    const qint64 block = L::floorDiv(first, finer.blockLength());
    const Bucket *buckets = finer.block(block);
    return buckets ? Bucket::ofBuckets(buckets + (first - block * finer.blockLength()), int(ratio)) : Bucket{};
}

void SeriesRings::storeBucket(int tier, qint64 index, const Bucket &bucket, MemoryBudget &budget)
{
    BlockRing<Bucket> &ring = m_tiers[size_t(tier - 1)];
    const int len = ring.blockLength();
    const qint64 block = L::floorDiv(index, len);
    Bucket *buckets = ring.block(block);
    if (bucket.isEmpty() && !buckets)
        return; // a gap is what an absent block means already
    if (!buckets) {
        if (!ring.reach(block, budget.usedBytes))
            return; // older than this tier keeps
        if (budget.exceededBy(ring.blockBytes()))
            reclaim(tier, block, budget);
        buckets = ring.materialize(block, Bucket{}, budget.usedBytes);
    }
    buckets[index - block * len] = bucket;
    if (!bucket.isEmpty())
        m_earliestMs = std::min(m_earliestMs, index * L::bucketMs[size_t(tier)]);
}

void SeriesRings::reclaim(int forTier, qint64 forBlock, MemoryBudget &budget)
{
    // Give up the oldest detail first: tier 1's oldest block (tier 2 still covers that time), then
    // tier 2's; a tier never takes from a coarser one, and the raw tier may take from any.
    const auto tryTier = [&](int tier) {
        while (blockCountOf(tier) > L::minBlocks[size_t(tier)]) {
            const qint64 oldest = tier == 0 ? m_raw.oldestBlock() : m_tiers[size_t(tier - 1)].oldestBlock();
            if (tier == forTier && oldest == forBlock)
                return false;
            if (dropOldestOf(tier, budget)) {
                ++budget.blocksReclaimed;
                return true;
            }
        }
        return false;
    };
    const int last = forTier == 0 ? L::tierCount - 1 : forTier;
    for (int tier = 1; tier <= last; ++tier) {
        if (tryTier(tier))
            return;
    }
    if (forTier == 0)
        tryTier(0);
    // Nothing to give: allocate anyway. The overshoot is bounded by minBlocks per series.
}

SeriesRange SeriesRings::query(qint64 fromMs, qint64 toMs, int maxPoints) const
{
    SeriesRange out;
    if (toMs <= fromMs)
        return out;
    maxPoints = std::max(1, maxPoints);

    // The finest tier holding everything from `from` on (or everything this series ever had).
    const qint64 need = std::max(fromMs, m_earliestMs);
    int tier = -1;
    for (int t = 0; t < L::tierCount; ++t) {
        if (blockCountOf(t) == 0)
            continue;
        tier = t;
        if (oldestMs(t) <= need)
            break;
    }
    if (tier < 0)
        return out;

    const qint64 w = widthMs(tier);
    qint64 factor = std::max<qint64>(1, L::ceilDiv(L::ceilDiv(toMs, w) - L::floorDiv(fromMs, w), maxPoints));
    qint64 first = 0;
    qint64 end = 0;
    for (;; ++factor) {
        // Buckets aligned to multiples of their width: they stay put as a live plot scrolls.
        first = L::floorDiv(fromMs, w * factor);
        end = L::ceilDiv(toMs, w * factor);
        if (end - first <= maxPoints)
            break;
    }
    out.tier = tier;
    out.bucketMs = w * factor;
    const auto n = std::size_t(end - first);
    out.t.reserve(n);
    out.min.reserve(n);
    out.max.reserve(n);
    out.avg.reserve(n);
    if (tier == 0)
        reduceInto(m_raw, first, end, factor, w, out);
    else
        reduceInto(m_tiers[size_t(tier - 1)], first, end, factor, w, out);
    return out;
}

void SeriesRings::importBuckets(int tier, qint64 startMs, std::span<const Bucket> buckets, MemoryBudget &budget)
{
    Q_ASSERT(tier >= 1 && tier < L::tierCount);
    const qint64 first = L::floorDiv(startMs, L::bucketMs[size_t(tier)]);
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (!buckets[i].isEmpty())
            storeBucket(tier, first + qint64(i), buckets[i], budget);
    }
}

void SeriesRings::fillCoarseTiers(MemoryBudget &budget)
{
    settle(budget);
    for (int tier = 1; tier < L::tierCount; ++tier) {
        if (blockCountOf(tier - 1) == 0)
            continue;
        const qint64 w = L::bucketMs[size_t(tier)];
        const qint64 finerOldest = oldestMs(tier - 1);
        const qint64 finerEnd = finerOldest + qint64(blockCountOf(tier - 1)) * L::blockMs[size_t(tier - 1)];
        for (qint64 k = L::ceilDiv(finerOldest, w); k < L::floorDiv(finerEnd, w); ++k) {
            if (!bucketAt(tier, k).isEmpty())
                continue;
            const Bucket b = consolidateFromFiner(tier, k);
            if (!b.isEmpty())
                storeBucket(tier, k, b, budget);
        }
    }
}

std::size_t SeriesRings::indexBytes() const
{
    std::size_t bytes = sizeof(*this) + m_raw.indexBytes();
    for (const auto &ring : m_tiers)
        bytes += ring.indexBytes();
    return bytes;
}

std::size_t SeriesRings::valueSlots() const
{
    std::size_t allocated = std::size_t(m_raw.allocatedBlocks()) * std::size_t(m_raw.blockLength());
    for (const auto &ring : m_tiers)
        allocated += 3 * std::size_t(ring.allocatedBlocks()) * std::size_t(ring.blockLength());
    return allocated;
}

} // namespace fleetscope
