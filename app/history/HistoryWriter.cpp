#include "history/HistoryWriter.h"

#include "history/HistoryLogging.h"
#include "history/HistoryMaintenance.h"
#include "history/HistorySchema.h"
#include "history/JournalCodec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace fleetscope {

HistoryWriter::HistoryWriter(Settings settings, const Clock &clock)
    : m_settings(std::move(settings)),
      m_clock(clock),
      m_connection(QStringLiteral("fleetscope.history.writer.%1").arg(quintptr(this), 0, 16))
{
}

HistoryWriter::~HistoryWriter() = default; // close() ran on the database thread

void HistoryWriter::enqueueSeries(SeriesId id, const QString &key, qint64 stepMs)
{
    QMutexLocker lock(&m_pendingMutex);
    m_pendingSeries.push_back(NewSeries{id, key, stepMs});
}

void HistoryWriter::enqueueSample(SeriesId id, qint64 slotMs, float value)
{
    QMutexLocker lock(&m_pendingMutex);
    if (m_pendingSamples.size() >= m_settings.maxUnsavedSamples) {
        ++m_droppedPending; // the database has been failing for a long time: keep memory bounded
        return;
    }
    m_pendingSamples.push_back(Sample{slotMs, id, value});
}

Status HistoryWriter::open()
{
    if (m_db.isOpen())
        return Done{};
    auto db = HistorySchema::open(m_settings.path, m_connection, m_settings.busyTimeoutMs);
    if (!db) {
        report(db.error());
        return db.error();
    }
    m_db = db.value();
    if (!m_commitTimer) {
        m_commitTimer = new QTimer(this);
        connect(m_commitTimer, &QTimer::timeout, this, [this] { (void)commit(); });
        m_maintenanceTimer = new QTimer(this);
        connect(m_maintenanceTimer, &QTimer::timeout, this, [this] { (void)maintain(); });
    }
    m_commitTimer->start(int(m_settings.commitIntervalMs));
    m_maintenanceTimer->start(int(m_settings.maintenanceIntervalMs));
    qCInfo(lcHistory) << "metric history in" << m_settings.path;
    return Done{};
}

Status HistoryWriter::commit()
{
    {
        QMutexLocker lock(&m_pendingMutex);
        m_unsavedSeries.insert(m_unsavedSeries.end(), std::make_move_iterator(m_pendingSeries.begin()),
                               std::make_move_iterator(m_pendingSeries.end()));
        m_unsaved.insert(m_unsaved.end(), m_pendingSamples.begin(), m_pendingSamples.end());
        m_pendingSeries.clear();
        m_pendingSamples.clear();
        m_dropped += std::exchange(m_droppedPending, 0);
    }
    if (m_unsaved.empty() && m_unsavedSeries.empty())
        return Done{};
    if (!m_db.isOpen()) {
        boundUnsaved();
        return Error{QStringLiteral("Metric history (%1) is not open: samples are kept in memory until it is")
                         .arg(m_settings.path)};
    }

    std::vector<std::pair<SeriesId, qint64>> newIds;
    const Status status = writeUnsaved(newIds);
    if (status) {
        for (const auto &[id, dbId] : newIds) {
            if (id >= m_dbIds.size())
                m_dbIds.resize(id + 1, -1);
            m_dbIds[id] = dbId;
        }
        qint64 newest = m_unsaved.empty() ? 0 : m_unsaved.front().slotMs;
        for (const Sample &s : m_unsaved)
            newest = std::max(newest, s.slotMs);
        m_committed += qint64(m_unsaved.size());
        m_unsaved.clear();
        m_unsavedSeries.clear();
        Q_EMIT committed(m_committed, newest);
    } else {
        boundUnsaved();
    }
    report(status);
    return status;
}

void HistoryWriter::boundUnsaved()
{
    // Past the bound the oldest go: the newest samples are the ones a user is looking at.
    if (m_unsaved.size() <= m_settings.maxUnsavedSamples)
        return;
    const std::size_t excess = m_unsaved.size() - m_settings.maxUnsavedSamples;
    m_unsaved.erase(m_unsaved.begin(), m_unsaved.begin() + qsizetype(excess));
    m_dropped += qint64(excess);
}

Status HistoryWriter::writeUnsaved(std::vector<std::pair<SeriesId, qint64>> &newIds)
{
    const auto fail = [&](const QSqlError &error) -> Status {
        m_db.rollback();
        QString message = QStringLiteral("Metric history (%1): saving %2 samples failed: %3. They are kept and "
                                         "saved as soon as writing works again; free some disk space or fix the "
                                         "file's permissions")
                              .arg(m_settings.path)
                              .arg(m_unsaved.size())
                              .arg(error.text());
        if (m_dropped > 0)
            message += QStringLiteral(" (%1 older samples could not be kept)").arg(m_dropped);
        return Error{message};
    };
    if (!m_db.transaction())
        return fail(m_db.lastError());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO series(key, step_ms) VALUES(?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET step_ms = excluded.step_ms RETURNING id"));
    for (const NewSeries &s : m_unsavedSeries) {
        q.addBindValue(s.key);
        q.addBindValue(s.stepMs);
        if (!q.exec() || !q.next())
            return fail(q.lastError());
        newIds.emplace_back(s.id, q.value(0).toLongLong());
        q.finish();
    }

    std::vector<qint64> ids = m_dbIds;
    for (const auto &[id, dbId] : newIds) {
        if (id >= ids.size())
            ids.resize(id + 1, -1);
        ids[id] = dbId;
    }
    std::vector<JournalSample> journal;
    journal.reserve(m_unsaved.size());
    for (const Sample &s : m_unsaved) {
        if (s.id < ids.size() && ids[s.id] >= 0)
            journal.push_back(JournalSample{ids[s.id], s.slotMs, s.value});
    }
    if (!journal.empty()) {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO journal(data) VALUES(?)"));
        insert.addBindValue(JournalCodec::encode(journal));
        if (!insert.exec())
            return fail(insert.lastError());
    }
    if (!m_db.commit())
        return fail(m_db.lastError());
    return Done{};
}

Status HistoryWriter::maintain()
{
    if (Status s = commit(); !s)
        return s;
    if (!m_db.isOpen())
        return Done{};
    const Status status = HistoryMaintenance(m_db, m_clock).run();
    report(status);
    return status;
}

void HistoryWriter::report(const Status &status)
{
    // Once when writing starts failing, then at most once a minute (the count of kept samples
    // grows): a banner stays current without a flood of signals.
    if (!status) {
        const qint64 now = m_clock.nowMs();
        if (!m_failing || now - m_lastReportMs >= 60'000) {
            m_failing = true;
            m_lastReportMs = now;
            qCWarning(lcHistory).noquote() << status.errorMessage();
            Q_EMIT failed(status.error());
        }
    } else if (m_failing) {
        qCInfo(lcHistory) << "metric history is being written again";
        m_failing = false;
    }
}

void HistoryWriter::close()
{
    delete std::exchange(m_commitTimer, nullptr);
    delete std::exchange(m_maintenanceTimer, nullptr);
    if (!m_db.isOpen())
        return;
    (void)commit();
    m_db = QSqlDatabase();
    HistorySchema::close(m_connection);
}

} // namespace fleetscope
