#pragma once

#include <QStringList>
#include <QTextStream>

namespace fleetscope {

// The audit log and what hangs off it, on the command line:
//   fleetscope audit [--csv | --json] [--cluster C] [--key K] [--batch N] [--database FILE]
//   fleetscope undo FLEET.yaml BATCH [--dry-run] [--operator NAME] [--database FILE]
//   fleetscope pending FLEET.yaml [--apply | --cancel ID] [--database FILE]
// Exit codes as SetCommand's: 0 done, 1 some target failed, 2 some still pending, 3 could not run.
class AuditCommand final
{
public:
    static int runAudit(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int runUndo(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int runPending(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace fleetscope
