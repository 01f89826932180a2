#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "history/TimeSeriesStore.h"

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <vector>

class QTimer;

namespace fleetscope {

// The database thread's side of HistoryDatabase: owns the SQLite connection (Qt SQL connections
// belong to one thread) and does every write there. The enqueue*() calls are the only ones made
// from other threads: they copy into a buffer under a short mutex.
class HistoryWriter final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString path;
        qint64 commitIntervalMs = 2000;
        qint64 maintenanceIntervalMs = 10 * 60 * 1000;
        int busyTimeoutMs = 5000;
        std::size_t maxUnsavedSamples = 10'000'000; // 160 MB
    };

    HistoryWriter(Settings settings, const Clock &clock);
    ~HistoryWriter() override;
    Q_DISABLE_COPY_MOVE(HistoryWriter)

    // Thread-safe.
    void enqueueSeries(SeriesId id, const QString &key, qint64 stepMs);
    void enqueueSample(SeriesId id, qint64 slotMs, float value);

    // Database thread only.
    Status open();
    Status commit();
    Status maintain();
    void close();
    qint64 committedSamples() const { return m_committed; }

Q_SIGNALS:
    // After each successful commit: samples made durable since open(), and the newest slot among them.
    void committed(qint64 totalSamples, qint64 newestSlotMs);
    // When writing starts failing, then once a minute while it fails. Nothing buffered is dropped
    // (up to maxUnsavedSamples): the next interval tries again.
    void failed(const fleetscope::Error &error);

private:
    struct NewSeries
    {
        SeriesId id;
        QString key;
        qint64 stepMs;
    };
    struct Sample // 16 bytes: the buffer may hold millions while the disk is full
    {
        qint64 slotMs;
        SeriesId id;
        float value;
    };

    Status writeUnsaved(std::vector<std::pair<SeriesId, qint64>> &newIds);
    void boundUnsaved();
    void report(const Status &status);

    const Settings m_settings;
    const Clock &m_clock;
    const QString m_connection;

    QMutex m_pendingMutex; // guards the two m_pending* vectors and m_droppedPending
    std::vector<NewSeries> m_pendingSeries;
    std::vector<Sample> m_pendingSamples;
    qint64 m_droppedPending = 0;

    // Database thread only.
    QSqlDatabase m_db;
    std::vector<NewSeries> m_unsavedSeries;
    std::vector<Sample> m_unsaved;
    std::vector<qint64> m_dbIds; // store id -> series.id, -1 until committed
    qint64 m_committed = 0;
    qint64 m_dropped = 0;
    bool m_failing = false;
    qint64 m_lastReportMs = 0;
    QTimer *m_commitTimer = nullptr;
    QTimer *m_maintenanceTimer = nullptr;
};

} // namespace fleetscope
