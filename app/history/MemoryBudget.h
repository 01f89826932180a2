#pragma once

#include <QtGlobal>

#include <cstddef>

namespace fleetscope {

// Bytes of value blocks the store may hold, and what it holds. Past the limit, a series takes a new
// block from its own finest consolidated tier first (the coarser tiers still cover that time), so
// what gives way is detail of older data, never the long-term view.
struct MemoryBudget
{
    std::size_t limitBytes = 0;
    std::size_t usedBytes = 0;
    qint64 blocksReclaimed = 0;

    bool exceededBy(std::size_t moreBytes) const { return usedBytes + moreBytes > limitBytes; }
};

} // namespace fleetscope
