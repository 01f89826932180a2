#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>

namespace fleetscope {

// The slow half of the history file's upkeep, run on the database thread every few minutes:
//   fold         journal rows -> one raw row per series and hour (then the journal rows go)
//   consolidate  raw hours older than the raw window -> tier-1 rows; whole days of tier 1 -> tier 2;
//                whole weeks of tier 2 -> tier 3. Each row is written once, when final (watermarks
//                in meta say how far each tier is built).
//   retention    rows past their tier's horizon (and consolidated) are deleted.
// Every step is its own transaction and can be interrupted (kill -9) at any point: a rolled-back
// step is simply done again next time.
class HistoryMaintenance final
{
public:
    HistoryMaintenance(QSqlDatabase db, const Clock &clock);

    Status run();
    Status fold();
    Status consolidate(int tier);
    Status applyRetention();

private:
    Status foldBatch(qint64 &foldedThroughSeq, bool &more);
    Result<QHash<qint64, qint64>> seriesSteps();
    Result<qint64> watermark(int tier, qint64 cutoff);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace fleetscope
