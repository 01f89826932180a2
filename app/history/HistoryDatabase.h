#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "history/HistoryLoader.h"
#include "history/TimeSeriesStore.h"

#include <QObject>
#include <QThread>

namespace fleetscope {

class HistoryWriter;

// Keeps the metric history on disk so it survives a restart and a kill -9: one SQLite file (see
// HistorySchema), written on a thread of its own. Attached to a TimeSeriesStore it buffers every
// stored sample and commits them in one transaction per commit interval, so a crash loses at most
// the last interval. Every few minutes it folds the journal into per-series rows, consolidates old
// raw hours into min/max/avg rows and deletes what is past the longest tier.
//
// Start-up: open(), then load() on a worker thread, then attach(), then start collecting.
// Destroy it (or detach()) before the store.
class HistoryDatabase final : public QObject, private TimeSeriesStore::Observer
{
    Q_OBJECT

public:
    struct Options
    {
        QString path;                 // e.g. defaultPath()
        qint64 commitIntervalMs = 2000;
        qint64 maintenanceIntervalMs = 10 * 60 * 1000; // fold, consolidate, delete old rows
        int busyTimeoutMs = 5000;     // another process holding the file: how long to wait
        std::size_t maxUnsavedSamples = 10'000'000; // held while writes fail: 16 B each, 160 MB
    };

    HistoryDatabase(Options options, const Clock &clock, QObject *parent = nullptr);
    ~HistoryDatabase() override; // commits what is buffered, then stops the thread
    Q_DISABLE_COPY_MOVE(HistoryDatabase)

    // QStandardPaths::AppDataLocation/history.sqlite
    static QString defaultPath();

    // Opens or creates the file (on the database thread; the caller waits a few milliseconds)
    // and starts the commit and maintenance timers. The Error says what failed and what to do.
    Status open();
    // Reads the history into the store. Blocking and thread-agnostic: call it from a worker thread,
    // before attach() (samples replayed into an attached store would be written again).
    Result<LoadReport> load(TimeSeriesStore &store) const;

    void attach(TimeSeriesStore &store);
    void detach();

    // Blocking; for shutdown paths, tests and benchmarks. Timers do this by themselves.
    Status commitNow();
    Status maintainNow();

    const Options &options() const { return m_options; }

Q_SIGNALS:
    void committed(qint64 totalSamples, qint64 newestSlotMs);
    void failed(const fleetscope::Error &error);

private:
    void seriesAdded(SeriesId id, const QString &key, qint64 stepMs) override;
    void sampleStored(SeriesId id, qint64 slotMs, float value) override;
    template<typename F>
    Status onWriterThread(F &&f);

    const Options m_options;
    const Clock &m_clock;
    QThread m_thread;
    HistoryWriter *m_writer; // lives on m_thread
    TimeSeriesStore *m_store = nullptr;
};

} // namespace fleetscope
