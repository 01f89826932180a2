#pragma once

#include "reconfig/ConfigPlan.h"

#include <QString>

namespace fleetscope {

// A change aimed at a cluster that did not answer: kept (in reconfig.sqlite) until that cluster
// answers again, then re-planned, re-validated and applied like a new change.
struct PendingChange
{
    enum class State { Queued, Applied, Failed, Cancelled };

    qint64 id = 0;
    qint64 createdMs = 0;
    QString cluster;
    TargetSelection selection; // for this one cluster
    QList<ConfigChange> changes;
    QString osUser;
    QString operatorName;
    State state = State::Queued;
    QString message; // why it failed, or the last attempt's result
    qint64 updatedMs = 0;
};

QString pendingStateId(PendingChange::State state); // "queued", "applied", ...

} // namespace fleetscope
