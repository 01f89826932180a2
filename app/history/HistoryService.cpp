#include "history/HistoryService.h"

#include "history/HistoryLogging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace fleetscope {

namespace {
// Snapshots held while the stored history loads: minutes of a large fleet, then the oldest go.
constexpr qsizetype maxPending = 20'000;

struct StartResult
{
    Status opened = Done{};
    qint64 loadedSamples = 0;
    QString loadError;
};
} // namespace

HistoryService::HistoryService(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_recorder(m_store)
{
    HistoryDatabase::Options options;
    options.path = std::move(databasePath);
    m_database = std::make_unique<HistoryDatabase>(options, m_clock);
    connect(m_database.get(), &HistoryDatabase::failed, this,
            [this](const Error &error) { Q_EMIT failed(error.message); });
}

HistoryService::~HistoryService()
{
    m_database.reset(); // commits what is buffered; must go before the store
}

void HistoryService::start()
{
    auto *watcher = new QFutureWatcher<StartResult>(this);
    connect(watcher, &QFutureWatcher<StartResult>::finished, this, [this, watcher] {
        const StartResult result = watcher->result();
        watcher->deleteLater();
        finishStart(result.opened, result.loadedSamples, result.loadError);
    });
    HistoryDatabase *database = m_database.get();
    TimeSeriesStore *store = &m_store;
    watcher->setFuture(QtConcurrent::run([database, store] {
        StartResult result;
        result.opened = database->open();
        if (!result.opened)
            return result;
        const Result<LoadReport> loaded = database->load(*store);
        if (loaded)
            result.loadedSamples = loaded->samplesReplayed + loaded->bucketsImported;
        else
            result.loadError = loaded.errorMessage();
        return result;
    }));
}

void HistoryService::finishStart(const Status &opened, qint64 loadedSamples, const QString &loadError)
{
    if (opened) {
        m_database->attach(m_store);
    } else {
        m_database.reset();
        Q_EMIT failed(QCoreApplication::translate("HistoryService", "History is kept in memory for this session only: %1")
                          .arg(opened.errorMessage()));
    }
    if (!loadError.isEmpty())
        Q_EMIT failed(loadError);
    m_ready = true;
    for (const auto &[snapshot, step] : std::as_const(m_pending))
        m_recorder.record(snapshot, step);
    m_pending.clear();
    qCInfo(lcHistory) << "history ready;" << loadedSamples << "samples and buckets loaded";
    Q_EMIT ready(loadedSamples);
}

void HistoryService::record(const ClusterSnapshot &snapshot, qint64 stepMs)
{
    if (m_ready) {
        m_recorder.record(snapshot, stepMs);
        return;
    }
    if (m_pending.size() >= maxPending)
        m_pending.removeFirst();
    m_pending.append({snapshot, stepMs});
}

} // namespace fleetscope
