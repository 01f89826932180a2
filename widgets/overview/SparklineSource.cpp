#include "overview/SparklineSource.h"

#include "history/HistoryRecorder.h"
#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetscope {

namespace {
constexpr float gap = std::numeric_limits<float>::quiet_NaN();
}

SparklineSource::SparklineSource(const TimeSeriesStore &store, qint64 windowMs, int points)
    : m_store(store), m_windowMs(windowMs), m_points(points)
{
}

QList<float> SparklineSource::line(const QString &key, double scale, qint64 nowMs) const
{
    const std::optional<SeriesId> id = m_store.find(key);
    if (!id || !(scale > 0))
        return {};
    const SeriesRange range = m_store.query(*id, nowMs - m_windowMs, nowMs, m_points);
    QList<float> values;
    values.reserve(qsizetype(range.size()));
    for (double v : range.avg)
        values.append(std::isnan(v) ? gap : float(v / scale));
    return values;
}

QList<float> SparklineSource::highest(const QList<QList<float>> &lines)
{
    QList<float> result;
    for (const QList<float> &line : lines) {
        if (result.isEmpty()) {
            result = line;
            continue;
        }
        if (line.size() != result.size())
            continue; // another step: not comparable point by point
        for (qsizetype i = 0; i < line.size(); ++i)
            if (!std::isnan(line[i]) && (std::isnan(result[i]) || line[i] > result[i]))
                result[i] = line[i];
    }
    return result;
}

void SparklineSource::scaleToPeak(QList<float> &line)
{
    float peak = 0;
    for (float v : std::as_const(line))
        if (!std::isnan(v))
            peak = std::max(peak, v);
    for (float &v : line)
        if (!std::isnan(v))
            v = peak > 0 ? v / peak : 0.0f;
}

Sparklines SparklineSource::linesFor(const NodeReport &row, const QList<const NodeReport *> &brokers, qint64 nowMs) const
{
    using M = HistoryRecorder::Metric;
    Sparklines lines;
    const bool cluster = row.nodeId < 0;
    lines.lag = cluster ? line(SeriesKey::cluster(row.cluster, QString::fromLatin1(M::lag)), 1, nowMs)
                        : line(SeriesKey::broker(row.cluster, row.nodeId, QString::fromLatin1(M::lag)), 1, nowMs);
    scaleToPeak(lines.lag);

    QList<QList<float>> disk;
    QList<QList<float>> heap;
    for (const NodeReport *b : brokers) {
        if (b->diskTotalBytes)
            disk.append(line(SeriesKey::broker(b->cluster, b->nodeId, QString::fromLatin1(M::diskUsed)),
                             double(*b->diskTotalBytes), nowMs));
        if (b->heapMaxBytes)
            heap.append(line(SeriesKey::broker(b->cluster, b->nodeId, QString::fromLatin1(M::heapUsed)),
                             double(*b->heapMaxBytes), nowMs));
    }
    lines.disk = highest(disk);
    lines.heap = highest(heap);
    return lines;
}

} // namespace fleetscope
