#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QString>

namespace fleetscope {

class TimeSeriesStore;

// What a load found.
struct LoadReport
{
    int series = 0;
    qint64 bucketsImported = 0; // tiers 1-3, from their rows
    qint64 samplesReplayed = 0; // raw rows and journal, through TimeSeriesStore::append
    int rowsSkipped = 0;        // unreadable rows (logged); the rest still loads
};

// Reads a history file into a store, on whatever thread calls it, with a connection of its own (WAL
// lets it read while the writer writes). Seconds for tens of thousands of series, so never on the
// GUI thread: run it with QtConcurrent before collection starts.
class HistoryLoader final
{
public:
    static Result<LoadReport> load(const QString &path, TimeSeriesStore &store, const Clock &clock,
                                   int busyTimeoutMs = 5000);
};

} // namespace fleetscope
