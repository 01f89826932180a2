#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "metrics/JvmHeap.h"

#include <QUrl>

namespace fleetscope {

// Scrapes one broker's JMX exporter and reads its JVM heap: blocking, for a worker thread.
class HeapProbe final
{
public:
    explicit HeapProbe(const Clock &clock);

    // A JvmHeap stamped with the clock's time when the scrape completed, or an Error naming the URL.
    Result<JvmHeap> probe(const QUrl &url, int timeoutMs) const;

private:
    const Clock &m_clock;
};

} // namespace fleetscope
