#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace fleetscope {

// A ring of fixed-size blocks addressed by absolute block number (time / block span), holding the
// newest maxBlocks of them. Blocks are allocated only when a value is written into them: a young
// series costs what it holds, and a block that is all gap (an outage) costs a null pointer.
// Timestamps are implicit (block number and position), so a value costs only its own bytes.
template<typename T>
class BlockRing
{
public:
    BlockRing() = default;
    BlockRing(int blockLength, int maxBlocks) : m_blockLength(blockLength), m_maxBlocks(maxBlocks) { }

    int blockLength() const { return m_blockLength; }
    int maxBlocks() const { return m_maxBlocks; }
    int blockCount() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    qint64 oldestBlock() const { return m_oldest; }
    qint64 newestBlock() const { return m_oldest + m_count - 1; }
    bool holds(qint64 block) const { return m_count > 0 && block >= m_oldest && block < m_oldest + m_count; }
    std::size_t blockBytes() const { return std::size_t(m_blockLength) * sizeof(T); }
    std::size_t indexBytes() const { return m_slots.capacity() * sizeof(std::unique_ptr<T[]>); }
    int allocatedBlocks() const
    {
        return int(std::count_if(m_slots.begin(), m_slots.end(), [](const auto &p) { return p != nullptr; }));
    }

    const T *block(qint64 block) const { return holds(block) ? m_slots[position(block)].get() : nullptr; }
    T *block(qint64 block) { return holds(block) ? m_slots[position(block)].get() : nullptr; }

    // Brings a block into the ring: moving forward drops the oldest blocks beyond maxBlocks;
    // reaching back works while the block is within maxBlocks of the newest. False: too old.
    bool reach(qint64 block, std::size_t &usedBytes)
    {
        if (m_count == 0) {
            m_oldest = block;
            pushBack();
            return true;
        }
        if (block > newestBlock()) {
            if (block - newestBlock() >= m_maxBlocks) {
                clear(usedBytes);
                m_oldest = block;
                pushBack();
                return true;
            }
            while (newestBlock() < block) {
                if (m_count >= m_maxBlocks)
                    dropOldest(usedBytes);
                pushBack();
            }
            return true;
        }
        if (block < m_oldest) {
            if (newestBlock() - block >= m_maxBlocks)
                return false;
            while (m_oldest > block)
                pushFront();
        }
        return true;
    }

    // Allocates a held block, every entry set to fill (the "no sample" value).
    T *materialize(qint64 block, const T &fill, std::size_t &usedBytes)
    {
        Q_ASSERT(holds(block));
        std::unique_ptr<T[]> &slot = m_slots[position(block)];
        if (!slot) {
            slot = std::make_unique_for_overwrite<T[]>(std::size_t(m_blockLength));
            std::fill_n(slot.get(), m_blockLength, fill);
            usedBytes += blockBytes();
        }
        return slot.get();
    }

    // Forgets the oldest block. True when that freed memory (the block was allocated).
    bool dropOldest(std::size_t &usedBytes)
    {
        if (m_count == 0)
            return false;
        std::unique_ptr<T[]> gone = std::move(m_slots[std::size_t(m_head)]);
        m_head = (m_head + 1) % int(m_slots.size());
        ++m_oldest;
        if (--m_count == 0)
            m_head = 0;
        if (!gone)
            return false;
        usedBytes -= blockBytes();
        return true;
    }

    void clear(std::size_t &usedBytes)
    {
        while (m_count > 0)
            dropOldest(usedBytes);
    }

private:
    std::size_t position(qint64 block) const
    {
        return std::size_t((m_head + (block - m_oldest)) % qint64(m_slots.size()));
    }

    // Makes room for one more slot, keeping the ring's order (rotated so the oldest is first).
    void growIfFull()
    {
        if (m_count < int(m_slots.size()))
            return;
        std::rotate(m_slots.begin(), m_slots.begin() + m_head, m_slots.end());
        m_head = 0;
        m_slots.reserve(std::size_t(std::min(m_maxBlocks, std::max(2, m_count * 2))));
        m_slots.emplace_back();
        // The new empty slot is last, right after the newest: the ring stays contiguous.
    }

    void pushBack()
    {
        growIfFull();
        ++m_count;
        m_slots[position(newestBlock())].reset();
    }

    void pushFront()
    {
        growIfFull();
        m_head = (m_head - 1 + int(m_slots.size())) % int(m_slots.size());
        ++m_count;
        --m_oldest;
        m_slots[std::size_t(m_head)].reset();
    }

    std::vector<std::unique_ptr<T[]>> m_slots;
    qint64 m_oldest = 0;
    int m_head = 0;
    int m_count = 0;
    int m_blockLength = 0;
    int m_maxBlocks = 0;
};

} // namespace fleetscope
