#pragma once

#include "health/NodeReport.h"

#include <QStringList>
#include <QTextStream>

namespace fleetscope {

class Clock;

// `fleetscope check FLEET.yaml [--json]`: one collection round over every cluster, a table (or JSON)
// per node, and an exit code for scripts and watchdogs: 0 healthy, 1 warning, 2 critical or
// unreachable, 3 when the check itself could not run (bad arguments, unreadable fleet file).
class CheckCommand final
{
public:
    static constexpr int cannotRun = 3;

    static int run(const QStringList &arguments, const Clock &clock, QTextStream &out, QTextStream &err);

    // One round of polls, in parallel; a second round when librdkafka's link statistics were not
    // in yet, so that every reachable broker has a link state.
    static QHash<QString, ClusterSnapshot> collectOnce(const Fleet &fleet, const Clock &clock);

    static void printTable(const QList<NodeReport> &reports, qint64 nowMs, QTextStream &out);
    static void printJson(const QList<NodeReport> &reports, qint64 nowMs, QTextStream &out);
};

} // namespace fleetscope
