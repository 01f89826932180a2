#pragma once

#include "lag/ConsumerLag.h"

#include <QHash>

namespace fleetscope {

// Turns lag in messages into an estimate of lag in time: lag / the group's recent consume rate,
// measured from how far its committed offsets moved between polls. A group that consumes nothing
// while it has lag is "stalled", and its lag in time is how long it has been stalled.
class LagRateEstimator final
{
public:
    // Fills lagSeconds and stalled of every group, from this and earlier calls.
    void estimate(QList<GroupLag> &groups, qint64 nowMs);

private:
    struct GroupHistory
    {
        QHash<TopicPartition, qint64> committed;
        qint64 sampledAtMs = 0;
        double ratePerSecond = -1; // -1: not measured yet
        qint64 lastProgressMs = 0;
    };
    QHash<QString, GroupHistory> m_history;
};

} // namespace fleetscope
