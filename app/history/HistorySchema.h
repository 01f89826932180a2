#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fleetscope {

// The history file's layout and how to open it. One SQLite file in WAL mode:
//
//   series(id, key, step_ms)                        one row per SeriesKey
//   journal(seq, data)                              raw samples of one commit interval, all series
//   chunk(tier, start_ms, series, width_ms, data)   one row per series and TierLayout::rowMs span:
//                                                   tier 0 raw samples, tiers 1-3 min/max/avg
//   meta(name, value)                               consolidation watermarks
//
// chunk's key starts with (tier, start_ms): rows written together sit together, so a maintenance
// pass appends to the end of the tree instead of touching a page per series, and retention deletes a
// contiguous range.
class HistorySchema final
{
public:
    static constexpr int version = 1;
    static constexpr int applicationId = 0x46534854; // "FSHT"

    // Opens (creating the folder, file and tables when missing) a connection under the given name,
    // with journal_mode=WAL and synchronous=NORMAL: a commit survives a crash of the process (the
    // WAL is in the OS cache at once); a power cut may lose the last commits, never corrupt the file.
    static Result<QSqlDatabase> open(const QString &path, const QString &connectionName, int busyTimeoutMs);
    // Closes and forgets a connection opened by open(): QSqlDatabase's rule is that no handle to it
    // may be alive.
    static void close(const QString &connectionName);

    static std::optional<qint64> meta(QSqlDatabase &db, const QString &name);
    static Status setMeta(QSqlDatabase &db, const QString &name, qint64 value);
};

} // namespace fleetscope
