#pragma once

#include "health/NodeReport.h"
#include "session/FleetSession.h"

#include <QStringList>
#include <QTextStream>

namespace fleetscope {

class Clock;

// `fleetscope check FLEET.yaml [--json]`: one collection round over every cluster through a
// FleetSession (the window's own poll round, mirror join, limits and judge), a table (or JSON) per node, and an exit code for scripts and watchdogs: 0 healthy, 1 warning, 2 critical or
// unreachable, 3 when the check itself could not run (bad arguments, unreadable fleet file).
class CheckCommand final
{
public:
    static constexpr int cannotRun = 3;

    // source: where the session's snapshots come from; empty = the CollectionEngine (tests give a
    // synthetic one).
    static int run(const QStringList &arguments, const Clock &clock, QTextStream &out, QTextStream &err,
                   const FleetSession::SourceFactory &source = {});

    static void printTable(const QList<NodeReport> &reports, qint64 nowMs, QTextStream &out);
    static void printJson(const QList<NodeReport> &reports, qint64 nowMs, QTextStream &out);
};

} // namespace fleetscope
