#include "history/HistoryMaintenance.h"

#include "history/Bucket.h"
#include "history/HistoryLogging.h"
#include "history/HistorySchema.h"
#include "history/JournalCodec.h"
#include "history/TierLayout.h"
#include "history/ValueCodec.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace fleetscope {

namespace {

using L = TierLayout;

// Samples folded per transaction: bounds the memory of a fold after a long backlog (~20 MB).
constexpr std::size_t kFoldBatchSamples = 500'000;
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

QString watermarkName(int tier)
{
    return QStringLiteral("built_through_tier%1").arg(tier);
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{QStringLiteral("Metric history: %1 failed: %2. Fleetscope retries at the next maintenance; "
                                "check free disk space and that the history file is writable")
                     .arg(what, error.text())};
}

// Rolls back unless committed: an early return can never leave a transaction open.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_open(db.transaction()) { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    Status commit(const QString &what)
    {
        m_open = false;
        if (m_db.commit())
            return Done{};
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return sqlError(what, error);
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

bool validWidth(qint64 widthMs, qint64 rowMs, qint64 bucketMs)
{
    return widthMs > 0 && rowMs % widthMs == 0 && bucketMs % widthMs == 0;
}

} // namespace

HistoryMaintenance::HistoryMaintenance(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) { }

Status HistoryMaintenance::run()
{
    if (Status s = fold(); !s)
        return s;
    for (int tier = 1; tier < TierLayout::tierCount; ++tier) {
        if (Status s = consolidate(tier); !s)
            return s;
    }
    return applyRetention();
}

Result<QHash<qint64, qint64>> HistoryMaintenance::seriesSteps()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, step_ms FROM series")))
        return sqlError(QStringLiteral("reading the series"), q.lastError());
    QHash<qint64, qint64> steps;
    while (q.next())
        steps.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return steps;
}

Status HistoryMaintenance::fold()
{
    for (;;) {
        qint64 through = -1;
        bool more = false;
        if (Status s = foldBatch(through, more); !s)
            return s;
        if (!more)
            return Done{};
    }
}

Status HistoryMaintenance::foldBatch(qint64 &foldedThroughSeq, bool &more)
{
    const auto steps = seriesSteps();
    if (!steps)
        return steps.error();
    Transaction tx(m_db);
    // Hours before the tier-1 watermark are consolidated already: a sample that late is dropped.
    const qint64 built = HistorySchema::meta(m_db, watermarkName(1)).value_or(std::numeric_limits<qint64>::min());

    struct Item
    {
        qint64 hour;
        qint64 series;
        qint64 slotMs;
        float value;
    };
    std::vector<Item> items;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT seq, data FROM journal ORDER BY seq")))
            return sqlError(QStringLiteral("reading the journal"), q.lastError());
        while (q.next()) {
            foldedThroughSeq = q.value(0).toLongLong();
            const auto samples = JournalCodec::decode(q.value(1).toByteArray());
            if (!samples) {
                qCWarning(lcHistory) << "skipping a corrupt journal row" << foldedThroughSeq;
                continue;
            }
            for (const JournalSample &s : *samples) {
                const qint64 hour = L::floorTo(s.slotMs, L::hourMs);
                if (hour >= built)
                    items.push_back(Item{hour, s.series, s.slotMs, s.value});
            }
            if (items.size() >= kFoldBatchSamples) {
                more = true;
                break;
            }
        }
    }
    if (foldedThroughSeq < 0)
        return Done{};
    // Stable: within one series and hour, the journal's order decides which write of a slot wins.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.hour != b.hour ? a.hour < b.hour : a.series < b.series;
    });

    QSqlQuery get(m_db);
    get.prepare(QStringLiteral("SELECT width_ms, data FROM chunk WHERE tier = 0 AND start_ms = ? AND series = ?"));
    QSqlQuery put(m_db);
    put.prepare(QStringLiteral("INSERT OR REPLACE INTO chunk(tier, start_ms, series, width_ms, data)"
                               " VALUES(0, ?, ?, ?, ?)"));
    for (std::size_t i = 0; i < items.size();) {
        std::size_t j = i;
        while (j < items.size() && items[j].hour == items[i].hour && items[j].series == items[i].series)
            ++j;
        const qint64 hour = items[i].hour;
        const qint64 series = items[i].series;
        const qint64 step = steps->value(series, 0);
        if (step > 0 && validWidth(step, L::hourMs, L::minuteMs)) {
            std::vector<float> values(std::size_t(L::hourMs / step), kNaN);
            get.addBindValue(hour);
            get.addBindValue(series);
            if (get.exec() && get.next()) {
                // Merge with what an earlier fold wrote, re-gridded if the step changed since.
                const qint64 width = get.value(0).toLongLong();
                const auto old = validWidth(width, L::hourMs, L::minuteMs)
                    ? ValueCodec::decodeFloats(get.value(1).toByteArray(), std::size_t(L::hourMs / width))
                    : std::nullopt;
                for (std::size_t k = 0; old && k < old->size(); ++k) {
                    if (!std::isnan((*old)[k]))
                        values[std::size_t(qint64(k) * width / step)] = (*old)[k];
                }
            }
            get.finish();
            for (std::size_t k = i; k < j; ++k)
                values[std::size_t(L::floorDiv(items[k].slotMs - hour, step))] = items[k].value;
            put.addBindValue(hour);
            put.addBindValue(series);
            put.addBindValue(step);
            put.addBindValue(ValueCodec::encodeFloats(values));
            if (!put.exec())
                return sqlError(QStringLiteral("folding the journal"), put.lastError());
        }
        i = j;
    }
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM journal WHERE seq <= ?"));
    del.addBindValue(foldedThroughSeq);
    if (!del.exec())
        return sqlError(QStringLiteral("folding the journal"), del.lastError());
    return tx.commit(QStringLiteral("folding the journal"));
}

Result<qint64> HistoryMaintenance::watermark(int tier, qint64 cutoff)
{
    if (const auto w = HistorySchema::meta(m_db, watermarkName(tier)))
        return *w;
    // First run: start at the oldest source row there is.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MIN(start_ms) FROM chunk WHERE tier = ?"));
    q.addBindValue(tier - 1);
    if (!q.exec())
        return sqlError(QStringLiteral("consolidating"), q.lastError());
    if (q.next() && !q.value(0).isNull())
        return std::min(cutoff, L::floorTo(q.value(0).toLongLong(), L::rowMs[size_t(tier)]));
    return cutoff;
}

Status HistoryMaintenance::consolidate(int tier)
{
    const qint64 period = L::rowMs[size_t(tier)];
    qint64 cutoff = 0;
    if (tier == 1) {
        cutoff = L::floorTo(m_clock.nowMs() - L::horizonMs[0], period);
    } else {
        const auto finerBuilt = HistorySchema::meta(m_db, watermarkName(tier - 1));
        if (!finerBuilt)
            return Done{};
        cutoff = L::floorTo(*finerBuilt, period);
    }
    const auto start = watermark(tier, cutoff);
    if (!start)
        return start.error();
    const int source = tier - 1;
    const qint64 targetWidth = L::bucketMs[size_t(tier)];
    const auto bucketsPerRow = std::size_t(period / targetWidth);
    const QString what = QStringLiteral("consolidating tier %1").arg(tier);

    qint64 w = *start;
    while (w < cutoff) {
        Transaction tx(m_db);
        QSqlQuery next(m_db);
        next.prepare(QStringLiteral("SELECT MIN(start_ms) FROM chunk WHERE tier = ? AND start_ms >= ? AND start_ms < ?"));
        next.addBindValue(source);
        next.addBindValue(w);
        next.addBindValue(cutoff);
        if (!next.exec())
            return sqlError(what, next.lastError());
        const bool found = next.next() && !next.value(0).isNull();
        w = found ? L::floorTo(next.value(0).toLongLong(), period) : cutoff;
        if (found) {
            QSqlQuery rows(m_db);
            rows.setForwardOnly(true);
            rows.prepare(QStringLiteral("SELECT series, start_ms, width_ms, data FROM chunk"
                                        " WHERE tier = ? AND start_ms >= ? AND start_ms < ? ORDER BY series, start_ms"));
            rows.addBindValue(source);
            rows.addBindValue(w);
            rows.addBindValue(w + period);
            if (!rows.exec())
                return sqlError(what, rows.lastError());
            QSqlQuery put(m_db);
            put.prepare(QStringLiteral("INSERT OR REPLACE INTO chunk(tier, start_ms, series, width_ms, data)"
                                       " VALUES(?, ?, ?, ?, ?)"));
            qint64 series = -1;
            std::vector<Bucket> target;
            bool any = false;
            const auto flush = [&]() -> Status {
                if (series < 0 || !any)
                    return Done{};
                put.addBindValue(tier);
                put.addBindValue(w);
                put.addBindValue(series);
                put.addBindValue(targetWidth);
                put.addBindValue(ValueCodec::encodeBuckets(target));
                return put.exec() ? Status(Done{}) : Status(sqlError(what, put.lastError()));
            };
            while (rows.next()) {
                if (rows.value(0).toLongLong() != series) {
                    if (Status s = flush(); !s)
                        return s;
                    series = rows.value(0).toLongLong();
                    target.assign(bucketsPerRow, Bucket{});
                    any = false;
                }
                const qint64 rowStart = rows.value(1).toLongLong();
                const qint64 width = rows.value(2).toLongLong();
                const qint64 sourceRow = L::rowMs[size_t(source)];
                const qint64 expected = source == 0 ? width : L::bucketMs[size_t(source)];
                if (width != expected || !validWidth(width, sourceRow, targetWidth))
                    continue;
                const auto count = std::size_t(sourceRow / width);
                const auto ratio = int(targetWidth / width);
                const auto offset = std::size_t((rowStart - w) / targetWidth);
                const QByteArray blob = rows.value(3).toByteArray();
                const auto raw = source == 0 ? ValueCodec::decodeFloats(blob, count) : std::nullopt;
                const auto finer = source != 0 ? ValueCodec::decodeBuckets(blob, count) : std::nullopt;
                if (!raw && !finer) {
                    qCWarning(lcHistory) << "skipping a corrupt row of tier" << source << "series" << series;
                    continue;
                }
                for (std::size_t m = 0; m < count / std::size_t(ratio) && offset + m < target.size(); ++m) {
                    const std::size_t first = m * std::size_t(ratio);
                    const Bucket b = raw ? Bucket::ofValues(raw->data() + first, ratio)
                                         : Bucket::ofBuckets(finer->data() + first, ratio);
                    target[offset + m] = b;
                    any = any || !b.isEmpty();
                }
            }
            if (Status s = flush(); !s)
                return s;
            w += period;
        }
        if (Status s = HistorySchema::setMeta(m_db, watermarkName(tier), w); !s)
            return s;
        if (Status s = tx.commit(what); !s)
            return s;
    }
    if (!HistorySchema::meta(m_db, watermarkName(tier)))
        return HistorySchema::setMeta(m_db, watermarkName(tier), cutoff);
    return Done{};
}

Status HistoryMaintenance::applyRetention()
{
    const qint64 now = m_clock.nowMs();
    const auto built = [&](int tier) { return HistorySchema::meta(m_db, watermarkName(tier)); };
    Transaction tx(m_db);
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM chunk WHERE tier = ? AND start_ms < ?"));
    const auto drop = [&](int tier, qint64 before) {
        del.addBindValue(tier);
        del.addBindValue(before);
        return del.exec();
    };
    bool ok = true;
    // A row goes once a coarser row holds its time (watermark) and it is past its tier's horizon.
    if (const auto w1 = built(1))
        ok = ok && drop(0, *w1);
    if (const auto w2 = built(2))
        ok = ok && drop(1, std::min(*w2, L::floorTo(now - L::horizonMs[1], L::rowMs[1])));
    if (const auto w3 = built(3))
        ok = ok && drop(2, std::min(*w3, L::floorTo(now - L::horizonMs[2], L::rowMs[2])));
    ok = ok && drop(3, now - L::horizonMs[3] - L::rowMs[3]);
    if (!ok)
        return sqlError(QStringLiteral("deleting old history"), del.lastError());
    return tx.commit(QStringLiteral("deleting old history"));
}

} // namespace fleetscope
