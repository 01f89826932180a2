#pragma once

#include <QAtomicInt>

namespace fleetscope {

// How many librdkafka handles may stay open between polls. Each live handle costs threads, ~250 KB
// and a share of a core even when idle, so a fleet larger than the budget is served partly by
// connect -> query -> close. Thread-safe: pollers take and return slots from worker threads.
class HandleBudget final
{
public:
    // (Not "slots": without QT_NO_KEYWORDS that word is a macro that expands to nothing.)
    explicit HandleBudget(int count) : m_free(count) { }

    bool tryAcquire()
    {
        int free = m_free.loadRelaxed();
        while (free > 0)
            if (m_free.testAndSetOrdered(free, free - 1, free))
                return true;
        return false;
    }
    void release() { m_free.fetchAndAddOrdered(1); }
    int available() const { return m_free.loadRelaxed(); }

private:
    QAtomicInt m_free;
};

} // namespace fleetscope
