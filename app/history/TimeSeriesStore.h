#pragma once

#include "history/Bucket.h"
#include "history/MemoryBudget.h"
#include "history/SeriesRange.h"
#include "history/SeriesRings.h"
#include "history/TierLayout.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>
#include <optional>
#include <span>

namespace fleetscope {

// A compact integer standing for a SeriesKey path, handed out by TimeSeriesStore::intern().
using SeriesId = quint32;

// The metric history in memory: per series a bounded multi-resolution store (see TierLayout), like
// RRDtool. Appends come from the GUI thread's snapshot handler, queries from views and the loader
// from a worker: every call takes one short mutex, and no call allocates more than a block.
//
// The store needs no clock: each series' windows end at its newest sample, so time in tests is
// whatever the samples say.
class TimeSeriesStore final
{
public:
    struct Options
    {
        // Value blocks beyond this make series give up detail of older data (MemoryBudget). The
        // full year of every tier costs ~195 KiB a series: 2 GiB hold ~10,000 series at full depth,
        // and 30,000 series for their first 2-3 days.
        std::size_t memoryBudgetBytes = std::size_t(2) << 30;
    };

    enum class Appended
    {
        Stored,
        TooOld,        // before the series' raw window (6 h before its newest sample): dropped
        UnknownSeries, // an id intern() never returned
    };

    // Told of every new series and every stored sample, on the appending thread with the store's
    // mutex held: copy and return, never call back into the store. HistoryDatabase is one.
    class Observer
    {
    public:
        virtual ~Observer() = default;
        virtual void seriesAdded(SeriesId id, const QString &key, qint64 stepMs) = 0;
        virtual void sampleStored(SeriesId id, qint64 slotMs, float value) = 0;
    };

    struct Stats
    {
        qsizetype seriesCount = 0;
        std::size_t memoryBytes = 0; // values + index + keys
        std::size_t valueBytes = 0;  // the float32 blocks alone
        std::size_t valueSlots = 0;  // float32 values those blocks hold (raw samples, min, max, avg)
        qint64 samplesStored = 0;
        qint64 samplesTooOld = 0;
        qint64 blocksReclaimed = 0; // blocks given up to stay within the memory budget
    };

    TimeSeriesStore();
    explicit TimeSeriesStore(Options options);
    ~TimeSeriesStore();
    Q_DISABLE_COPY_MOVE(TimeSeriesStore)

    // The id of a series, created on first use. stepMs is the poll interval, snapped to a divisor of
    // a minute (TierLayout::snapStepMs). Interning again with another step keeps the consolidated
    // tiers and starts the raw samples afresh on the new grid.
    SeriesId intern(const QString &key, qint64 stepMs = TierLayout::defaultStepMs);
    std::optional<SeriesId> find(const QString &key) const;
    QString key(SeriesId id) const;
    qint64 stepMs(SeriesId id) const;

    // Samples snap to their slot (timestamp rounded down to the step); a later sample for the same
    // slot replaces the earlier one. A NaN value marks the slot as a gap.
    Appended append(SeriesId id, qint64 timestampMs, double value);

    // Buckets covering [fromMs, toMs), at most maxPoints of them, from the finest tier holding the
    // range, each with the min, max and average of what it covers. For a plot, ask for about two
    // points per pixel column.
    SeriesRange query(SeriesId id, qint64 fromMs, qint64 toMs, int maxPoints) const;

    std::size_t memoryBytes() const;
    qsizetype seriesCount() const;
    Stats stats() const;

    // Restoring from disk (HistoryDatabase::load): consolidated buckets of tier 1-3, then raw samples
    // through append(), then fillCoarseTiers() rebuilds the newest coarse buckets from finer ones.
    void importBuckets(SeriesId id, int tier, qint64 startMs, std::span<const Bucket> buckets);
    void fillCoarseTiers(SeriesId id);

    // At most one observer; it first hears seriesAdded() for every series already there.
    void setObserver(Observer *observer);

private:
    struct Entry
    {
        QString key;
        SeriesRings rings;
    };
    Entry *entry(SeriesId id) const;

    mutable QMutex m_mutex;
    Options m_options;
    mutable MemoryBudget m_budget; // const queries may consolidate the open minute (SeriesRings::settle)
    std::deque<Entry> m_entries; // by id; a deque never moves its elements
    QHash<QString, SeriesId> m_ids;
    Observer *m_observer = nullptr;
    qint64 m_samplesStored = 0;
    qint64 m_samplesTooOld = 0;
};

} // namespace fleetscope
