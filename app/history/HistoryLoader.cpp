#include "history/HistoryLoader.h"

#include "history/HistoryLogging.h"
#include "history/HistorySchema.h"
#include "history/JournalCodec.h"
#include "history/TimeSeriesStore.h"
#include "history/ValueCodec.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace fleetscope {

namespace {

using L = TierLayout;

Error readError(const QString &path, const QSqlError &error)
{
    return Error{QStringLiteral("Metric history (%1) cannot be read: %2. Plots start empty; if this persists, "
                                "move the file aside and restart Fleetscope")
                     .arg(path, error.text())};
}

Result<LoadReport> loadFrom(QSqlDatabase &db, const QString &path, TimeSeriesStore &store, const Clock &clock)
{
    LoadReport report;
    QHash<qint64, SeriesId> ids; // database id -> store id
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, key, step_ms FROM series")))
        return readError(path, q.lastError());
    while (q.next())
        ids.insert(q.value(0).toLongLong(), store.intern(q.value(1).toString(), q.value(2).toLongLong()));
    report.series = int(ids.size());

    // Coarse to fine and old to new, so each ring grows forward in time.
    const qint64 now = clock.nowMs();
    for (int tier = L::tierCount - 1; tier >= 1; --tier) {
        const qint64 width = L::bucketMs[size_t(tier)];
        const auto count = std::size_t(L::rowMs[size_t(tier)] / width);
        q.prepare(QStringLiteral("SELECT series, start_ms, width_ms, data FROM chunk"
                                 " WHERE tier = ? AND start_ms >= ? ORDER BY start_ms, series"));
        q.addBindValue(tier);
        q.addBindValue(now - L::horizonMs[size_t(tier)] - L::rowMs[size_t(tier)]);
        if (!q.exec())
            return readError(path, q.lastError());
        while (q.next()) {
            const auto id = ids.constFind(q.value(0).toLongLong());
            const auto buckets = q.value(2).toLongLong() == width
                ? ValueCodec::decodeBuckets(q.value(3).toByteArray(), count)
                : std::nullopt;
            if (id == ids.cend() || !buckets) {
                ++report.rowsSkipped;
                continue;
            }
            store.importBuckets(*id, tier, q.value(1).toLongLong(), *buckets);
            report.bucketsImported += qint64(count);
        }
    }

    q.prepare(QStringLiteral("SELECT series, start_ms, width_ms, data FROM chunk WHERE tier = 0"
                             " ORDER BY start_ms, series"));
    if (!q.exec())
        return readError(path, q.lastError());
    while (q.next()) {
        const auto id = ids.constFind(q.value(0).toLongLong());
        const qint64 start = q.value(1).toLongLong();
        const qint64 width = q.value(2).toLongLong();
        const bool validWidth = width > 0 && L::rowMs[0] % width == 0;
        const auto values = validWidth
            ? ValueCodec::decodeFloats(q.value(3).toByteArray(), std::size_t(L::rowMs[0] / width))
            : std::nullopt;
        if (id == ids.cend() || !values) {
            ++report.rowsSkipped;
            continue;
        }
        for (std::size_t i = 0; i < values->size(); ++i) {
            if (!std::isnan((*values)[i])) {
                store.append(*id, start + qint64(i) * width, (*values)[i]);
                ++report.samplesReplayed;
            }
        }
    }

    // The journal: whatever was committed since the last fold, in commit order.
    if (!q.exec(QStringLiteral("SELECT data FROM journal ORDER BY seq")))
        return readError(path, q.lastError());
    while (q.next()) {
        const auto samples = JournalCodec::decode(q.value(0).toByteArray());
        if (!samples) {
            ++report.rowsSkipped;
            continue;
        }
        for (const JournalSample &s : *samples) {
            if (const auto id = ids.constFind(s.series); id != ids.cend()) {
                store.append(*id, s.slotMs, s.value);
                ++report.samplesReplayed;
            }
        }
    }

    for (const SeriesId id : std::as_const(ids))
        store.fillCoarseTiers(id);
    if (report.rowsSkipped > 0)
        qCWarning(lcHistory) << "history load skipped" << report.rowsSkipped << "unreadable rows of" << path;
    return report;
}

} // namespace

Result<LoadReport> HistoryLoader::load(const QString &path, TimeSeriesStore &store, const Clock &clock,
                                       int busyTimeoutMs)
{
    if (!QFileInfo::exists(path))
        return LoadReport{}; // first start: nothing to restore
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("fleetscope.history.loader.%1").arg(counter.fetchAndAddRelaxed(1));
    Result<LoadReport> result = Error{};
    {
        auto db = HistorySchema::open(path, connection, busyTimeoutMs);
        if (!db)
            return db.error(); // open() removed the connection already
        result = loadFrom(db.value(), path, store, clock);
    }
    HistorySchema::close(connection);
    return result;
}

} // namespace fleetscope
