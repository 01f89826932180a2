#include "history/TimeSeriesStore.h"

namespace fleetscope {

TimeSeriesStore::TimeSeriesStore() : TimeSeriesStore(Options{}) { }

TimeSeriesStore::TimeSeriesStore(Options options) : m_options(options)
{
    m_budget.limitBytes = options.memoryBudgetBytes;
}

TimeSeriesStore::~TimeSeriesStore() = default;

TimeSeriesStore::Entry *TimeSeriesStore::entry(SeriesId id) const
{
    return id < m_entries.size() ? const_cast<Entry *>(&m_entries[id]) : nullptr;
}

SeriesId TimeSeriesStore::intern(const QString &key, qint64 stepMs)
{
    const qint64 step = TierLayout::snapStepMs(stepMs);
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_ids.constFind(key); it != m_ids.cend()) {
        Entry &e = m_entries[*it];
        if (e.rings.stepMs() != step) {
            e.rings.resetStep(step, m_budget);
            if (m_observer)
                m_observer->seriesAdded(*it, key, step);
        }
        return *it;
    }
    const auto id = SeriesId(m_entries.size());
    m_entries.push_back(Entry{key, SeriesRings(step)});
    m_ids.insert(key, id);
    if (m_observer)
        m_observer->seriesAdded(id, key, step);
    return id;
}

std::optional<SeriesId> TimeSeriesStore::find(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_ids.constFind(key); it != m_ids.cend())
        return *it;
    return std::nullopt;
}

QString TimeSeriesStore::key(SeriesId id) const
{
    QMutexLocker lock(&m_mutex);
    const Entry *e = entry(id);
    return e ? e->key : QString();
}

qint64 TimeSeriesStore::stepMs(SeriesId id) const
{
    QMutexLocker lock(&m_mutex);
    const Entry *e = entry(id);
    return e ? e->rings.stepMs() : 0;
}

TimeSeriesStore::Appended TimeSeriesStore::append(SeriesId id, qint64 timestampMs, double value)
{
    QMutexLocker lock(&m_mutex);
    Entry *e = entry(id);
    if (!e)
        return Appended::UnknownSeries;
    const auto v = float(value);
    if (!e->rings.append(timestampMs, v, m_budget)) {
        ++m_samplesTooOld;
        return Appended::TooOld;
    }
    ++m_samplesStored;
    if (m_observer) {
        const qint64 step = e->rings.stepMs();
        m_observer->sampleStored(id, TierLayout::floorDiv(timestampMs, step) * step, v);
    }
    return Appended::Stored;
}

SeriesRange TimeSeriesStore::query(SeriesId id, qint64 fromMs, qint64 toMs, int maxPoints) const
{
    QMutexLocker lock(&m_mutex);
    Entry *e = entry(id);
    if (!e)
        return SeriesRange{};
    e->rings.settle(m_budget); // logically const: brings the open minute's buckets up to date
    return e->rings.query(fromMs, toMs, maxPoints);
}

std::size_t TimeSeriesStore::memoryBytes() const
{
    return stats().memoryBytes;
}

qsizetype TimeSeriesStore::seriesCount() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_entries.size());
}

TimeSeriesStore::Stats TimeSeriesStore::stats() const
{
    QMutexLocker lock(&m_mutex);
    for (const Entry &e : m_entries)
        const_cast<Entry &>(e).rings.settle(m_budget); // so the figures include the open minutes
    Stats s;
    s.seriesCount = qsizetype(m_entries.size());
    s.valueBytes = m_budget.usedBytes;
    std::size_t index = 0;
    for (const Entry &e : m_entries) {
        index += e.rings.indexBytes() + sizeof(Entry) - sizeof(SeriesRings);
        s.valueSlots += e.rings.valueSlots();
        // The key's UTF-16 text and the hash node pointing at it (the text itself is shared).
        index += std::size_t(e.key.capacity()) * sizeof(QChar) + 32 + sizeof(QString) + sizeof(SeriesId) + 16;
    }
    s.memoryBytes = s.valueBytes + index;
    s.samplesStored = m_samplesStored;
    s.samplesTooOld = m_samplesTooOld;
    s.blocksReclaimed = m_budget.blocksReclaimed;
    return s;
}

void TimeSeriesStore::importBuckets(SeriesId id, int tier, qint64 startMs, std::span<const Bucket> buckets)
{
    QMutexLocker lock(&m_mutex);
    if (Entry *e = entry(id); e && tier >= 1 && tier < TierLayout::tierCount)
        e->rings.importBuckets(tier, startMs, buckets, m_budget);
}

void TimeSeriesStore::fillCoarseTiers(SeriesId id)
{
    QMutexLocker lock(&m_mutex);
    if (Entry *e = entry(id))
        e->rings.fillCoarseTiers(m_budget);
}

void TimeSeriesStore::setObserver(Observer *observer)
{
    QMutexLocker lock(&m_mutex);
    m_observer = observer;
    if (!m_observer)
        return;
    for (std::size_t id = 0; id < m_entries.size(); ++id)
        m_observer->seriesAdded(SeriesId(id), m_entries[id].key, m_entries[id].rings.stepMs());
}

} // namespace fleetscope
