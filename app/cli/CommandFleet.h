#pragma once

#include "core/Result.h"
#include "fleet/Fleet.h"

#include <QTextStream>

namespace fleetscope {

// The fleet a command works on: the fleet file parsed, with each SASL password taken from its
// FLEETSCOPE_PASSWORD_<CLUSTER> variable and each client key's passphrase from
// FLEETSCOPE_KEY_PASSWORD_<CLUSTER> (a command run by cron or a script never waits at a
// prompt). A cluster whose variable is unset is named on `err`; it stays in the fleet and then
// reports its authentication error like any cluster that refuses.
class CommandFleet final
{
public:
    static Result<Fleet> load(const QString &path, QTextStream &err);
    // load(), refused for a fleet file with read_only: true (for the commands that write).
    static Result<Fleet> loadWritable(const QString &path, QTextStream &err);
};

} // namespace fleetscope
