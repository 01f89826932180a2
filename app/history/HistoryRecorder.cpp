#include "history/HistoryRecorder.h"

#include "history/SeriesKey.h"

namespace fleetscope {

namespace {
QString m(const char *metric)
{
    return QString::fromLatin1(metric);
}
} // namespace

void HistoryRecorder::put(const QString &key, qint64 stepMs, qint64 timestampMs, double value)
{
    m_store.append(m_store.intern(key, stepMs), timestampMs, value);
}

void HistoryRecorder::record(const ClusterSnapshot &s, qint64 stepMs)
{
    using M = Metric;
    const qint64 t = s.sampledAtMs;
    const QString &c = s.cluster;
    put(SeriesKey::cluster(c, m(M::brokersUp)), stepMs, t, s.reachable ? s.brokersUp() : 0);
    for (const BrokerStatus &b : s.brokers) {
        const bool up = s.reachable && b.state == LinkState::Up;
        if (b.state != LinkState::Unknown || !s.reachable)
            put(SeriesKey::broker(c, b.nodeId, m(M::linkUp)), stepMs, t, up ? 1 : 0);
        if (up && b.rttUs)
            put(SeriesKey::broker(c, b.nodeId, m(M::rttMs)), stepMs, b.rttSampledAtMs ? b.rttSampledAtMs : t,
                double(*b.rttUs) / 1000.0);
        // Disk and heap are written at their own sample time, and only when this poll measured them.
        if (up && b.disk && b.diskError.isEmpty()) {
            if (const auto used = b.diskUsedBytes())
                put(SeriesKey::broker(c, b.nodeId, m(M::diskUsed)), stepMs, b.disk->sampledAtMs, double(*used));
            if (const auto total = b.diskTotalBytes())
                put(SeriesKey::broker(c, b.nodeId, m(M::diskTotal)), stepMs, b.disk->sampledAtMs, double(*total));
        }
        if (up && b.heap && b.heapError.isEmpty()) {
            put(SeriesKey::broker(c, b.nodeId, m(M::heapUsed)), stepMs, b.heap->sampledAtMs, double(b.heap->usedBytes));
            if (b.heap->maxBytes)
                put(SeriesKey::broker(c, b.nodeId, m(M::heapMax)), stepMs, b.heap->sampledAtMs, double(*b.heap->maxBytes));
            if (b.heap->gcSecondsTotal)
                put(SeriesKey::broker(c, b.nodeId, m(M::gcSeconds)), stepMs, b.heap->sampledAtMs, *b.heap->gcSecondsTotal);
        }
    }
    if (!s.reachable)
        return; // lag and health figures were not measured: a gap

    put(SeriesKey::cluster(c, m(M::underReplicated)), stepMs, t, s.underReplicatedPartitions);
    put(SeriesKey::cluster(c, m(M::offline)), stepMs, t, s.offlinePartitions);
    if (s.lag.error.isEmpty())
        put(SeriesKey::cluster(c, m(M::lag)), stepMs, t, double(s.lag.totalLag()));
    const QHash<int, qint64> byLeader = s.lag.lagByLeader();
    for (const BrokerStatus &b : s.brokers)
        if (b.inMetadata && s.lag.error.isEmpty())
            put(SeriesKey::broker(c, b.nodeId, m(M::lag)), stepMs, t, double(byLeader.value(b.nodeId)));
    for (const GroupLag &g : s.lag.groups) {
        if (!g.error.isEmpty())
            continue;
        put(SeriesKey::group(c, g.group, m(M::lag)), stepMs, t, double(g.totalLag));
        if (g.lagSeconds)
            put(SeriesKey::group(c, g.group, m(M::lagSeconds)), stepMs, t, *g.lagSeconds);
        QHash<QString, qint64> byTopic;
        for (const PartitionLag &p : g.partitions)
            byTopic[p.topic] += p.lag().value_or(0);
        for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it)
            put(SeriesKey::groupTopic(c, g.group, it.key(), m(M::lag)), stepMs, t, double(it.value()));
    }
    if (s.mirror) {
        if (s.mirror->heartbeatAgeMs)
            put(SeriesKey::mirror(c, s.mirror->alias, m(M::heartbeatAgeMs)), stepMs, t, double(*s.mirror->heartbeatAgeMs));
        if (s.mirror->offsetLag)
            put(SeriesKey::mirror(c, s.mirror->alias, m(M::offsetLag)), stepMs, t, double(*s.mirror->offsetLag));
    }
}

} // namespace fleetscope
