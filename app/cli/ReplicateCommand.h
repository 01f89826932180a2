#pragma once

#include "fleet/Fleet.h"
#include "reconfig/ReplicationFactorRun.h"

#include <QStringList>
#include <QTextStream>

namespace fleetscope {

// `fleetscope replicate FLEET.yaml --cluster C --topic T --factor N [--throttle RATE] [--dry-run]
// [--max-wait SECONDS] [--operator NAME] [--database FILE]`: a topic's replication factor through the
// same planner, reassignment, throttle and audit as the GUI. Prints the plan (partition: old -> new
// replicas, replicas per broker), progress, and the result with its audit batch; Ctrl+C cancels
// (partitions still copying go back to their old replicas). Exit code: 0 completed (or, with
// --dry-run, planned), 1 failed or cancelled, 3 the command could not run.
class ReplicateCommand final
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // Prints the proposal and, unless dryRun, carries it out; the exit code as above. Shared with
    // `fleetscope undo`, which reverts a replication-factor batch this way.
    static int carryOut(const Fleet &fleet, const ReplicationProposal &proposal,
        const ReplicationFactorRun::Options &options, bool dryRun, QTextStream &out);
    static void printProposal(const ReplicationProposal &proposal, qint64 throttleBytesPerSecond, QTextStream &out);
};

} // namespace fleetscope
