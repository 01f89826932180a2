#include "metrics/HeapProbe.h"

#include "metrics/HttpScraper.h"
#include "metrics/JvmHeapReader.h"
#include "metrics/MetricsLogging.h"

namespace fleetscope {

HeapProbe::HeapProbe(const Clock &clock)
    : m_clock(clock)
{
}

Result<JvmHeap> HeapProbe::probe(const QUrl &url, int timeoutMs) const
{
    const Result<HttpScraper::Response> response = HttpScraper::fetch(url, timeoutMs);
    if (!response)
        return response.error();
    // The exporter reads its MBeans while it writes the body, so the end of the transfer is the
    // closest moment we know of; for a local scrape it is within a few milliseconds either way.
    const qint64 sampledAtMs = m_clock.nowMs();

    Result<JvmHeap> heap = JvmHeapReader::readText(response->body);
    if (!heap) {
        qCDebug(lcMetrics) << "no heap from" << url.toDisplayString(QUrl::RemoveUserInfo)
                           << heap.errorMessage();
        return Error { QStringLiteral("%1: %2").arg(
            url.toDisplayString(QUrl::RemoveUserInfo), heap.errorMessage()) };
    }
    heap.value().sampledAtMs = sampledAtMs;
    heap.value().scrapeDurationMs = response->elapsedMs;
    return heap;
}

} // namespace fleetscope
