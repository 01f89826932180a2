#pragma once

#include "collect/ClusterSnapshot.h"
#include "core/Clock.h"
#include "history/HistoryDatabase.h"
#include "history/HistoryRecorder.h"
#include "history/TimeSeriesStore.h"

#include <QObject>

#include <memory>

namespace fleetscope {

// The application's history: the in-memory store, its SQLite file and the recorder that feeds it.
// The file is opened and read on a worker thread; snapshots that arrive meanwhile wait (bounded)
// and are recorded once the stored history is in. If the file cannot be used, history is kept in
// memory for the session and failed() says why.
class HistoryService final : public QObject
{
    Q_OBJECT

public:
    HistoryService(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~HistoryService() override;
    Q_DISABLE_COPY_MOVE(HistoryService)

    void start();
    void record(const ClusterSnapshot &snapshot, qint64 stepMs);

    TimeSeriesStore &store() { return m_store; }
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready(qint64 loadedSamples);
    void failed(const QString &message);

private:
    void finishStart(const Status &opened, qint64 loadedSamples, const QString &loadError);

    const Clock &m_clock;
    TimeSeriesStore m_store;
    std::unique_ptr<HistoryDatabase> m_database;
    HistoryRecorder m_recorder;
    bool m_ready = false;
    QList<std::pair<ClusterSnapshot, qint64>> m_pending;
};

} // namespace fleetscope
