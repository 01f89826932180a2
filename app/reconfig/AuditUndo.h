#pragma once

#include "core/Result.h"
#include "reconfig/ConfigPlan.h"

namespace fleetscope {

class AuditLog;
class ConfigPlanner;

// Undo of a completed change: for every key the batch applied, set the old value back where it was
// set on that resource, or delete the key where it was inherited. The undo is planned, dry-run,
// applied and audited like any change (ConfigApplier with Options::undoOf = the batch).
class AuditUndo final
{
public:
    // Errors: no applied rows in the batch, or a sensitive key (its old value was never stored).
    static Result<ConfigPlan> plan(const AuditLog &audit, qint64 batch, const ConfigPlanner &planner);
};

} // namespace fleetscope
