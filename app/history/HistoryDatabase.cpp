#include "history/HistoryDatabase.h"

#include "history/HistoryWriter.h"

#include <QDir>
#include <QStandardPaths>

#include <optional>

namespace fleetscope {

HistoryDatabase::HistoryDatabase(Options options, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_clock(clock),
      m_writer(new HistoryWriter(HistoryWriter::Settings{m_options.path, m_options.commitIntervalMs,
                                                         m_options.maintenanceIntervalMs, m_options.busyTimeoutMs,
                                                         m_options.maxUnsavedSamples},
                                 clock))
{
    m_thread.setObjectName(QStringLiteral("fleetscope.history"));
    m_writer->moveToThread(&m_thread);
    connect(m_writer, &HistoryWriter::committed, this, &HistoryDatabase::committed);
    connect(m_writer, &HistoryWriter::failed, this, &HistoryDatabase::failed);
    m_thread.start();
}

HistoryDatabase::~HistoryDatabase()
{
    detach();
    (void)onWriterThread([this]() -> Status {
        m_writer->close();
        return Done{};
    });
    m_thread.quit();
    m_thread.wait();
    delete m_writer; // its thread has ended and it has no timers left
}

QString HistoryDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

template<typename F>
Status HistoryDatabase::onWriterThread(F &&f)
{
    if (QThread::currentThread() == &m_thread)
        return f();
    std::optional<Status> result;
    QMetaObject::invokeMethod(m_writer, [&] { result.emplace(f()); }, Qt::BlockingQueuedConnection);
    return result ? *result : Status(Error{QStringLiteral("Metric history: its thread is not running")});
}

Status HistoryDatabase::open()
{
    return onWriterThread([this] { return m_writer->open(); });
}

Status HistoryDatabase::commitNow()
{
    return onWriterThread([this] { return m_writer->commit(); });
}

Status HistoryDatabase::maintainNow()
{
    return onWriterThread([this] { return m_writer->maintain(); });
}

Result<LoadReport> HistoryDatabase::load(TimeSeriesStore &store) const
{
    if (m_store == &store) {
        return Error{QStringLiteral("Metric history: load() was called after attach(); load first, so that "
                                    "restored samples are not written again")};
    }
    return HistoryLoader::load(m_options.path, store, m_clock, m_options.busyTimeoutMs);
}

void HistoryDatabase::attach(TimeSeriesStore &store)
{
    detach();
    m_store = &store;
    store.setObserver(this);
}

void HistoryDatabase::detach()
{
    if (m_store)
        m_store->setObserver(nullptr);
    m_store = nullptr;
}

void HistoryDatabase::seriesAdded(SeriesId id, const QString &key, qint64 stepMs)
{
    m_writer->enqueueSeries(id, key, stepMs);
}

void HistoryDatabase::sampleStored(SeriesId id, qint64 slotMs, float value)
{
    m_writer->enqueueSample(id, slotMs, value);
}

} // namespace fleetscope
